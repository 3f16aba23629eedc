package briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timeline's day chart draws the busiest two weeks of events known to the day: the stretch that starts on
 * an event's first day and holds the most such events, the earliest of equally busy ones.
 */
class DayChartTest {
    @TempDir
    Path dir;

    @Test
    void theChartDrawsTheEarliestOfTheBusiestTwoWeeks() {
        Path content = dir.resolve("content");
        TestFiles.write(content, "index.md", "---\ntitle: A busy year\n---\n");
        event(content, "jan-a", "2020-01-01");
        event(content, "jan-b", "2020-01-05");
        event(content, "jan-c", "2020-01-10");
        // Four in the two weeks from 1 March (two of them that day); from 10 March only three.
        event(content, "mar-a", "2020-03-01");
        event(content, "mar-b", "2020-03-01");
        event(content, "mar-c", "2020-03-10");
        event(content, "mar-d", "2020-03-14");
        event(content, "mar-e", "2020-03-20");
        // Known to the month only: drawn, as a month comes before its days, but not counted.
        event(content, "mar-f", "2020-03");
        event(content, "mar-g", "2020-03");
        // As busy as March, but later.
        event(content, "jun-a", "2020-06-01");
        event(content, "jun-b", "2020-06-02");
        event(content, "jun-c", "2020-06-03");
        event(content, "jun-d", "2020-06-04");
        Path out = dir.resolve("site");
        TestFiles.Run run = TestFiles.build(content, out);
        assertThat(run.exitCode()).as(run.toString()).isZero();

        Document timeline = Jsoup.parse(TestFiles.read(out.resolve("timeline.html")));
        assertThat(timeline.select("#chart-h").text()).isEqualTo("1 March 2020 to 14 March 2020, day by day");
        assertThat(timeline.select("section.chart a[href^='events/']").eachText())
                .containsExactly("Event mar-f", "Event mar-g", "Event mar-a", "Event mar-b", "Event mar-c",
                        "Event mar-d");
    }

    private static void event(Path content, String id, String date) {
        TestFiles.write(content, "events/" + id + ".md", "---\ntitle: Event " + id + "\ndate: " + date + "\n---\n");
    }
}
