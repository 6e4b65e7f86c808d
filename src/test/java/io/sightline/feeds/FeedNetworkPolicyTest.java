package io.sightline.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.sightline.net.AddressRange;

/** Which resolved addresses a feed may be fetched from, by default and when configured. */
class FeedNetworkPolicyTest {

    private final FeedNetworkPolicy defaults = new FeedNetworkPolicy(List.of(), List.of());
    private final FeedNetworkPolicy configured = new FeedNetworkPolicy(
            List.of(AddressRange.parse("10.20.0.0/16"), AddressRange.parse("127.0.0.1")),
            List.of(AddressRange.parse("93.184.216.0/24"), AddressRange.parse("10.20.30.40")));

    @ParameterizedTest(name = "{0}: default {1}, configured {2}")
    @CsvSource({
            "93.184.215.14,   true,  true",   // public
            "2606:4700::1111, true,  true",   // public IPv6
            "127.0.0.1,       false, true",   // loopback, allowed by address
            "127.0.0.2,       false, false",  // loopback
            "::1,             false, false",
            "0.0.0.0,         false, false",
            "169.254.169.254, false, false",  // link-local: cloud metadata
            "fe80::1,         false, false",
            "10.1.2.3,        false, false",  // private
            "10.20.1.2,       false, true",   // private, allowed range
            "10.20.30.40,     false, false",  // ... but denied by address: deny wins
            "172.16.5.4,      false, false",
            "192.168.1.1,     false, false",
            "100.64.0.1,      false, false",  // carrier-grade NAT
            "fd00::1,         false, false",  // unique local
            "224.0.0.1,       false, false",  // multicast
            "ff02::1,         false, false",
            "255.255.255.255, false, false",
            "::ffff:127.0.0.1, false, true",  // IPv4-mapped loopback is loopback
            "93.184.216.34,   true,  false"}) // public, denied by range
    void addresses(String address, boolean byDefault, boolean whenConfigured) throws UnknownHostException {
        InetAddress parsed = InetAddress.getByName(address);
        assertEquals(byDefault, defaults.allows(parsed));
        assertEquals(whenConfigured, configured.allows(parsed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.org/feed", "gopher://example.org/", "jar:file:/x!/y",
            "http:///nohost"})
    void onlyHttpAndHttpsWithAHost(String url) {
        assertTrue(defaults.schemeProblem(URI.create(url)).isPresent(), url);
    }
}
