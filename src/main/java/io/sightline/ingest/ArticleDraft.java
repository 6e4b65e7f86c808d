package io.sightline.ingest;

import java.time.Instant;

/**
 * An article as read from some input, before extraction and storage.
 *
 * @param origin where it came from, for messages ("feed.xml line 12", "upload #3")
 */
public record ArticleDraft(String title, String body, String url, String source, Instant published, String origin) {
}
