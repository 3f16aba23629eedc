package briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.JsonReader;
import briefing.TestFiles;
import briefing.graph.QuoteFinder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the small site below once and checks the whole site with jsoup. */
class EndToEndTest {
    /**
     * The content: a three-source story with actors (one a draft, ignored), events and claims. Each
     * file follows its {@code -- path --} line.
     */
    static final String SITE = """
            -- index.md --
            ---
            title: "The Valmora harbour strike"
            subtitle: "How three outlets reported it"
            language: en
            mood: calm
            ---
            Dock workers in Valmora stopped work in March 2024. [Ana Ruiz](actor:ana-ruiz) led the
            [walkout](event:walkout); the sources disagree on [how many took part](claim:strikers-count).
            -- actors/_draft-actor.md --
            this draft has no front matter and must be ignored
            -- actors/ana-ruiz.md --
            ---
            name: Ana Ruiz
            aliases: [Ruiz, Ана Руис]
            kind: person
            role: Leader of the Harbour Union
            affiliation: harbour-union
            ---
            Leads the [Harbour Union](actor:harbour-union) ([Coast Daily](article:coast-daily)).
            -- actors/harbour-union.md --
            ---
            name: Harbour Union
            aliases: [the union]
            kind: organization
            ---
            The dock workers' union of Valmora.
            -- actors/port-authority.md --
            ---
            name: Port Authority of Valmora
            aliases: [Port Authority, port authority]
            kind: organization
            ---
            Runs the port.
            -- actors/tomas-ferrer.md --
            ---
            name: Tomás Ferrer
            aliases: [Mayor Ferrer, Ferrer]
            kind: person
            role: Mayor of Valmora
            ---
            The mayor.
            -- articles/coast-daily.md --
            ---
            title: "Dockers walk out in Valmora"
            outlet: Coast Daily
            published: 2024-03-12
            dateline: Valmora
            url: https://example.org/coast/dockers
            cites: [harbour-union]
            notes: "Reprinted without its photo captions."
            shelf: B-12
            ---
            About 2,000 dock workers walked out on Monday, said Ana Ruiz, the union’s leader.

            “We will not load a single ship,” Ruiz told reporters. The Harbour Union says the
            strike will last “until the port authority listens”.

            The Port Authority of Valmora declined to comment. Mayor Tomás Ferrer called for calm.

            <script>alert("x")</script><b onclick="steal()">Bold</b> claims were <a href="javascript:alert(1)">linked</a>.
            -- articles/harbour-wire.md --
            ---
            title: "Strike closes Valmora port"
            published: 2024-03-13T09:30:00Z
            cites: [port-authority]
            ---
            Some 1,500 workers joined the strike led by Ana Ruiz, according to the [Port Authority](https://example.org/port-authority).

            Ruiz said the walkout was "indefinite". The port authority said the strike was illegal.
            Ана Руис, as Russian outlets spell her name, was not available for comment.
            -- articles/valmora-post.md --
            ---
            title: "Port strike enters second week"
            outlet: Valmora Post
            published: 2024-03-19
            ---
            The strike that began on 11 March entered its second week. Mayor Ferrer met the union
            on Friday. 罗莎 Ruiz — no relation — is a different person.

            The Harbour Union gave no figure for the strikers. Ferrer would not guess one.
            -- claims/strike-legal.md --
            ---
            statement: "The strike is legal"
            topic: Duration
            sources:
              harbour-wire:
                stance: disputes
                quote: "The port authority said the strike was illegal."
            ---
            -- claims/strike-length.md --
            ---
            statement: "The strike is open-ended"
            topic: Duration
            about: [ana-ruiz]
            sources:
              coast-daily:
                stance: attributes
                quote: "The Harbour Union says the strike will last \\"until the port authority listens\\""
              harbour-wire:
                stance: attributes
                quote: "Ruiz said the walkout was “indefinite”"
            ---
            -- claims/strikers-count.md --
            ---
            statement: "How many workers joined the strike"
            topic: Numbers
            about: [harbour-union]
            event: walkout
            sources:
              coast-daily:
                stance: attributes
                quote: "About 2,000 dock workers walked out on Monday, said Ana Ruiz"
                value: "about 2,000"
              harbour-wire:
                stance: attributes
                quote: "Some 1,500 workers joined the strike led by Ana Ruiz, according to the Port Authority."
                value: "some 1,500"
                note: Attributed to the port authority.
              valmora-post:
                stance: reports
                quote: The Harbour Union gave no figure for the strikers.
            ---
            The figures differ by 500. See also [the length](claim:strike-length).
            -- events/mayor-meets-union.md --
            ---
            title: The mayor meets the union
            date: 2024-03
            date_note: "Valmora Post says “on Friday” without a date: some Friday in March 2024."
            participants: [tomas-ferrer, harbour-union]
            related: [walkout]
            ---
            -- events/strike-weeks.md --
            ---
            title: The strike goes on
            date: 2024-03-11/2024-03-19
            date_note: From the walkout to the Valmora Post's report of a second week.
            participants: [harbour-union, port-authority]
            ---
            -- events/walkout.md --
            ---
            title: Dock workers walk out
            date: 2024-03-11
            date_note: "Coast Daily, dated 12 March, says “on Monday”: 11 March 2024."
            place: Valmora
            participants: [ana-ruiz, harbour-union]
            related: [strike-weeks]
            ---
            The strike begins.
            """;

    @TempDir
    static Path tmp;

    static Path content;
    static Path site;
    static Map<String, byte[]> files;
    static Map<String, Document> pages = new TreeMap<>();
    static Map<String, Object> json;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void build() {
        content = TestFiles.writeFiles(tmp.resolve("content"), SITE);
        site = tmp.resolve("site");
        var run = TestFiles.build(content, site);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        files = TestFiles.snapshot(site);
        files.forEach((path, bytes) -> {
            if (path.endsWith(".html")) {
                pages.put(path, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), ""));
            }
        });
        json = (Map<String, Object>) JsonReader.parse(new String(files.get("data/briefing.json"),
                StandardCharsets.UTF_8));
    }

    @Test
    void everyPageOfTheContentFormatExists() {
        assertThat(files.keySet()).contains("data/search/t.js", "data/search/lengths.js", "data/search/d-0.js");
        assertThat(files.keySet().stream().filter(p -> !p.startsWith("data/search/"))).containsExactlyInAnyOrder(
                ".briefing-site", "404.html", "index.html", "compare.html", "timeline.html",
                "actors/index.html", "events/index.html", "sources/index.html", "data/briefing.json", "data/comparison.csv",
                "assets/site.css", "assets/search.js", "search.html", "data/search-index.js", "robots.txt",
                "actors/ana-ruiz.html", "actors/harbour-union.html", "actors/port-authority.html",
                "actors/tomas-ferrer.html",
                "events/mayor-meets-union.html", "events/strike-weeks.html", "events/walkout.html",
                "sources/coast-daily.html", "sources/harbour-wire.html", "sources/valmora-post.html",
                "claims/strike-legal.html", "claims/strike-length.html", "claims/strikers-count.html",
                "compare/coast-daily/harbour-wire.html", "compare/coast-daily/valmora-post.html",
                "compare/harbour-wire/valmora-post.html");
    }

    @Test
    void pagesHaveTheirTitles() {
        assertThat(pages.get("index.html").select("h1").text()).isEqualTo("The Valmora harbour strike");
        assertThat(pages.get("actors/ana-ruiz.html").select("h1").text()).isEqualTo("Ana Ruiz");
        assertThat(pages.get("events/strike-weeks.html").text()).contains("11–19 March 2024");
        assertThat(pages.get("events/mayor-meets-union.html").text()).contains("March 2024");
        assertThat(pages.get("index.html").select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void everyRelativeLinkAndFragmentResolves() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (var page : pages.entrySet()) {
            for (Element e : page.getValue().select("[href], [src]")) {
                String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (link.startsWith("https://") || link.startsWith("http://") || link.startsWith("mailto:")) {
                    continue;
                }
                checked++;
                String problem = resolve(page.getKey(), link);
                if (problem != null) {
                    broken.add(page.getKey() + ": " + link + ": " + problem);
                }
            }
        }
        assertThat(broken).as("broken links").isEmpty();
        assertThat(checked).isGreaterThan(200);
    }

    /** Why a link from a page does not resolve, or null when it does. */
    private static String resolve(String from, String link) {
        if (link.startsWith("/")) {
            return "root-relative";
        }
        if (link.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return "absolute or unsafe scheme";
        }
        int hash = link.indexOf('#');
        String path = hash < 0 ? link : link.substring(0, hash);
        String fragment = hash < 0 ? "" : link.substring(hash + 1);
        String target;
        if (path.isEmpty()) {
            target = from;
        } else {
            Path base = Path.of(from).getParent();
            Path resolved = (base == null ? Path.of(path) : base.resolve(path)).normalize();
            target = resolved.toString().replace('\\', '/');
            if (target.startsWith("..")) {
                return "leads outside the site";
            }
        }
        if (!files.containsKey(target)) {
            return "no file " + target;
        }
        if (!fragment.isEmpty()) {
            Document doc = pages.get(target);
            if (doc == null || doc.getElementById(fragment) == null) {
                return "no id '" + fragment + "' in " + target;
            }
        }
        return null;
    }

    @Test
    void idsAreUniqueOnEveryPage() {
        for (var page : pages.entrySet()) {
            List<String> ids = page.getValue().select("[id]").eachAttr("id");
            assertThat(ids).as(page.getKey()).doesNotHaveDuplicates();
        }
    }

    @Test
    void noLinkInsideALink() {
        for (var page : pages.entrySet()) {
            assertThat(page.getValue().select("a a")).as(page.getKey()).isEmpty();
        }
    }

    @Test
    void rawScriptsHandlersAndJavascriptUrlsNeverReachTheOutput() {
        assertThat(TestFiles.read(content.resolve("articles/coast-daily.md")))
                .contains("<script>").contains("onclick").contains("javascript:");
        files.forEach((path, bytes) -> {
            // The only scripts are the tool's own search, loaded by the search page from the site's files.
            String text = new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)
                    .replace("<script src=\"data/search-index.js\"></script>", "")
                    .replace("<script src=\"assets/search.js\"></script>", "")
                    .replaceAll("<script type=\"application/ld\\+json\">[^<]*</script>", "");
            assertThat(text).as(path).doesNotContain("<script").doesNotContain("onclick")
                    .doesNotContain("javascript:").doesNotContain("steal()");
        });
        Document coast = pages.get("sources/coast-daily.html");
        assertThat(coast.select(".article-text b").text()).isEqualTo("Bold");
        assertThat(coast.select("[onclick], script:not([type=application/ld+json])")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void mentionsAreLinkedToActorPagesAsOftenAsTheDataSays() {
        for (Object o : (List<Object>) json.get("actors")) {
            Map<String, Object> actor = (Map<String, Object>) o;
            String id = (String) actor.get("id");
            assertThat(files).containsKey("actors/" + id + ".html");
            Map<String, Object> mentions = (Map<String, Object>) actor.get("mentions");
            for (String article : List.of("coast-daily", "harbour-wire", "valmora-post")) {
                Document page = pages.get("sources/" + article + ".html");
                int linked = page.select(".article-text a.mention[id][href=../actors/" + id + ".html]").size();
                Map<String, Object> m = (Map<String, Object>) mentions.get(article);
                long expected = m == null ? 0 : (Long) m.get("count");
                if (id.equals("port-authority") && article.equals("harbour-wire")) {
                    expected--; // one is the text of a web link in the article: never a link inside a link
                }
                assertThat(linked).as(id + " in " + article).isEqualTo((int) expected);
            }
        }
        Document wire = pages.get("sources/harbour-wire.html");
        assertThat(wire.select("a.mention[href=../actors/ana-ruiz.html]").eachText()).contains("Ана Руис");
        assertThat(wire.select("a[href=https://example.org/port-authority]").text()).isEqualTo("Port Authority");
        assertThat(wire.select("a[href=https://example.org/port-authority] mark.quote")).isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyQuoteIsHighlightedAndLinksToItsClaim() {
        int quotes = 0;
        for (Object o : (List<Object>) json.get("claims")) {
            Map<String, Object> claim = (Map<String, Object>) o;
            String id = (String) claim.get("id");
            Map<String, Object> sources = (Map<String, Object>) claim.get("sources");
            for (var source : sources.entrySet()) {
                Map<String, Object> s = (Map<String, Object>) source.getValue();
                if (s.get("stance").equals("silent")) {
                    continue;
                }
                quotes++;
                Document page = pages.get("sources/" + source.getKey() + ".html");
                Element mark = page.getElementById("q-" + id);
                assertThat(mark).as("q-" + id + " in " + source.getKey()).isNotNull();
                assertThat(mark.tagName()).isEqualTo("mark");
                assertThat(QuoteFinder.normalize((String) s.get("quote")))
                        .startsWith(QuoteFinder.normalize(mark.text()));
                assertThat(page.select(".article-text a.claim-ref[href=../claims/" + id + ".html]")).hasSize(1);
            }
        }
        assertThat(quotes).isEqualTo(6);
    }

    @Test
    @SuppressWarnings("unchecked")
    void briefingJsonListsEverythingInIdOrder() {
        assertThat(json.keySet()).contains("actors", "events", "articles", "claims");
        assertThat(ids("actors")).containsExactly("ana-ruiz", "harbour-union", "port-authority", "tomas-ferrer");
        assertThat(ids("events")).containsExactly("mayor-meets-union", "strike-weeks", "walkout");
        assertThat(ids("articles")).containsExactly("coast-daily", "harbour-wire", "valmora-post");
        assertThat(ids("claims")).containsExactly("strike-legal", "strike-length", "strikers-count");
        Map<String, Object> ana = item("actors", "ana-ruiz");
        assertThat(ana.get("mentions")).isEqualTo(Map.of(
                "coast-daily", Map.of("count", 2L, "names", List.of("Ana Ruiz", "Ruiz")),
                "harbour-wire", Map.of("count", 3L, "names", List.of("Ana Ruiz", "Ruiz", "Ана Руис")),
                "valmora-post", Map.of("count", 1L, "names", List.of("Ruiz"))));
        assertThat(((Map<String, Object>) item("actors", "tomas-ferrer").get("mentions")).keySet())
                .containsExactly("coast-daily", "valmora-post");
    }

    @Test
    @SuppressWarnings("unchecked")
    void briefingJsonIsFormatTwoAndListsOnlyTheSourcesThatCoverAClaim() {
        assertThat(json.get("format")).isEqualTo(2L);
        Map<String, Object> legal = (Map<String, Object>) item("claims", "strike-legal").get("sources");
        assertThat(legal.keySet()).containsExactly("harbour-wire");
        assertThat(((Map<String, Object>) legal.get("harbour-wire")).get("stance")).isEqualTo("disputes");
        Map<String, Object> count = (Map<String, Object>) item("claims", "strikers-count").get("sources");
        assertThat(count.keySet()).containsExactly("coast-daily", "harbour-wire", "valmora-post");
        assertThat(item("claims", "strikers-count").get("discrepancy")).isEqualTo("detail");
        assertThat(item("claims", "strike-length").get("discrepancy")).isEqualTo("none");
        // Each source reports or attributes it in its own voice, without a 'via': three origins.
        assertThat(item("claims", "strikers-count").get("origins"))
                .isEqualTo(List.of("coast-daily", "harbour-wire", "valmora-post"));
    }

    @Test
    void briefingJsonArticlesCarryTheSha256OfTheirText() throws Exception {
        for (String article : ids("articles")) {
            String file = TestFiles.read(content.resolve("articles/" + article + ".md"));
            String body = file.substring(file.indexOf("\n---\n", 3) + "\n---\n".length());
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
            assertThat(item("articles", article).get("sha256")).as(article).isEqualTo(sha);
            assertThat(pages.get("sources/" + article + ".html").text()).contains(sha);
        }
    }

    @Test
    void compareTableShowsEveryClaimAgainstEverySource() {
        Document compare = pages.get("compare.html");
        assertThat(compare.select("a[href=claims/strikers-count.html]")).isNotEmpty();
        assertThat(compare.select("tr.kind-detail").text()).contains("How many workers joined the strike")
                .contains("Details differ");
        assertThat(compare.select(".stance-silent")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void twoBuildsAreByteIdentical() {
        Path again = tmp.resolve("again");
        var run = TestFiles.build(content, again);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(TestFiles.differences(files, TestFiles.snapshot(again))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(String key) {
        return ((List<Object>) json.get(key)).stream().map(o -> (String) ((Map<String, Object>) o).get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(String key, String id) {
        return ((List<Object>) json.get(key)).stream().map(o -> (Map<String, Object>) o)
                .filter(m -> m.get("id").equals(id)).findFirst().orElseThrow();
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
