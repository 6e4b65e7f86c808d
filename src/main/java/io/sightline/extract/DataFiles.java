package io.sightline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading the data files under {@code src/main/resources/extract/} strictly: a missing file, or a
 * row with the wrong shape, fails with the file and line instead of being read as empty (an empty
 * list would silently switch a rule off). Split from {@link ExtractionData}, which builds the
 * dictionaries from what these read (it had grown to 712 lines in wave 5).
 */
final class DataFiles {

    static final String DIR = "/extract/";

    private DataFiles() {
    }

    /** A data file cannot be read, or one of its rows is malformed: start-up stops with the file and line. */
    static final class DataFileException extends IllegalStateException {
        DataFileException(String message) {
            super(message);
        }
    }

    /** A non-comment line of a data file: its tab-separated columns and where it came from. */
    record Row(String file, int line, String[] cols) {
        int length() {
            return cols.length;
        }

        String get(int i) {
            return i < cols.length ? cols[i] : "";
        }

        DataFileException bad(String why) {
            return new DataFileException(DIR.substring(1) + file + " line " + line + ": " + why);
        }
    }

    static String col(String[] row, int i) {
        return i < row.length ? row[i] : "";
    }

    static List<String> split(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String p : s.split("\\|")) {
            if (!p.isBlank()) {
                out.add(p.trim());
            }
        }
        return out;
    }

    /** The rows of a tab-separated data file; a header row is left to the caller. */
    static List<Row> tsv(String name) {
        List<Row> rows = new ArrayList<>();
        for (Row line : rows(name)) {
            rows.add(new Row(name, line.line(), line.cols()[0].split("\t", -1)));
        }
        return rows;
    }

    /** Non-blank, non-comment lines of a data file; a missing file fails. */
    static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        for (Row row : rows(name)) {
            out.add(row.cols()[0]);
        }
        return out;
    }

    /**
     * A word list: one entry a line, no tabs, no space around it. A missing file, or a bad entry,
     * fails with the file and line: an empty list would silently switch a rule off.
     */
    static Set<String> wordList(String name) {
        Set<String> words = new HashSet<>();
        for (Row row : rows("words/" + name)) {
            String entry = row.cols()[0];
            if (entry.indexOf('\t') >= 0 || !entry.equals(entry.strip())) {
                throw row.bad("an entry may not contain a tab or start or end with a space: '" + entry + "'");
            }
            words.add(entry);
        }
        if (words.isEmpty()) {
            throw new DataFileException(DIR.substring(1) + "words/" + name + " has no entries");
        }
        return Collections.unmodifiableSet(words);
    }

    /** Classes of a given name and its short forms, "Charles|Chuck|Charlie"; a bad row fails with the file and line. */
    static Map<String, List<String>> nicknames(String name) {
        Map<String, List<String>> heads = new HashMap<>();
        for (Row row : rows(name)) {
            String[] forms = row.cols()[0].split("\\|", -1);
            if (forms.length < 2) {
                throw row.bad("expected a given name and at least one short form separated by '|'");
            }
            String head = Tokens.fold(forms[0]);
            for (String form : forms) {
                if (form.isEmpty() || !form.equals(form.strip()) || form.contains(" ")) {
                    throw row.bad("a form may not be empty or contain a space: '" + form + "'");
                }
                List<String> of = heads.computeIfAbsent(Tokens.fold(form), k -> new ArrayList<>());
                if (!of.contains(head)) {
                    of.add(head);
                }
            }
        }
        return Collections.unmodifiableMap(heads);
    }

    /** A two-column list of lower-case nouns and their {@link PlatformKind}; a bad row fails with the file and line. */
    static Map<String, PlatformKind> platformNouns(String name) {
        Map<String, PlatformKind> nouns = new HashMap<>();
        for (Row row : tsv(name)) {
            String[] cols = row.cols();
            if (cols.length != 2) {
                throw row.bad("expected 2 tab-separated columns (noun, kind), found " + cols.length);
            }
            String noun = cols[0];
            if (noun.isEmpty() || !noun.equals(noun.strip().toLowerCase(java.util.Locale.ROOT)) || noun.contains(" ")) {
                throw row.bad("the noun must be one lower-case word: '" + noun + "'");
            }
            PlatformKind kind = PlatformKind.ofColumn(cols[1])
                    .orElseThrow(() -> row.bad("unknown kind '" + cols[1] + "' (vessel, land-vehicle, aircraft, munition, undetermined)"));
            if (nouns.put(noun, kind) != null) {
                throw row.bad("'" + noun + "' is listed twice");
            }
        }
        if (nouns.isEmpty()) {
            throw new DataFileException(DIR.substring(1) + name + " has no entries");
        }
        return Collections.unmodifiableMap(nouns);
    }

    /** Two columns: a lower-case noun and a ship type, or "-" for any ship; a bad row fails with the file and line. */
    static Map<String, String> shipNouns(String name) {
        Map<String, String> nouns = new HashMap<>();
        for (Row row : tsv(name)) {
            String[] cols = row.cols();
            if (cols.length != 2 || cols[0].isEmpty() || cols[1].isEmpty()) {
                throw row.bad("expected 2 tab-separated columns (noun, ship type or -)");
            }
            if (!cols[0].equals(cols[0].strip().toLowerCase(java.util.Locale.ROOT)) || cols[0].contains(" ")) {
                throw row.bad("the noun must be one lower-case word: '" + cols[0] + "'");
            }
            if (!cols[1].equals("-") && !ShipContext.SHIP_TYPES.contains(cols[1])) {
                throw row.bad("unknown ship type '" + cols[1] + "' (" + ShipContext.SHIP_TYPES + " or -)");
            }
            if (nouns.put(cols[0], cols[1].equals("-") ? "" : cols[1]) != null) {
                throw row.bad("'" + cols[0] + "' is listed twice");
            }
        }
        return Collections.unmodifiableMap(nouns);
    }

    /** The non-blank, non-comment lines of a resource with their line numbers, each as a one-column row. */
    private static List<Row> rows(String name) {
        List<Row> out = new ArrayList<>();
        try (InputStream in = DataFiles.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new DataFileException(DIR.substring(1) + name + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(new Row(name, number, new String[] {line.replace("\uFEFF", "")}));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIR + name, e);
        }
        return out;
    }
}
