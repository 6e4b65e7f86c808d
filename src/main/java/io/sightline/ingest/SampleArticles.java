package io.sightline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.sightline.article.Article;
import io.sightline.article.IndexSchema;

/**
 * Loads the project's own sample articles (fictional, written for Sightline) on the first start
 * with an empty store, so that a newcomer sees facets and results at once.
 */
@ApplicationScoped
public class SampleArticles {

    static final String RESOURCE = "samples/sample-articles.jsonl";

    private static final Logger LOG = Logger.getLogger(SampleArticles.class);

    private final ArticleImporter importer;
    private final boolean loadWhenEmpty;

    SampleArticles(ArticleImporter importer,
            @ConfigProperty(name = "sightline.samples.load-when-empty", defaultValue = "true") boolean loadWhenEmpty) {
        this.importer = importer;
        this.loadWhenEmpty = loadWhenEmpty;
    }

    void onStart(@Observes @Priority(IndexSchema.STARTUP_PRIORITY + 10) StartupEvent event) {
        if (loadWhenEmpty && io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Article.count()) == 0) {
            ImportReport report = load();
            LOG.infof("Loaded the sample articles into the empty store: %s", report.summary());
        }
    }

    public ImportReport load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return importer.importItems(new JsonLinesFormat().parse(content, RESOURCE, "Sightline sample (fictional)"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }
}
