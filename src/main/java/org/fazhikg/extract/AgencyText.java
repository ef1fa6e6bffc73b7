package org.fazhikg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text the body grammar reads, with what it asks of it: plain words, the places found in it (by
 * start offset, and which characters lie inside one), the characters inside 《》 titles, and whether
 * the report speaks of 依法治X committees at all.
 */
record AgencyText(String text, RegionTokens tokens, Map<Integer, RegionPlace> placeAt, boolean[] inPlace, boolean[] inTitle,
                  boolean ruleOfLawReport) {

    static AgencyText of(String text, RegionTokens tokens, List<RegionPlace> places, boolean[] inTitle) {
        Map<Integer, RegionPlace> placeAt = new HashMap<>();
        boolean[] inPlace = new boolean[text.length() + 1];
        for (RegionPlace p : places) {
            placeAt.put(p.start(), p);
            for (int k = p.start() + 1; k < p.end(); k++) inPlace[k] = true;
        }
        return new AgencyText(text, tokens, placeAt, inPlace, inTitle, text.contains("依法治"));
    }

    /** Whether a plain word of exactly {@code length} characters starts at {@code i}. */
    boolean isWordAt(int i, int length) {
        Token t = tokens.at(i);
        return t != null && t.start() == i && t.word().length() == length;
    }

    /** The place ending exactly at {@code end}, or null. */
    RegionPlace placeEndingAt(int end) {
        for (int k = end - 1; k >= Math.max(0, end - 20); k--) {
            RegionPlace p = placeAt.get(k);
            if (p != null) return p.end() == end ? p : null;
        }
        return null;
    }

    static boolean startsWithAny(String text, int at, String... words) {
        for (String w : words) if (text.startsWith(w, at)) return true;
        return false;
    }

    static boolean endsWithAny(String text, int end, String... words) {
        for (String w : words) if (end >= w.length() && text.startsWith(w, end - w.length())) return true;
        return false;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
