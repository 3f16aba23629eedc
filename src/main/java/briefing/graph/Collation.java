package briefing.graph;

import briefing.model.Actor;
import briefing.model.Content;
import java.text.CollationKey;
import java.text.Collator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each actor sorts in lists: by its {@code sort_as}, else its name, as a reader of the briefing's
 * {@code language} expects them sorted (the JDK's collation for that language, so that "Ángel" sorts
 * among the A's). Each actor gets a sort key, a text that orders as the collation does under plain
 * {@link String#compareTo}: cheap to compare, safe to share between threads, and equal from one build
 * to the next when the name and language are.
 */
final class Collation {
    private Collation() {
    }

    /** The sort key of every actor, by id. */
    static Map<String, String> sortKeys(Content content) {
        Collator collator = collator(language(content));
        List<Actor> actors = content.actors();
        Map<String, String> keys = new HashMap<>(actors.size() * 2);
        for (Actor a : actors) {
            keys.put(a.id(), key(collator.getCollationKey(a.sortKey())));
        }
        return keys;
    }

    /** The briefing's language tag, whose collation its lists follow. */
    static String language(Content content) {
        return content.settings() == null ? "en" : content.settings().language();
    }

    /** The collation of a language tag: letters with accents beside their letter, composed or not. */
    static Collator collator(String language) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return collator;
    }

    /** The key's bytes as chars of the same value: compared as text, they order as the bytes do, unsigned. */
    private static String key(CollationKey key) {
        byte[] bytes = key.toByteArray();
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = (char) (bytes[i] & 0xff);
        }
        return new String(chars);
    }
}
