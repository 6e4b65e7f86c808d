package io.sightline.feeds;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.sightline.net.AddressRange;

/**
 * The SSRF defence of feed downloads: a URL may be fetched when its scheme is http or https
 * and every address its host resolves to is allowed. It is applied to the resolved addresses
 * at fetch time and on every redirect ({@link FeedFetcher}), not to the URL's text, because a
 * public name can resolve to 127.0.0.1.
 */
@ApplicationScoped
public class FeedNetworkPolicy {

    /** Internal ranges refused unless allowed: beyond what InetAddress classifies itself. */
    private static final List<AddressRange> INTERNAL = List.of(
            AddressRange.parse("0.0.0.0/8"),        // "this network"
            AddressRange.parse("100.64.0.0/10"),    // carrier-grade NAT
            AddressRange.parse("192.0.0.0/24"),     // IETF protocol assignments
            AddressRange.parse("198.18.0.0/15"),    // benchmarking
            AddressRange.parse("240.0.0.0/4"),      // reserved, broadcast
            AddressRange.parse("fc00::/7"),         // unique local
            AddressRange.parse("64:ff9b::/96"));    // NAT64 can reach any IPv4 address

    private final List<AddressRange> allowed;
    private final List<AddressRange> denied;

    @Inject
    FeedNetworkPolicy(FeedNetworkConfig config) {
        this(parse(config.allow()), parse(config.deny()));
    }

    FeedNetworkPolicy(List<AddressRange> allowed, List<AddressRange> denied) {
        this.allowed = allowed;
        this.denied = denied;
    }

    /** Why this URL's scheme or host is refused before any lookup, or empty. */
    public Optional<String> schemeProblem(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https feeds are fetched, not '" + scheme + "'");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("the feed URL has no host");
        }
        return Optional.empty();
    }

    /** Why one of these resolved addresses may not be contacted, or empty. */
    public Optional<String> addressProblem(String host, InetAddress[] addresses) {
        for (InetAddress address : addresses) {
            if (!allows(address)) {
                return Optional.of("'" + host + "' resolves to " + address.getHostAddress()
                        + ", an internal address that feeds may not reach (sightline.feeds.network.allow)");
            }
        }
        return Optional.empty();
    }

    boolean allows(InetAddress address) {
        if (denied.stream().anyMatch(range -> range.contains(address))) {
            return false;
        }
        if (allowed.stream().anyMatch(range -> range.contains(address))) {
            return true;
        }
        return !isInternal(address);
    }

    static boolean isInternal(InetAddress address) {
        return address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress() || address.isAnyLocalAddress()
                || INTERNAL.stream().anyMatch(range -> range.contains(address));
    }

    private static List<AddressRange> parse(Optional<List<String>> entries) {
        return entries.orElse(List.of()).stream().filter(entry -> !entry.isBlank()).map(AddressRange::parse).toList();
    }
}
