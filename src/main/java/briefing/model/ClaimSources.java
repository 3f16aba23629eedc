package briefing.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A claim's sources, unmodifiable, that finds an article's entry without going through them all when
 * there are many: a claim every source of a large briefing covers is looked up from each of their pages.
 */
final class ClaimSources extends AbstractList<ClaimSource> implements RandomAccess {
    /** Up to this many entries, going through them is as quick as a lookup. */
    private static final int SCANNED = 8;

    private final List<ClaimSource> sources;
    /** Each entry by article id (the first, should one be listed twice); null while there are few. */
    private final Map<String, ClaimSource> byArticle;

    private ClaimSources(List<ClaimSource> sources) {
        this.sources = sources;
        if (sources.size() <= SCANNED) {
            byArticle = null;
        } else {
            byArticle = new HashMap<>(sources.size() * 2);
            sources.forEach(s -> byArticle.putIfAbsent(s.article(), s));
        }
    }

    static List<ClaimSource> of(List<ClaimSource> sources) {
        return sources instanceof ClaimSources kept ? kept : new ClaimSources(List.copyOf(sources));
    }

    /** The entry of an article, or null when the claim does not list it. */
    ClaimSource find(String articleId) {
        if (byArticle != null) {
            return byArticle.get(articleId);
        }
        for (ClaimSource s : sources) {
            if (s.article().equals(articleId)) {
                return s;
            }
        }
        return null;
    }

    @Override
    public ClaimSource get(int index) {
        return sources.get(index);
    }

    @Override
    public int size() {
        return sources.size();
    }
}
