package briefing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2023-07-26             | 26 July 2023
            2024-03                | March 2024
            2024                   | 2024
            2024-02-29             | 29 February 2024
            2024-03-11/2024-03-15  | 11–15 March 2024
            2024-03-28/2024-04-02  | 28 March – 2 April 2024
            2024-03/2024-05        | March–May 2024
            2021/2023              | 2021–2023
            2023-12-30/2024-01-02  | 30 December 2023 – 2 January 2024
            2023-12/2024-01        | December 2023 – January 2024
            2024/2024-03           | 2024 – March 2024
            2024-03-11/2024-03-11  | 11 March 2024
            2023-07-26T10:00       | 26 July 2023, 10:00
            2023-07-26T00:00       | 26 July 2023, 00:00
            """)
    void eventDatesDisplayAsAReaderReadsThem(String raw, String shown) {
        assertThat(EventDate.parse(raw)).hasValueSatisfying(d -> assertThat(d.display()).isEqualTo(shown));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30", "2023-02-29", "2023-13", "2023-00", "2023-04-31", "2023-07-00", "23",
        "2023-7-26", "26 July 2023", "2023-07-26/", "/2023", "2023-07-26/2023-07-25", "2024/2023", "",
        "2023-07-26T25:00", "2023-07-26T10:60", "2023-07-26T9:30", "2023-07-26T10:00:00", "2023-07T10:00",
        "2023-07-26T10:00/2023-07-27", "2023-02-30T10:00", "2023-07-26T", "July"})
    void invalidEventDatesAreRejected(String raw) {
        assertThat(EventDate.parse(raw)).isEmpty();
    }

    @Test
    void partialDatesKnowTheirFirstAndLastDay() {
        PartialDate feb = PartialDate.parse("2024-02").orElseThrow();
        assertThat(feb.first()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(feb.last()).isEqualTo(LocalDate.of(2024, 2, 29));
        PartialDate year = PartialDate.parse("2023").orElseThrow();
        assertThat(year.last()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(year.iso()).isEqualTo("2023");
        assertThat(feb.iso()).isEqualTo("2024-02");
        assertThat(PartialDate.parse("2024-02-09").orElseThrow().iso()).isEqualTo("2024-02-09");
        assertThat(PartialDate.parse("0800-11-05").orElseThrow().iso()).isEqualTo("0800-11-05");
        assertThat(PartialDate.parse("0012").orElseThrow().iso()).isEqualTo("0012");
    }

    @Test
    void partialDatesAreEqualWhenYearMonthAndDayAre() {
        PartialDate day = new PartialDate(2024, 2, 9);
        assertThat(PartialDate.parse("2024-02-09")).hasValue(day);
        assertThat(Set.of(day)).contains(PartialDate.parse("2024-02-09").orElseThrow());
        assertThat(day.hashCode()).isEqualTo(new PartialDate(2024, 2, 9).hashCode());
        assertThat(day).isNotEqualTo(new PartialDate(2024, 2, 0)).isNotEqualTo(new PartialDate(2024, 3, 9))
                .isNotEqualTo(new PartialDate(2023, 2, 9)).isNotEqualTo("2024-02-09");
    }

    @Test
    void aRangeMayEndInsideAMonthItStartsWith() {
        // March 2024 to 5 March 2024: the end is not before the start's first day.
        assertThat(EventDate.parse("2024-03/2024-03-05")).isPresent();
    }

    @Test
    void timelineOrderIsByFirstDayThenLongerSpanFirst() {
        EventDate month = EventDate.parse("2024-03").orElseThrow();
        EventDate firstDay = EventDate.parse("2024-03-01").orElseThrow();
        EventDate range = EventDate.parse("2024-03-01/2024-03-05").orElseThrow();
        EventDate later = EventDate.parse("2024-03-02").orElseThrow();
        assertThat(Stream.of(later, firstDay, range, month).sorted().toList())
                .containsExactly(month, range, firstDay, later);
    }

    @Test
    void timesOfDayOrderADayAfterTheDayWithoutOne() {
        EventDate day = EventDate.parse("2024-03-01").orElseThrow();
        EventDate morning = EventDate.parse("2024-03-01T09:05").orElseThrow();
        EventDate evening = EventDate.parse("2024-03-01T18:00").orElseThrow();
        EventDate next = EventDate.parse("2024-03-02T00:00").orElseThrow();
        assertThat(Stream.of(next, evening, morning, day).sorted().toList())
                .containsExactly(day, morning, evening, next);
        assertThat(evening.iso()).isEqualTo("2024-03-01T18:00");
        assertThat(EventDate.timeProblem("2024-03-01T24:00"))
                .isEqualTo("24:00 is not a time of day (from 00:00 to 23:59)");
        assertThat(EventDate.timeProblem("2024-03-01")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2023-07-26                | 26 July 2023
            2023-07-26T14:05:00Z      | 26 July 2023, 14:05
            2023-07-26T09:30:00+03:00 | 26 July 2023, 09:30
            2023-07-26T09:30          | 26 July 2023, 09:30
            2023-07-26T00:07          | 26 July 2023, 00:07
            """)
    void publishedDatesAndDateTimes(String raw, String shown) {
        assertThat(Published.parse(raw)).hasValueSatisfying(p -> assertThat(p.display()).isEqualTo(shown));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30", "2023-07", "26/07/2023", "yesterday", "2023-07-26 14:05"})
    void invalidPublishedDatesAreRejected(String raw) {
        assertThat(Published.parse(raw)).isEmpty();
    }

    @Test
    void suggestFindsTheClosestKnownWordOrNothing() {
        var keys = Set.of("title", "date", "participants", "related", "place");
        assertThat(Suggest.closest("particpants", keys)).isEqualTo("participants");
        assertThat(Suggest.closest("titel", keys)).isEqualTo("title");
        assertThat(Suggest.closest("mood", keys)).isNull();
    }

    @Test
    void idRule() {
        assertThat(Ids.isValid("sergei-shoigu")).isTrue();
        assertThat(Ids.isValid("g7")).isTrue();
        assertThat(Ids.isValid("Foo")).isFalse();
        assertThat(Ids.isValid("a b")).isFalse();
        assertThat(Ids.isValid("a..b")).isFalse();
        assertThat(Ids.isValid("-a")).isFalse();
        assertThat(Ids.isValid("a-")).isFalse();
        assertThat(Ids.isValid("é")).isFalse();
    }
}
