package org.fazhikg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhikg.extract.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
    private static final Path GOLD = Path.of("src/test/resources/evaluate/gold");

    private static MentionRow row(Kind type, String mention, String canonical) {
        return new MentionRow("r1", type, mention, canonical, null, null, null, 0, mention.length(), "", "");
    }

    private static MentionRow metric(String text, String value, String unit) {
        return new MentionRow("r1", Kind.METRIC, text, text, new BigDecimal(value), unit, null, 0, 1, "", "");
    }

    private static Evaluation evaluate(List<MentionRow> rows) {
        return Evaluation.run(GOLD, id -> id.equals("r1") ? Optional.of(rows) : Optional.empty());
    }

    @Test
    void perfect_prediction_scores_one_for_every_type() {
        List<MentionRow> rows = new ArrayList<>(List.of(
                row(Kind.REGION, "我县", "甲县"), row(Kind.REGION, "乙市", "乙市"), row(Kind.REGION, "全县", "甲县"),
                row(Kind.ORGANIZATION, "县司法局", "甲县司法局"), row(Kind.ORGANIZATION, "我局", "甲县司法局"),
                row(Kind.ORGANIZATION, "县委", "甲县委"), row(Kind.ORGANIZATION, "县政府", "甲县政府"),
                row(Kind.MECHANISM, "行政执法“三项制度”", "行政执法三项制度"),
                row(Kind.MECHANISM, "“双随机、一公开”", "双随机、一公开"),
                row(Kind.DOCUMENT, "《中华人民共和国行政复议法》", "中华人民共和国行政复议法"),
                row(Kind.DOCUMENT, "《甲县普法规划》", "甲县普法规划"),
                metric("受理行政复议案件12件", "12", "件"), metric("审结12件", "12.0", "件"), metric("调解成功率98.5%", "98.50", "%"),
                row(Kind.FIRST, "全市首个村级法治广场", "村级法治广场")));
        Evaluation e = evaluate(rows);
        for (Kind k : Kind.values()) assertEquals(1.0, e.f1(k), 1e-9, k + "\n" + e.details());
    }

    @Test
    void organization_names_compare_without_party_prefix_and_with_government_folded() {
        Evaluation e = evaluate(List.of(row(Kind.ORGANIZATION, "县委", "中国共产党甲县委"),
                row(Kind.ORGANIZATION, "县政府", "甲县人民政府")));
        assertEquals(2, e.counts(Kind.ORGANIZATION).truePositives());
        assertEquals(0, e.counts(Kind.ORGANIZATION).falsePositives());
    }

    @Test
    void one_prediction_matches_at_most_one_gold_item() {
        Evaluation e = evaluate(List.of(row(Kind.ORGANIZATION, "县司法局", "甲县司法局")));
        assertEquals(1, e.counts(Kind.ORGANIZATION).truePositives());
        assertEquals(3, e.counts(Kind.ORGANIZATION).falseNegatives());
    }

    @Test
    void mechanism_matches_by_containment_only_when_the_shorter_is_half_as_long() {
        Evaluation loose = evaluate(List.of(row(Kind.MECHANISM, "三项制度", "三项制度")));
        assertEquals(1, loose.counts(Kind.MECHANISM).truePositives(), "三项制度 is half of 行政执法三项制度");
        Evaluation tooShort = evaluate(List.of(row(Kind.MECHANISM, "三项", "三项")));
        assertEquals(0, tooShort.counts(Kind.MECHANISM).truePositives());
        assertEquals(1, tooShort.counts(Kind.MECHANISM).falsePositives());
    }

    @Test
    void slogans_of_the_key_are_neutral() {
        Evaluation predicted = evaluate(List.of(row(Kind.MECHANISM, "“两个维护”", "两个维护")));
        assertEquals(0, predicted.counts(Kind.MECHANISM).truePositives());
        assertEquals(0, predicted.counts(Kind.MECHANISM).falsePositives());
        assertEquals(2, predicted.counts(Kind.MECHANISM).falseNegatives(), "the slogan is not missing either");
    }

    @Test
    void metrics_compare_value_and_unit_as_a_multiset() {
        Evaluation e = evaluate(List.of(metric("x", "12", "件"), metric("y", "12", "件"), metric("z", "12", "件"),
                metric("w", "98.5", "个")));
        assertEquals(2, e.counts(Kind.METRIC).truePositives());
        assertEquals(2, e.counts(Kind.METRIC).falsePositives());
        assertEquals(1, e.counts(Kind.METRIC).falseNegatives());
    }

    @Test
    void first_claims_match_by_containment_either_way() {
        assertEquals(1, evaluate(List.of(row(Kind.FIRST, "首个村级法治广场", ""))).counts(Kind.FIRST).truePositives());
        assertEquals(1, evaluate(List.of(row(Kind.FIRST, "今年建成全市首个村级法治广场。", ""))).counts(Kind.FIRST).truePositives());
        assertEquals(0, evaluate(List.of(row(Kind.FIRST, "全省率先", ""))).counts(Kind.FIRST).truePositives());
    }

    @Test
    void f1_is_the_harmonic_mean_of_precision_and_recall() {
        Evaluation e = evaluate(List.of(row(Kind.REGION, "甲县", "甲县"), row(Kind.REGION, "丙县", "丙县")));
        Evaluation.Counts c = e.counts(Kind.REGION);
        assertEquals(0.5, c.precision(), 1e-9);
        assertEquals(0.5, c.recall(), 1e-9);
        assertEquals(0.5, c.f1(), 1e-9);
        assertTrue(e.details().contains("unexpected 丙县"), e.details());
        assertTrue(e.details().contains("missing    乙市"), e.details());
    }

    @Test
    void reports_absent_from_the_data_count_all_missing() {
        Evaluation e = Evaluation.run(GOLD, id -> Optional.empty());
        assertEquals(List.of("r1"), e.reportsWithoutText());
        assertEquals(2, e.counts(Kind.REGION).falseNegatives());
    }

    @Test
    void a_missing_gold_folder_is_a_user_error_naming_it(@TempDir Path tmp) {
        EvaluationException ex = assertThrows(EvaluationException.class,
                () -> Evaluation.run(tmp.resolve("nope"), id -> Optional.empty()));
        assertTrue(ex.getMessage().contains("nope"), ex.getMessage());
    }
}
