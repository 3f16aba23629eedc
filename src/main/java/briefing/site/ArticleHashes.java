package briefing.site;

import briefing.model.Article;
import briefing.model.Parallel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The SHA-256 of each article's text, as its page and briefing.json show it: computed here and nowhere else. */
final class ArticleHashes {
    private ArticleHashes() {
    }

    /** An article's text and its SHA-256, kept so that an unchanged text is not hashed again. */
    record Hash(String markdown, String sha256) {
    }

    /**
     * Each article's hash by id, hashed on several threads.
     *
     * @param last hashes of an earlier run by id, taken over where the text is the same; empty for none
     */
    static Map<String, Hash> of(List<Article> articles, Map<String, Hash> last) {
        Map<String, Hash> hashes = new ConcurrentHashMap<>(articles.size() * 2);
        Parallel.forEach(articles, a -> {
            String markdown = a.body().markdown();
            Hash before = last.get(a.id());
            hashes.put(a.id(), before != null && before.markdown().equals(markdown) ? before
                    : new Hash(markdown, sha256(markdown)));
        });
        return hashes;
    }

    /** The hex digests alone, by article id. */
    static Map<String, String> digests(Map<String, Hash> hashes) {
        Map<String, String> digests = new HashMap<>(hashes.size() * 2);
        hashes.forEach((id, hash) -> digests.put(id, hash.sha256()));
        return digests;
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
