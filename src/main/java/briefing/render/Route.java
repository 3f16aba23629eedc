package briefing.render;

import java.util.Objects;

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

    /*
     * Written out rather than generated, as Input's: a rebuild of the live preview compares every
     * page's route with the last one's, thousands each time, and the generated methods are several
     * times slower before the JIT has compiled them fully. Kinds of page are equal only to themselves.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Route other && page == other.page && path.equals(other.path)
                && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return (path.hashCode() * 31 + System.identityHashCode(page)) * 31 + Objects.hashCode(id);
    }

    /** "" for pages at the root, "../" one folder down: prepended to every link on the page. */
    public String root() {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
