package io.sightline.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did: articles that were new, already present (same URL or same normalised
 * text), and rejected with a reason. Mutable while one import runs, then handed out.
 */
public final class ImportReport {

    /** One rejected item: where it was and why. */
    public record Rejection(String origin, String reason) {
    }

    private int created;
    private int alreadyPresent;
    private final List<Long> createdIds = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    void created(long id) {
        created++;
        createdIds.add(id);
    }

    void alreadyPresent() {
        alreadyPresent++;
    }

    void rejected(String origin, String reason) {
        rejections.add(new Rejection(origin, reason));
    }

    public void add(ImportReport other) {
        created += other.created;
        alreadyPresent += other.alreadyPresent;
        createdIds.addAll(other.createdIds);
        rejections.addAll(other.rejections);
    }

    public int getCreated() {
        return created;
    }

    public int getAlreadyPresent() {
        return alreadyPresent;
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

    /** "3 new, 1 already present, 0 failed" */
    public String summary() {
        return created + " new, " + alreadyPresent + " already present, " + rejections.size() + " failed";
    }
}
