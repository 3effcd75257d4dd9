package com.mastertrade.shared.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies balancer = TrustedProxies.parse("10.0.0.0/8, 2001:db8:1::/48,192.0.2.10");

    @Test
    void trustingNobodyTheClientIsThePeerWhateverItClaims() {
        assertThat(TrustedProxies.parse("").clientOf("203.0.113.7", List.of("198.51.100.1")))
                .isEqualTo("203.0.113.7");
        assertThat(TrustedProxies.parse(null).clientOf("203.0.113.7", List.of()))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void onlyAPeerInTheTrustedRangesIsATrustedProxy() {
        assertThat(balancer.trustsPeer("10.200.0.1")).isTrue();
        assertThat(balancer.trustsPeer("2001:db8:1::9")).isTrue();
        assertThat(balancer.trustsPeer("192.0.2.11")).isFalse();
        assertThat(balancer.trustsPeer("not an address")).isFalse();
        assertThat(TrustedProxies.NONE.trustsPeer("10.200.0.1")).isFalse();
    }

    @Test
    void anUntrustedPeerIsTheClientEvenWithAForwardedFor() {
        assertThat(balancer.clientOf("203.0.113.7", List.of("10.0.0.5"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behindATrustedProxyTheClientIsTheHopItAppended() {
        assertThat(balancer.clientOf("10.1.2.3", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(balancer.clientOf("192.0.2.10", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void theRightMostUntrustedHopWinsSoAForgedLeftPartIsIgnored() {
        String forgedByTheClient = "1.1.1.1, 10.9.9.9";
        assertThat(balancer.clientOf("10.0.0.1", List.of(forgedByTheClient + ", 198.51.100.1, 10.0.0.2")))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void severalHeaderFieldsAreOneChainInOrder() {
        assertThat(balancer.clientOf("10.0.0.1", List.of("1.1.1.1", "198.51.100.1", "10.0.0.2")))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void aChainOfTrustedHopsOnlyEndsAtItsLeftMostHop() {
        assertThat(balancer.clientOf("10.0.0.1", List.of("10.0.0.3, 10.0.0.2"))).isEqualTo("10.0.0.3");
        assertThat(balancer.clientOf("10.0.0.1", List.of())).isEqualTo("10.0.0.1");
    }

    @Test
    void aMalformedHopStopsTheWalkAtTheLastTrustedAddress() {
        assertThat(balancer.clientOf("10.0.0.1", List.of("198.51.100.1, unknown")))
                .isEqualTo("10.0.0.1");
        assertThat(balancer.clientOf("10.0.0.1", List.of("198.51.100.1, 10.0.0.2, _hidden")))
                .isEqualTo("10.0.0.1");
        assertThat(balancer.clientOf("10.0.0.1", List.of("198.51.100.1,10.0.0.2, 999.1.1.1")))
                .isEqualTo("10.0.0.1");
        assertThat(balancer.clientOf("10.0.0.1", List.of(""))).isEqualTo("10.0.0.1");
        assertThat(balancer.clientOf("10.0.0.1", List.of("${jndi:ldap://x}"))).isEqualTo("10.0.0.1");
        assertThat(balancer.clientOf("10.0.0.1", List.of("example.com"))).isEqualTo("10.0.0.1");
    }

    @Test
    void portsBracketsAndIpv6AreRead() {
        assertThat(balancer.clientOf("10.0.0.1", List.of("198.51.100.1:52311"))).isEqualTo("198.51.100.1");
        assertThat(balancer.clientOf("10.0.0.1", List.of("[2001:db8:2::7]:443")))
                .isEqualTo("2001:db8:2:0:0:0:0:7");
        assertThat(balancer.clientOf("10.0.0.1", List.of("2001:db8:2::7"))).isEqualTo("2001:db8:2:0:0:0:0:7");
        assertThat(balancer.clientOf("2001:db8:1:0:0:0:0:1", List.of("198.51.100.1")))
                .isEqualTo("198.51.100.1");
        assertThat(balancer.clientOf("2001:db8:1::9", List.of("2001:db8:1::8, 2001:db8:2::7")))
                .isEqualTo("2001:db8:2:0:0:0:0:7");
        assertThat(balancer.clientOf("2001:db8:3::9", List.of("198.51.100.1"))).isEqualTo("2001:db8:3:0:0:0:0:9");
    }

    @Test
    void oneAddressHasOneSpelling() {
        assertThat(balancer.clientOf("10.0.0.1", List.of("::ffff:198.51.100.1")))
                .isEqualTo("198.51.100.1");
        assertThat(balancer.clientOf("10.0.0.1", List.of("2001:DB8:2:0::7"))).isEqualTo("2001:db8:2:0:0:0:0:7");
    }

    @Test
    void loopbackOfBothFamilies() {
        TrustedProxies local = TrustedProxies.parse("127.0.0.1,::1");
        assertThat(local.clientOf("127.0.0.1", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(local.clientOf("0:0:0:0:0:0:0:1", List.of("198.51.100.2"))).isEqualTo("198.51.100.2");
        assertThat(local.clientOf("127.0.0.2", List.of("198.51.100.3"))).isEqualTo("127.0.0.2");
    }

    @Test
    void aBadSettingIsRefusedNotIgnored() {
        for (String bad : List.of("localhost", "10.0.0.0/33", "10.0.0.0/x", "::1/129", "10.0.0", "10.0.0.1:80", "*")) {
            assertThatThrownBy(() -> TrustedProxies.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("MT_TRUSTED_PROXIES");
        }
    }
}
