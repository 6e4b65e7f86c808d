package io.sightline.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * In-memory token buckets, one per client: {@code burst} requests at once, then one more per
 * {@code refillEvery}. Buckets that have filled up again are forgotten when the map grows, so
 * a flood of distinct addresses cannot grow it without bound.
 */
final class TokenBuckets {

    /** The answer for one request: allowed, or how long until it would be. */
    record Outcome(boolean allowed, Duration retryAfter) {
    }

    private static final int FORGET_ABOVE = 10_000;

    private final int burst;
    private final long refillNanos;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long updatedAt;

        Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }

    TokenBuckets(int burst, Duration refillEvery, LongSupplier nanoClock) {
        if (burst < 1 || refillEvery.isNegative() || refillEvery.isZero()) {
            throw new IllegalArgumentException("a rate limit needs burst >= 1 and a positive refill interval");
        }
        this.burst = burst;
        this.refillNanos = refillEvery.toNanos();
        this.clock = nanoClock;
    }

    Outcome take(String client) {
        long now = clock.getAsLong();
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(bucket -> refilled(bucket, now) >= burst);
        }
        Bucket bucket = buckets.computeIfAbsent(client, key -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = refilled(bucket, now);
            bucket.updatedAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return new Outcome(true, Duration.ZERO);
            }
            long wait = (long) Math.ceil((1 - bucket.tokens) * refillNanos);
            return new Outcome(false, Duration.ofNanos(wait));
        }
    }

    private double refilled(Bucket bucket, long now) {
        return Math.min(burst, bucket.tokens + (double) (now - bucket.updatedAt) / refillNanos);
    }
}
