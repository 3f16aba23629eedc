package briefing.site;

import briefing.render.HtmlSanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML rendered from content that holds raw HTML: keeps text formatting, tables, lists and
 * links to web, mail and relative addresses; drops scripts, styles, event handlers, frames, forms
 * and {@code javascript:} or {@code data:} URLs, and images from anywhere but the site itself. Keeps the
 * marks and links the renderer added.
 */
public final class JsoupSanitizer implements HtmlSanitizer {
    private static final String BASE = "https://briefing.invalid/";

    private final Safelist safelist = new LocalImages()
            .addTags("mark", "span", "abbr", "figure", "figcaption", "small", "time")
            .addAttributes("mark", "id", "class")
            .addAttributes("a", "id", "class", "aria-label")
            .addAttributes("span", "id", "class")
            .addAttributes("time", "datetime")
            .addAttributes("abbr", "title")
            .addAttributes("img", "loading")
            .addProtocols("a", "href", "http", "https", "mailto")
            .preserveRelativeLinks(true);

    /** Keeps images of the site itself only (a relative address): the security policy blocks all others. */
    private static final class LocalImages extends Safelist {
        LocalImages() {
            super(Safelist.relaxed());
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
            if (tagName.equals("img") && attribute.getKey().equals("src")) {
                String src = attribute.getValue();
                return !src.contains(":") && !src.startsWith("/") && !src.startsWith("\\");
            }
            return super.isSafeAttribute(tagName, element, attribute);
        }
    }

    @Override
    public String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(safelist).clean(dirty);
        // An image whose address was removed (another site's) is removed whole: an image needs an address.
        clean.body().select("img:not([src])").remove();
        clean.outputSettings(new Document.OutputSettings().prettyPrint(false));
        return clean.body().html();
    }
}
