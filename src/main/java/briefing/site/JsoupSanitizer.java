package briefing.site;

import briefing.render.HtmlSanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML rendered from content that holds raw HTML: keeps text formatting, tables, lists and
 * links to web, mail and relative addresses; drops scripts, styles, event handlers, frames, forms
 * and {@code javascript:} or {@code data:} URLs. Keeps the marks and links the renderer added.
 */
public final class JsoupSanitizer implements HtmlSanitizer {
    private static final String BASE = "https://briefing.invalid/";

    private final Safelist safelist = Safelist.relaxed()
            .removeTags("img")
            .addTags("mark", "span", "abbr", "figure", "figcaption", "small", "time")
            .addAttributes("mark", "id", "class")
            .addAttributes("a", "id", "class", "aria-label")
            .addAttributes("span", "id", "class")
            .addAttributes("time", "datetime")
            .addAttributes("abbr", "title")
            .addProtocols("a", "href", "http", "https", "mailto")
            .preserveRelativeLinks(true);

    @Override
    public String clean(String html) {
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, BASE, safelist, settings);
    }
}
