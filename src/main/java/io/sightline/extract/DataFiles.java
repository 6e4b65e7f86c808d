package io.sightline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the extraction data files under src/main/resources/extract/: '#' comments, tab-separated columns. */
final class DataFiles {

    static final String FOLDER = "extract/";

    private DataFiles() {
    }

    /** Rows of a tab-separated file, each padded to {@code columns} cells; empty when the file is absent. */
    static List<String[]> rows(String name, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(name)) {
            String[] cells = Arrays.copyOf(line.split("\t", -1), Math.max(columns, line.split("\t", -1).length));
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i] == null ? "" : cells[i].strip();
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Non-empty, non-comment lines of a file; empty when the file is absent. */
    static List<String> lines(String name) {
        InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(FOLDER + name);
        if (in == null) {
            in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FOLDER + name);
        }
        if (in == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FOLDER + name, e);
        }
        return lines;
    }

    static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String value : cell.split("\\|")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }
}
