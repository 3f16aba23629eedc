package briefing.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When an article was published: an ISO 8601 date or date-time.
 *
 * @param raw  as written in the content
 * @param date the calendar day, for sorting and display
 * @param time the time of day as written ({@code 14:05}), or empty
 */
public record Published(String raw, LocalDate date, String time) implements Comparable<Published> {

    public static Optional<Published> parse(String raw) {
        String text = raw.strip();
        try {
            return Optional.of(new Published(raw, LocalDate.parse(text), ""));
        } catch (DateTimeParseException ignored) {
            // not a plain date; try the date-time forms
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(text);
            return Optional.of(new Published(raw, t.toLocalDate(), hhmm(t.getHour(), t.getMinute())));
        } catch (DateTimeParseException ignored) {
            // no offset; try a local date-time
        }
        try {
            LocalDateTime t = LocalDateTime.parse(text);
            return Optional.of(new Published(raw, t.toLocalDate(), hhmm(t.getHour(), t.getMinute())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String hhmm(int h, int m) {
        StringBuilder time = new StringBuilder(5);
        PartialDate.padded(time, h, 2);
        PartialDate.padded(time.append(':'), m, 2);
        return time.toString();
    }

    /** {@code 26 July 2023}, with the time when one was given. */
    public String display() {
        String day = PartialDate.of(date).display();
        return time.isEmpty() ? day : day + ", " + time;
    }

    /** The day in ISO form, for {@code <time datetime>}. */
    public String iso() {
        return date.toString();
    }

    @Override
    public int compareTo(Published o) {
        int c = date.compareTo(o.date);
        return c != 0 ? c : raw.compareTo(o.raw);
    }
}
