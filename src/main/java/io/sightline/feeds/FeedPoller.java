package io.sightline.feeds;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.sightline.ingest.ArticleImporter;
import io.sightline.ingest.FeedFormat;
import io.sightline.ingest.ImportReport;
import io.sightline.ingest.ParsedItem;
import io.sightline.ingest.RejectedInput;
import io.sightline.ingest.TextDecoding;

/**
 * Subscriptions and their polling. Every {@code sightline.feeds.poll-interval} (default 30
 * minutes) each subscribed feed is downloaded and its items go through the normal import, so
 * items seen before are "already present" and only new ones are stored. A failing feed records
 * its error and is tried again next time; it does not stop the others.
 */
@ApplicationScoped
public class FeedPoller {

    /** The outcome of one poll. */
    public record PollResult(long feedId, ImportReport report, String error) {
    }

    private static final Logger LOG = Logger.getLogger(FeedPoller.class);

    private final FeedFetcher fetcher;
    private final ArticleImporter importer;
    // production: with several nodes on one database, only the lease holder polls on schedule
    @jakarta.inject.Inject
    FeedPollLease lease;
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "sightline.feeds.poll-interval", defaultValue = "30m")
    java.time.Duration pollInterval;

    FeedPoller(FeedFetcher fetcher, ArticleImporter importer) {
        this.fetcher = fetcher;
        this.importer = importer;
    }

    /**
     * The scheduled poll: on the node holding the feed-poll lease only (see {@link FeedPollLease}),
     * renewed for two intervals so one slow poll does not hand it over.
     */
    @Scheduled(identity = "feed-poll", every = "${sightline.feeds.poll-interval:30m}", delayed = "${sightline.feeds.first-poll-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPoll() {
        if (lease.acquire(pollInterval.multipliedBy(2))) {
            pollAll();
        }
    }

    void pollAll() {
        List<Long> ids = QuarkusTransaction.requiringNew().call(
                () -> FeedSubscription.<FeedSubscription>listAll().stream().map(feed -> feed.id).toList());
        for (long id : ids) {
            PollResult result = poll(id);
            if (result.error() != null) {
                LOG.warnf("Feed %d: %s", id, result.error());
            } else if (result.report().getCreated() > 0) {
                LOG.infof("Feed %d: %s", id, result.report().summary());
            }
        }
    }

    /**
     * Subscribes to a feed; the URL must be http(s) and, when its host resolves now, to allowed
     * addresses (checked again at every poll: a name can change its addresses).
     */
    public FeedSubscription subscribe(String url, String title) {
        String problem = checkUrl(url);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        try {
            fetcher.checkAllowed(URI.create(url.strip()));
        } catch (FeedFetcher.RefusedAddress e) {
            throw new IllegalArgumentException("Cannot subscribe: " + e.getMessage() + ".");
        } catch (IOException e) {
            // unknown host now: the poll will say so
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            if (FeedSubscription.count("url", url.strip()) > 0) {
                throw new IllegalStateException("Already subscribed to " + url.strip());
            }
            FeedSubscription feed = new FeedSubscription();
            feed.url = url.strip();
            feed.title = title == null || title.isBlank() ? null : title.strip();
            feed.createdAt = Instant.now();
            feed.persist();
            return feed;
        });
    }

    public boolean unsubscribe(long id) {
        return QuarkusTransaction.requiringNew().call(() -> FeedSubscription.deleteById(id));
    }

    public List<FeedSubscription> list() {
        return QuarkusTransaction.requiringNew().call(() -> FeedSubscription.<FeedSubscription>list("order by id"));
    }

    /** Polls one feed now; null when there is no such subscription. */
    public PollResult poll(long id) {
        FeedSubscription feed = QuarkusTransaction.requiringNew().call(() -> FeedSubscription.findById(id));
        if (feed == null) {
            return null;
        }
        ImportReport report = new ImportReport();
        String error = null;
        String feedTitle = null;
        try {
            FeedFetcher.Download download = fetcher.fetch(feed.url);
            List<ParsedItem> items = new FeedFormat().parse(TextDecoding.decode(download.bytes(), download.contentType()),
                    feed.url, feed.title != null ? feed.title : URI.create(feed.url).getHost());
            if (items.size() == 1 && items.get(0).isRejected()) {
                error = items.get(0).rejection();
            } else {
                feedTitle = items.stream().filter(item -> !item.isRejected()).map(item -> item.draft().source())
                        .findFirst().orElse(null);
                report = importer.importItems(items);
            }
        } catch (HttpTimeoutException e) {
            error = "timed out: " + e.getMessage();
        } catch (FeedFetcher.RefusedAddress e) {
            error = "refused: " + e.getMessage();
        } catch (IOException e) {
            error = "cannot download: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (RejectedInput e) {
            error = e.getMessage();
        }
        String lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        String title = feedTitle;
        int created = report.getCreated();
        QuarkusTransaction.requiringNew().run(() -> {
            FeedSubscription stored = FeedSubscription.findById(id);
            if (stored != null) {
                stored.lastPolledAt = Instant.now();
                stored.lastError = lastError;
                stored.itemsImported += created;
                if (stored.title == null && title != null) {
                    stored.title = title.substring(0, Math.min(title.length(), 300));
                }
            }
        });
        return new PollResult(id, report, error);
    }

    static String checkUrl(String url) {
        if (url == null || url.isBlank()) {
            return "The feed URL is empty.";
        }
        if (url.strip().length() > 2048) {
            return "The feed URL is longer than 2048 characters.";
        }
        try {
            URI uri = new URI(url.strip());
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                return "The feed URL must be an http or https URL with a host: " + url;
            }
        } catch (URISyntaxException e) {
            return "The feed URL is not valid: " + e.getMessage();
        }
        return null;
    }
}
