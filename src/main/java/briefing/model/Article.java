package briefing.model;

import java.util.List;
import java.util.Map;

/**
 * One source article: the material being compared.
 *
 * @param outlet    empty when the outlet is unknown
 * @param published null when not given
 * @param sha256    the SHA-256 of the body's Markdown ({@code body().markdown()}), lowercase hex
 * @param label     the source's short name as written; empty when not given (see the graph's {@code label})
 * @param authors   the byline as written, one entry per author; empty when not given
 */
public record Article(String id, String path, String title, String outlet, Published published, String dateline,
        String url, List<Ref> cites, String notes, Map<String, Object> extra, Body body,
        String sha256, String label, List<String> authors) {

    public Article {
        cites = List.copyOf(cites);
        authors = List.copyOf(authors);
    }
}
