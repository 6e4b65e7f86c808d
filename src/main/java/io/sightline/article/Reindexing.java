package io.sightline.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.backend.elasticsearch.metamodel.ElasticsearchIndexDescriptor;
import org.hibernate.search.backend.elasticsearch.schema.management.ElasticsearchIndexSchemaExport;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonObject;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Rebuilds the article index from the database without a moment of empty or partial search
 * results, by Hibernate Search's aliases: searches read through {@code article-read}, writes go
 * through {@code article-write}, and both point at a numbered index ({@code article-000001}).
 *
 * <ol>
 * <li>A new numbered index is created with the mapping and settings the code expects now
 * (so a rebuild also applies mapping changes that cannot be applied in place);</li>
 * <li>the write alias moves to it: imports, corrections and deletions made during the rebuild
 * land there, while searches still read the old, complete index;</li>
 * <li>the mass indexer fills it from the database;</li>
 * <li>the read alias moves to it in one atomic alias action, and the old index is deleted;</li>
 * <li>a consistency repair catches any deletion that raced with the mass indexer.</li>
 * </ol>
 * Articles imported during the rebuild become searchable at the switch. It needs the disk for
 * two indexes while it runs. A failure moves the write alias back and deletes the new index.
 */
@ApplicationScoped
public class Reindexing {

    /** What a rebuild did. */
    public record Result(long indexed, long staleRemoved, String previousIndex, String newIndex) {
    }

    private static final Logger LOG = Logger.getLogger(Reindexing.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SearchMapping searchMapping;
    private final IndexConsistency consistency;

    Reindexing(SearchMapping searchMapping, IndexConsistency consistency) {
        this.searchMapping = searchMapping;
        this.consistency = consistency;
    }

    public long articleCount() {
        return QuarkusTransaction.requiringNew().call(() -> Article.count());
    }

    /** @param progress told the number of documents indexed so far, from indexing threads */
    public Result reindex(LongConsumer progress) {
        return IndexConsistency.exclusively(() -> {
            try {
                return rebuild(progress);
            } catch (IOException e) {
                throw new UncheckedIOException("The engine refused a step of the rebuild: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The rebuild was interrupted", e);
            }
        });
    }

    private Result rebuild(LongConsumer progress) throws IOException, InterruptedException {
        RestClient client = searchMapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
        ElasticsearchIndexDescriptor descriptor = searchMapping.indexManager(ArticleFields.INDEX)
                .unwrap(ElasticsearchIndexManager.class).descriptor();
        String readAlias = descriptor.readName();
        String writeAlias = descriptor.writeName();
        String current = aliasTarget(client, readAlias);
        String writeTarget = aliasTarget(client, writeAlias);
        if (!current.equals(writeTarget)) {
            // A rebuild died between its two alias moves: start again from what searches read.
            LOG.warnf("The write alias pointed at %s, the read alias at %s: an earlier rebuild was interrupted",
                    writeTarget, current);
            moveAlias(client, writeAlias, writeTarget, current, true);
            delete(client, writeTarget);
        }
        String next = nextName(client, current);
        client.performRequest(jsonRequest("PUT", "/" + next, expectedSchemaWithoutAliases()));
        LOG.infof("Rebuilding the index into %s; searches keep reading %s until it is complete", next, current);
        moveAlias(client, writeAlias, current, next, true);
        AtomicLong indexed = new AtomicLong();
        try {
            searchMapping.scope(Article.class).massIndexer()
                    .purgeAllOnStart(false)
                    .dropAndCreateSchemaOnStart(false)
                    .typesToIndexInParallel(1)
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(200)
                    .monitor(new ProgressMonitor(indexed, progress))
                    .startAndWait();
            client.performRequest(new Request("POST", "/" + next + "/_refresh"));
        } catch (IOException | InterruptedException | RuntimeException e) {
            LOG.warnf("The rebuild failed (%s); searches and writes stay on %s", e.getMessage(), current);
            moveAlias(client, writeAlias, next, current, true);
            delete(client, next);
            throw e;
        }
        moveAlias(client, readAlias, current, next, false);
        delete(client, current);
        IndexConsistency.Repair repair = consistency.repair();
        LOG.infof("Rebuilt the index: %d articles in %s (was %s); %s", indexed.get(), next, current,
                repair.after().summary());
        return new Result(indexed.get(), repair.purged(), current, next);
    }

    /** The settings and mappings Hibernate Search would create the index with now. */
    private String expectedSchemaWithoutAliases() {
        AtomicReference<JsonObject> body = new AtomicReference<>();
        searchMapping.scope(Article.class).schemaManager().exportExpectedSchema(
                (backend, index, export) -> body.set(((ElasticsearchIndexSchemaExport) export).bodyParts().get(0)));
        JsonObject schema = body.get().deepCopy();
        schema.remove("aliases");
        return schema.toString();
    }

    private static String aliasTarget(RestClient client, String alias) throws IOException {
        JsonNode answer = JSON.readTree(EntityUtils.toString(
                client.performRequest(new Request("GET", "/_alias/" + alias)).getEntity()));
        Iterator<String> names = answer.fieldNames();
        if (!names.hasNext()) {
            throw new IllegalStateException("The alias " + alias + " points at no index");
        }
        return names.next();
    }

    /** article-000001 → article-000002 (skipping names left by an interrupted rebuild). */
    private static String nextName(RestClient client, String current) throws IOException {
        int dash = current.lastIndexOf('-');
        String prefix = current.substring(0, dash + 1);
        int number = Integer.parseInt(current.substring(dash + 1));
        while (true) {
            String candidate = prefix + String.format("%06d", ++number);
            // The low-level client answers a HEAD of a missing index with its 404, without throwing.
            if (client.performRequest(new Request("HEAD", "/" + candidate)).getStatusLine().getStatusCode() == 404) {
                return candidate;
            }
        }
    }

    /** Moves an alias from one index to another in one atomic action. */
    private static void moveAlias(RestClient client, String alias, String from, String to, boolean writeIndex)
            throws IOException {
        String add = writeIndex
                ? "{\"add\":{\"index\":\"" + to + "\",\"alias\":\"" + alias + "\",\"is_write_index\":true}}"
                : "{\"add\":{\"index\":\"" + to + "\",\"alias\":\"" + alias + "\"}}";
        client.performRequest(jsonRequest("POST", "/_aliases", "{\"actions\":[{\"remove\":{\"index\":\"" + from
                + "\",\"alias\":\"" + alias + "\"}}," + add + "]}"));
    }

    private static void delete(RestClient client, String index) throws IOException {
        client.performRequest(new Request("DELETE", "/" + index));
    }

    private static Request jsonRequest(String method, String path, String json) {
        Request request = new Request(method, path);
        request.setJsonEntity(json);
        return request;
    }

    private record ProgressMonitor(AtomicLong indexed, LongConsumer progress) implements MassIndexingMonitor {
        @Override
        public void documentsAdded(long increment) {
            progress.accept(indexed.addAndGet(increment));
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void indexingCompleted() {
        }
    }
}
