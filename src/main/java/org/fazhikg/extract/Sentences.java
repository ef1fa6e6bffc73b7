package org.fazhikg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhikg.extract.SectionHeadings.Level;

/**
 * Splits a report into sentences and assigns each the section it stands in (achievements,
 * shortcomings, plans, other), from the report's headings and the paragraphs that open a part
 * without one (see {@link SectionHeadings}). Also finds clauses and quoted spans for the
 * recognizers.
 */
final class Sentences {
    /** The number opening a heading or list item: (一), 1、, ①. */
    private static final Pattern ITEM_NUMBER = Pattern.compile("^(?:[（(][一二三四五六七八九十0-9０-９]{1,3}[)）]|[0-9０-９]{1,2}[、.．]|[①-⑳])");
    private static final Pattern END = Pattern.compile("[。！？!?；;]+[”’\"」』)）]*|\\n+");
    private static final String CLAUSE_BREAKS = ",，;；。：:！？!?\n";
    private static final String OPENERS = "“《（(「『〈【";
    private static final String CLOSERS = "”》）)」』〉】";

    private Sentences() {}

    static List<Sentence> split(String text) {
        int reportYear = SectionHeadings.reportYear(text);
        boolean hasHeadings = hasHeadings(text);
        List<Sentence> out = new ArrayList<>();
        Section section = Section.OTHER;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                Level level = SectionHeadings.levelOf(line);
                Section opened = opens(level, line, section, reportYear);
                if (opened != null) {
                    section = opened;
                } else if (level == Level.TOP || (level == Level.SUB && section == Section.OTHER)) {
                    section = Section.ACHIEVEMENTS;
                } else if (level == Level.TEXT && !hasHeadings && section == Section.OTHER && line.indexOf('。') >= 0) {
                    section = Section.ACHIEVEMENTS; // a report without headings: its body begins with the first full paragraph
                }
                section = addSentences(text, lineStart, lineEnd, section, reportYear, out);
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** The section a line opens, or null when it opens none. */
    private static Section opens(Level level, String line, Section current, int reportYear) {
        return switch (level) {
            case TOP, BARE -> SectionHeadings.named(line, reportYear);
            case SUB, MINOR -> {
                // a sub-heading turns the section only when it starts with the words (二)存在的问题
                Section named = SectionHeadings.named(afterNumber(line, 16), reportYear);
                if (named == Section.ACHIEVEMENTS && current != Section.SHORTCOMINGS && current != Section.OTHER) yield null;
                yield level == Level.MINOR && named == Section.ACHIEVEMENTS ? null : named;
            }
            case TEXT -> {
                Matcher end = END.matcher(line);
                String first = end.find() ? line.substring(0, end.start()) : line;
                Section opened = SectionHeadings.openedByParagraph(first, reportYear);
                yield opened == current ? null : opened;
            }
        };
    }

    private static String afterNumber(String line, int length) {
        String s = ITEM_NUMBER.matcher(line.strip()).replaceFirst("").strip();
        return s.length() > length ? s.substring(0, length) : s;
    }

    private static boolean hasHeadings(String text) {
        for (String line : text.split("\n")) {
            Level level = SectionHeadings.levelOf(line);
            if (level == Level.TOP || level == Level.SUB) return true;
        }
        return false;
    }

    /**
     * Splits one line into sentences and returns the section the next line continues in. A sentence
     * that turns to next year's work (下一步，…) puts the rest of the line in plans; a heading with
     * section words inside the line (paragraphs run together: …。三、2021年工作计划 …) opens its section.
     */
    private static Section addSentences(String text, int from, int to, Section section, int reportYear, List<Sentence> out) {
        Matcher m = END.matcher(text).region(from, to);
        int start = from;
        Section carried = section;
        Section current = section;
        while (true) {
            boolean found = m.find();
            int end = found ? m.end() : to;
            if (start > from) {
                Section opened = inlineHeading(text.substring(start, end), reportYear);
                if (opened != null) carried = current = opened;
            }
            current = add(text, start, end, current, reportYear, out);
            if (!found) return carried;
            start = end;
        }
    }

    private static Section inlineHeading(String sentence, int reportYear) {
        Level level = SectionHeadings.levelOf(sentence);
        if (level != Level.TOP && level != Level.SUB) return null;
        Section named = SectionHeadings.named(level == Level.SUB ? afterNumber(sentence, 16) : sentence, reportYear);
        return named == Section.PLANS || named == Section.SHORTCOMINGS ? named : null;
    }

    private static Section add(String text, int start, int end, Section section, int reportYear, List<Sentence> out) {
        while (start < end && isSpace(text.charAt(start))) start++;
        while (end > start && isSpace(text.charAt(end - 1))) end--;
        if (end <= start) return section;
        Section s = section != Section.PLANS && SectionHeadings.turnsToPlans(text.substring(start, end), reportYear) ? Section.PLANS : section;
        out.add(new Sentence(out.size(), start, end, s));
        return s;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000';
    }

    /** First offset of the clause holding {@code at}, not before {@code lo}; breaks inside quotes or brackets don't count. */
    static int clauseStart(String text, int lo, int at) {
        int depth = 0;
        for (int i = at - 1; i >= lo; i--) {
            char c = text.charAt(i);
            if (CLOSERS.indexOf(c) >= 0) depth++;
            else if (OPENERS.indexOf(c) >= 0) {
                if (depth == 0) return i + 1; // at stands inside these brackets
                depth--;
            } else if (depth == 0 && CLAUSE_BREAKS.indexOf(c) >= 0) return i + 1;
        }
        return lo;
    }

    /** Offset after the clause holding {@code at}, not after {@code hi}. */
    static int clauseEnd(String text, int at, int hi) {
        int depth = 0;
        for (int i = at; i < hi; i++) {
            char c = text.charAt(i);
            if (OPENERS.indexOf(c) >= 0) depth++;
            else if (CLOSERS.indexOf(c) >= 0) {
                if (depth == 0) return i;
                depth--;
            } else if (depth == 0 && CLAUSE_BREAKS.indexOf(c) >= 0) return i;
        }
        return hi;
    }

    /**
     * Which characters stand inside quotes (“…”, ‘…’, 「…」, "…") or titles (《…》), marks included;
     * a mark left open is taken as a typo, not as a quote (see {@link QuoteScanner}).
     */
    static boolean[] quoted(String text) {
        boolean[] inside = new boolean[text.length()];
        for (QuoteScanner marks : new QuoteScanner[] {QuoteScanner.QUOTES, QuoteScanner.TITLES})
            for (QuoteSpan span : marks.find(text))
                for (int k = span.start(); k < span.end(); k++) inside[k] = true;
        return inside;
    }
}
