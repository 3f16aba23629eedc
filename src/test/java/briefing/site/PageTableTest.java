package briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.render.PageKind;
import briefing.render.Route;
import briefing.render.SiteFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The page table and the table of other files: the site is exactly what they list. */
class PageTableTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/small");

    @Test
    void theSiteHoldsEveryPageOfTheTableAndTheFilesOfTheOtherTable() {
        SiteBuilder.Outcome outcome = new SiteBuilder().rebuild(FIXTURE, "content", null, List.of());
        assertThat(outcome.failed()).as("%s", outcome.diagnostics()).isFalse();
        List<Route> routes = PageKind.routes(outcome.graph());
        Map<String, byte[]> files = outcome.files();

        assertThat(routes.stream().map(Route::path).limit(8)).containsExactly("index.html", "compare.html",
                "timeline.html", "actors/index.html", "events/index.html", "sources/index.html", "search.html",
                "404.html");
        assertThat(routes.stream().skip(8).map(Route::path)).allMatch(p -> p.matches(
                "(actors|events|sources|claims)/[a-z0-9-]+\\.html|compare/[a-z0-9-]+/[a-z0-9-]+\\.html"));
        assertThat(outcome.pages()).isEqualTo(routes.size());
        // Without a base_url the site has no sitemap and no feed: both need absolute addresses.
        List<String> others = List.of(SiteFile.BRIEFING_JSON, SiteFile.COMPARISON_CSV, SiteFile.SEARCH_INDEX, SiteFile.ROBOTS,
                SiteFile.SITE_CSS, SiteFile.SEARCH_JS).stream().map(SiteFile::path).toList();
        // The search's list of files (SEARCH_INDEX) brings its index and document files, in data/search/.
        assertThat(files.keySet().stream().filter(p -> !p.startsWith("data/search/")).toList())
                .containsExactlyInAnyOrderElementsOf(concat(routes.stream().map(Route::path).toList(), others));
        assertThat(files.keySet().stream().filter(p -> p.startsWith("data/search/")))
                .contains("data/search/lengths.js", "data/search/d-0.js")
                .allMatch(p -> p.matches("data/search/(lengths|d-[0-9]+|t(-[0-9a-f]+)*)\\.js"));
    }

    @Test
    void onlyTheTemplatesOfPageKindsArePageTemplates() {
        assertThat(PageKind.isPageTemplate("actor.ftlh")).isTrue();
        assertThat(PageKind.isPageTemplate("404.ftlh")).isTrue();
        assertThat(PageKind.isPageTemplate("layout.ftlh")).isFalse();
        assertThat(PageKind.isPageTemplate("assets/site.css")).isFalse();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
