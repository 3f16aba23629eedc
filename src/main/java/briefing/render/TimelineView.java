package briefing.render;

import briefing.graph.Query;
import briefing.model.Event;
import briefing.model.Kind;
import briefing.model.PartialDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The view of the timeline (and of the event list): every event in date order with how precisely its
 * date is known and the gap before it, and a day-by-day chart of the busiest stretch.
 */
final class TimelineView extends PageView {
    /** The longest stretch the day chart draws, in days. */
    private static final int CHART_DAYS = 14;

    TimelineView(TrackedGraph graph, MarkdownRenderer markdown, String root, Words words) {
        super(graph, markdown, root, words);
    }

    /**
     * The events of one part of the list (all of them while it is not cut); the gap before its first event is
     * measured from the events before the part, and the day chart (when {@code chart}) is on the first part only.
     */
    Views.Timeline build(Part part, boolean chart) {
        List<Views.EventItem> items = new ArrayList<>();
        List<Views.TimelineEntry> entries = new ArrayList<>();
        LocalDate previousEnd = null;
        List<Event> timeline = graph.get(Query.TIMELINE);
        for (Event e : timeline.subList(0, part.from())) {
            LocalDate end = e.date().end().last();
            previousEnd = previousEnd == null || end.isAfter(previousEnd) ? end : previousEnd;
        }
        for (Event e : part.of(timeline)) {
            Views.EventItem item = eventItem(e);
            items.add(item);
            var d = e.date();
            String precision = d.isRange() ? "range" : d.start().hasDay() ? "day" : d.start().hasMonth() ? "month" : "year";
            String label = switch (precision) {
                case "range" -> span(d.start().first(), d.end().last(), d.start().hasDay() && d.end().hasDay());
                case "month" -> words.text("timeline.dayUnknown");
                case "year" -> words.text("timeline.monthUnknown");
                default -> "";
            };
            String gap = "";
            if (previousEnd != null && d.start().first().isAfter(previousEnd)) {
                long years = ChronoUnit.YEARS.between(previousEnd, d.start().first());
                long months = ChronoUnit.MONTHS.between(previousEnd, d.start().first());
                gap = years >= 1 ? count("timeline.yearsLater", (int) years)
                        : months >= 2 ? words.format("timeline.monthsLater", months) : "";
            }
            LocalDate end = d.end().last();
            previousEnd = previousEnd == null || end.isAfter(previousEnd) ? end : previousEnd;
            entries.add(new Views.TimelineEntry(item, precision, label, gap));
        }
        return new Views.Timeline(items, entries, chart && part.number() == 1 ? dayChart() : null);
    }

    /** How long a range lasts, in words: "3 days", "about 5 months", "about 3 years". */
    private String span(LocalDate from, LocalDate to, boolean exact) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
        long years = ChronoUnit.YEARS.between(from, to.plusDays(1));
        if (days <= 60) {
            return count(exact ? "timeline.days" : "timeline.upToDays", (int) days);
        }
        if (years < 2) {
            return words.format("timeline.aboutMonths", Math.max(months, 2));
        }
        return words.format("timeline.aboutYears", years);
    }

    /** The busiest stretch of at most two weeks with day-precise events, drawn day by day; null when there is none. */
    private Views.DayChart dayChart() {
        List<Event> precise = graph.get(Query.TIMELINE).stream().filter(e -> e.date().start().hasDay()).toList();
        // The timeline is in order of first day, so the events of a stretch that starts with an event's first
        // day follow it; the first event of a day counts every event of that day, so it is the one that wins.
        long[] starts = precise.stream().mapToLong(e -> e.date().start().first().toEpochDay()).toArray();
        int best = -1;
        int bestCount = 0;
        for (int i = 0, past = 0; i < starts.length; i++) {
            while (past < starts.length && starts[past] < starts[i] + CHART_DAYS) {
                past++;
            }
            if (past - i > bestCount) {
                bestCount = past - i;
                best = i;
            }
        }
        if (best < 0 || bestCount < 3) {
            return null;
        }
        LocalDate first = LocalDate.ofEpochDay(starts[best]);
        LocalDate last = first;
        for (Event e : precise) {
            var s = e.date().start().first();
            if (!s.isBefore(first) && s.isBefore(first.plusDays(CHART_DAYS))) {
                var end = e.date().end().hasDay() ? e.date().end().last() : s;
                var capped = end.isBefore(first.plusDays(CHART_DAYS)) ? end : first.plusDays(CHART_DAYS - 1);
                last = capped.isAfter(last) ? capped : last;
            }
        }
        List<String> days = new ArrayList<>();
        for (var d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(words.chartDay(d));
        }
        List<Views.DayBar> bars = new ArrayList<>();
        for (Event e : graph.get(Query.TIMELINE)) {
            var s = e.date().start().first();
            var end = e.date().end().last();
            if (end.isBefore(first) || s.isAfter(last)) {
                continue;
            }
            boolean approximate = !e.date().start().hasDay() || !e.date().end().hasDay();
            var from = s.isBefore(first) ? first : s;
            var to = end.isAfter(last) ? last : end;
            bars.add(new Views.DayBar(link(Kind.EVENT, e.id()), words.date(e.date()),
                    (int) ChronoUnit.DAYS.between(first, from) + 1, (int) ChronoUnit.DAYS.between(first, to) + 2,
                    approximate, s.isBefore(first), end.isAfter(last)));
        }
        String caption = first.equals(last)
                ? words.format("timeline.chartCaptionOneDay", words.date(PartialDate.of(first)))
                : words.format("timeline.chartCaption", words.date(PartialDate.of(first)),
                        words.date(PartialDate.of(last)));
        return new Views.DayChart(caption, days, bars);
    }
}
