package briefing.render;

import briefing.model.Kind;

/**
 * One page of the site: where it goes, which template renders it, and for item pages which item.
 *
 * @param path site-relative path with forward slashes ({@code actors/sergei-shoigu.html})
 * @param kind the item's kind, or null for pages that show many items
 * @param id   the item's id, or null
 */
public record Route(String path, String template, Kind kind, String id) {

    /** "" for pages at the root, "../" one folder down: prepended to every link on the page. */
    public String root() {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
