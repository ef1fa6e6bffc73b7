package org.fazhikg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChineseNumberTest {
    private static void reads(String numeral, long expected) {
        assertEquals(0, BigDecimal.valueOf(expected).compareTo(ChineseNumber.parse(numeral)), numeral);
    }

    @Test
    void reads_digits_and_liang() {
        reads("两", 2);
        reads("七", 7);
        reads("零", 0);
    }

    @Test
    void reads_tens_with_and_without_a_leading_digit() {
        reads("十", 10);
        reads("十二", 12);
        reads("二十", 20);
        reads("四十六", 46);
    }

    @Test
    void reads_hundreds_thousands_and_zero_gaps() {
        reads("一百零八", 108);
        reads("三百一十二", 312);
        reads("三千五百", 3500);
        reads("两千", 2000);
        reads("百", 100);
    }

    @Test
    void reads_wan_and_yi() {
        reads("一万二千", 12000);
        reads("十万", 100000);
        reads("三千五百万", 35000000);
        reads("一亿二千万", 120000000);
    }

    @Test
    void reads_a_run_of_digits_place_by_place() {
        reads("二〇二〇", 2020);
    }

    @Test
    void knows_which_characters_are_numerals() {
        assertTrue(ChineseNumber.isNumeral('两'));
        assertTrue(ChineseNumber.isNumeral('万'));
        assertTrue(!ChineseNumber.isNumeral('个'));
    }

    @Test
    void rejects_other_characters_and_names_them() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChineseNumber.parse("三个"));
        assertTrue(e.getMessage().contains("'个'"), e.getMessage());
    }
}
