package briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import briefing.model.Diagnostic;
import briefing.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interface's languages: a Spanish build of the example shows no English interface text on any
 * page, a region falls back to its language, a language without a file falls back to English with a
 * warning at {@code index.md}, and an editor's own language file is used, its missing keys named.
 */
class LanguagesTest {
    private static final Path LANG = Path.of("templates/lang");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @TempDir
    static Path dir;
    private static Path spanish;
    private static SiteBuilder.Outcome spanishBuild;

    @BeforeAll
    static void buildTheExampleInSpanish() {
        Path content = dir.resolve("es-content");
        TestFiles.copyTree(Path.of("content"), content);
        TestFiles.replace(content.resolve("index.md"), "language: en", "language: es");
        spanish = dir.resolve("es-site");
        spanishBuild = new SiteBuilder().build(content, "content", null, spanish);
        assertThat(spanishBuild.failed()).as("%s", spanishBuild.diagnostics()).isFalse();
    }

    @Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        Set<String> en = read(LANG.resolve("en.properties")).keySet();
        Set<String> es = read(LANG.resolve("es.properties")).keySet();
        assertThat(new TreeSet<>(es)).isEqualTo(new TreeSet<>(en));
    }

    /**
     * Every English text of the language file that Spanish says differently is looked for in the text a
     * reader sees or hears (visible text, titles, descriptions, labels) of every page of the Spanish
     * build. A fragment that also occurs in the content (the articles are in English) is left out.
     */
    @Test
    void noPageOfTheSpanishBuildShowsAnEnglishInterfaceText() throws IOException {
        Map<String, String> en = read(LANG.resolve("en.properties"));
        Map<String, String> es = read(LANG.resolve("es.properties"));
        String content = allText(Path.of("content"));
        Map<String, String> fragments = new LinkedHashMap<>();
        en.forEach((key, text) -> {
            if (key.startsWith("date.") || text.equals(es.get(key))) {
                return;
            }
            for (String part : PLACEHOLDER.split(text)) {
                String f = part.strip().replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s&&[^’]]+$", "");
                if (f.length() >= 3 && f.chars().anyMatch(Character::isLetter) && !words(content, f)) {
                    fragments.putIfAbsent(f, key);
                }
            }
        });
        assertThat(fragments).as("English texts to look for").hasSizeGreaterThan(150);
        List<String> found = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(spanish)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(100);
        for (Path page : pages) {
            String heard = heard(Jsoup.parse(page.toFile(), "UTF-8"));
            fragments.forEach((f, key) -> {
                if (words(heard, f)) {
                    found.add(spanish.relativize(page) + ": \"" + f + "\" (" + key + ")");
                }
            });
        }
        assertThat(found).as("English interface text on the Spanish pages").isEmpty();
    }

    @Test
    void theSpanishPagesSayTheirLanguageAndDatesInSpanish() throws IOException {
        Document event = Jsoup.parse(spanish.resolve("events/shoigu-kang-talks.html").toFile(), "UTF-8");
        assertThat(event.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(event.select("dl.facts time").text()).isEqualTo("26 de julio de 2023");
        assertThat(event.select("header nav a").eachText()).containsExactly("Resumen", "Comparación",
                "Cronología", "Actores", "Hechos", "Fuentes", "Buscar");
        Document compare = Jsoup.parse(spanish.resolve("compare.html").toFile(), "UTF-8");
        assertThat(compare.title()).startsWith("Comparar fuentes");
        assertThat(compare.select(".legend dt").text()).contains("Informa", "Atribuye", "Desmiente", "Difiere");
        assertThat(spanishBuild.diagnostics()).noneMatch(d -> d.message().contains("interface"));
    }

    /**
     * A list cut into parts says where the part stands in Spanish, in its title too, and an event's time of day
     * is written the Spanish way on its page and on the timeline.
     */
    @Test
    void partsAndTimesOfDayAreInSpanish(@TempDir Path tmp) {
        Path content = tmp.resolve("content");
        TestFiles.write(content, "index.md", "---\ntitle: Listas\nlanguage: es\n---\n");
        TestFiles.write(content, "actors/ana.md", "---\nname: Ana\nkind: person\n---\n");
        TestFiles.write(content, "articles/s.md", "---\ntitle: Fuente\n---\nAna habló.\n");
        for (int i = 0; i < 500; i++) {
            TestFiles.write(content, "events/e%03d.md".formatted(i), "---\ntitle: Hecho %d\ndate: %d-01-02\n"
                    .formatted(i, 1500 + i) + "participants: [ana]\n---\n");
        }
        TestFiles.write(content, "events/late.md", "---\ntitle: Tarde\ndate: 2023-07-26T14:30\n"
                + "participants: [ana]\n---\n");
        Path out = tmp.resolve("site");
        SiteBuilder.Outcome outcome = new SiteBuilder().build(content, "content", null, out);
        assertThat(outcome.failed()).as("%s", outcome.diagnostics()).isFalse();

        Document second = Jsoup.parse(TestFiles.read(out.resolve("timeline.2.html")), "");
        assertThat(second.title()).startsWith("Cronología, parte 2 de 2 ·");
        assertThat(second.select("nav.parts").first().text())
                .isEqualTo("Parte 2 de 2: hechos del 501 al 501. Parte anterior Parte 1 Parte 2");
        assertThat(second.select("nav.parts").eachAttr("aria-label"))
                .containsExactly("Partes de esta lista", "Más partes de esta lista");
        assertThat(second.select("ol.timeline > li").text()).contains("26 de julio de 2023, 14:30");
        Document event = Jsoup.parse(TestFiles.read(out.resolve("events/late.html")), "");
        assertThat(event.select("dl.facts time").text()).isEqualTo("26 de julio de 2023, 14:30");
        assertThat(event.select("dl.facts time").attr("datetime")).isEqualTo("2023-07-26T14:30");
    }

    @Test
    void aRegionFallsBackToItsLanguage(@TempDir Path tmp) throws IOException {
        Path content = TestFiles.copySmall(tmp);
        setLanguage(content, "es-MX");
        SiteBuilder.Outcome out = new SiteBuilder().build(content, "content", null, tmp.resolve("site"));
        assertThat(out.diagnostics()).isEmpty();
        Document front = Jsoup.parse(tmp.resolve("site/index.html").toFile(), "UTF-8");
        assertThat(front.selectFirst("html").attr("lang")).isEqualTo("es-MX");
        assertThat(front.select("a.skip").text()).isEqualTo("Saltar al contenido");
    }

    @Test
    void aLanguageWithoutAFileIsEnglishWithAWarningAtIndexMd(@TempDir Path tmp) throws IOException {
        Path content = TestFiles.copySmall(tmp);
        int line = setLanguage(content, "de-AT");
        SiteBuilder.Outcome out = new SiteBuilder().build(content, "content", null, tmp.resolve("site"));
        assertThat(out.failed()).isFalse();
        assertThat(out.diagnostics()).hasSize(1);
        Diagnostic d = out.diagnostics().get(0);
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.path()).isEqualTo("content/index.md");
        assertThat(d.line()).isEqualTo(line);
        assertThat(d.message()).contains("'de-AT'", "English", "en.properties", "lang/de.properties",
                "--templates");
        Document front = Jsoup.parse(tmp.resolve("site/index.html").toFile(), "UTF-8");
        assertThat(front.selectFirst("html").attr("lang")).isEqualTo("de-AT");
        assertThat(front.select("a.skip").text()).isEqualTo("Skip to content");
    }

    @Test
    void anEditorsLanguageFileIsUsedAndItsMissingKeysNamed(@TempDir Path tmp) throws IOException {
        Path content = TestFiles.copySmall(tmp);
        setLanguage(content, "de");
        Path templates = tmp.resolve("templates");
        String english = Files.readString(LANG.resolve("en.properties"), StandardCharsets.UTF_8);
        String german = english.replace("nav.search = Search", "nav.search = Suche")
                .replace("date.day = d MMMM y", "date.day = d. MMMM y")
                .replace("layout.skip = Skip to content\n", "")
                .replace("nav.overview = Overview", "nav.overveiw = Übersicht");
        TestFiles.write(templates, "lang/de.properties", german);
        SiteBuilder.Outcome out = new SiteBuilder().build(content, "content", templates, tmp.resolve("site"));
        assertThat(out.failed()).isFalse();
        String file = templates.resolve("lang/de.properties").toString();
        assertThat(out.diagnostics()).extracting(Diagnostic::format).containsExactlyInAnyOrder(
                file + ":" + lineOf(german, "nav.overveiw") + ": warning: no page uses the key 'nav.overveiw';"
                        + " did you mean 'nav.overview'?",
                file + ": warning: the key 'layout.skip' is missing, so its text is shown in English: 'Skip to content'",
                file + ": warning: the key 'nav.overview' is missing, so its text is shown in English: 'Overview'");
        Document event = Jsoup.parse(tmp.resolve("site/events/walkout.html").toFile(), "UTF-8");
        assertThat(event.select("header nav a").eachText()).contains("Suche", "Overview");
        assertThat(event.select("dl.facts time").text()).isEqualTo("11. März 2024");
    }

    /** serve's rebuild after an edit of a language file shows the new words on every page, as a clean build does. */
    @Test
    void anEditedLanguageFileIsReadAgainByTheRebuild(@TempDir Path tmp) throws IOException {
        Path content = TestFiles.copySmall(tmp);
        setLanguage(content, "es");
        Path templates = tmp.resolve("templates");
        Path file = TestFiles.write(templates, "lang/es.properties", "nav.search = Buscar\n");
        SiteBuilder serve = new SiteBuilder();
        SiteBuilder.Outcome first = serve.rebuild(content, "content", templates, List.of());
        assertThat(first.diagnostics()).isEmpty();
        assertThat(navigation(first, "compare.html")).contains("Buscar");

        Files.writeString(file, "nav.search = Búsqueda\n", StandardCharsets.UTF_8);
        SiteBuilder.Outcome second = serve.rebuild(content, "content", templates, List.of("lang/es.properties"));
        SiteBuilder.Outcome clean = new SiteBuilder().rebuild(content, "content", templates, List.of());
        assertThat(navigation(second, "compare.html")).contains("Búsqueda").doesNotContain("Buscar");
        assertThat(second.files().keySet()).isEqualTo(clean.files().keySet());
        second.files().forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(clean.files().get(path)));
    }

    private static List<String> navigation(SiteBuilder.Outcome outcome, String page) {
        return Jsoup.parse(new String(outcome.files().get(page), StandardCharsets.UTF_8)).select("header nav a")
                .eachText();
    }

    /** Finds the bundled templates' words: any letter outside an interpolation, a directive or a comment. */
    @Test
    void noBundledTemplateHardCodesAWord() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path t : files.filter(p -> p.toString().endsWith(".ftlh")).sorted().toList()) {
                String[] lines = markupOnly(Files.readString(t, StandardCharsets.UTF_8)).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    String words = shownWords(lines[i]);
                    if (!words.isBlank()) {
                        found.add(t.getFileName() + ":" + (i + 1) + ": " + words.strip());
                    }
                }
            }
        }
        assertThat(found).as("words written into templates instead of templates/lang/en.properties").isEmpty();
    }

    /** A template without its comments, interpolations and directives, each replaced by blanks, lines kept. */
    private static String markupOnly(String template) {
        String s = blank(template, "<#--.*?-->");
        s = blank(s, "\\$\\{(?:\"[^\"]*\"|[^}\"])*}");
        return blank(s, "</?[#@](?:->|\"[^\"]*\"|[^>\"])*>");
    }

    private static String blank(String text, String regex) {
        var m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group().replaceAll("[^\n]", " "));
        }
        return m.appendTail(out).toString();
    }

    /** The words of a line a reader sees: its text and its readable attributes. */
    private static String shownWords(String line) {
        StringBuilder shown = new StringBuilder();
        var m = Pattern.compile("(aria-label|title|alt|placeholder|content)=\"([^\"]*)\"").matcher(line);
        while (m.find()) {
            if (!m.group(1).equals("content") || !m.group(2).contains(";")) {
                shown.append(' ').append(m.group(2));
            }
        }
        shown.append(' ').append(line.replaceAll("<[^>]*>", " "));
        String letters = shown.toString().replaceAll("[^\\p{L}]+", " ");
        // og:type's values and the viewport's settings are not words a reader sees
        return letters.replaceAll("\\b(website|article|width|device|initial|scale)\\b", " ").strip();
    }

    private static int setLanguage(Path content, String tag) throws IOException {
        Path index = content.resolve("index.md");
        String text = Files.readString(index, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].startsWith("language:")) {
                lines[i] = "language: " + tag;
                Files.writeString(index, String.join("\n", lines), StandardCharsets.UTF_8);
                return i + 1;
            }
        }
        Files.writeString(index, "---\nlanguage: " + tag + "\n" + text.substring(4), StandardCharsets.UTF_8);
        return 2;
    }

    private static int lineOf(String file, String key) {
        String[] lines = file.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + " =")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Everything a reader sees or hears of a page: its text, title, description and labels. */
    private static String heard(Document page) {
        StringBuilder out = new StringBuilder(page.title()).append('\n').append(page.body().text());
        for (Element e : page.select("[aria-label], [title], meta[name=description], meta[property^=og:]")) {
            out.append('\n').append(e.attr("aria-label")).append('\n').append(e.attr("title"))
                    .append('\n').append(e.attr("content"));
        }
        // Words a script puts on the page: the search's messages and the kinds of its results
        for (Element e : page.getAllElements()) {
            e.attributes().forEach(a -> {
                if (a.getKey().startsWith("data-")) {
                    out.append('\n').append(a.getValue());
                }
            });
        }
        return out.toString();
    }

    /** Whether {@code phrase} occurs in {@code text} as whole words, in the same case. */
    private static boolean words(String text, String phrase) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])").matcher(text)
                .find();
    }

    /** All the text of a content folder, as the pages may show it. */
    private static String allText(Path folder) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return out.toString().replaceAll("\\s+", " ");
    }

    private static Map<String, String> read(Path file) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int eq = l.indexOf('=');
            texts.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
        }
        return texts;
    }
}
