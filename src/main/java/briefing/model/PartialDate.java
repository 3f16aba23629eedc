package briefing.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day: {@code 2023}, {@code 2023-07}, {@code 2023-07-26}.
 *
 * @param month 1-12, or 0 when only the year is known
 * @param day   1-31, or 0 when the day is not known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /** The date known to the day. */
    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when the text is not one of them. */
    public static Optional<PartialDate> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (month > 12 || (m.group(2) != null && month == 0)) {
            return Optional.empty();
        }
        if (m.group(3) != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new PartialDate(year, month, day));
    }

    public boolean hasMonth() {
        return month > 0;
    }

    public boolean hasDay() {
        return day > 0;
    }

    /** The first day this date can mean. */
    public LocalDate first() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day this date can mean. */
    public LocalDate last() {
        if (!hasMonth()) {
            return LocalDate.of(year, 12, 31);
        }
        if (!hasDay()) {
            LocalDate start = LocalDate.of(year, month, 1);
            return start.withDayOfMonth(start.lengthOfMonth());
        }
        return LocalDate.of(year, month, day);
    }

    public String monthName() {
        return hasMonth() ? MONTHS[month - 1] : "";
    }

    /** As a reader reads it: {@code 26 July 2023}, {@code July 2023}, {@code 2023}. */
    public String display() {
        if (!hasMonth()) {
            return Integer.toString(year);
        }
        if (!hasDay()) {
            return monthName() + " " + year;
        }
        return day + " " + monthName() + " " + year;
    }

    /** The ISO form, as precise as the date is: usable in {@code <time datetime>}. */
    public String iso() {
        StringBuilder iso = new StringBuilder(10);
        padded(iso, year, 4);
        if (hasMonth()) {
            padded(iso.append('-'), month, 2);
            if (hasDay()) {
                padded(iso.append('-'), day, 2);
            }
        }
        return iso.toString();
    }

    /** Appends {@code n} with leading zeros to {@code width} digits, as {@code %0<width>d} does. */
    static void padded(StringBuilder out, int n, int width) {
        String digits = Integer.toString(Math.abs(n));
        if (n < 0) {
            out.append('-');
            width--;
        }
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
    }

    /**
     * Written out: a record's generated {@code equals} is made at run time on its first call, which a
     * build of a small briefing pays for in full (a dozen classes generated).
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof PartialDate other && year == other.year && month == other.month
                && day == other.day;
    }

    @Override
    public int hashCode() {
        return (year * 31 + month) * 31 + day;
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = first().compareTo(o.first());
        if (c != 0) {
            return c;
        }
        // A less precise date (July 2023) sorts before the days inside it.
        return last().compareTo(o.last()) > 0 ? -1 : (last().equals(o.last()) ? 0 : 1);
    }
}
