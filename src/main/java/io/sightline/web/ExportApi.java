package io.sightline.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.sightline.extract.EntityType;
import io.sightline.search.ArticleSearch;
import io.sightline.search.ExportRow;
import io.sightline.search.SearchState;

/**
 * The whole result set of a search (not just one page), streamed as CSV or JSON Lines, with the
 * search page's parameters: {@code /api/export.csv?q=…&country=RU}. At most
 * {@code sightline.export.max-rows} articles (default 100,000); headers tell the total and the cap.
 */
@Path("/api")
public class ExportApi {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** The article's columns, then one column per entity type. */
    static final String CSV_HEADER = "id,title,published,source,url,"
            + Arrays.stream(EntityType.values()).map(type -> type.plural).collect(Collectors.joining(",")) + "\r\n";

    private final ArticleSearch search;
    private final long maxRows;

    ExportApi(ArticleSearch search, @ConfigProperty(name = "sightline.export.max-rows", defaultValue = "100000") long maxRows) {
        this.search = search;
        this.maxRows = maxRows;
    }

    @GET
    @Path("export.csv")
    public Response csv(@Context UriInfo uri) {
        SearchState state = parse(uri);
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(CSV_HEADER);
            search.export(state, maxRows, row -> write(writer, csvLine(row)));
            writer.flush();
        };
        return response(state, body, "text/csv; charset=utf-8", "csv");
    }

    @GET
    @Path("export.jsonl")
    public Response jsonLines(@Context UriInfo uri) {
        SearchState state = parse(uri);
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            search.export(state, maxRows, row -> {
                try {
                    write(writer, JSON.writeValueAsString(row) + "\n");
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return response(state, body, "application/x-ndjson; charset=utf-8", "jsonl");
    }

    private static SearchState parse(UriInfo uri) {
        SearchState.Parsed parsed = SearchState.fromParameters(uri.getQueryParameters());
        if (!parsed.problems().isEmpty()) {
            throw new BadRequest(String.join(" ", parsed.problems()));
        }
        return parsed.state().firstPage();
    }

    private Response response(SearchState state, StreamingOutput body, String type, String extension) {
        long total = search.count(state);
        return Response.ok(body, type)
                .header("X-Total-Count", total)
                .header("X-Export-Limit", maxRows)
                .header("Content-Disposition", "attachment; filename=\"sightline-export." + extension + "\"")
                .build();
    }

    private static void write(BufferedWriter writer, String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String csvLine(ExportRow row) {
        List<String> cells = new ArrayList<>(List.of(
                Long.toString(row.id()),
                csv(row.title()),
                row.published() == null ? "" : row.published().toString(),
                csv(row.source()),
                csv(row.url())));
        for (EntityType type : EntityType.values()) {
            cells.add(csv(join(row.values(type))));
        }
        return String.join(",", cells) + "\r\n";
    }

    private static String join(List<String> values) {
        return values == null ? "" : String.join("; ", values);
    }

    /** RFC 4180 quoting; a leading = + - @ is defused so spreadsheets do not run it as a formula. */
    static String csv(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
