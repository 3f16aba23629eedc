package briefing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.JsonReader;
import briefing.TestFiles.Run;
import briefing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile strings through every field an editor writes: titles, names, aliases, roles, notes, places,
 * statements, quotes, values, unknown keys, raw HTML and link targets. Every output file is scanned: no
 * script but the tool's own, no event handler, no script URL, no raw bidi control, and every data file
 * still parses.
 */
class InjectionTest {
    static final String BIDI = "\u202Egnp.exe\u202C \u2066x\u2069";
    /** Goes into every text field. */
    static final String P = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>'</script><!--" + BIDI;
    static final Pattern BIDI_CONTROLS = Pattern.compile("[\u202A-\u202E\u2066-\u2069]");
    static final Set<String> OWN_SCRIPTS = Set.of("data/search-index.js", "assets/search.js");

    @TempDir
    static Path tmp;

    static Map<String, byte[]> files;
    static Run run;

    static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @BeforeAll
    static void build() {
        Path content = tmp.resolve("content");
        String p = yaml(P);
        String body = """
                Hostile body. `<script>alert(1)</script>` in code. [Ana](actor:ana-ruiz)

                <script>alert('raw')</script><img src=x onerror="alert(3)"><svg onload=alert(4)></svg>
                <iframe src="javascript:alert(5)"></iframe><a href="javascript:alert(6)">a</a>
                <a href=" JaVaScRiPt:alert(7)">b</a><a href="data:text/html,<script>alert(8)</script>">c</a>
                <div style="background:url(javascript:alert(9))" onmouseover="alert(10)">d</div>
                <form action="javascript:alert(11)"><button formaction="javascript:alert(12)">e</button></form>
                <object data="x.swf"></object><embed src="x.swf"><base href="https://evil.example/">
                <meta http-equiv="refresh" content="0;url=javascript:alert(13)"><style>*{}</style>

                [js](javascript:alert(14)) [JS](JAVASCRIPT:alert(15)) [data](data:text/html;base64,PHNjcmlwdD4=)
                [tab](java&#x09;script:alert(16)) [vb](vbscript:msgbox) ![img](javascript:alert(17))
                <javascript:alert(18)> [ok](https://example.org/?a="><script>)

                </script><!-- ]]> \u202E reversed \u202C
                """;
        TestFiles.write(content, "index.md", "---\ntitle: " + p + "\nsubtitle: " + p
                + "\nbase_url: https://example.org/x'y/\nmood: " + p + "\n---\n" + body);
        TestFiles.write(content, "articles/evil-wire.md", "---\ntitle: " + p + "\noutlet: " + p + "\ndateline: " + p
                + "\nnotes: " + p + "\nurl: https://example.org/a?b='c'&d=1\npublished: 2024-03-01\ncites: [ana-ruiz]"
                + "\nx-extra: " + p + "\n---\n" + body);
        TestFiles.write(content, "actors/ana-ruiz.md", "---\nname: Ana Ruiz\naliases: [" + yaml(P + " alias") + ", Ana]\nkind: person"
                + "\nrole: " + p + "\n---\n" + body);
        TestFiles.write(content, "actors/evil.md", "---\nname: " + p + "\nkind: organization\nrole: " + p
                + "\n---\n" + body);
        TestFiles.write(content, "events/evil-event.md", "---\ntitle: " + p + "\ndate: 2024-03-01\ndate_note: " + p
                + "\nplace: " + p + "\nparticipants: [ana-ruiz, evil]\n---\n" + body);
        TestFiles.write(content, "claims/evil-claim.md", "---\nstatement: " + p + "\ntopic: " + p
                + "\nabout: [evil]\nevent: evil-event\nsources:\n  evil-wire:\n    stance: differs\n"
                + "    quote: \"<script>alert(1)</script>\"\n    value: " + p + "\n    note: " + p + "\n---\n" + body);
        TestFiles.write(content, "events/warned.md", "---\ntitle: \"Terminal \\e[2J\\e]0;pwned\\a " + BIDI
                + "\"\ndate: 2024-03-02\nparticipnts: \"\\e[31mred \\nnew line\"\n---\n");
        run = TestFiles.build(content, tmp.resolve("site"));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        files = TestFiles.snapshot(tmp.resolve("site"));
        assertThat(files).containsKeys("feed.xml", "sitemap.xml", "data/briefing.json", "claims/evil-claim.html");
    }

    static String text(String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    @Test
    void noScriptButTheToolsOwnAndNoHandlersInAnyPage() {
        files.keySet().stream().filter(f -> f.endsWith(".html")).forEach(path -> {
            Document page = Jsoup.parse(text(path));
            for (Element script : page.select("script")) {
                if (script.hasAttr("src")) {
                    String src = script.attr("src").replace("../", "");
                    assertThat(OWN_SCRIPTS).as(path).contains(src);
                    assertThat(script.data()).isEmpty();
                } else {
                    assertThat(script.attr("type")).as(path + ": " + script).isEqualTo("application/ld+json");
                    assertThat(script.data()).as(path).doesNotContainIgnoringCase("</script").doesNotContain("<!--");
                    assertThat(JsonReader.parse(script.data())).as(path).isNotNull();
                }
            }
            assertThat(page.select("iframe, object, embed, form:not(.search), base, style, img[onerror]"))
                    .as(path).isEmpty();
            // The only drawing is the tool's own who-appears-with-whom figure, and it holds no script.
            assertThat(page.select("svg")).as(path).allMatch(svg -> svg.is("figure.network svg"));
            assertThat(page.select("svg script, svg foreignObject, svg use, svg image")).as(path).isEmpty();
            assertThat(page.select("meta[http-equiv]")).as(path).allSatisfy(m ->
                    assertThat(m.attr("http-equiv")).isEqualTo("Content-Security-Policy"));
            for (Element e : page.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    String value = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                    assertThat(a.getKey()).as(path + ": " + e.tagName()).doesNotStartWith("on");
                    assertThat(a.getKey()).as(path + ": " + e.tagName()).isNotEqualTo("style");
                    if (Set.of("href", "src", "action", "formaction", "data", "content").contains(a.getKey())) {
                        assertThat(value).as(path + ": " + e.outerHtml()).doesNotStartWith("javascript:")
                                .doesNotStartWith("data:").doesNotStartWith("vbscript:").doesNotContain("url=javascript");
                    }
                }
            }
        });
    }

    @Test
    void diagnosticsPrintNoControlCharactersToTheTerminal() {
        assertThat(run.err()).contains("warning");
        assertThat(BIDI_CONTROLS.matcher(run.err()).find()).isFalse();
        assertThat(run.err().chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
    }

    @Test
    void hostileTextIsShownAsText() {
        Document claim = Jsoup.parse(text("claims/evil-claim.html"));
        assertThat(claim.selectFirst("h1").text()).contains("<script>alert(1)</script>\"><img src=x onerror=alert(2)>");
        Document actor = Jsoup.parse(text("actors/evil.html"));
        assertThat(actor.title()).contains("<script>alert(1)</script>");
    }

    @Test
    void everyPageCarriesTheContentSecurityPolicy() {
        files.keySet().stream().filter(f -> f.endsWith(".html")).forEach(path -> {
            Element csp = Jsoup.parse(text(path)).selectFirst("head > meta[http-equiv=Content-Security-Policy]");
            assertThat(csp).as(path).isNotNull();
            assertThat(csp.attr("content")).contains("default-src 'none'", "script-src 'self'", "base-uri 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
        });
    }

    @Test
    void noRawBidiControlInAnyFile() {
        files.forEach((path, bytes) -> assertThat(BIDI_CONTROLS.matcher(new String(bytes, StandardCharsets.UTF_8))
                .find()).as(path).isFalse());
    }

    @Test
    void dataFilesParseAndKeepTheTextExactly() {
        Object json = JsonReader.parse(text("data/briefing.json"));
        assertThat(text("data/briefing.json")).doesNotContain("<").doesNotContain(">");
        assertThat(json.toString()).contains(P);
        String index = text("data/search-index.js");
        assertThat(index).startsWith("window.BRIEFING_SEARCH = ").doesNotContain("<").doesNotContain(">");
        JsonReader.parse(index.substring("window.BRIEFING_SEARCH = ".length(), index.lastIndexOf(';')));
        // The search's own files: each one call with a JSON value; the documents hold the text exactly.
        StringBuilder docs = new StringBuilder();
        files.forEach((path, bytes) -> {
            if (path.startsWith("data/search/")) {
                String file = new String(bytes, StandardCharsets.UTF_8);
                assertThat(file).as(path).startsWith("briefingSearchLoaded(\"" + path + "\",")
                        .endsWith(");\n").doesNotContain("<").doesNotContain(">");
                Object value = JsonReader.parse(file.substring(file.indexOf(',') + 1, file.lastIndexOf(')')));
                docs.append(value);
            }
        });
        assertThat(docs.toString()).contains(P);
    }

    @Test
    void feedAndSitemapAreWellFormedXmlWithTheTextEscaped() throws Exception {
        for (String path : List.of("feed.xml", "sitemap.xml")) {
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var xml = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(files.get(path)));
            assertThat(xml.getElementsByTagName("script").getLength()).as(path).isZero();
        }
        org.jsoup.nodes.Document feed = Jsoup.parse(text("feed.xml"), "", Parser.xmlParser());
        assertThat(feed.select("entry > title").eachText()).anySatisfy(t -> assertThat(t).contains("<script>"));
    }
}
