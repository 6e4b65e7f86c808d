package io.sightline.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did: articles that were new, updated (same URL, changed text: a correction),
 * already present (same URL and text, or the same normalised text), and rejected with a reason.
 * Mutable while one import runs, then handed out.
 */
public final class ImportReport {

    /** One rejected item: where it was and why. */
    public record Rejection(String origin, String reason) {
    }

    private int created;
    private int alreadyPresent;
    private int updated;
    /** Stored but not in the index yet: the engine refused the write; the outbox replays it. */
    private int notYetSearchable;
    private final List<Long> createdIds = new ArrayList<>();
    private final List<Long> updatedIds = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    void created(long id) {
        created++;
        createdIds.add(id);
    }

    void alreadyPresent() {
        alreadyPresent++;
    }

    void updated(long id) {
        updated++;
        updatedIds.add(id);
    }

    void notYetSearchable(int count) {
        notYetSearchable += count;
    }

    void rejected(String origin, String reason) {
        rejections.add(new Rejection(origin, reason));
    }

    public void add(ImportReport other) {
        created += other.created;
        alreadyPresent += other.alreadyPresent;
        updated += other.updated;
        notYetSearchable += other.notYetSearchable;
        createdIds.addAll(other.createdIds);
        updatedIds.addAll(other.updatedIds);
        rejections.addAll(other.rejections);
    }

    public int getCreated() {
        return created;
    }

    public int getAlreadyPresent() {
        return alreadyPresent;
    }

    public int getUpdated() {
        return updated;
    }

    public List<Long> getUpdatedIds() {
        return updatedIds;
    }

    public int getNotYetSearchable() {
        return notYetSearchable;
    }

    public int getRejected() {
        return rejections.size();
    }

    public List<Long> getCreatedIds() {
        return createdIds;
    }

    public List<Rejection> getRejections() {
        return rejections;
    }

    /** "3 new, 1 already present, 0 failed" (with "2 updated" and "4 not yet searchable" when there are some) */
    public String summary() {
        return created + " new, " + (updated > 0 ? updated + " updated, " : "") + alreadyPresent + " already present, "
                + rejections.size() + " failed"
                + (notYetSearchable > 0 ? " (" + notYetSearchable + " stored but not yet searchable: the search engine"
                        + " refused the write; they are indexed when it accepts writes again)" : "");
    }
}
