package briefing.graph;

import briefing.model.Alias;
import briefing.model.Claim;
import briefing.model.Content;
import briefing.model.Diagnostic;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order of the comparison's rows: by topic, in the order {@code index.md} lists under
 * {@code topics}, then the topics it does not list as a reader of the briefing's language sorts
 * them, then the claims without a topic; within a topic, by id.
 */
final class TopicOrder {
    private TopicOrder() {
    }

    /** The claims in the comparison's order. */
    static List<Claim> of(Content content) {
        List<Alias> listed = content.settings() == null ? List.of() : content.settings().topics();
        Map<String, Integer> rank = new HashMap<>();
        for (Alias topic : listed) {
            rank.putIfAbsent(topic.text(), rank.size());
        }
        Collator collator = Collation.collator(Collation.language(content));
        Map<String, CollationKey> keys = new HashMap<>();
        for (Claim c : content.claims()) {
            keys.computeIfAbsent(c.topic(), collator::getCollationKey);
        }
        Comparator<String> unlisted = Comparator.comparing((String t) -> keys.get(t))
                .thenComparing(Comparator.naturalOrder());
        Comparator<Claim> order = Comparator.comparingInt((Claim c) -> c.topic().isEmpty() ? 2
                        : rank.containsKey(c.topic()) ? 0 : 1)
                .thenComparingInt(c -> rank.getOrDefault(c.topic(), 0))
                .thenComparing(Claim::topic, unlisted)
                .thenComparing(Claim::id);
        List<Claim> claims = new ArrayList<>(content.claims());
        claims.sort(order);
        return List.copyOf(claims);
    }

    /** A warning for each topic {@code index.md} lists that no claim has, or lists twice. */
    static void report(Content content, List<Diagnostic> problems) {
        if (content.settings() == null || content.settings().topics().isEmpty()) {
            return;
        }
        Set<String> used = new HashSet<>();
        content.claims().forEach(c -> used.add(c.topic()));
        Set<String> seen = new HashSet<>();
        for (Alias topic : content.settings().topics()) {
            if (!seen.add(topic.text())) {
                problems.add(Diagnostic.warning(topic.pos(), "the topic '" + topic.text() + "' is listed twice"));
            } else if (!used.contains(topic.text())) {
                problems.add(Diagnostic.warning(topic.pos(), "no claim has the topic '" + topic.text()
                        + "'; topics are matched exactly, letter case included"));
            }
        }
    }
}
