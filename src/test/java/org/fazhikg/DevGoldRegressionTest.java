package org.fazhikg;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.fazhikg.evaluate.Evaluation;
import org.fazhikg.extract.Kind;
import org.fazhikg.gazetteer.Gazetteer;
import org.fazhikg.ingest.Corpus;
import org.junit.jupiter.api.Test;

/**
 * Extraction quality cannot silently drop: F1 per type on the sample reports against the
 * answer key in ../shared/dev-gold stays above its floor. Skipped where the key is absent
 * (a user's clone has no ../shared).
 */
class DevGoldRegressionTest {
    private static final Path GOLD = Path.of("../shared/dev-gold");
    private static final Map<Kind, Double> FLOOR = new EnumMap<>(Map.of(
            Kind.REGION, 0.0, Kind.ORGANIZATION, 0.0, Kind.MECHANISM, 0.90,
            Kind.DOCUMENT, 0.90, Kind.METRIC, 0.90, Kind.FIRST, 0.90));

    @Test
    void f1_per_type_on_the_sample_reports_stays_above_its_floor() {
        assumeTrue(Files.isDirectory(GOLD), "no answer key at " + GOLD.toAbsolutePath() + ": skipped");
        Pipeline pipeline = new Pipeline(Gazetteer.load());
        Corpus corpus = Corpus.open(Path.of("data/reports"));
        Evaluation e = Evaluation.run(GOLD, id -> corpus.sources().stream()
                .filter(s -> s.id().equals(id)).findFirst()
                .map(s -> pipeline.mentionRows(corpus.read(s))));
        for (Kind k : Kind.values())
            assertTrue(e.f1(k) >= FLOOR.get(k), k.csv() + " F1 " + e.f1(k) + " fell below " + FLOOR.get(k) + "\n" + e.table());
    }
}
