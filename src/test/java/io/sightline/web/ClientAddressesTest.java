package io.sightline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.sightline.net.AddressRange;

/** Forwarding headers name the client only when the TCP peer is a configured proxy. */
class ClientAddressesTest {

    private final ClientAddresses behindProxy = new ClientAddresses(
            List.of(AddressRange.parse("10.0.0.5"), AddressRange.parse("172.16.0.0/12")));

    @ParameterizedTest(name = "peer {0}, X-Forwarded-For ''{1}'', Forwarded ''{2}'' -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // not a proxy: the headers are ignored, whatever they claim
            "203.0.113.9 | 127.0.0.1              | -                         | 203.0.113.9",
            "203.0.113.9 | -                      | for=127.0.0.1             | 203.0.113.9",
            // a proxy: the right-most address that is not a proxy
            "10.0.0.5    | 198.51.100.7           | -                         | 198.51.100.7",
            "10.0.0.5    | 127.0.0.1, 198.51.100.7| -                         | 198.51.100.7",
            "10.0.0.5    | 198.51.100.7, 172.16.3.4 | -                       | 198.51.100.7",
            "10.0.0.5    | -                      | for=\"[2001:db8::7]:4711\" | 2001:db8:0:0:0:0:0:7",
            "10.0.0.5    | 192.0.2.1              | for=198.51.100.7;proto=https | 198.51.100.7",
            "10.0.0.5    | 198.51.100.7:5555      | -                         | 198.51.100.7",
            // a proxy that forwards nothing is itself the client; garbage is nobody
            "10.0.0.5    | -                      | -                         | 10.0.0.5",
            "10.0.0.5    | evil.example           | -                         | unknown",
            "10.0.0.5    | 172.16.0.1, 172.16.0.2 | -                         | 172.16.0.1",
    })
    void resolvesTheClient(String peer, String forwardedFor, String forwarded, String expected) {
        assertEquals(expected, behindProxy.resolve(peer, forwardedFor == null ? List.of() : List.of(forwardedFor),
                forwarded == null ? List.of() : List.of(forwarded)));
    }
}
