package briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names that behave, read from built pages: {@code except} phrases, an alias found only inside a longer
 * name, {@code quiet}, lists of actors sorted by {@code sort_as} or by the collation of the briefing's
 * language, and events of one day ordered by their time of day.
 */
class NamesTest {
    static final String SITE = """
            -- index.md --
            ---
            title: "The September earthquake"
            language: en
            ---
            A school collapsed.
            -- actors/mexico.md --
            ---
            name: Mexico
            kind: state
            except: [Mexico City, Gulf of Mexico]
            ---
            -- actors/vergara.md --
            ---
            name: José Luis Vergara
            aliases: [Vergara]
            kind: person
            ---
            -- actors/angel.md --
            ---
            name: Ángel Sarmiento
            kind: person
            ---
            -- actors/mancera.md --
            ---
            name: Miguel Ángel Mancera
            kind: person
            ---
            -- actors/zapata.md --
            ---
            name: Emiliano Zapata
            sort_as: "Zapata, Emiliano"
            kind: person
            ---
            -- actors/alvarez.md --
            ---
            name: Luis Álvarez
            sort_as: "Álvarez, Luis"
            kind: person
            ---
            -- actors/b-perez.md --
            ---
            name: Ana Pérez
            sort_as: Pérez
            kind: person
            ---
            -- actors/a-perez.md --
            ---
            name: Juan Pérez
            sort_as: Pérez
            kind: person
            ---
            -- articles/report.md --
            ---
            title: "A school collapses"
            published: 2017-09-20
            ---
            Mexico City was shaken at 13:14. Mexico sent soldiers. José Luis Vergara, the school's lawyer, spoke.
            Ángel Sarmiento, Miguel Ángel Mancera, Emiliano Zapata, Luis Álvarez, Ana Pérez and Juan Pérez came.
            -- events/a-rescue.md --
            ---
            title: The rescue begins
            date: 2017-09-19T18:05
            participants: [mancera, vergara, angel, zapata, a-perez, alvarez, b-perez]
            ---
            -- events/b-quake.md --
            ---
            title: The earthquake
            date: 2017-09-19T13:14
            participants: [mexico]
            ---
            -- events/c-grief.md --
            ---
            title: A day of grief
            date: 2017-09-19
            participants: [mexico]
            ---
            """;

    /** The people in the order lists of actors give them: by sort_as or name, accents with their letter, then id. */
    static final String[] PEOPLE_IN_ORDER = {"Luis Álvarez", "Ángel Sarmiento", "José Luis Vergara",
        "Miguel Ángel Mancera", "Juan Pérez", "Ana Pérez", "Emiliano Zapata"};

    @TempDir
    static Path tmp;

    static Path content;
    static Path site;
    static TestFiles.Run run;

    @BeforeAll
    static void build() {
        content = TestFiles.writeFiles(tmp.resolve("content"), SITE);
        site = tmp.resolve("site");
        run = TestFiles.build(content, site);
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    @Test
    void anExceptPhraseIsNeitherLinkedNorCounted() {
        Document article = page("sources/report.html");
        assertThat(article.select("a.mention[href='../actors/mexico.html']").eachText()).containsExactly("Mexico");
        assertThat(article.text()).contains("Mexico City was shaken");
        Document mexico = page("actors/mexico.html");
        assertThat(mexico.select("a[href^='../sources/report.html#m']")).hasSize(1);
        assertThat(mexico.text()).contains("“Mexico” ×1");
        assertThat(run.err()).contains(content.resolve("actors/mexico.md") + ":4: warning: the 'except' phrase"
                + " 'Gulf of Mexico' never occurs in any article");
        assertThat(run.err()).doesNotContain("'Mexico City' never occurs");
    }

    @Test
    void anAliasFoundOnlyInsideTheFullNameSaysSo() {
        assertThat(run.err()).contains(content.resolve("actors/vergara.md") + ":3: warning: the alias 'Vergara'"
                + " occurs only inside the longer name 'José Luis Vergara' of this same actor, which is what links,"
                + " never on its own; to keep it anyway, list it under 'quiet'");
        assertThat(run.err()).doesNotContain("'Vergara' never occurs");
    }

    @Test
    void quietKeepsADeliberateAliasAndAnUnusedExceptFromStrictCheck(@TempDir Path dir) {
        Path copy = TestFiles.writeFiles(dir.resolve("content"), SITE);
        TestFiles.replace(copy.resolve("actors/vergara.md"), "aliases: [Vergara]", "aliases: [Vergara]\nquiet: [Vergara]");
        TestFiles.replace(copy.resolve("actors/mexico.md"), "kind: state", "kind: state\nquiet: [Gulf of Mexico]");
        TestFiles.Run strict = TestFiles.cli("check", "--content", copy.toString(), "--strict");
        assertThat(strict.exitCode()).as(strict.toString()).isZero();
        assertThat(strict.err()).doesNotContain("warning");

        TestFiles.replace(copy.resolve("actors/mexico.md"), "quiet: [Gulf of Mexico]", "quiet: [Mexico Cty]");
        TestFiles.Run typo = TestFiles.cli("check", "--content", copy.toString());
        assertThat(typo.err()).contains("actors/mexico.md:4: warning: 'Mexico Cty' under 'quiet' is neither an"
                + " alias nor an 'except' phrase of this actor");
    }

    @Test
    void actorListsSortBySortAsOrNameWithAccentsBesideTheirLetterThenById() {
        assertThat(page("actors/index.html").select("#kind-person li > a, section:has(h2:contains(People)) li a")
                .eachText()).containsSubsequence(PEOPLE_IN_ORDER);
        assertThat(page("events/a-rescue.html").select("dd a[href^='../actors/']").eachText())
                .containsExactly(PEOPLE_IN_ORDER);
        assertThat(page("index.html").text()).containsSubsequence(PEOPLE_IN_ORDER);
    }

    @Test
    void eventsOfOneDaySortByTimeOfDayAfterThoseWithoutOne() {
        Document timeline = page("timeline.html");
        assertThat(timeline.select("main ol a[href^='events/']").eachText()).containsSubsequence(
                "A day of grief", "The earthquake", "The rescue begins");
        assertThat(timeline.select("time[datetime='2017-09-19T18:05']").first().text())
                .isEqualTo("19 September 2017, 18:05");
        // A chart of one day is not headed "19 September 2017 to 19 September 2017".
        assertThat(timeline.select("#chart-h").text()).isEqualTo("19 September 2017, the events of the day");
        Document event = page("events/a-rescue.html");
        assertThat(event.select("dd time").attr("datetime")).isEqualTo("2017-09-19T18:05");
        assertThat(event.select("dd time").text()).isEqualTo("19 September 2017, 18:05");
        assertThat(TestFiles.read(site.resolve("data/briefing.json"))).contains("\"date\":\"2017-09-19T18:05\"");
    }

    @Test
    void aTimeThatIsNoTimeOfDayIsAnErrorAtItsLine(@TempDir Path dir) {
        Path copy = TestFiles.writeFiles(dir.resolve("content"), SITE);
        TestFiles.replace(copy.resolve("events/a-rescue.md"), "2017-09-19T18:05", "2017-09-19T25:00");
        TestFiles.replace(copy.resolve("events/b-quake.md"), "2017-09-19T13:14", "2017-09-19T1:14");
        TestFiles.replace(copy.resolve("events/c-grief.md"), "date: 2017-09-19", "date: 2017-09T10:00");
        TestFiles.Run bad = TestFiles.cli("check", "--content", copy.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("events/a-rescue.md:3: error: 'date': 25:00 is not a time of day"
                + " (from 00:00 to 23:59)");
        assertThat(bad.err()).contains("events/b-quake.md:3: error: 'date': '1:14' is not a time of day written"
                + " HH:MM");
        assertThat(bad.err()).contains("events/c-grief.md:3: error: 'date': a time of day needs a whole date");
    }

    @Test
    void theBriefingsLanguagePicksTheCollation(@TempDir Path dir) {
        String names = """
                -- index.md --
                ---
                title: "Orden"
                language: LANG
                ---
                -- actors/nandu.md --
                ---
                name: Ñandú
                kind: organization
                ---
                -- actors/nuevo.md --
                ---
                name: Nuevo León
                kind: organization
                ---
                -- actors/nz.md --
                ---
                name: Nzuri
                kind: organization
                ---
                -- articles/a.md --
                ---
                title: "A"
                ---
                Ñandú, Nuevo León and Nzuri.
                """;
        for (String language : new String[] {"en", "es"}) {
            Path folder = TestFiles.writeFiles(dir.resolve(language), names.replace("LANG", language));
            TestFiles.Run built = TestFiles.build(folder, dir.resolve(language + "-site"));
            assertThat(built.exitCode()).as(built.toString()).isZero();
            Document actors = parse(dir.resolve(language + "-site/actors/index.html"));
            // English sorts Ñ as an N with a mark; Spanish sorts it as its own letter, after N.
            assertThat(actors.select("main li a[href$='.html']").eachText()).containsSubsequence(language.equals("en")
                    ? new String[] {"Ñandú", "Nuevo León", "Nzuri"} : new String[] {"Nuevo León", "Nzuri", "Ñandú"});
        }
    }

    private static Document page(String path) {
        return parse(site.resolve(path));
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(Files.readString(file), "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
