package briefing.model;

import java.util.List;
import java.util.Map;

/**
 * One source article: the material being compared.
 *
 * @param outlet    empty when the outlet is unknown
 * @param published null when not given
 * @param sha256    the SHA-256 of the body's Markdown ({@code body().markdown()}), lowercase hex
 */
public record Article(String id, String path, String title, String outlet, Published published, String dateline,
        String url, List<Ref> cites, String notes, Map<String, Object> extra, Body body,
        String sha256) {

    public Article {
        cites = List.copyOf(cites);
    }
}
