package org.fazhikg.extract;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A span of the report that names a region, body, mechanism, document, metric or first claim.
 * Offsets are character offsets [start, end) into the simplified text of the report.
 *
 * @param kind     what the span names
 * @param start    first character offset
 * @param end      offset after the last character
 * @param text     the span as written
 * @param name     the extractor's normalized name: region or body surface form (before linking),
 *                 mechanism canonical, document title without 《》, metric subject, first-claim "what"
 * @param category region level, body type, mechanism kind (initiative|slogan), document kind,
 *                 metric indicator; null when unknown
 * @param value    metric value (null for other kinds)
 * @param unit     metric unit (null for other kinds)
 * @param scope    first-claim scope: national|province|city|district, or null
 * @param sentence index of the sentence the span starts in (-1 before placement)
 * @param section  section of that sentence (null before placement)
 */
public record Mention(Kind kind, int start, int end, String text, String name, String category,
                      BigDecimal value, String unit, String scope, int sentence, Section section) {
    public Mention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad offsets " + start + ".." + end);
    }

    /** A span not yet placed in a sentence; the extractor places it. */
    public static Mention of(Kind kind, int start, int end, String text, String name, String category) {
        return new Mention(kind, start, end, text, name, category, null, null, null, -1, null);
    }

    public Mention placed(int sentenceIndex, Section sectionOfSentence) {
        return new Mention(kind, start, end, text, name, category, value, unit, scope, sentenceIndex, sectionOfSentence);
    }

    public Mention withName(String newName) {
        return new Mention(kind, start, end, text, newName, category, value, unit, scope, sentence, section);
    }

    public Mention withCategory(String newCategory) {
        return new Mention(kind, start, end, text, name, newCategory, value, unit, scope, sentence, section);
    }

    public Mention withMeasure(BigDecimal newValue, String newUnit) {
        return new Mention(kind, start, end, text, name, category, newValue, newUnit, scope, sentence, section);
    }

    public Mention withScope(String newScope) {
        return new Mention(kind, start, end, text, name, category, value, unit, newScope, sentence, section);
    }
}
