package briefing.graph;

import briefing.model.Article;
import briefing.model.Content;
import briefing.model.Diagnostic;
import briefing.model.SourcePos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The label of each source, the short name under which it is shown in headings, lists and cells, and
 * the warning when two sources would be shown under the same one.
 */
final class Labels {
    /** How long a label made from a title may be, before the ellipsis. */
    static final int TITLE_LENGTH = 40;
    /** How many other files a shared-label warning names before it counts the rest. */
    private static final int NAMED = 3;

    private Labels() {
    }

    /** Every article's label, by article id; warns at each article whose label another one shares. */
    static Map<String, String> of(Content content, List<Diagnostic> problems) {
        Map<String, String> labels = new HashMap<>();
        Map<String, List<Article>> byLabel = new LinkedHashMap<>();
        for (Article a : content.articles()) {
            String label = label(a);
            labels.put(a.id(), label);
            byLabel.computeIfAbsent(label.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(a);
        }
        for (List<Article> same : byLabel.values()) {
            if (same.size() < 2) {
                continue;
            }
            int others = same.size() - 1;
            for (Article a : same) {
                // the first few others by name (not all: a label shared by thousands would cost their square)
                List<String> first = new ArrayList<>(NAMED);
                for (int i = 0; i < same.size() && first.size() < NAMED; i++) {
                    if (same.get(i) != a) {
                        first.add(same.get(i).path());
                    }
                }
                String named = String.join(", ", first) + (others > NAMED ? " and " + (others - NAMED) + " more" : "");
                problems.add(Diagnostic.warning(new SourcePos(a.path(), 1), "this source is shown under the"
                        + " label '" + labels.get(a.id()) + "', as " + (others == 1 ? "is " : "are ") + named
                        + "; give one of them its own 'label' so that readers can tell them apart"));
            }
        }
        return labels;
    }

    /**
     * The label of one article: its {@code label} if given, else its {@code outlet}, else its title
     * shortened to about {@value #TITLE_LENGTH} characters at a word boundary, with "…" where it was
     * cut (and its id when it has no title).
     */
    static String label(Article article) {
        if (!article.label().isBlank()) {
            return article.label().strip();
        }
        if (!article.outlet().isBlank()) {
            return article.outlet().strip();
        }
        String title = article.title().strip().replaceAll("\\s+", " ");
        return title.isEmpty() ? article.id() : shortened(title);
    }

    /** The text itself when short; else cut at the last space before the limit (or at it), with "…". */
    static String shortened(String text) {
        if (text.codePointCount(0, text.length()) <= TITLE_LENGTH) {
            return text;
        }
        int end = text.offsetByCodePoints(0, TITLE_LENGTH);
        int space = text.lastIndexOf(' ', end);
        String cut = space > TITLE_LENGTH / 2 ? text.substring(0, space) : text.substring(0, end);
        return cut.replaceAll("[\\s\\p{P}&&[^)\\]”’»]]+$", "") + "…";
    }
}
