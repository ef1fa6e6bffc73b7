package org.fazhikg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhikg.Digits;

/**
 * How the reports mark their parts: numbered headings (一、 / (一) / 1.), short unnumbered
 * heading lines (下一步工作打算) and paragraphs that open a part (下一步，… / 2021年，我局将… /
 * …但也存在一些不足). Decides which section such a line opens.
 */
final class SectionHeadings {
    /** How a line is numbered as a heading. */
    enum Level {
        /** 一、 二、 第一部分: opens a part of the report. */
        TOP,
        /** (一) (二): a sub-part. */
        SUB,
        /** 1. 2、 (1) ①: items that never open a part unless their words say so. */
        MINOR,
        /** A short line without numbering and without a full stop: a heading only if its words say so. */
        BARE,
        /** Running text. */
        TEXT
    }

    private static final Pattern TOP = Pattern.compile("^[\\s\\u3000]*(?:[一二三四五六七八九十]{1,3}[\\s\\u3000]*[、.．]|第[一二三四五六七八九十]{1,3}部分)");
    private static final Pattern SUB = Pattern.compile("^[\\s\\u3000]*[（(][一二三四五六七八九十]{1,3}[)）]");
    private static final Pattern MINOR = Pattern.compile("^[\\s\\u3000]*(?:[0-9０-９]{1,2}[\\s\\u3000]*[、.．](?![0-9０-９])|[（(][0-9０-９]{1,2}[)）]|[①-⑳])");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年");
    /** A year a report may be about: not the start of a period (2019年以来, 2016—2020年). */
    private static final Pattern OWN_YEAR = Pattern.compile("(?<![0-9—\\-－至])((?:19|20)[0-9]{2})\\s*年(?!以来|来|至|—|-|－)");

    /** Words of a heading over next year's work. */
    private static final Pattern PLAN_WORDS = Pattern.compile(
            "下一步|下步|今后|明年|来年|新的一年|工作计划|工作打算|工作思路|工作安排|工作设想|主要安排|主要打算"
            + "|思路和打算|思路与打算|计划和打算|打算和安排|主要思路|努力方向|展望");
    /** Words that, beside a year after the report's, make a heading or paragraph one about plans. */
    private static final Pattern PLAN_HINTS = Pattern.compile("计划|打算|思路|安排|重点|要点|任务|目标|设想|展望|谋划|将|继续|力争|着力");
    private static final Pattern SHORTCOMING_WORDS = Pattern.compile(
            "(?:存在|面临)的?(?:主要|突出)?(?:问题|不足|困难|短板|差距)|问题[和与及、](?:不足|短板|差距|困难|原因|建议)"
            + "|不足[和与及、](?:问题|原因|差距|短板|改进)|差距[和与及、]不足|困难[和与及、]问题|的不足|不足之处"
            + "|薄弱环节|主要问题");
    private static final Pattern ACHIEVEMENT_WORDS = Pattern.compile(
            "成效|成绩|做法|举措|工作总结|工作情况|开展情况|完成情况|主要工作|工作回顾|取得");
    /** A paragraph that opens next year's work without a heading. */
    private static final Pattern PLAN_PARAGRAPH = Pattern.compile("^[\\s\\u3000]*(?:下一步|下步|今后|明年|来年|新的一年|展望未来|展望)");
    /** A paragraph that admits shortcomings without a heading (一年来…取得了新成效，但也存在一些不足). */
    private static final Pattern SHORTCOMING_PARAGRAPH = Pattern.compile(
            "(?:取得|成效|成绩|进展)[^。]{0,30}(?:但|但是|然而)[^。]{0,20}(?:存在|还有|仍有|面临)[^。]{0,12}(?:不足|问题|短板|差距|薄弱|困难)"
            + "|^[\\s\\u3000]*(?:(?:但|但是|同时)[^。]{0,6})?(?:存在的?(?:主要)?(?:问题|不足))");
    /** A paragraph opening with next year (2021年，我局将… / 2024年是…关键一年 / 2021年工作的总体思路是…). */
    private static final Pattern YEAR_PLAN_PARAGRAPH = Pattern.compile(
            "^[\\s\\u3000]*((?:19|20)[0-9]{2})年度?(?![0-9０-９]{1,2}月)[，,]?[^。]{0,24}?"
            + "(?:将|是[^，,。]{0,20}(?:之年|一年)|工作(?:思路|计划|打算|重点|安排|目标)|总体思路|重点做好)");
    /** A sentence inside a paragraph that turns to next year's work. */
    private static final Pattern PLAN_SENTENCE = Pattern.compile("^(?:下一步|下步|今后|明年|来年)");

    private SectionHeadings() {}

    static Level levelOf(String line) {
        if (TOP.matcher(line).find()) return Level.TOP;
        if (SUB.matcher(line).find()) return Level.SUB;
        if (MINOR.matcher(line).find()) return Level.MINOR;
        String s = line.strip();
        if (!s.isEmpty() && s.length() <= 30 && s.indexOf('。') < 0 && s.indexOf('；') < 0 && !s.contains("报告"))
            return Level.BARE;
        return Level.TEXT;
    }

    /**
     * The section a heading's words name, or null when they name none. Only the head of a long
     * heading line counts (some reports run the first paragraph on after the heading).
     */
    static Section named(String heading, int reportYear) {
        String head = heading.strip();
        int stop = head.indexOf('。');
        if (stop > 0) head = head.substring(0, stop);
        if (head.length() > 50) head = head.substring(0, 50);
        int plan = firstMatch(PLAN_WORDS, head);
        if (plan < 0 && laterYear(head, reportYear) && PLAN_HINTS.matcher(head).find() && !ACHIEVEMENT_WORDS.matcher(head).find()) plan = 0;
        int shortcoming = firstMatch(SHORTCOMING_WORDS, head);
        if (shortcoming >= 0 && (plan < 0 || shortcoming < plan)) return Section.SHORTCOMINGS;
        if (plan >= 0) return Section.PLANS;
        if (ACHIEVEMENT_WORDS.matcher(head).find()) return Section.ACHIEVEMENTS;
        return null;
    }

    /** The section a paragraph of running text opens by its first sentence, or null. */
    static Section openedByParagraph(String firstSentence, int reportYear) {
        if (PLAN_PARAGRAPH.matcher(firstSentence).find()) return Section.PLANS;
        Matcher y = YEAR_PLAN_PARAGRAPH.matcher(Digits.ascii(firstSentence));
        if (y.find() && laterYear(y.group(1), reportYear)) return Section.PLANS;
        if (SHORTCOMING_PARAGRAPH.matcher(firstSentence).find()) return Section.SHORTCOMINGS;
        return null;
    }

    /** Whether a sentence inside a paragraph turns to next year's work (下一步，将… / 2021年，我们将…). */
    static boolean turnsToPlans(String sentence, int reportYear) {
        if (PLAN_SENTENCE.matcher(sentence).find()) return true;
        Matcher y = YEAR_PLAN_PARAGRAPH.matcher(Digits.ascii(sentence));
        return y.find() && laterYear(y.group(1), reportYear);
    }

    /**
     * The year a report covers, from its title line (…2020年法治政府建设年度报告) or else the first
     * year named near its start; -1 when none is found.
     */
    static int reportYear(String text) {
        String head = Digits.ascii(text.length() > 1500 ? text.substring(0, 1500) : text);
        for (String line : head.split("\n")) {
            if (!line.contains("报告") && !line.contains("法治政府建设情况")) continue;
            Matcher m = YEAR.matcher(line);
            if (m.find()) return Integer.parseInt(m.group(1));
        }
        Matcher m = OWN_YEAR.matcher(head);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static boolean laterYear(String s, int reportYear) {
        if (reportYear < 0) return false;
        String ascii = Digits.ascii(s);
        Matcher m = YEAR.matcher(ascii.matches("[0-9]{4}") ? ascii + "年" : ascii);
        while (m.find()) if (Integer.parseInt(m.group(1)) > reportYear) return true;
        return false;
    }

    private static int firstMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.start() : -1;
    }
}
