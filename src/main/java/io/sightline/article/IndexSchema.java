package io.sightline.article;

import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.backend.elasticsearch.schema.management.ElasticsearchIndexSchemaExport;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonObject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.sightline.engine.EmbeddedEngine;

/**
 * Creates the article index, or adds new fields to it, once the engine answers.
 * Runs after {@link EmbeddedEngine} has started (observer priority).
 *
 * <p>Adding a field to the mapping of an existing index is an in-place update, but the documents
 * already in it do not get the field's values (issue 9: the weapon family field, derived at
 * indexing time, was empty for every article indexed before it existed, so "Leopard 2" found none
 * of the stored Leopard 2A8 articles). So the fields the live index lacks are noted before the
 * update, and when there are any and the database holds articles, the index is rebuilt in the
 * background by {@link Reindexing} (searches keep reading the old, complete index until the switch).
 */
@ApplicationScoped
public class IndexSchema {

    public static final int STARTUP_PRIORITY = EmbeddedEngine.STARTUP_PRIORITY + 10;

    private static final Logger LOG = Logger.getLogger(IndexSchema.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SearchMapping searchMapping;
    private final Reindexing reindexing;
    private volatile Thread startupRebuild;

    IndexSchema(SearchMapping searchMapping, Reindexing reindexing) {
        this.searchMapping = searchMapping;
        this.reindexing = reindexing;
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        Set<String> newFields = createOrUpdate();
        if (!newFields.isEmpty()) {
            Thread thread = new Thread(() -> fillNewFields(newFields), "sightline-index-upgrade");
            thread.setDaemon(true);
            startupRebuild = thread;
            thread.start();
        }
        LOG.debug("Article index ready");
    }

    /**
     * Creates the index or adds new fields to its mapping.
     *
     * @return the fields the existing index lacked (empty for a new index or an unchanged mapping)
     */
    Set<String> createOrUpdate() {
        Set<String> newFields;
        try {
            newFields = fieldsMissingFromLiveIndex();
            searchMapping.scope(Article.class).schemaManager().createOrUpdate();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The article index could not be created or updated: " + e.getMessage()
                    + ". If its mapping changed incompatibly, rebuild it with 'sightline reindex' (it builds a new index and switches to it).", e);
        }
        return newFields;
    }

    /**
     * Rebuilds the index so that stored articles get values for fields added to the mapping.
     *
     * @return whether a rebuild ran (not when the database holds no article)
     */
    boolean fillNewFields(Set<String> newFields) {
        try {
            long articles = QuarkusTransaction.requiringNew().call(() -> Article.count());
            if (articles == 0) {
                return false;
            }
            LOG.warnf("The article index lacked the fields %s that its mapping has now; rebuilding it so that the "
                    + "%d stored articles get them (searches read the old index until the rebuild is done)",
                    newFields, articles);
            Reindexing.Result result = reindexing.reindex(indexed -> {
            });
            LOG.infof("Index upgraded: %d articles re-indexed into %s", result.indexed(), result.newIndex());
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("Upgrading the index failed (%s); run 'sightline reindex' to fill the new fields %s",
                    ArticleIndex.rootMessage(e), newFields);
            LOG.debug("Index upgrade failure", e);
            return false;
        }
    }

    /** Waits for the start-up upgrade rebuild to end, if one runs (for tests). */
    void awaitStartupUpgrade() throws InterruptedException {
        Thread thread = startupRebuild;
        if (thread != null) {
            thread.join();
        }
    }

    /** Top-level fields of the mapping the code expects that the live index (behind the read alias) lacks. */
    Set<String> fieldsMissingFromLiveIndex() throws IOException {
        RestClient client = searchMapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
        String readAlias = searchMapping.indexManager(ArticleFields.INDEX).unwrap(ElasticsearchIndexManager.class)
                .descriptor().readName();
        Response response;
        try {
            response = client.performRequest(new Request("GET", "/" + readAlias + "/_mapping"));
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return Set.of(); // no index yet: it is created with every field
            }
            throw e;
        }
        JsonNode indexes = JSON.readTree(EntityUtils.toString(response.getEntity()));
        Set<String> live = new TreeSet<>();
        for (JsonNode index : indexes) {
            index.path("mappings").path("properties").fieldNames().forEachRemaining(live::add);
        }
        Set<String> missing = new TreeSet<>(expectedFields());
        missing.removeAll(live);
        return missing;
    }

    private Set<String> expectedFields() {
        AtomicReference<JsonObject> body = new AtomicReference<>();
        searchMapping.scope(Article.class).schemaManager().exportExpectedSchema(
                (backend, index, export) -> body.set(((ElasticsearchIndexSchemaExport) export).bodyParts().get(0)));
        Set<String> fields = new TreeSet<>();
        JsonObject properties = body.get().getAsJsonObject("mappings").getAsJsonObject("properties");
        for (Iterator<String> names = properties.keySet().iterator(); names.hasNext();) {
            fields.add(names.next());
        }
        return fields;
    }
}
