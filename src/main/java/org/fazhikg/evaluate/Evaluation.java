package org.fazhikg.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.fazhikg.extract.Kind;

/**
 * Precision, recall and F1 per type of the extracted mentions against an answer key in the
 * dev-gold format, micro-averaged over reports.
 *
 * <pre>
 * Evaluation e = Evaluation.run(Path.of("../shared/dev-gold"), id -&gt; Optional.of(rowsOf(id)));
 * System.out.print(e.table());
 * double f1 = e.f1(Kind.REGION);
 * </pre>
 */
public final class Evaluation {
    /** Counts of one type over all reports. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() { return ratio(truePositives, truePositives + falsePositives); }
        public double recall() { return ratio(truePositives, truePositives + falseNegatives); }
        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        private static double ratio(int a, int b) { return b == 0 ? 1.0 : (double) a / b; }
        Counts plus(Scoring.Outcome o) {
            return new Counts(truePositives + o.matched().size(), falsePositives + o.unexpected().size(),
                    falseNegatives + o.missing().size());
        }
    }

    private final Map<Kind, Counts> counts;
    private final String details;
    private final List<String> reportsWithoutText;

    private Evaluation(Map<Kind, Counts> counts, String details, List<String> reportsWithoutText) {
        this.counts = counts;
        this.details = details;
        this.reportsWithoutText = List.copyOf(reportsWithoutText);
    }

    /**
     * Scores every report of the answer key in {@code goldDir}; {@code predict} gives the mention
     * rows of a report id, or empty when the report is not in the data (its gold items all count missing).
     */
    public static Evaluation run(Path goldDir, Function<String, Optional<List<MentionRow>>> predict) {
        Map<String, List<GoldItem>> key = AnswerKey.read(goldDir);
        Map<Kind, Counts> counts = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) counts.put(k, new Counts(0, 0, 0));
        StringBuilder details = new StringBuilder();
        List<String> absent = new ArrayList<>();
        for (var e : key.entrySet()) {
            Optional<List<MentionRow>> rows = predict.apply(e.getKey());
            if (rows.isEmpty()) absent.add(e.getKey());
            for (Kind k : Kind.values()) {
                List<MentionRow> items = Scoring.items(k, rows.orElse(List.of()));
                Scoring.Outcome o = Scoring.score(k, items, e.getValue());
                counts.put(k, counts.get(k).plus(o));
                if (o.missing().isEmpty() && o.unexpected().isEmpty()) continue;
                details.append("== ").append(e.getKey()).append(' ').append(k.csv()).append('\n');
                o.missing().forEach(g -> details.append("  missing    ").append(g.display()).append('\n'));
                o.unexpected().forEach(p -> details.append("  unexpected ").append(display(p)).append('\n'));
            }
        }
        return new Evaluation(counts, details.toString(), absent);
    }

    private static String display(MentionRow p) {
        return switch (p.type()) {
            case METRIC -> (p.value() == null ? "?" : p.value().stripTrailingZeros().toPlainString()) + " " + p.unit() + "  (" + p.mention() + ")";
            case FIRST -> p.mention() + (p.scope() == null ? "" : "  [" + p.scope() + "]");
            case REGION, DOCUMENT -> p.canonical() + "  (" + p.mention() + ")";
            default -> p.mention() + " → " + p.canonical();
        } + "  @" + p.start();
    }

    public Counts counts(Kind kind) {
        return counts.get(kind);
    }

    public double f1(Kind kind) {
        return counts.get(kind).f1();
    }

    /** Mean of the six per-type F1 scores. */
    public double macroF1() {
        return counts.values().stream().mapToDouble(Counts::f1).average().orElse(0);
    }

    /** Report ids of the key for which the data had no report. */
    public List<String> reportsWithoutText() {
        return reportsWithoutText;
    }

    /** Missing and unexpected items per report and type. */
    public String details() {
        return details;
    }

    /** A fixed-width table: type, TP, FP, FN, precision, recall, F1, then the macro-average. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-13s %5s %5s %5s %9s %7s %7s%n",
                "type", "tp", "fp", "fn", "precision", "recall", "f1"));
        for (Kind k : Kind.values()) {
            Counts c = counts.get(k);
            out.append(String.format(Locale.ROOT, "%-13s %5d %5d %5d %9.3f %7.3f %7.3f%n", k.csv(),
                    c.truePositives(), c.falsePositives(), c.falseNegatives(), c.precision(), c.recall(), c.f1()));
        }
        out.append(String.format(Locale.ROOT, "%-13s %5s %5s %5s %9s %7s %7.3f%n", "macro", "", "", "", "", "", macroF1()));
        return out.toString();
    }
}
