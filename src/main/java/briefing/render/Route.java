package briefing.render;

/**
 * One page of the site: where it goes, which kind of page it is, and for item pages which item.
 *
 * @param path site-relative path with forward slashes ({@code actors/sergei-shoigu.html})
 * @param page the kind of page, which names its template
 * @param id   the item's id, or null for pages that show many items
 */
public record Route(String path, PageKind<?> page, String id) {

    /** The template file that renders the page. */
    public String template() {
        return page.template();
    }

    /** "" for pages at the root, "../" one folder down: prepended to every link on the page. */
    public String root() {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
