package org.fazhikg.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Joins a hard-wrapped text (lines cut at a fixed width, as text copied out of a PDF is) back into one
 * line per paragraph. The recognizers read a line break as the end of a sentence, so a wrapped report
 * would lose every name, title and figure that straddles a break.
 *
 * <p>A text counts as wrapped when most of its long lines have the same length, give or take two
 * characters. A line is joined to the next when it is that long and ends without a sentence end, and the
 * next line neither starts a heading nor is indented as a new paragraph. Page-number lines (— 3 —) are
 * dropped from a wrapped text. Any other text is returned unchanged.
 */
final class HardWraps {
    private static final int MIN_WRAPPED_LINES = 5;
    private static final int SLACK = 2;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。！？!?；;：:][”’\"」』)）]*$");
    /** A title line can happen to be as long as the wrap width. */
    private static final Pattern TITLE_END = Pattern.compile(".*(?:报告|情况|总结)$");
    private static final Pattern PARAGRAPH_START = Pattern.compile(
            "^(?:[\\s\\u3000]+|[一二三四五六七八九十]{1,3}[、是]|[（(][一二三四五六七八九十0-9０-９]{1,3}[)）]"
                    + "|[0-9０-９]{1,2}[、.．](?![0-9０-９])|第[一二三四五六七八九十]{1,3}(?:部分|章|节)|[①-⑳]).*", Pattern.DOTALL);
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[\\s\\u3000]*[-—－–]*[\\s\\u3000]*(?:第\\s*)?[0-9０-９]{1,3}(?:\\s*页)?[\\s\\u3000]*[-—－–]*[\\s\\u3000]*$");

    private HardWraps() {}

    static String reflow(String text) {
        String[] lines = text.split("\n", -1);
        int width = wrapWidth(lines);
        if (width < 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        boolean joinNext = false;
        for (String raw : lines) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (PAGE_NUMBER.matcher(line).matches() && !line.isBlank()) continue;
            if (joinNext && !line.isBlank() && !PARAGRAPH_START.matcher(line).matches()) {
                out.append(line.stripLeading());
            } else {
                if (out.length() > 0) out.append('\n');
                out.append(line);
            }
            String body = line.strip();
            joinNext = line.length() >= width - SLACK && !body.isEmpty() && !SENTENCE_END.matcher(body).matches()
                    && !TITLE_END.matcher(body).matches();
        }
        return out.toString();
    }

    /** The width the text is wrapped at, or -1 when it does not look wrapped. */
    private static int wrapWidth(String[] lines) {
        Map<Integer, Integer> byLength = new HashMap<>();
        List<Integer> longLines = new ArrayList<>();
        for (String line : lines) {
            int length = line.strip().length() < 10 ? 0 : line.stripTrailing().length();
            if (length >= 20) {
                longLines.add(length);
                byLength.merge(length, 1, Integer::sum);
            }
        }
        if (longLines.size() < MIN_WRAPPED_LINES) return -1;
        int best = -1;
        int bestCount = 0;
        for (int length : byLength.keySet()) {
            int count = 0;
            for (int d = 0; d <= SLACK; d++) count += byLength.getOrDefault(length - d, 0);
            if (count > bestCount || (count == bestCount && length > best)) {
                best = length;
                bestCount = count;
            }
        }
        // prose paragraphs vary in length; a wrapped text has most of its lines at the wrap width
        return bestCount >= MIN_WRAPPED_LINES && bestCount * 2 >= longLines.size() ? best : -1;
    }
}
