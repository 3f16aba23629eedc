package briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import briefing.model.Diagnostic;
import briefing.model.Severity;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of content/static/: copied byte for byte, addressed from every page, checked, refused. */
class StaticFilesTest {
    static final String SITE = """
            -- index.md --
            ---
            title: "The dam"
            ---
            The overview.

            ![The dam in March](static/photos/dam.png "The dam, seen from the north bank")

            The [engineers' report](static/report.pdf#page=2) and [the readings](static/readings.csv).
            -- articles/river-post.md --
            ---
            title: "Dam holds"
            ---
            The dam held. The engineers said so. ![A gauge](static/gauge.jpg) The water fell.
            -- actors/engineers.md --
            ---
            name: The engineers
            kind: organization
            ---
            Their logo: ![The engineers' logo](static/logo.svg)
            """;

    @TempDir
    Path dir;

    private Path content() {
        Path content = TestFiles.writeFiles(dir.resolve("content"), SITE);
        TestFiles.writeBytes(content, "static/photos/dam.png", picture("png", 40, 30));
        TestFiles.writeBytes(content, "static/gauge.jpg", picture("jpeg", 64, 48));
        TestFiles.writeBytes(content, "static/report.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        TestFiles.write(content, "static/readings.csv", "day,level\n1,120\n");
        TestFiles.write(content, "static/logo.svg", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                    width="20" height="20">
                  <defs><linearGradient id="g"><stop offset="0" stop-color="#123"/></linearGradient>
                  <circle id="c" r="5"/></defs>
                  <style>circle { fill: url(#g); }</style>
                  <use xlink:href="#c" x="10" y="10" fill="url(#g)"/>
                </svg>
                """);
        TestFiles.write(content, "static/_draft.docx", "a draft, ignored");
        return content;
    }

    @Test
    void staticFilesAreCopiedByteForByteAndEveryPageAddressesThemFromWhereItIs() throws IOException {
        Path content = content();
        Path out = dir.resolve("site");
        SiteBuilder.Outcome outcome = new SiteBuilder().build(content, "content", null, out);
        assertThat(outcome.failed()).as("%s", outcome.diagnostics()).isFalse();
        assertThat(outcome.diagnostics()).isEmpty();

        for (String file : List.of("photos/dam.png", "gauge.jpg", "report.pdf", "readings.csv", "logo.svg")) {
            assertThat(out.resolve("static/" + file)).hasSameBinaryContentAs(content.resolve("static/" + file));
        }
        assertThat(out.resolve("static/_draft.docx")).doesNotExist();

        Document index = page(out, "index.html");
        Element figure = index.selectFirst(".prose figure");
        assertThat(figure).isNotNull();
        Element img = figure.selectFirst("img");
        assertThat(img.attr("src")).isEqualTo("static/photos/dam.png");
        assertThat(img.attr("alt")).isEqualTo("The dam in March");
        assertThat(img.attr("width")).isEqualTo("40");
        assertThat(img.attr("height")).isEqualTo("30");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.hasAttr("title")).isFalse();
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("The dam, seen from the north bank");
        assertThat(index.select(".prose a").eachAttr("href")).contains("static/report.pdf#page=2",
                "static/readings.csv");

        Document article = page(out, "sources/river-post.html");
        Element gauge = article.selectFirst(".prose img");
        assertThat(gauge.attr("src")).isEqualTo("../static/gauge.jpg");
        assertThat(gauge.attr("width") + "x" + gauge.attr("height")).isEqualTo("64x48");
        assertThat(gauge.parent().tagName()).isEqualTo("p");
        assertThat(page(out, "actors/engineers.html").selectFirst(".prose img").attr("src"))
                .isEqualTo("../static/logo.svg");

        // Every address of a picture or a file, resolved from its page, leads to a file of the site.
        for (String pagePath : List.of("index.html", "sources/river-post.html", "actors/engineers.html")) {
            Path page = out.resolve(pagePath);
            for (Element e : page(out, pagePath).select(".prose img[src], .prose a[href*=static/]")) {
                String address = e.hasAttr("src") ? e.attr("src") : e.attr("href").replaceAll("#.*", "");
                assertThat(page.getParent().resolve(address).normalize()).as("%s on %s", address, pagePath)
                        .isRegularFile();
            }
        }
    }

    @Test
    void aMissingFileIsAnErrorAtItsLineNamingTheClosestFileAndTheSiteIsLeftAsItWas() throws IOException {
        Path content = content();
        Path out = dir.resolve("site");
        assertThat(new SiteBuilder().build(content, "content", null, out).failed()).isFalse();
        Map<String, byte[]> before = TestFiles.snapshot(out);

        TestFiles.replace(content.resolve("index.md"), "static/photos/dam.png", "static/photos/dam.jpg");
        TestFiles.replace(content.resolve("articles/river-post.md"), "static/gauge.jpg", "static/gauges.jpg");
        TestFiles.replace(content.resolve("index.md"), "static/readings.csv", "static/data/readings.csv");
        SiteBuilder.Outcome outcome = new SiteBuilder().build(content, "content", null, out);

        assertThat(outcome.failed()).isTrue();
        assertThat(messages(outcome, Severity.ERROR)).containsExactly(
                "content/articles/river-post.md:4: error: the image names static/gauges.jpg, which does not exist"
                        + " (no content/static/gauges.jpg); did you mean static/gauge.jpg?",
                "content/index.md:6: error: the image names static/photos/dam.jpg, which does not exist"
                        + " (no content/static/photos/dam.jpg); did you mean static/photos/dam.png?",
                "content/index.md:8: error: the link names static/data/readings.csv, which does not exist"
                        + " (no content/static/data/readings.csv); did you mean static/readings.csv?");
        assertThat(TestFiles.differences(before, TestFiles.snapshot(out))).isEmpty();
    }

    @Test
    void anImageWithoutAltTextFromAnotherSiteOrOutsideStaticIsAWarning() {
        Path content = content();
        TestFiles.write(content, "events/flood.md", """
                ---
                title: The flood
                date: 2024-03-02
                participants: [engineers]
                ---
                ![](static/photos/dam.png)

                ![The river](https://example.org/river.jpg)

                ![The bank](bank.jpg)

                ![The report](static/report.pdf)
                """);
        SiteBuilder.Outcome outcome = new SiteBuilder().check(content, "content", null);

        assertThat(outcome.failed()).as("%s", outcome.diagnostics()).isFalse();
        assertThat(messages(outcome, Severity.WARNING)).containsExactly(
                "content/events/flood.md:6: warning: the image static/photos/dam.png has no alt text: say what it"
                        + " shows between the brackets, ![what the picture shows](static/photos/dam.png), for"
                        + " readers who cannot see it",
                "content/events/flood.md:8: warning: the image https://example.org/river.jpg is on another site: the"
                        + " site's security policy blocks images from other sites, so it will not show; copy it into"
                        + " content/static/ and write static/river.jpg",
                "content/events/flood.md:10: warning: the image 'bank.jpg' is not one of the site's files: put it in"
                        + " content/static/ and write static/bank.jpg",
                "content/events/flood.md:12: warning: static/report.pdf is not a picture, so it cannot be shown as an"
                        + " image: link to it instead, [report.pdf](static/report.pdf)");
    }

    @Test
    void filesThatMayNotBeCopiedAreRefusedWithAPlainReason() throws IOException {
        Path content = content();
        TestFiles.write(content, "static/notes.docx", "not allowed");
        TestFiles.write(content, "static/README", "no extension");
        TestFiles.write(content, "static/fake.png", "<html>not a picture</html>");
        TestFiles.write(content, "static/my photo.jpg", "a space in the name");
        try (RandomAccessFile big = new RandomAccessFile(content.resolve("static/huge.pdf").toFile(), "rw")) {
            big.setLength(10L * 1024 * 1024 + 1);
        }
        SiteBuilder.Outcome outcome = new SiteBuilder().check(content, "content", null);

        assertThat(messages(outcome, Severity.ERROR)).containsExactly(
                "content/static/README: error: a file without an extension is not copied into the site: static/ may"
                        + " hold only images (.jpg, .jpeg, .png, .gif, .webp, .avif, .svg), PDF (.pdf), plain text"
                        + " (.txt) and CSV (.csv) files; remove it, or put it outside the content folder",
                "content/static/fake.png: error: the file is named .png but its content is not a PNG image; give it"
                        + " the extension of what it is",
                "content/static/huge.pdf: error: the file is 10.0 MB; a static file may be at most 10 MB (make it"
                        + " smaller, or link to it where it is published)",
                "content/static/my photo.jpg: error: the name 'my photo.jpg' cannot be part of the site's addresses"
                        + " as it is: names in static/ use letters a-z and A-Z, digits, '.', '_' and '-' only"
                        + " (rename it, e.g. 'my-photo.jpg')",
                "content/static/notes.docx: error: a .docx file is not copied into the site: static/ may hold only"
                        + " images (.jpg, .jpeg, .png, .gif, .webp, .avif, .svg), PDF (.pdf), plain text (.txt) and"
                        + " CSV (.csv) files; remove it, or put it outside the content folder");
    }

    @Test
    void anSvgThatRunsScriptOrLoadsFromElsewhereIsRefusedAtItsLine() {
        Path content = content();
        Map<String, String> svgs = Map.of(
                "script", "<script>alert(1)</script>",
                "handler", "<rect width=\"5\" height=\"5\" onclick=\"alert(1)\"/>",
                "javascript", "<a href=\" JavaScript:alert(1)\"><rect width=\"5\" height=\"5\"/></a>",
                "outside", "<image href=\"https://example.org/x.png\" width=\"5\" height=\"5\"/>",
                "foreign", "<foreignObject width=\"5\" height=\"5\"><p>hi</p></foreignObject>",
                "import", "<style>@import 'https://example.org/a.css';</style>",
                "url", "<rect width=\"5\" height=\"5\" style=\"fill: url( 'http://example.org/p.svg#p')\"/>",
                "animated", "<a><set attributeName=\"href\" to=\"https://example.org\"/></a>",
                "entity", "<text>&evil;</text>");
        svgs.forEach((name, inner) -> TestFiles.write(content, "static/bad-" + name + ".svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\">\n" + inner + "\n</svg>\n"));
        TestFiles.write(content, "static/bad-stylesheet.svg", "<?xml-stylesheet href=\"https://example.org/a.css\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        TestFiles.write(content, "static/bad-doctype.svg", "<!DOCTYPE svg [ <!ATTLIST svg onload CDATA \"x\"> ]>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        // A refused file is reported once, as refused: a reference to it is not called missing as well.
        TestFiles.replace(content.resolve("index.md"), "The overview.",
                "The overview. ![A chart](static/bad-script.svg)");
        SiteBuilder.Outcome outcome = new SiteBuilder().check(content, "content", null);

        List<String> errors = messages(outcome, Severity.ERROR);
        assertThat(errors).hasSize(svgs.size() + 2);
        assertThat(errors).allMatch(e -> e.startsWith("content/static/bad-"));
        String why = "; the site copies only pictures that cannot run script or load from elsewhere (save it again"
                + " without it, e.g. as a plain SVG or a PNG)";
        assertThat(errors).contains(
                "content/static/bad-script.svg:2: error: this SVG is refused: it holds a <script> element" + why,
                "content/static/bad-handler.svg:2: error: this SVG is refused: it has an event handler (onclick on"
                        + " <rect>)" + why,
                "content/static/bad-javascript.svg:2: error: this SVG is refused: it has a javascript: address (href"
                        + " on <a>)" + why,
                "content/static/bad-outside.svg:2: error: this SVG is refused: it refers to something outside itself"
                        + " (href=\"https://example.org/x.png\" on <image>)" + why,
                "content/static/bad-foreign.svg:2: error: this SVG is refused: it holds a <foreignObject>"
                        + " element" + why,
                "content/static/bad-import.svg:2: error: this SVG is refused: it imports a stylesheet (@import)" + why,
                "content/static/bad-url.svg:2: error: this SVG is refused: it refers to something outside itself"
                        + " (url(http://example.org/p.svg#p)) (style on <rect>)" + why,
                "content/static/bad-stylesheet.svg:1: error: this SVG is refused: it loads a stylesheet"
                        + " (<?xml-stylesheet?>)" + why);
        assertThat(errors).anyMatch(e -> e.startsWith("content/static/bad-animated.svg:2: error: this SVG is refused:"
                + " it animates an address"));
        assertThat(errors).anyMatch(e -> e.startsWith("content/static/bad-doctype.svg:1: error: this SVG is refused:"
                + " it declares entities or attributes in its DOCTYPE"));
        assertThat(errors).anyMatch(e -> e.startsWith("content/static/bad-entity.svg:2: error: this SVG is"
                + " refused: it uses an entity (&evil;)"));
    }

    @Test
    void aBodyWithRawHtmlKeepsItsPicturesOfTheSiteAndLosesThoseOfOtherSites() throws IOException {
        Path content = content();
        TestFiles.replace(content.resolve("actors/engineers.md"), "Their logo:",
                "<em>Their</em> <img src=\"https://example.org/track.png\" alt=\"\"> logo:");
        Path out = dir.resolve("site");
        assertThat(new SiteBuilder().build(content, "content", null, out).failed()).isFalse();

        List<Element> images = page(out, "actors/engineers.html").select(".prose img");
        assertThat(images).extracting(e -> e.attr("src")).containsExactly("../static/logo.svg");
        assertThat(images.get(0).attr("loading")).isEqualTo("lazy");
    }

    @Test
    void aFileRemovedFromStaticIsRemovedFromTheSite() {
        Path content = content();
        Path out = dir.resolve("site");
        TestFiles.write(content, "static/old.txt", "an old note");
        assertThat(new SiteBuilder().build(content, "content", null, out).failed()).isFalse();
        assertThat(out.resolve("static/old.txt")).hasContent("an old note");
        TestFiles.write(out, "static/by-hand.txt", "put there by hand");

        delete(content.resolve("static/old.txt"));
        assertThat(new SiteBuilder().build(content, "content", null, out).failed()).isFalse();

        assertThat(out.resolve("static/old.txt")).doesNotExist();
        assertThat(out.resolve("static/by-hand.txt")).doesNotExist();
        assertThat(out.resolve("static/gauge.jpg")).isRegularFile();
    }

    @Test
    void theRebuildOfServePicksUpAddedChangedAndRemovedFilesAsACleanBuildWould() throws IOException {
        Path content = content();
        SiteBuilder serve = new SiteBuilder();
        assertThat(serve.rebuild(content, "content", null, List.of()).failed()).isFalse();
        long clock = 1_700_000_000_000L;

        TestFiles.writeBytes(content, "static/photos/dam.png", picture("png", 80, 50));
        Files.setLastModifiedTime(content.resolve("static/photos/dam.png"),
                java.nio.file.attribute.FileTime.fromMillis(clock += 1000));
        SiteBuilder.Outcome changed = sameAsCleanBuild(serve, content, "a picture made larger");
        Element img = Jsoup.parse(new String(changed.files().get("index.html"), StandardCharsets.UTF_8))
                .selectFirst(".prose figure img");
        assertThat(img.attr("width") + "x" + img.attr("height")).isEqualTo("80x50");
        assertThat(changed.files().get("static/photos/dam.png")).isEqualTo(picture("png", 80, 50));

        TestFiles.write(content, "static/added.csv", "a,b\n");
        assertThat(sameAsCleanBuild(serve, content, "a file added").files()).containsKey("static/added.csv");

        delete(content.resolve("static/added.csv"));
        assertThat(sameAsCleanBuild(serve, content, "a file removed").files()).doesNotContainKey("static/added.csv");

        delete(content.resolve("static/gauge.jpg"));
        SiteBuilder.Outcome broken = serve.rebuild(content, "content", null, List.of());
        assertThat(broken.failed()).isTrue();
        assertThat(messages(broken, Severity.ERROR)).singleElement().asString()
                .contains("static/gauge.jpg, which does not exist");
    }

    private static SiteBuilder.Outcome sameAsCleanBuild(SiteBuilder serve, Path content, String step) {
        SiteBuilder.Outcome again = serve.rebuild(content, "content", null, List.of());
        SiteBuilder.Outcome clean = new SiteBuilder().rebuild(content, "content", null, List.of());
        assertThat(again.failed()).as("%s: %s", step, again.diagnostics()).isFalse();
        assertThat(TestFiles.differences(clean.files(), again.files())).as("%s%n%s", step,
                TestFiles.firstDifferingLines(clean.files(), "clean", again.files(), "rebuilt", 3)).isEmpty();
        return again;
    }

    private static List<String> messages(SiteBuilder.Outcome outcome, Severity severity) {
        return outcome.diagnostics().stream().filter(d -> d.severity() == severity).map(Diagnostic::format).toList();
    }

    private static Document page(Path out, String path) {
        return Jsoup.parse(TestFiles.read(out.resolve(path)));
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A picture of one colour, {@code width} by {@code height}, as a PNG or JPEG file. */
    static byte[] picture(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, 0x336699 + x * 3 + y);
            }
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
