package briefing.model;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of an event: one {@link PartialDate}, or a range {@code START/END}; a single day may carry a
 * local time of day, {@code 2023-07-26T14:30}, which orders the events of that day.
 *
 * @param raw  exactly as written in the content
 * @param end  equal to {@code start} when the date is not a range
 * @param time the time of day, or null when none is given
 */
public record EventDate(String raw, PartialDate start, PartialDate end, LocalTime time)
        implements Comparable<EventDate> {
    private static final Pattern TIME = Pattern.compile("(\\d{2}):(\\d{2})");
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    /** A date without a time of day. */
    public EventDate(String raw, PartialDate start, PartialDate end) {
        this(raw, start, end, null);
    }

    /** Reads the forms the content format allows; empty when the text is none of them. */
    public static Optional<EventDate> parse(String raw) {
        String text = raw.strip();
        int slash = text.indexOf('/');
        int t = text.indexOf('T');
        if (t >= 0) {
            if (slash >= 0 || timeProblem(raw) != null) {
                return Optional.empty();
            }
            PartialDate day = PartialDate.parse(text.substring(0, t)).orElseThrow();
            return Optional.of(new EventDate(raw, day, day, LocalTime.parse(text.substring(t + 1))));
        }
        if (slash < 0) {
            return PartialDate.parse(text).map(d -> new EventDate(raw, d, d));
        }
        Optional<PartialDate> start = PartialDate.parse(text.substring(0, slash));
        Optional<PartialDate> end = PartialDate.parse(text.substring(slash + 1));
        if (start.isEmpty() || end.isEmpty() || end.get().last().isBefore(start.get().first())) {
            return Optional.empty();
        }
        return Optional.of(new EventDate(raw, start.get(), end.get()));
    }

    /**
     * What is wrong with the time of day in a date, in words, or null when it gives none or a good one:
     * {@code 25:00 is not a time of day}.
     */
    public static String timeProblem(String raw) {
        String text = raw.strip();
        int t = text.indexOf('T');
        if (t < 0) {
            return null;
        }
        if (text.indexOf('/') >= 0) {
            return "a time of day can be given only on a single day, not in a range START/END";
        }
        Optional<PartialDate> day = PartialDate.parse(text.substring(0, t));
        if (day.isEmpty() || !day.get().hasDay()) {
            return "a time of day needs a whole date before it, YYYY-MM-DDTHH:MM (2023-07-26T14:30)";
        }
        String time = text.substring(t + 1);
        Matcher m = TIME.matcher(time);
        if (!m.matches()) {
            return "'" + time + "' is not a time of day written HH:MM, on the 24-hour clock (09:30, 14:30)";
        }
        if (Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59) {
            return time + " is not a time of day (from 00:00 to 23:59)";
        }
        return null;
    }

    public boolean isRange() {
        return !start.equals(end);
    }

    /** The time of day as shown, {@code 14:30}; empty when none is given. */
    public String timeOfDay() {
        return time == null ? "" : time.format(HOURS_MINUTES);
    }

    /** The ISO form, as precise as the date is, with its time of day: usable in {@code <time datetime>}. */
    public String iso() {
        return time == null ? start.iso() : start.iso() + "T" + timeOfDay();
    }

    /** As a reader reads it: {@code 26 July 2023}, {@code 26 July 2023, 14:30}, {@code 11–15 March 2024}. */
    public String display() {
        if (!isRange()) {
            return time == null ? start.display() : start.display() + ", " + timeOfDay();
        }
        PartialDate a = start;
        PartialDate b = end;
        return switch (rangeForm()) {
            case DAYS_OF_A_MONTH -> a.day() + "\u2013" + b.day() + " " + a.monthName() + " " + a.year();
            case DAYS_OF_A_YEAR -> a.day() + " " + a.monthName() + " \u2013 " + b.day() + " " + b.monthName() + " "
                    + a.year();
            case MONTHS_OF_A_YEAR -> a.monthName() + "\u2013" + b.monthName() + " " + a.year();
            case YEARS -> a.year() + "\u2013" + b.year();
            case WHOLE_DATES -> a.display() + " \u2013 " + b.display();
        };
    }

    /** How a range is written: what its start may leave for its end to say. */
    public enum RangeForm {
        /** {@code 11–15 March 2024}. */
        DAYS_OF_A_MONTH,
        /** {@code 28 February – 3 March 2024}. */
        DAYS_OF_A_YEAR,
        /** {@code March–May 2024}. */
        MONTHS_OF_A_YEAR,
        /** {@code 1950–1953}. */
        YEARS,
        /** Both dates in full: {@code 28 December 2023 – 3 January 2024}, {@code 2023 – 3 January 2024}. */
        WHOLE_DATES
    }

    /** How this date is written as a range; only a range ({@link #isRange}) is written by it. */
    public RangeForm rangeForm() {
        PartialDate a = start;
        PartialDate b = end;
        boolean samePrecision = a.hasMonth() == b.hasMonth() && a.hasDay() == b.hasDay();
        if (samePrecision && a.year() == b.year()) {
            if (a.hasDay() && a.month() == b.month()) {
                return RangeForm.DAYS_OF_A_MONTH;
            }
            if (a.hasDay()) {
                return RangeForm.DAYS_OF_A_YEAR;
            }
            if (a.hasMonth()) {
                return RangeForm.MONTHS_OF_A_YEAR;
            }
        }
        return samePrecision && !a.hasMonth() ? RangeForm.YEARS : RangeForm.WHOLE_DATES;
    }

    /**
     * For sorting on the timeline: by first day, then the longer span first, then by time of day, a day
     * without a time before the times of that day (as a month comes before its days).
     */
    @Override
    public int compareTo(EventDate o) {
        int c = start.first().compareTo(o.start.first());
        if (c != 0) {
            return c;
        }
        c = o.end.last().compareTo(end.last());
        if (c != 0) {
            return c;
        }
        return Comparator.nullsFirst(Comparator.<LocalTime>naturalOrder()).compare(time, o.time);
    }
}
