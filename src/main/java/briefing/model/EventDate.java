package briefing.model;

import java.util.Optional;

/**
 * The date of an event: one {@link PartialDate}, or a range {@code START/END}.
 *
 * @param raw exactly as written in the content
 * @param end equal to {@code start} when the date is not a range
 */
public record EventDate(String raw, PartialDate start, PartialDate end) implements Comparable<EventDate> {

    /** Reads the forms the content format allows; empty when the text is none of them. */
    public static Optional<EventDate> parse(String raw) {
        String text = raw.strip();
        int slash = text.indexOf('/');
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

    public boolean isRange() {
        return !start.equals(end);
    }

    /** As a reader reads it: {@code 26 July 2023}, {@code March 2024}, {@code 11–15 March 2024}. */
    public String display() {
        if (!isRange()) {
            return start.display();
        }
        PartialDate a = start;
        PartialDate b = end;
        boolean samePrecision = a.hasMonth() == b.hasMonth() && a.hasDay() == b.hasDay();
        if (samePrecision && a.year() == b.year()) {
            if (a.hasDay() && a.month() == b.month()) {
                return a.day() + "\u2013" + b.day() + " " + a.monthName() + " " + a.year();
            }
            if (a.hasDay()) {
                return a.day() + " " + a.monthName() + " \u2013 " + b.day() + " " + b.monthName() + " " + a.year();
            }
            if (a.hasMonth()) {
                return a.monthName() + "\u2013" + b.monthName() + " " + a.year();
            }
        }
        if (samePrecision && !a.hasMonth()) {
            return a.year() + "\u2013" + b.year();
        }
        return a.display() + " \u2013 " + b.display();
    }

    /** For sorting on the timeline: by first day, then the longer span first. */
    @Override
    public int compareTo(EventDate o) {
        int c = start.first().compareTo(o.start.first());
        if (c != 0) {
            return c;
        }
        return o.end.last().compareTo(end.last());
    }
}
