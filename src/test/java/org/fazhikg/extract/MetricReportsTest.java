package org.fazhikg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fazhikg.ReportMetadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole invented reports of other regions and levels (an autonomous region's department, a county
 * without headings, a prefecture-city bureau with Arabic items): the metrics and first claims found
 * must be those annotated by hand in reports/NAME.expected.tsv. Both directions are reported.
 */
class MetricReportsTest {
    private static final MetricRecognizer METRICS = new MetricRecognizer();
    private static final FirstRecognizer FIRSTS = new FirstRecognizer();

    static String resource(String name) {
        try (InputStream in = MetricReportsTest.class.getResourceAsStream("reports/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource reports/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Analysis report(String name) {
        String region = name.startsWith("gx-") ? "广西壮族自治区" : null;
        return SentencesTest.analysis(resource(name + ".txt"), new ReportMetadata(null, null, region, null, null, null));
    }

    /** Expected rows of one kind: the columns after the kind. */
    static List<String[]> expected(String name, String kind) {
        List<String[]> out = new ArrayList<>();
        for (String line : resource(name + ".expected.tsv").split("\n")) {
            String[] cols = line.split("\t");
            if (!line.startsWith("#") && cols[0].equals(kind)) out.add(cols);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gx-region-2019", "county-2022", "city-bureau-2017"})
    void finds_the_annotated_metrics(String name) {
        List<String> want = new ArrayList<>(expected(name, "metric").stream().map(c -> c[1] + " " + c[2]).toList());
        List<String> got = new ArrayList<>(METRICS.find(report(name)).stream()
                .map(m -> m.value().toPlainString() + " " + m.unit()).toList());
        List<String> missing = new ArrayList<>(want);
        got.forEach(missing::remove);
        List<String> unexpected = new ArrayList<>(got);
        want.forEach(unexpected::remove);
        assertTrue(missing.isEmpty() && unexpected.isEmpty(), name + ": missing " + missing + ", unexpected " + unexpected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gx-region-2019", "county-2022", "city-bureau-2017"})
    void finds_the_annotated_first_claims(String name) {
        List<Mention> got = FIRSTS.find(report(name));
        List<String[]> want = expected(name, "first");
        List<String> missing = new ArrayList<>();
        for (String[] w : want) {
            boolean hit = got.stream().anyMatch(m -> w[1].equals(String.valueOf(m.scope()))
                    && (m.text().contains(w[2]) || w[2].contains(m.text())));
            if (!hit) missing.add(w[1] + " " + w[2]);
        }
        assertTrue(missing.isEmpty(), name + ": missing " + missing + " among " + got.stream().map(Mention::text).toList());
        assertEquals(want.size(), got.size(), name + ": " + got.stream().map(Mention::text).toList());
    }
}
