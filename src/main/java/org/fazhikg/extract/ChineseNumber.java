package org.fazhikg.extract;

import java.math.BigDecimal;

/**
 * Reads numbers written in Chinese numerals (两 → 2, 十二 → 12, 一百零八 → 108, 三千五百 → 3500,
 * 一万二千 → 12000, 二〇二〇 → 2020 read digit by digit).
 */
final class ChineseNumber {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumber() {}

    /** Whether {@code c} can be part of a Chinese numeral. */
    static boolean isNumeral(char c) {
        return digit(c) >= 0 || c == '十' || c == '百' || c == '千' || c == '万' || c == '亿';
    }

    /** The value of a Chinese numeral; throws when {@code s} holds anything else. */
    static BigDecimal parse(String s) {
        if (s == null || s.isEmpty()) throw new IllegalArgumentException("empty Chinese numeral");
        BigDecimal committed = BigDecimal.ZERO; // everything up to the last 亿
        long tenThousands = 0;                  // the part before the last 万, times 10000
        long section = 0;                       // below 万: sum of digit × 十/百/千
        long pending = 0;                       // the digit (or digit run) not yet given a place
        boolean pendingSet = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                pending = pendingSet ? pending * 10 + d : d;
                pendingSet = true;
                continue;
            }
            switch (c) {
                case '十', '百', '千' -> {
                    long place = c == '十' ? 10 : c == '百' ? 100 : 1000;
                    section += (pendingSet ? pending : 1) * place; // 十二, 百余: an unstated digit is one
                }
                case '万' -> tenThousands = (section + pending + (section + pending == 0 ? 1 : 0)) * 10000;
                case '亿' -> {
                    long below = tenThousands + section + pending;
                    committed = committed.add(BigDecimal.valueOf(below == 0 ? 1 : below)).multiply(BigDecimal.valueOf(100_000_000L));
                    tenThousands = 0;
                }
                default -> throw new IllegalArgumentException("'" + s + "' is no Chinese numeral: '" + c
                        + "' at " + i + " (allowed: 零〇一二两三四五六七八九十百千万亿)");
            }
            if (c == '万' || c == '亿') section = 0;
            pending = 0;
            pendingSet = false;
        }
        return committed.add(BigDecimal.valueOf(tenThousands + section + pending));
    }

    private static int digit(char c) {
        if (c == '〇') return 0;
        if (c == '两') return 2;
        return DIGITS.indexOf(c);
    }
}
