package org.fazhikg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The vocabularies metrics are read with: units (/vocab/units.txt) and common indicators with the
 * phrasings that name them (/vocab/indicators.tsv). Both are UTF-8 files on the classpath where
 * {@code #} starts a comment line.
 */
record MetricVocabulary(List<String> units, List<Indicator> indicators) {
    static final String UNITS = "/vocab/units.txt";
    static final String INDICATORS = "/vocab/indicators.tsv";

    MetricVocabulary {
        // longest first, so that 人次 wins over 人 and 个方面 over 个
        units = units.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        indicators = List.copyOf(indicators);
    }

    static MetricVocabulary load() {
        List<String> units = new ArrayList<>();
        for (Line line : read(UNITS)) {
            if (line.text().contains("\t") || line.text().contains(" "))
                throw new IllegalStateException(line.where() + ": expected one unit without spaces, found '" + line.text() + "'");
            units.add(line.text());
        }
        List<Indicator> indicators = new ArrayList<>();
        for (Line line : read(INDICATORS)) indicators.add(Indicator.parse(line));
        return new MetricVocabulary(units, indicators);
    }

    /** The unit {@code text} starts with at {@code at}, longest first, or null. */
    String unitAt(String text, int at) {
        for (String u : units) if (text.startsWith(u, at)) return u;
        return null;
    }

    /**
     * The first indicator one of whose phrasings occurs in {@code subject} and whose units hold
     * {@code unit} (万 and 亿 aside: 1.2万件 counts in 件). A rate named only by its last words
     * (优秀率, 成功率) is read with the sentence before it, {@code context}.
     */
    String indicatorOf(String subject, String unit, String context) {
        String base = unit.replaceFirst("^(?:千万|百万|万|亿)(?=.)", "");
        for (Indicator i : indicators) if (i.units().contains(base) && i.namedIn(subject, 0)) return i.name();
        if (!base.equals("%") || context == null) return null;
        for (Indicator i : indicators)
            if (i.units().contains(base) && i.namedIn(context + subject, context.length())) return i.name();
        return null;
    }

    /** An indicator, the units it is counted in and its phrasings (each a sequence of words in order). */
    record Indicator(String name, Set<String> units, List<List<String>> phrasings) {
        static Indicator parse(Line line) {
            String[] cols = line.text().split("\t");
            if (cols.length != 3 || cols[0].isBlank() || cols[1].isBlank() || cols[2].isBlank())
                throw new IllegalStateException(line.where() + ": expected 3 tab-separated columns "
                        + "(indicator, units, phrasings), found " + cols.length);
            List<List<String>> phrasings = Arrays.stream(cols[2].split("\\|"))
                    .map(String::strip).filter(p -> !p.isEmpty())
                    .map(p -> Arrays.stream(p.split("…")).map(String::strip).filter(w -> !w.isEmpty()).toList())
                    .toList();
            return new Indicator(cols[0].strip(), Set.of(cols[1].strip().split(" +")), phrasings);
        }

        /** Whether a phrasing's words occur in order in {@code text}, its last word ending after {@code lastEndsAfter}. */
        boolean namedIn(String text, int lastEndsAfter) {
            for (List<String> words : phrasings) {
                int at = 0;
                boolean all = true;
                for (int k = 0; k < words.size() && all; k++) {
                    String w = words.get(k);
                    int from = k == words.size() - 1 ? Math.max(at, lastEndsAfter - w.length() + 1) : at;
                    int found = text.indexOf(w, from);
                    if (found < 0) all = false;
                    else at = found + w.length();
                }
                if (all) return true;
            }
            return false;
        }
    }

    record Line(String file, int number, String text) {
        String where() { return "data" + file + " [line " + number + "]"; }
    }

    private static List<Line> read(String resource) {
        InputStream in = MetricVocabulary.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("vocabulary " + resource + " is not on the classpath (expected data" + resource + ")");
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String s;
            int n = 0;
            while ((s = r.readLine()) != null) {
                n++;
                if (n == 1 && s.startsWith("\uFEFF")) s = s.substring(1);
                if (s.isBlank() || s.startsWith("#")) continue;
                out.add(new Line(resource, n, s.strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + resource, e);
        }
        return out;
    }
}
