package org.fazhikg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word lists of the mechanism grammar (data/vocab/mechanism-heads.tsv and
 * mechanism-phrase-words.tsv): head nouns with what their modifier needs, words that bound a name on
 * its left, lead words, generic starts, item endings and heads that attach to quoted terms.
 * Immutable once loaded.
 */
final class MechanismGrammar {
    /** Numbers with a classifier, ordinals, years and 首个-type words: they end a name on its left too. */
    private static final Pattern COUNTED = Pattern.compile(
            "(?:[0-9０-９]+|[一二两三四五六七八九十][一二两三四五六七八九十百千万]*)(?:次|场|个|项|家|件|批|类|份|期|轮|大|名|种|条|所|宗|起|本|套|支|余)"
                    + "|[两二三四五]级"
                    + "|第[0-9一二三四五六七八九十]+[批次届期轮]|[0-9]{4}年度?|首[个家批份宗台场次创]");
    /** A head noun (制度, 机制 …) and what its modifier must look like for the name to be specific. */
    record Head(String word, int minModifier, List<String> genericEnds, List<String> requires) {
        /** Whether the modifier (the name without head) makes this a specific, not a generic, name. */
        boolean specific(String modifier) {
            if (length(modifier) < minModifier) return false;
            if (genericEnds.stream().anyMatch(modifier::endsWith)) return false;
            if (requires.isEmpty()) return true;
            // The required word qualifies the head directly: 总体架构、评价体系 is two nouns, not one name.
            String last = modifier.substring(modifier.lastIndexOf('、') + 1);
            return length(last) >= minModifier && requires.stream().anyMatch(last::contains);
        }
    }

    private final List<Head> heads;
    private final Map<String, String> boundaries;
    private final List<String> leads;
    private final List<String> generics;
    private final List<String> itemEnds;
    private final List<String> attachHeads;

    private MechanismGrammar(List<Head> heads, Map<String, String> boundaries, List<String> leads,
                             List<String> generics, List<String> itemEnds, List<String> attachHeads) {
        this.heads = heads.stream().sorted(Comparator.comparingInt((Head h) -> -h.word().length())).toList();
        this.boundaries = Map.copyOf(boundaries);
        this.leads = longestFirst(leads);
        this.generics = List.copyOf(generics);
        this.itemEnds = longestFirst(itemEnds);
        this.attachHeads = longestFirst(attachHeads);
    }

    static MechanismGrammar load() {
        List<Head> heads = new ArrayList<>();
        for (VocabFile.Row row : MechanismVocabulary.rows("mechanism-heads.tsv", 4, 4)) {
            int min;
            try {
                min = Integer.parseInt(row.column(1));
            } catch (NumberFormatException e) {
                throw row.error("min '" + row.column(1) + "' is not a whole number");
            }
            heads.add(new Head(row.column(0), min, list(row.column(2)), list(row.column(3))));
        }
        Map<String, String> boundaries = new HashMap<>();
        List<String> leads = new ArrayList<>(), generics = new ArrayList<>(), itemEnds = new ArrayList<>(), attach = new ArrayList<>();
        for (VocabFile.Row row : MechanismVocabulary.rows("mechanism-phrase-words.tsv", 2, 3)) {
            String role = row.column(0);
            String word = row.column(1);
            if (!role.equals("boundary") && row.columns().size() > 2) {
                throw row.error("only boundary words take a third column (the characters they must not precede)");
            }
            switch (role) {
                case "boundary" -> boundaries.put(word, row.column(2));
                case "lead" -> leads.add(word);
                case "generic" -> generics.add(word);
                case "item-end" -> itemEnds.add(word);
                case "attach" -> attach.add(word);
                default -> throw row.error("role '" + role + "', expected one of boundary, lead, generic, item-end, attach");
            }
        }
        return new MechanismGrammar(heads, boundaries, leads, generics, itemEnds, attach);
    }

    List<Head> heads() {
        return heads;
    }

    /** The head that starts at {@code at}, longest first, or null. */
    Head headAt(String text, int at) {
        for (Head h : heads) if (text.startsWith(h.word(), at)) return h;
        return null;
    }

    /** Whether the text before {@code end} ends with a head noun or a word that closes a coordinated item. */
    boolean endsItem(String text, int from, int end) {
        String item = text.substring(from, end);
        return itemEnds.stream().anyMatch(item::endsWith) || heads.stream().anyMatch(h -> item.endsWith(h.word()));
    }

    /**
     * The end of the right-most boundary word inside [from, to), or {@code from} when there is none.
     * Words are matched left to right, longest first, so 落实行政 holds 落实 and not 实行. A boundary
     * word followed by one of its exception characters (在线, 开发区) does not count, nor does one that
     * lies inside a word by the segmenter's reckoning (自由 holds no 由).
     */
    int lastBoundaryEnd(MechanismText t, int from, int to) {
        String text = t.text();
        int last = from;
        int at = from;
        while (at < to) {
            int len = boundaryLengthAt(t, at, to);
            if (len > 0) {
                last = at + len;
                at += len;
            } else {
                at++;
            }
        }
        return last;
    }

    /** The start of a boundary word of two or more characters that ends exactly at {@code end}, or -1. */
    int boundaryStartEndingAt(MechanismText t, int from, int end) {
        for (int len = Math.min(5, end - from); len >= 2; len--) {
            if (boundaryLengthAt(t, end - len, end) == len) return end - len;
        }
        return -1;
    }

    private int boundaryLengthAt(MechanismText t, int at, int to) {
        String text = t.text();
        for (int len = Math.min(5, to - at); len >= 1; len--) {
            int end = at + len;
            String exceptBefore = boundaries.get(text.substring(at, end));
            if (exceptBefore == null) continue;
            if (end < text.length() && !exceptBefore.isEmpty() && exceptBefore.indexOf(text.charAt(end)) >= 0) continue;
            if (isNominalUse(text, end)) continue;
            // A one-character word must be a word of its own; a longer one may sit in a compound (加快推进).
            boolean aligned = len == 1 ? t.wordStartsAt(at) && t.wordEndsAt(end) : t.wordStartsAt(at) || t.wordEndsAt(end);
            if (!aligned) continue;
            return len;
        }
        return 0;
    }

    /** The end of the right-most number with classifier, ordinal or year inside [from, to), or {@code from}. */
    int lastCountedEnd(String text, int from, int to) {
        Matcher m = COUNTED.matcher(text).region(from, to);
        int end = from;
        while (m.find()) end = m.end();
        return end;
    }

    /** 开展情况, 落实情况: a verb followed by 情况 is part of a noun phrase, not a boundary. */
    private static boolean isNominalUse(String text, int end) {
        return text.startsWith("情况", end);
    }

    /** The number of characters at the start of {@code s} that are lead words (各级, 全市, 年度 …). */
    int leadLength(String s) {
        int at = 0;
        boolean more = true;
        while (more) {
            more = false;
            for (String lead : leads) {
                if (s.startsWith(lead, at) && s.length() > at + lead.length()) {
                    at += lead.length();
                    more = true;
                    break;
                }
            }
        }
        return at;
    }

    boolean startsGeneric(String modifier) {
        return generics.stream().anyMatch(modifier::startsWith);
    }

    /** The attach head that ends {@code phrase}, or null. */
    String attachHeadEnding(String phrase) {
        for (String h : attachHeads) if (phrase.endsWith(h)) return h;
        return null;
    }

    /** Whether {@code name} ends with any head noun of the grammar or an attach head. */
    boolean endsWithHead(String name) {
        return attachHeadEnding(name) != null || heads.stream().anyMatch(h -> name.endsWith(h.word()));
    }

    /**
     * Counts letters, digits and the plus of formulas (1+N), not brackets or other marks, so
     * 区政府常务(全体)会议 is measured by its words.
     */
    static int length(String s) {
        return (int) s.codePoints().filter(c -> Character.isLetterOrDigit(c) || c == '+' || c == '＋').count();
    }

    private static List<String> list(String cell) {
        return cell.equals("-") ? List.of() : List.of(cell.split(","));
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt((String w) -> -w.length()).thenComparing(w -> w)).toList();
    }
}
