package org.plimsoll.web.push;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The addresses the server never connects to for a person: every block of IANA's IPv4 and IPv6
 * special-purpose address registries (loopback, private, carrier-grade NAT, link-local, documentation,
 * benchmarking, multicast, reserved ...), whether or not the registry calls it "globally reachable":
 * a push service is a public host, and none of these is one. IPv4 inside IPv6 (mapped, compatible,
 * NAT64, 6to4) is judged by the IPv4 address it carries.
 */
public final class SpecialAddresses {
    private record Block(BigInteger start, int prefix, int bits, String name) {
        boolean holds(BigInteger address, int addressBits) {
            return addressBits == bits && address.shiftRight(bits - prefix).equals(start.shiftRight(bits - prefix));
        }
    }

    private static final List<Block> BLOCKS = List.of(
            v4("0.0.0.0", 8, "this network"),
            v4("10.0.0.0", 8, "private"),
            v4("100.64.0.0", 10, "carrier-grade NAT"),
            v4("127.0.0.0", 8, "loopback"),
            v4("169.254.0.0", 16, "link-local"),
            v4("172.16.0.0", 12, "private"),
            v4("192.0.0.0", 24, "IETF protocol assignments"),
            v4("192.0.2.0", 24, "documentation"),
            v4("192.31.196.0", 24, "AS112"),
            v4("192.52.193.0", 24, "AMT"),
            v4("192.88.99.0", 24, "6to4 relay anycast"),
            v4("192.168.0.0", 16, "private"),
            v4("192.175.48.0", 24, "AS112"),
            v4("198.18.0.0", 15, "benchmarking"),
            v4("198.51.100.0", 24, "documentation"),
            v4("203.0.113.0", 24, "documentation"),
            v4("224.0.0.0", 4, "multicast"),
            v4("240.0.0.0", 4, "reserved"),
            v6("::", 128, "unspecified"),
            v6("::1", 128, "loopback"),
            v6("64:ff9b:1::", 48, "local-use IPv4/IPv6 translation"),
            v6("100::", 64, "discard-only"),
            v6("100:0:0:1::", 64, "dummy prefix"),
            v6("2001::", 23, "IETF protocol assignments"),
            v6("2001:db8::", 32, "documentation"),
            v6("2002::", 16, "6to4"),
            v6("2620:4f:8000::", 48, "direct delegation AS112"),
            v6("3fff::", 20, "documentation"),
            v6("5f00::", 16, "segment routing"),
            v6("fc00::", 7, "unique local"),
            v6("fe80::", 10, "link-local"),
            v6("fec0::", 10, "site-local (deprecated)"),
            v6("ff00::", 8, "multicast"));

    private SpecialAddresses() {
    }

    /** The special-purpose block {@code address} lies in, or empty for an ordinary public address. */
    public static Optional<String> blockOf(InetAddress address) {
        byte[] raw = address.getAddress();
        if (address instanceof Inet6Address) {
            Optional<byte[]> carried = carriedIpv4(raw);
            if (carried.isPresent()) {
                return find(carried.get()).map(name -> name + " (inside IPv6)").or(() -> {
                    // ::ffff:a.b.c.d and ::a.b.c.d are special in themselves (IPv4-mapped, IPv4-compatible).
                    return raw[10] == (byte) 0xff || raw[11] == 0 ? Optional.of("IPv4-mapped or -compatible")
                            : Optional.empty();
                });
            }
        }
        return find(raw);
    }

    private static Optional<String> find(byte[] raw) {
        BigInteger value = new BigInteger(1, raw);
        int bits = raw.length * 8;
        return BLOCKS.stream().filter(b -> b.holds(value, bits)).map(Block::name).findFirst();
    }

    /** The IPv4 address in ::ffff:0:0/96, ::/96 (not :: or ::1) and 64:ff9b::/96. */
    private static Optional<byte[]> carriedIpv4(byte[] raw) {
        boolean zeros80 = true;
        for (int i = 0; i < 10; i++) {
            zeros80 &= raw[i] == 0;
        }
        boolean mapped = zeros80 && raw[10] == (byte) 0xff && raw[11] == (byte) 0xff;
        boolean compatible = zeros80 && raw[10] == 0 && raw[11] == 0
                && !(raw[12] == 0 && raw[13] == 0 && raw[14] == 0 && (raw[15] == 0 || raw[15] == 1));
        boolean nat64 = raw[0] == 0 && raw[1] == 0x64 && raw[2] == (byte) 0xff && raw[3] == (byte) 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = raw[i] == 0;
        }
        if (!mapped && !compatible && !nat64) {
            return Optional.empty();
        }
        return Optional.of(new byte[] {raw[12], raw[13], raw[14], raw[15]});
    }

    private static Block v4(String start, int prefix, String name) {
        return block(start, prefix, 32, name);
    }

    private static Block v6(String start, int prefix, String name) {
        return block(start, prefix, 128, name);
    }

    private static Block block(String literal, int prefix, int bits, String name) {
        try {
            // A literal is parsed without any lookup.
            byte[] raw = InetAddress.getByName(literal).getAddress();
            if (raw.length * 8 != bits) {
                throw new IllegalStateException(literal);
            }
            return new Block(new BigInteger(1, raw), prefix, bits, name);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
