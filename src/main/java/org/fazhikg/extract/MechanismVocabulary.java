package org.fazhikg.extract;

import java.util.ArrayList;
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

    private final List<Entry> entries;
    private final Set<String> slogans;

    private MechanismVocabulary(List<Entry> entries, Set<String> slogans) {
        this.entries = List.copyOf(entries);
        this.slogans = Set.copyOf(slogans);
    }

    static MechanismVocabulary load() {
        List<Entry> entries = new ArrayList<>();
        for (VocabFile.Row row : rows("mechanism-aliases.tsv", 4, 4)) {
            String kind = row.column(1);
            if (!kind.equals(INITIATIVE) && !kind.equals(SLOGAN)) {
                throw row.error("kind '" + kind + "', expected initiative or slogan");
            }
            String mode = row.column(2);
            if (!mode.equals("bare") && !mode.equals("quoted")) throw row.error("mode '" + mode + "', expected bare or quoted");
            try {
                entries.add(new Entry(row.column(0), kind, mode.equals("bare"), Pattern.compile(row.column(3))));
            } catch (PatternSyntaxException e) {
                throw row.error("bad variants pattern: " + e.getDescription());
            }
        }
        Set<String> slogans = new LinkedHashSet<>();
        for (VocabFile.Row row : rows("slogans.txt", 1, 1)) slogans.add(row.column(0));
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
     * The rows of a classpath vocabulary file (/vocab/NAME, read by {@link VocabFile}) with between
     * {@code min} and {@code max} columns, none of them empty.
     */
    static List<VocabFile.Row> rows(String file, int min, int max) {
        List<VocabFile.Row> rows = VocabFile.read(file, min);
        for (VocabFile.Row row : rows) {
            if (row.columns().size() > max) {
                throw row.error("expected at most " + max + " tab-separated columns, found " + row.columns().size());
            }
            for (int i = 0; i < row.columns().size(); i++) {
                if (row.column(i).isEmpty()) throw row.error("column " + (i + 1) + " is empty");
            }
        }
        return rows;
    }
}
