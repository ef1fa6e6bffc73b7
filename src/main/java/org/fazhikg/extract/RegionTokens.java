package org.fazhikg.extract;

import java.util.Arrays;
import java.util.List;

/** HanLP's tokens indexed by character offset: where tokens start and end, and the token over each character. */
final class RegionTokens {
    private final boolean[] starts;
    private final boolean[] ends;
    private final Token[] over;

    RegionTokens(String text, List<Token> tokens) {
        starts = new boolean[text.length() + 1];
        ends = new boolean[text.length() + 1];
        over = new Token[text.length()];
        for (Token t : tokens) {
            if (t.start() < 0 || t.end() > text.length()) continue;
            starts[t.start()] = true;
            ends[t.end()] = true;
            Arrays.fill(over, t.start(), t.end(), t);
        }
    }

    /** Whether [start, end) begins and ends on token boundaries (it may span several tokens). */
    boolean aligned(int start, int end) {
        return starts[start] && (end >= ends.length - 1 || ends[end] || starts[end]);
    }

    boolean startsAt(int offset) {
        return offset < starts.length && starts[offset];
    }

    /** The token covering {@code offset}, or null. */
    Token at(int offset) {
        return offset >= 0 && offset < over.length ? over[offset] : null;
    }

    /** Part-of-speech tag of the token covering {@code offset}, "" when none. */
    String natureAt(int offset) {
        Token t = at(offset);
        return t == null ? "" : t.nature();
    }
}
