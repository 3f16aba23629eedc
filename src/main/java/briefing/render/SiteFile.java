package briefing.render;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The files of the site besides its pages ({@link PageKind}), each declared once: its path and how
 * its bytes are made. Like the pages, each is written through the {@link Sink}; a file too large to
 * hold whole is streamed into it.
 */
public enum SiteFile {
    /** The resolved briefing for other programs (format 2), streamed. */
    BRIEFING_JSON("data/briefing.json",
            (pages, path, sink) -> sink.stream(path, out -> BriefingJson.write(pages.graph(), out))),
    /** The comparison table for spreadsheets; long (claims × articles), so streamed. */
    COMPARISON_CSV("data/comparison.csv",
            (pages, path, sink) -> sink.stream(path, out -> ComparisonCsv.write(pages.graph(), out))),
    /** The search's list of files; its index and document files, in {@code data/search/}, go with it. */
    SEARCH_INDEX(SearchIndex.MANIFEST, (pages, path, sink) -> pages.searchFiles(sink)),
    ROBOTS("robots.txt", text(pages -> Discovery.robots(pages.baseUrl()))),
    /** Only with a {@code base_url}, as the feed: both give absolute addresses. */
    SITEMAP("sitemap.xml", addressed(pages -> Discovery.sitemap(pages.baseUrl(), pages.routes()))),
    FEED("feed.xml", addressed(pages -> Discovery.feed(pages.graph(), pages.baseUrl()))),
    SITE_CSS("assets/site.css", SiteFile::asset),
    SEARCH_JS("assets/search.js", SiteFile::asset);

    /** Makes one file's bytes and puts them into the sink. */
    @FunctionalInterface
    private interface Maker {
        void write(PageRenderer.Pages pages, String path, Sink sink);
    }

    private final String path;
    private final Maker maker;

    SiteFile(String path, Maker maker) {
        this.path = path;
        this.maker = maker;
    }

    /** Site-relative path, forward slashes. */
    public String path() {
        return path;
    }

    /** Makes the file of {@code pages}' site, if the site has one, into the sink. */
    public void write(PageRenderer.Pages pages, Sink sink) {
        maker.write(pages, path, sink);
    }

    /** A text file, UTF-8. */
    private static Maker text(Function<PageRenderer.Pages, String> text) {
        return (pages, path, sink) -> sink.put(path, text.apply(pages).getBytes(StandardCharsets.UTF_8));
    }

    /** A text file that only a site with a known address has. */
    private static Maker addressed(Function<PageRenderer.Pages, String> text) {
        Maker maker = text(text);
        return (pages, path, sink) -> {
            if (!pages.baseUrl().isEmpty()) {
                maker.write(pages, path, sink);
            }
        };
    }

    /** A static file: the templates folder's copy, else the bundled one. */
    private static void asset(PageRenderer.Pages pages, String path, Sink sink) {
        sink.put(path, pages.asset(path));
    }
}
