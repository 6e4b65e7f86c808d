package io.sightline.article;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.sightline.engine.EmbeddedEngine;

/**
 * Creates the article index, or adds new fields to it, once the engine answers.
 * Runs after {@link EmbeddedEngine} has started (observer priority).
 */
@ApplicationScoped
public class IndexSchema {

    public static final int STARTUP_PRIORITY = EmbeddedEngine.STARTUP_PRIORITY + 10;

    private static final Logger LOG = Logger.getLogger(IndexSchema.class);

    private final SearchMapping searchMapping;

    IndexSchema(SearchMapping searchMapping) {
        this.searchMapping = searchMapping;
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        try {
            searchMapping.scope(Article.class).schemaManager().createOrUpdate();
        } catch (RuntimeException e) {
            throw new IllegalStateException("The article index could not be created or updated: " + e.getMessage()
                    + ". If its mapping changed incompatibly, rebuild it with 'sightline reindex' (it builds a new index and switches to it).", e);
        }
        LOG.debug("Article index ready");
    }
}
