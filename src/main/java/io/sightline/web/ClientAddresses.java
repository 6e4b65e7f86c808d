package io.sightline.web;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.sightline.net.AddressRange;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * Who sent a request. The TCP peer, unless the peer is one of the configured
 * {@code sightline.security.trusted-proxies}: only then do X-Forwarded-For or Forwarded name
 * the client (the right-most address that is not itself a trusted proxy). Anyone can write
 * "X-Forwarded-For: 127.0.0.1", so from any other peer those headers are ignored; Quarkus'
 * own proxy-address-forwarding is not consulted for the same reason.
 */
@ApplicationScoped
public class ClientAddresses {

    /** Stands for a client whose forwarded address was not an IP literal. */
    static final String UNKNOWN = "unknown";

    private final List<AddressRange> trustedProxies;

    @Inject
    ClientAddresses(SecurityConfig config) {
        this(config.trustedProxies().orElse(List.of()).stream().filter(entry -> !entry.isBlank())
                .map(AddressRange::parse).toList());
    }

    ClientAddresses(List<AddressRange> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /** The client's IP address as text, or {@link #UNKNOWN}. */
    public String of(HttpServerRequest request) {
        SocketAddress peer = request.connection() != null ? request.connection().remoteAddress() : request.remoteAddress();
        String peerAddress = peer == null ? null : peer.hostAddress();
        return resolve(peerAddress, request.headers().getAll("X-Forwarded-For"), request.headers().getAll("Forwarded"));
    }

    String resolve(String peer, List<String> forwardedFor, List<String> forwarded) {
        Optional<InetAddress> peerAddress = AddressRange.literal(peer);
        if (peerAddress.isEmpty()) {
            return UNKNOWN;
        }
        if (!isTrustedProxy(peerAddress.get())) {
            return peerAddress.get().getHostAddress();
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwarded) {
            for (String element : header.split(",")) {
                for (String pair : element.split(";")) {
                    String[] nameValue = pair.strip().split("=", 2);
                    if (nameValue.length == 2 && nameValue[0].strip().toLowerCase(Locale.ROOT).equals("for")) {
                        hops.add(stripPort(nameValue[1].strip().replace("\"", "")));
                    }
                }
            }
        }
        if (hops.isEmpty()) {
            for (String header : forwardedFor) {
                for (String hop : header.split(",")) {
                    hops.add(stripPort(hop.strip()));
                }
            }
        }
        // right to left: the nearest hop not a trusted proxy is the client
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = AddressRange.literal(hops.get(i));
            if (hop.isEmpty()) {
                return UNKNOWN;
            }
            if (!isTrustedProxy(hop.get()) || i == 0) {
                return hop.get().getHostAddress();
            }
        }
        return peerAddress.get().getHostAddress(); // the proxy sent no forwarding header
    }

    boolean isTrustedProxy(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }

    /** "1.2.3.4:5678" and "[::1]:80" lose their port; a bare IPv6 address stays whole. */
    private static String stripPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(0, end + 1) : hop;
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    static boolean isLoopback(String address) {
        return AddressRange.literal(address).map(InetAddress::isLoopbackAddress).orElse(false);
    }
}
