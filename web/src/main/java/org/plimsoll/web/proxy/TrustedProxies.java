package org.plimsoll.web.proxy;

import io.javalin.config.ContextResolverConfig;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-Proto}, {@code X-Forwarded-Host} and
 * {@code X-Forwarded-For} are believed. From any other peer these headers are anyone's words and
 * are ignored: they would otherwise decide the cookie's Secure flag, the scheme and host of
 * addresses handed out, and the client address that rate limits count.
 */
public record TrustedProxies(List<Range> ranges) {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?");

    public TrustedProxies {
        ranges = List.copyOf(ranges);
    }

    /** Trust no proxy: the default. */
    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /** An address with the number of leading bits that must match (all of them for a single address). */
    public record Range(byte[] network, int bits) {
        public Range {
            network = network.clone();
        }

        @Override
        public byte[] network() {
            return network.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Range r && r.bits == bits && java.util.Arrays.equals(r.network, network);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(network) * 31 + bits;
        }

        @Override
        public String toString() {
            try {
                return InetAddress.getByAddress(network).getHostAddress() + "/" + bits;
            } catch (UnknownHostException e) {
                return java.util.Arrays.toString(network) + "/" + bits;
            }
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((a[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Addresses and CIDR ranges separated by commas or spaces, like {@code 127.0.0.1, 10.0.0.0/8, ::1}.
     * Only address literals: a name would need a lookup, and whoever controls DNS would choose whom we trust.
     *
     * @throws IllegalArgumentException naming the entry that is not an address or range
     */
    public static TrustedProxies parse(String text) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : text.trim().split("[,\\s]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split("/", -1);
            InetAddress address = literal(parts[0]).orElseThrow(() -> new IllegalArgumentException(
                    "'" + entry + "' is not an IP address or a CIDR range like 10.0.0.0/8"));
            int max = address.getAddress().length * 8;
            int bits = max;
            if (parts.length > 2) {
                throw new IllegalArgumentException("'" + entry + "' is not an IP address or a CIDR range like 10.0.0.0/8");
            }
            if (parts.length == 2) {
                try {
                    bits = Integer.parseInt(parts[1]);
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > max || !parts[1].matches("\\d{1,3}")) {
                    throw new IllegalArgumentException("'" + entry + "': the prefix length must be 0–" + max);
                }
            }
            ranges.add(new Range(address.getAddress(), bits));
        }
        return new TrustedProxies(ranges);
    }

    /** An IPv4 or IPv6 address literal, never a name (no lookup is ever made). */
    static Optional<InetAddress> literal(String text) {
        String t = text.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        boolean v4 = IPV4.matcher(t).matches();
        if (v4) {
            for (String octet : t.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    return Optional.empty();
                }
            }
        }
        if (!v4 && !(t.contains(":") && t.matches("[0-9A-Fa-f:.]+"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(t)); // a literal: parsed, not looked up
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    boolean trusts(String address) {
        Optional<InetAddress> a = literal(address);
        return a.isPresent() && ranges.stream().anyMatch(r -> r.contains(a.get()));
    }

    /**
     * The client's address: the peer's own, unless the peer is a trusted proxy; then X-Forwarded-For
     * is read from the right (each proxy appends the address it saw), past every trusted proxy, to
     * the first address that is not one. Entries further left were written by the client itself.
     */
    public String client(String peer, String forwardedFor) {
        String client = peer;
        if (forwardedFor == null) {
            return client;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0 && trusts(client); i--) {
            Optional<InetAddress> hop = literal(hops[i]);
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get().getHostAddress();
        }
        return client;
    }

    /** The scheme the client used: the nearest trusted proxy's X-Forwarded-Proto, else the connection's. */
    public String scheme(String peer, String connectionScheme, String forwardedProto) {
        Optional<String> said = nearest(peer, forwardedProto).map(s -> s.toLowerCase(java.util.Locale.ROOT))
                .filter(s -> s.equals("https") || s.equals("http"));
        return said.orElse(connectionScheme);
    }

    /** The host the client asked for: the nearest trusted proxy's X-Forwarded-Host, else the Host header. */
    public String host(String peer, String hostHeader, String forwardedHost) {
        return nearest(peer, forwardedHost).filter(h -> HOST.matcher(h).matches()).orElse(hostHeader);
    }

    /** The last value of a forwarded header (the one the proxy next to us wrote), only from a trusted peer. */
    private Optional<String> nearest(String peer, String header) {
        if (header == null || !trusts(peer)) {
            return Optional.empty();
        }
        String[] values = header.split(",");
        return Optional.of(values[values.length - 1].trim()).filter(v -> !v.isEmpty());
    }

    /** Makes Javalin's {@code ctx.ip()}, {@code ctx.scheme()} and {@code ctx.host()} follow these rules. */
    public void install(ContextResolverConfig resolver) {
        resolver.ip = ctx -> client(peer(ctx), ctx.header("X-Forwarded-For"));
        resolver.scheme = ctx -> scheme(peer(ctx), ctx.req().getScheme(), ctx.header("X-Forwarded-Proto"));
        resolver.host = ctx -> host(peer(ctx), ctx.header("Host"), ctx.header("X-Forwarded-Host"));
    }

    private static String peer(Context ctx) {
        return ctx.req().getRemoteAddr();
    }
}
