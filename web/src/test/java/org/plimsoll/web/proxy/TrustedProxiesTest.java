package org.plimsoll.web.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void addressesAndRangesAreTrustedAndNothingElse() {
        TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.5 fd00::/8");
        assertThat(proxies.trusts("10.200.3.4")).isTrue();
        assertThat(proxies.trusts("11.0.0.1")).isFalse();
        assertThat(proxies.trusts("192.168.1.5")).isTrue();
        assertThat(proxies.trusts("192.168.1.6")).isFalse();
        assertThat(proxies.trusts("fd12::1")).isTrue();
        assertThat(proxies.trusts("[fd12::1]")).isTrue();
        assertThat(proxies.trusts("fe80::1")).isFalse();
        assertThat(proxies.trusts("localhost")).as("names are never looked up").isFalse();
        assertThat(TrustedProxies.none().trusts("127.0.0.1")).isFalse();
    }

    @Test
    void theClientIsTheFirstAddressFromTheRightThatIsNoTrustedProxy() {
        TrustedProxies proxies = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8");
        assertThat(proxies.client("127.0.0.1", "198.51.100.1, 203.0.113.7, 10.1.1.1")).isEqualTo("203.0.113.7");
        assertThat(proxies.client("127.0.0.1", "garbage")).isEqualTo("127.0.0.1");
        assertThat(proxies.client("203.0.113.9", "10.1.1.1")).as("an untrusted peer names nobody").isEqualTo("203.0.113.9");
        assertThat(proxies.scheme("127.0.0.1", "http", "http, https")).isEqualTo("https");
        assertThat(proxies.scheme("127.0.0.1", "http", "gopher")).isEqualTo("http");
        assertThat(proxies.scheme("203.0.113.9", "http", "https")).isEqualTo("http");
        assertThat(proxies.host("127.0.0.1", "a:1", "b.example")).isEqualTo("b.example");
        assertThat(proxies.host("127.0.0.1", "a:1", "b.example/evil")).isEqualTo("a:1");
        assertThat(proxies.host("203.0.113.9", "a:1", "b.example")).isEqualTo("a:1");
    }

    @Test
    void entriesThatAreNoAddressOrRangeAreRefusedByName() {
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.example")).hasMessageContaining("'proxy.example'");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("0–32");
        assertThatThrownBy(() -> TrustedProxies.parse("::1/129")).hasMessageContaining("0–128");
        assertThatThrownBy(() -> TrustedProxies.parse("300.1.1.1")).hasMessageContaining("'300.1.1.1'");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/8/1")).hasMessageContaining("10.0.0.0/8/1");
        assertThat(TrustedProxies.parse(" ").isEmpty()).isTrue();
    }
}
