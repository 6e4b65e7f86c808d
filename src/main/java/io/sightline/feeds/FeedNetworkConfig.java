package io.sightline.feeds;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * Which addresses feeds may be downloaded from ({@code sightline.feeds.network.*}). By default
 * every public address; loopback, link-local, private, carrier-grade NAT, multicast and
 * reserved ranges are refused (see {@link FeedNetworkPolicy}) so that a subscription cannot
 * make Sightline probe its own machine or network.
 */
@ConfigMapping(prefix = "sightline.feeds.network")
public interface FeedNetworkConfig {

    /** Addresses or CIDR ranges allowed although internal, e.g. "10.20.0.0/16" for an intranet feed. */
    Optional<List<String>> allow();

    /** Addresses or CIDR ranges refused although public; wins over {@link #allow()}. */
    Optional<List<String>> deny();
}
