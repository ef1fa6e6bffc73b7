package org.fazhikg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * What the mechanism grammar reads: the report text, its quoted spans (those outside 《》 titles),
 * its 《》 titles, and from HanLP's tokens where place names start and which words are nouns.
 */
record MechanismText(String text, List<QuoteSpan> quotes, List<QuoteSpan> titles,
                     Map<Integer, Integer> placeLengthAt, Map<Integer, String> natureEndingAt, Set<Integer> wordStarts) {

    static MechanismText of(Analysis analysis) {
        String text = analysis.text();
        List<QuoteSpan> titles = QuoteScanner.TITLES.find(text);
        List<QuoteSpan> quotes = QuoteScanner.QUOTES.find(text).stream()
                .filter(q -> titles.stream().noneMatch(t -> t.overlaps(q.start(), q.end())))
                .toList();
        Map<Integer, Integer> places = new HashMap<>();
        Map<Integer, String> natures = new HashMap<>();
        Set<Integer> starts = new HashSet<>();
        for (Token t : analysis.tokens()) {
            starts.add(t.start());
            if (t.nature().startsWith("ns") && t.word().length() >= 2) places.put(t.start(), t.word().length());
            natures.put(t.end(), t.nature());
        }
        return new MechanismText(text, quotes, titles, Map.copyOf(places), Map.copyOf(natures), Set.copyOf(starts));
    }

    /** Place-name lengths by offset into a mention that starts at {@code mentionStart}. */
    IntUnaryOperator placesFrom(int mentionStart) {
        return offset -> placeLengthAt.getOrDefault(mentionStart + offset, 0);
    }

    boolean insideQuoteOrTitle(int offset) {
        return quotes.stream().anyMatch(q -> q.covers(offset)) || titles.stream().anyMatch(t -> t.covers(offset));
    }

    /** Whether a word ends at {@code offset} by HanLP's segmentation; true when there are no tokens. */
    boolean wordEndsAt(int offset) {
        return natureEndingAt.isEmpty() || natureEndingAt.containsKey(offset);
    }

    /** Whether a word starts at {@code offset} by HanLP's segmentation; true when there are no tokens. */
    boolean wordStartsAt(int offset) {
        return wordStarts.isEmpty() || wordStarts.contains(offset);
    }

    /**
     * Whether the word ending at {@code end} is a noun (or a verbal noun, or a distinguishing word),
     * by HanLP's tag; true when there are no tokens, so the grammar works on text alone.
     */
    boolean nounEndsAt(int end) {
        if (natureEndingAt.isEmpty()) return true;
        String nature = natureEndingAt.get(end);
        return nature != null && (nature.startsWith("n") || nature.equals("vn") || nature.equals("b") || nature.startsWith("g"));
    }
}
