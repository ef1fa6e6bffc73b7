package org.fazhikg.extract;

/**
 * A span of text between paired marks (“…”, 《…》): [start, end) covers the opening and the closing
 * mark, so {@link #inner} is what the marks enclose.
 */
record QuoteSpan(int start, int end) {
    QuoteSpan {
        if (start < 0 || end < start + 2) throw new IllegalArgumentException("bad quote span " + start + ".." + end);
    }

    String inner(String text) {
        return text.substring(start + 1, end - 1);
    }

    boolean covers(int offset) {
        return offset >= start && offset < end;
    }

    boolean overlaps(int from, int to) {
        return from < end && to > start;
    }
}
