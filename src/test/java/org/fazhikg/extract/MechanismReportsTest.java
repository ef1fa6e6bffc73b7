package org.fazhikg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhikg.Document;
import org.fazhikg.ReportMetadata;
import org.fazhikg.gazetteer.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole invented reports of other regions, levels and years (mechanism-reports/NAME.txt), annotated by hand
 * after the dev-gold guideline (mechanism-reports/NAME.expected.tsv), run through the real extractor. Scored
 * like the evaluator: mechanisms match when equal or when one contains the other and is at least
 * half as long; slogans in the key are neutral.
 */
class MechanismReportsTest {
    private static Extractor extractor;

    private record Keyed(String mention, String canonical, String kind) {}

    @BeforeAll
    static void loadExtractor() {
        extractor = new Extractor(Gazetteer.load());
    }

    @ParameterizedTest
    @ValueSource(strings = {"guangxi-2018", "county-2016", "city-bureau-2022", "subdistrict-2024",
            "province-department-2023", "prefecture-government-2017", "district-2021", "county-city-2020"})
    void finds_the_annotated_mechanisms_and_documents(String name) throws IOException {
        String text = resource(name + ".txt");
        Extraction extraction = extractor.extract(new Document(name, name + ".txt", ReportMetadata.EMPTY, text));
        List<Mention> found = extraction.mentions();
        String simplified = extraction.document().text();
        for (Mention m : found) {
            if (m.kind() == Kind.MECHANISM || m.kind() == Kind.DOCUMENT) {
                assertEquals(m.text(), simplified.substring(m.start(), m.end()), "offsets of " + m);
            }
        }
        List<Keyed> keyMechanisms = new ArrayList<>();
        Set<String> keyDocuments = new LinkedHashSet<>();
        for (String line : resource(name + ".expected.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t");
            if (cells[0].equals("M")) keyMechanisms.add(new Keyed(cells[1], cells[2], cells[3]));
            else keyDocuments.add(bare(cells[1]));
        }

        Set<String> documents = found.stream().filter(m -> m.kind() == Kind.DOCUMENT)
                .map(m -> bare(m.name())).collect(Collectors.toCollection(LinkedHashSet::new));
        assertEquals(keyDocuments, documents);

        List<Keyed> mechanisms = found.stream().filter(m -> m.kind() == Kind.MECHANISM)
                .map(m -> new Keyed(m.text(), m.name(), m.category())).distinct().toList();
        List<Keyed> unmatched = new ArrayList<>(keyMechanisms);
        List<Keyed> unexpected = new ArrayList<>();
        int hits = 0;
        for (Keyed m : mechanisms) {
            Keyed hit = unmatched.stream().filter(k -> matches(m, k)).findFirst().orElse(null);
            if (hit == null) unexpected.add(m);
            else {
                unmatched.remove(hit);
                if (!hit.kind().equals("slogan")) hits++;
            }
        }
        unmatched.removeIf(k -> k.kind().equals("slogan"));
        double precision = hits / (double) (hits + unexpected.size());
        double recall = hits / (double) (hits + unmatched.size());
        double f1 = 2 * precision * recall / (precision + recall);
        assertTrue(f1 >= 0.9, () -> String.format("F1 %.3f; missing %s; unexpected %s", f1, unmatched, unexpected));
    }

    private static boolean matches(Keyed found, Keyed key) {
        for (String a : List.of(bare(found.mention()), bare(found.canonical()))) {
            for (String b : List.of(bare(key.mention()), bare(key.canonical()))) {
                String shorter = a.length() <= b.length() ? a : b, longer = a.length() <= b.length() ? b : a;
                if (!shorter.isEmpty() && longer.contains(shorter) && 2 * shorter.length() >= longer.length()) return true;
            }
        }
        return false;
    }

    private static String bare(String s) {
        return s.replaceAll("[《》“”‘’「」『』\"\\s\\u00a0\\u3000]", "");
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = MechanismReportsTest.class.getResourceAsStream("mechanism-reports/" + file)) {
            if (in == null) throw new IOException("test resource mechanism-reports/" + file + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
