package briefing.model;

import java.util.List;
import java.util.Map;

/**
 * One source article: the material being compared.
 *
 * @param outlet    empty when the outlet is unknown
 * @param published null when not given
 */
public record Article(String id, String path, String title, String outlet, Published published, String dateline,
        String url, List<Ref> cites, String notes, Map<String, Object> extra, Body body) {

    public Article {
        cites = List.copyOf(cites);
    }
}
