package org.fazhikg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChineseDatesTest {
    @Test
    void parses_digit_and_numeral_dates() {
        LocalDate d = LocalDate.of(2020, 12, 24);
        assertEquals(Optional.of(d), ChineseDates.parseExact("2020-12-24"));
        assertEquals(Optional.of(d), ChineseDates.parseExact("2020/12/24"));
        assertEquals(Optional.of(d), ChineseDates.parseExact(" 2020年12月24日 "));
        assertEquals(Optional.of(d), ChineseDates.parseExact("二〇二〇年十二月二十四日"));
        assertEquals(Optional.of(LocalDate.of(2021, 1, 5)), ChineseDates.parseExact("二〇二一年一月五日"));
        assertEquals(Optional.of(LocalDate.of(2019, 10, 31)), ChineseDates.parseExact("二○一九年十月三十一日"));
    }

    @Test
    void rejects_impossible_or_partial_dates() {
        assertEquals(Optional.empty(), ChineseDates.parseExact("2021-02-30"));
        assertEquals(Optional.empty(), ChineseDates.parseExact("2021年"));
        assertEquals(Optional.empty(), ChineseDates.parseExact("2021年12月24日前完成"));
    }

    @Test
    void finds_the_date_in_a_timestamp() {
        assertEquals(Optional.of(LocalDate.of(2021, 1, 5)), ChineseDates.find("2021-01-05 14:11:08"));
    }
}
