package org.fazhikg.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Finds the outermost spans between paired marks, such as quoted terms or 《》 titles. A span never
 * crosses a line or a full stop: an opening mark left open there yields nothing (a title cut off in
 * the source must not swallow the next sentence). Marks nested inside a span are matched but not
 * reported on their own.
 *
 * <pre>
 * QuoteScanner.TITLES.find("依据《关于〈条例〉的解释》开展")   // one span: 《关于〈条例〉的解释》
 * QuoteScanner.QUOTES.find("推行“一网通办”和‘最多跑一次’")  // two spans
 * </pre>
 */
final class QuoteScanner {
    /** Quotation marks of all kinds; the ASCII double quote opens and closes alternately. */
    static final QuoteScanner QUOTES = new QuoteScanner(
            Map.of('“', '”', '‘', '’', '「', '」', '『', '』', '"', '"'), "“‘「『\"", false, 80);
    /** Book-title marks: 《…》 with 〈…〉 allowed inside. */
    static final QuoteScanner TITLES = new QuoteScanner(Map.of('《', '》', '〈', '〉'), "《", true, 200);

    private final Map<Character, Character> closerOf;
    private final String outerOpeners;
    private final boolean sameMarkNests;
    private final int maxLength;

    private QuoteScanner(Map<Character, Character> closerOf, String outerOpeners, boolean sameMarkNests, int maxLength) {
        this.closerOf = closerOf;
        this.outerOpeners = outerOpeners;
        this.sameMarkNests = sameMarkNests;
        this.maxLength = maxLength;
    }

    private record Open(char mark, int at) {}

    List<QuoteSpan> find(String text) {
        List<QuoteSpan> spans = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '。') {
                open.clear();
            } else if (closes(c, open)) {
                Open opened = popTo(c, open);
                if (open.isEmpty() && outerOpeners.indexOf(opened.mark()) >= 0 && i + 1 - opened.at() <= maxLength
                        && i > opened.at() + 1) {
                    spans.add(new QuoteSpan(opened.at(), i + 1));
                }
            } else if (closerOf.containsKey(c)) {
                // Chinese quotes do not nest in themselves: a second “ means the first was never closed.
                if (!sameMarkNests) dropOpen(c, open);
                open.push(new Open(c, i));
            }
        }
        return spans;
    }

    private boolean closes(char c, Deque<Open> open) {
        for (Open o : open) if (closerOf.get(o.mark()) == c) return true;
        return false;
    }

    private Open popTo(char closer, Deque<Open> open) {
        while (true) {
            Open o = open.pop();
            if (closerOf.get(o.mark()) == closer) return o;
        }
    }

    private static void dropOpen(char mark, Deque<Open> open) {
        if (open.stream().noneMatch(o -> o.mark() == mark)) return;
        // Drop the earlier mark and everything opened after it.
        while (open.pop().mark() != mark) {
            // keep popping
        }
    }
}
