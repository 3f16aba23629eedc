package briefing.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The briefing itself, from {@code index.md}: site settings and the overview.
 *
 * @param updated as given, or null (then the newest date in the content is used)
 * @param languageLine the line of {@code language} in {@code index.md}, or 0 when it is not given
 * @param topics  the order of the comparison's topics, as the editor listed them (topics not listed follow)
 */
public record Settings(String path, String title, String subtitle, String language, String baseUrl,
        LocalDate updated, Map<String, Object> extra, Body body, int languageLine, List<Alias> topics) {
}
