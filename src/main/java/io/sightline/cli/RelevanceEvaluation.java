package io.sightline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sightline.article.Article;
import io.sightline.article.ArticleFields;
import io.sightline.ingest.ArticleImporter;
import io.sightline.ingest.ImportReport;
import io.sightline.ingest.JsonLinesFormat;
import io.sightline.ingest.ParsedItem;
import io.sightline.search.ArticleHit;
import io.sightline.search.ArticleSearch;
import io.sightline.search.Ranking;
import io.sightline.search.SearchResult;
import io.sightline.search.SearchState;

/**
 * {@code sightline evaluate-relevance}: imports a corpus into an empty store (run it through
 * {@code bin/evaluate-relevance}, which gives it a fresh data folder and free ports), runs every
 * query of a judged set through Sightline's search and through a plain BM25 {@code multi_match}
 * on the same index, and prints nDCG@10, P@10 and MRR per system, the per-query table and the
 * unjudged hits in each top 10. {@code --variants} adds the ranking variants of docs/relevance.md;
 * {@code --pool FILE} writes the unjudged pooled hits (with a text excerpt, for grading) to FILE,
 * which must stay outside the repository.
 */
@ApplicationScoped
public class RelevanceEvaluation {

    static final int CUTOFF = 10;
    /** Each query runs this many times through Sightline; the median is its latency. */
    static final int TIMING_RUNS = 3;

    /** One judged query. */
    record Query(String id, String text, String kind) {
    }

    /** A named way of ranking: the query text to the URLs of the top hits. */
    record SearchSystem(String name, java.util.function.BiFunction<String, Integer, List<String>> search) {
    }

    /** Figures of one system on one query. */
    record Scores(double ndcg, double precision, double reciprocalRank, int hits, int unjudged) {
    }

    private final ArticleImporter importer;
    private final ArticleSearch articleSearch;
    private final SearchMapping searchMapping;
    private final SearchSession session;

    RelevanceEvaluation(ArticleImporter importer, ArticleSearch articleSearch, SearchMapping searchMapping,
            SearchSession session) {
        this.importer = importer;
        this.articleSearch = articleSearch;
        this.searchMapping = searchMapping;
        this.session = session;
    }

    int run(Path corpus, Path queriesFile, Path judgementsFile, boolean variants, Path pool, int poolDepth,
            PrintStream out) throws IOException {
        importIfEmpty(corpus);
        List<Query> queries = readQueries(queriesFile);
        Map<String, Map<String, Integer>> grades = readJudgements(judgementsFile);

        List<SearchSystem> systems = new ArrayList<>();
        systems.add(new SearchSystem("sightline", (q, n) -> sightline(q, n, Ranking.DEFAULT)));
        systems.add(new SearchSystem("bm25", this::plainBm25));
        if (variants) {
            Ranking.compared().forEach((name, ranking) -> systems.add(
                    new SearchSystem(name, (q, n) -> sightline(q, n, ranking))));
        }

        Map<String, Map<String, Scores>> scores = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> rankings = new LinkedHashMap<>();
        Map<String, List<Double>> latencies = new LinkedHashMap<>();
        warmUp(systems);
        // Queries outer, systems inner: a change of machine load hits every system alike.
        for (Query query : queries) {
            for (SearchSystem system : systems) {
                double[] runs = new double[TIMING_RUNS];
                List<String> urls = List.of();
                for (int i = 0; i < TIMING_RUNS; i++) {
                    long start = System.nanoTime();
                    urls = system.search().apply(query.text(), Math.max(CUTOFF, poolDepth));
                    runs[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(runs);
                latencies.computeIfAbsent(system.name(), name -> new ArrayList<>()).add(runs[TIMING_RUNS / 2]);
                rankings.computeIfAbsent(system.name(), name -> new LinkedHashMap<>()).put(query.id(), urls);
                scores.computeIfAbsent(system.name(), name -> new LinkedHashMap<>()).put(query.id(),
                        score(urls, grades.getOrDefault(query.id(), Map.of())));
            }
        }
        latencies.values().forEach(list -> list.sort(Double::compare));

        out.printf(Locale.ROOT, "%d queries, %d judged documents%n%n", queries.size(),
                grades.values().stream().mapToInt(Map::size).sum());
        out.printf(Locale.ROOT, "%-22s %8s %8s %8s %10s %10s %9s %9s%n", "system", "nDCG@10", "P@10", "MRR",
                "<10 hits", "no hits", "unjudged", "p50 ms");
        for (var entry : scores.entrySet()) {
            var values = entry.getValue().values();
            List<Double> times = latencies.get(entry.getKey());
            out.printf(Locale.ROOT, "%-22s %8.3f %8.3f %8.3f %10d %10d %9d %9.1f%n", entry.getKey(),
                    values.stream().mapToDouble(Scores::ndcg).average().orElse(0),
                    values.stream().mapToDouble(Scores::precision).average().orElse(0),
                    values.stream().mapToDouble(Scores::reciprocalRank).average().orElse(0),
                    values.stream().filter(s -> s.hits() < CUTOFF).count(),
                    values.stream().filter(s -> s.hits() == 0).count(),
                    values.stream().mapToInt(Scores::unjudged).sum(), times.get(times.size() / 2));
        }

        out.println();
        out.println("Per query: nDCG@10 / unjudged in top 10 / hits (up to 10) for sightline and bm25");
        out.printf(Locale.ROOT, "%-4s %-9s %-46s %18s %18s%n", "id", "kind", "query", "sightline", "bm25");
        for (Query query : queries) {
            Scores s = scores.get("sightline").get(query.id());
            Scores b = scores.get("bm25").get(query.id());
            out.printf(Locale.ROOT, "%-4s %-9s %-46s %8.3f /%2d /%3d %8.3f /%2d /%3d%n", query.id(), query.kind(),
                    abbreviate(query.text(), 46), s.ndcg(), s.unjudged(), s.hits(), b.ndcg(), b.unjudged(), b.hits());
        }
        out.printf(Locale.ROOT, "%np50 ms: median over the queries of each query's median of %d runs; Sightline's "
                + "search includes facets, histogram and snippets (a result page of %d), BM25 fetches URLs only.%n",
                TIMING_RUNS, Math.max(CUTOFF, poolDepth));

        if (pool != null) {
            writePool(pool, poolDepth, queries, grades, rankings);
            out.println("Unjudged pooled hits written to " + pool);
        }
        return 0;
    }

    // --- systems --------------------------------------------------------------------------------

    private List<String> sightline(String query, int depth, Ranking ranking) {
        int size = SearchState.PAGE_SIZES.stream().filter(pageSize -> pageSize >= depth).findFirst()
                .orElse(SearchState.PAGE_SIZES.get(SearchState.PAGE_SIZES.size() - 1));
        SearchState state = SearchState.empty().withQuery(query).withPageSize(size);
        SearchResult result = articleSearch.search(state, ranking);
        return result.hits().stream().limit(depth).map(ArticleHit::url).toList();
    }

    /** The reviewers' baseline: BM25 over title and body, no boosts, no operators. */
    @Transactional
    @ActivateRequestContext
    List<String> plainBm25(String query, int depth) {
        JsonObject multiMatch = new JsonObject();
        multiMatch.add("query", new JsonPrimitive(query));
        JsonArray fields = new JsonArray();
        fields.add(ArticleFields.TITLE);
        fields.add(ArticleFields.BODY);
        multiMatch.add("fields", fields);
        JsonObject json = new JsonObject();
        json.add("multi_match", multiMatch);
        return session.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .select(f -> f.field(ArticleFields.URL, String.class))
                .where(f -> f.fromJson(json))
                .fetchHits(depth);
    }

    private static void warmUp(List<SearchSystem> systems) {
        for (int i = 0; i < 10; i++) {
            for (SearchSystem system : systems) {
                system.search().apply("security assistance", CUTOFF);
            }
        }
    }

    // --- metrics --------------------------------------------------------------------------------

    /**
     * nDCG@10 with gain 2^grade - 1 (the ideal ranking from every judged document of the query),
     * P@10 counting grades 1 and 2 as relevant (short lists count missing hits as not relevant),
     * reciprocal rank of the first grade-2 hit within the top 10. Unjudged hits count as grade 0.
     */
    static Scores score(List<String> urls, Map<String, Integer> judged) {
        List<String> top = urls.subList(0, Math.min(CUTOFF, urls.size()));
        double dcg = 0;
        int relevant = 0;
        int unjudged = 0;
        double reciprocalRank = 0;
        for (int i = 0; i < top.size(); i++) {
            Integer grade = judged.get(top.get(i));
            if (grade == null) {
                unjudged++;
                continue;
            }
            dcg += gain(grade) / log2(i + 2);
            if (grade > 0) {
                relevant++;
            }
            if (grade == 2 && reciprocalRank == 0) {
                reciprocalRank = 1.0 / (i + 1);
            }
        }
        List<Integer> ideal = judged.values().stream().sorted((a, b) -> b - a).limit(CUTOFF).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return new Scores(idcg == 0 ? 0 : dcg / idcg, relevant / (double) CUTOFF, reciprocalRank, top.size(),
                unjudged);
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    // --- files ----------------------------------------------------------------------------------

    private void importIfEmpty(Path corpus) throws IOException {
        if (QuarkusTransaction.requiringNew().call(() -> Article.count()) > 0) {
            return;
        }
        List<ParsedItem> items = new JsonLinesFormat()
                .parse(Files.readString(corpus, StandardCharsets.UTF_8), corpus.toString(), "State Department");
        ArticleImporter.Session importSession = importer.session();
        items.forEach(importSession::add);
        ImportReport report = importSession.finish();
        searchMapping.scope(Article.class).workspace().refresh();
        System.err.println("Imported " + corpus + ": " + report.summary());
    }

    static List<Query> readQueries(Path file) throws IOException {
        List<Query> queries = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length < 3) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected id, query, kind, need");
            }
            queries.add(new Query(columns[0], columns[1], columns[2]));
        }
        return queries;
    }

    /** query id → URL → grade (0, 1, 2). */
    static Map<String, Map<String, Integer>> readJudgements(Path file) throws IOException {
        Map<String, Map<String, Integer>> grades = new HashMap<>();
        if (!Files.exists(file)) {
            return grades;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("query\t")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 3 || !columns[2].matches("[012]")) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected query id, URL, grade 0-2");
            }
            grades.computeIfAbsent(columns[0], id -> new HashMap<>()).put(columns[1], Integer.parseInt(columns[2]));
        }
        return grades;
    }

    /** The unjudged hits of every system's top {@code depth}, with title and an excerpt to grade them by. */
    @Transactional
    @ActivateRequestContext
    void writePool(Path pool, int depth, List<Query> queries, Map<String, Map<String, Integer>> grades,
            Map<String, Map<String, List<String>>> rankings) throws IOException {
        List<String> out = new ArrayList<>();
        for (Query query : queries) {
            Set<String> urls = new LinkedHashSet<>();
            rankings.values().forEach(lists -> urls.addAll(
                    lists.get(query.id()).subList(0, Math.min(depth, lists.get(query.id()).size()))));
            urls.removeAll(grades.getOrDefault(query.id(), Map.of()).keySet());
            for (String url : urls) {
                Article article = Article.find("url", url).firstResult();
                String body = article.body.replaceAll("\\s+", " ").replace("Office of the Spokesperson ", "");
                out.add(query.id() + "\t" + query.text() + "\t" + url + "\t" + article.title + "\t"
                        + body.substring(0, Math.min(700, body.length())));
            }
        }
        Files.write(pool, out, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
