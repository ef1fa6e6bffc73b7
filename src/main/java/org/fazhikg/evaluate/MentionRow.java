package org.fazhikg.evaluate;

import java.math.BigDecimal;
import java.util.List;
import org.fazhikg.extract.Kind;

/**
 * One row of the mentions table: a mention of one report with its canonical name; the unit of
 * both the {@code mentions} CSV and of scoring against an answer key.
 *
 * @param doc       report id (input file name without extension)
 * @param type      what the mention names
 * @param mention   the span as written
 * @param canonical linked canonical name (documents without 《》)
 * @param value     metric value, else null
 * @param unit      metric unit, else null
 * @param scope     first-claim scope, else null
 * @param start     character offset of the span in the report's (simplified) text
 * @param end       offset after the span
 * @param sentence  the sentence the span stands in
 * @param iri       IRI of the entity, observation or claim the mention supports
 */
public record MentionRow(String doc, Kind type, String mention, String canonical, BigDecimal value,
                         String unit, String scope, int start, int end, String sentence, String iri) {

    /** The CSV header, exactly as the mentions command writes it. */
    public static final List<String> HEADER =
            List.of("doc", "type", "mention", "canonical", "value", "unit", "scope", "start", "end", "sentence", "iri");

    List<Object> cells() {
        return java.util.Arrays.asList(doc, type.csv(), mention, canonical,
                value == null ? null : value.toPlainString(), unit, scope, start, end, sentence, iri);
    }
}
