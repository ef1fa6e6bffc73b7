package org.fazhikg.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calendar dates as Chinese government pages write them: 2021-01-05, 2021/1/5, 2021.1.5, 2021年1月5日, 二〇二〇年十二月二十四日. */
final class ChineseDates {
    /** A date in digits; also matches the date part of a timestamp such as 2021-01-05 14:11:08. */
    static final Pattern DIGITS = Pattern.compile("(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?");
    /** A date in Chinese numerals, as in the signature of formal documents. */
    static final Pattern NUMERALS = Pattern.compile("([〇零○Ｏ0一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");

    private ChineseDates() {}

    /** The whole of {@code s} (trimmed) as a date, or empty when it is not exactly one valid date. */
    static Optional<LocalDate> parseExact(String s) {
        String t = s.strip();
        Matcher m = DIGITS.matcher(t);
        if (m.matches()) return of(m.group(1), m.group(2), m.group(3));
        m = NUMERALS.matcher(t);
        if (m.matches()) return numerals(m);
        return Optional.empty();
    }

    /** The first valid date written anywhere in {@code s}. */
    static Optional<LocalDate> find(String s) {
        Matcher m = DIGITS.matcher(s);
        while (m.find()) {
            Optional<LocalDate> d = of(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) return d;
        }
        m = NUMERALS.matcher(s);
        while (m.find()) {
            Optional<LocalDate> d = numerals(m);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> numerals(Matcher m) {
        StringBuilder year = new StringBuilder();
        for (char c : m.group(1).toCharArray()) year.append(digit(c));
        return of(year.toString(), String.valueOf(smallNumber(m.group(2))), String.valueOf(smallNumber(m.group(3))));
    }

    private static Optional<LocalDate> of(String y, String mo, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int digit(char c) {
        int i = "〇一二三四五六七八九".indexOf(c);
        if (i >= 0) return i;
        if (c >= '0' && c <= '9') return c - '0';
        return 0; // 零, ○, Ｏ: the other ways of writing zero in a year
    }

    /** 一..九, 十, 十一..十九, 二十..三十一. */
    private static int smallNumber(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) return digit(s.charAt(0));
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + ones;
    }
}
