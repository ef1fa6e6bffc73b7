package org.fazhikg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Well-known mechanisms and political formulas (data/vocab/mechanism-aliases.tsv and slogans.txt):
 * which variants name the same mechanism, its kind, and which may be recognised without quote marks.
 * Immutable once loaded.
 */
final class MechanismVocabulary {
    static final String INITIATIVE = "initiative";
    static final String SLOGAN = "slogan";

    /** One known mechanism: its canonical name, kind, whether it is found unquoted, and its variants. */
    record Entry(String canonical, String kind, boolean bare, Pattern variants) {}

    /** A variant found in running text without quote marks. */
    record BareMatch(int start, int end, Entry entry) {}

    /** A line of a vocabulary file, numbered from 1, split at tabs. */
    record Row(String file, int line, List<String> cells) {
        String where() {
            return "vocab/" + file + " line " + line;
        }
    }

    private final List<Entry> entries;
    private final Set<String> slogans;

    private MechanismVocabulary(List<Entry> entries, Set<String> slogans) {
        this.entries = List.copyOf(entries);
        this.slogans = Set.copyOf(slogans);
    }

    static MechanismVocabulary load() {
        List<Entry> entries = new ArrayList<>();
        for (Row row : rows("mechanism-aliases.tsv")) {
            if (row.cells().size() != 4) {
                throw new IllegalStateException(row.where() + ": expected 4 tab-separated columns "
                        + "(canonical, kind, mode, variants), found " + row.cells().size());
            }
            String kind = row.cells().get(1);
            if (!kind.equals(INITIATIVE) && !kind.equals(SLOGAN)) {
                throw new IllegalStateException(row.where() + ": kind '" + kind + "', expected initiative or slogan");
            }
            String mode = row.cells().get(2);
            if (!mode.equals("bare") && !mode.equals("quoted")) {
                throw new IllegalStateException(row.where() + ": mode '" + mode + "', expected bare or quoted");
            }
            try {
                entries.add(new Entry(row.cells().get(0), kind, mode.equals("bare"), Pattern.compile(row.cells().get(3))));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(row.where() + ": bad variants pattern: " + e.getDescription(), e);
            }
        }
        Set<String> slogans = new LinkedHashSet<>();
        for (Row row : rows("slogans.txt")) slogans.add(row.cells().get(0));
        return new MechanismVocabulary(entries, slogans);
    }

    /** The known mechanism this whole name (quote marks and whitespace removed) is a variant of. */
    Optional<Entry> lookup(String name) {
        for (Entry e : entries) if (e.variants().matcher(name).matches()) return Optional.of(e);
        return Optional.empty();
    }

    boolean isSlogan(String name) {
        return slogans.contains(name) || lookup(name).filter(e -> e.kind().equals(SLOGAN)).isPresent();
    }

    /** Variants of bare entries found in the text, earlier entries first where two overlap. */
    List<BareMatch> findBare(String text) {
        List<BareMatch> found = new ArrayList<>();
        for (Entry e : entries) {
            if (!e.bare()) continue;
            Matcher m = e.variants().matcher(text);
            while (m.find()) {
                int start = m.start(), end = m.end();
                if (found.stream().noneMatch(f -> f.start() < end && f.end() > start)) found.add(new BareMatch(start, end, e));
            }
        }
        return found;
    }

    /**
     * The content lines of a classpath vocabulary file (/vocab/NAME): UTF-8, '#' starts a comment line,
     * blank lines are skipped, cells are separated by tabs.
     */
    static List<Row> rows(String file) {
        String resource = "/vocab/" + file;
        try (InputStream in = MechanismVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("vocabulary " + resource + " is missing from the classpath");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
                if (cells.stream().anyMatch(String::isEmpty)) {
                    throw new IllegalStateException("vocab/" + file + " line " + number + ": empty cell in '" + line + "'");
                }
                rows.add(new Row(file, number, cells));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + resource, e);
        }
    }
}
