package briefing.render;

/** Cleans HTML that came from raw HTML in content, so no script or handler reaches the site. */
@FunctionalInterface
public interface HtmlSanitizer {
    String clean(String html);
}
