package org.fazhikg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a report into sentences and assigns each the section it stands in, from the report's
 * headings (一、 二、 (一) 1. 一是 …) and their words (成效 / 不足 / 下一步).
 */
final class Sentences {
    /** A line that opens a top-level or second-level part of the report. */
    private static final Pattern TOP_HEADING = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分)");
    private static final Pattern SUB_HEADING = Pattern.compile("^\\s*[（(][一二三四五六七八九十]+[)）]");
    private static final Pattern SHORTCOMING_WORDS = Pattern.compile("不足|问题|差距|短板|薄弱|困难");
    private static final Pattern PLAN_WORDS = Pattern.compile("下一步|下步|工作计划|工作打算|工作思路|工作安排|主要安排|工作设想|展望|今后|明年|\\d{4}年(?:度)?(?:工作)?(?:计划|打算|思路|安排|重点)");
    private static final Pattern ACHIEVEMENT_WORDS = Pattern.compile("成效|举措|做法|成绩|工作总结|工作情况|完成情况|主要工作|取得");
    private static final Pattern END = Pattern.compile("[。！？!?；;]+[”’\"」』)）]*|\\n+");

    private Sentences() {}

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        Section section = Section.OTHER;
        boolean seenTopHeading = false;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            Section headed = headingSection(line, section);
            if (headed != null) {
                section = headed;
                seenTopHeading = true;
            } else if (!seenTopHeading && !line.isBlank()) {
                section = Section.OTHER;
            }
            addSentences(text, lineStart, lineEnd, section, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /**
     * The section a heading line opens, or null when the line is no heading. A top-level heading
     * without telling words opens achievements; a sub-heading without them stays in its section.
     */
    static Section headingSection(String line, Section current) {
        boolean top = TOP_HEADING.matcher(line).find();
        if (!top && !SUB_HEADING.matcher(line).find()) return null;
        String head = line.length() > 40 ? line.substring(0, 40) : line;
        if (PLAN_WORDS.matcher(head).find()) return Section.PLANS;
        if (SHORTCOMING_WORDS.matcher(head).find() && !ACHIEVEMENT_WORDS.matcher(head).find()) return Section.SHORTCOMINGS;
        if (top) return Section.ACHIEVEMENTS;
        return current == Section.OTHER ? Section.ACHIEVEMENTS : current;
    }

    private static void addSentences(String text, int from, int to, Section section, List<Sentence> out) {
        Matcher m = END.matcher(text).region(from, to);
        int start = from;
        while (m.find()) {
            addTrimmed(text, start, m.end(), section, out);
            start = m.end();
        }
        addTrimmed(text, start, to, section, out);
    }

    private static void addTrimmed(String text, int start, int end, Section section, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Sentence(out.size(), start, end, section));
    }
}
