package briefing.quality;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import briefing.model.Article;
import briefing.model.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Weight budgets over the built sites: HTML pages at most 100 KB (article pages: their text plus
 * 50 KB), all CSS under 30 KB, JavaScript under 15 KB and only on pages that load it on purpose.
 */
class BudgetTest {
    static final long PAGE = 100 * 1024;
    static final long ARTICLE_EXTRA = 50 * 1024;
    static final long CSS = 30 * 1024;
    static final long JS = 15 * 1024;
    /** Pages allowed to carry JavaScript: the search page, which without it lists everything. */
    static final List<String> PAGES_WITH_JS = List.of("search.html");

    private static final Pattern SCRIPT = Pattern.compile("<script\\b(?![^>]*type=\"application/ld\\+json\")",
            Pattern.CASE_INSENSITIVE);

    @TempDir
    Path tmp;

    @Test
    void pagesStylesAndScriptsStayWithinBudget() {
        List<String> over = new ArrayList<>();
        for (BuiltSites.Site site : BuiltSites.build(tmp)) {
            Map<String, Long> articleText = new HashMap<>();
            for (Article a : site.outcome().graph().articles()) {
                articleText.put(Kind.ARTICLE.route(a.id()),
                        (long) a.body().markdown().getBytes(StandardCharsets.UTF_8).length);
            }
            long css = 0;
            long js = 0;
            for (Path file : files(site.root())) {
                String rel = site.root().relativize(file).toString().replace('\\', '/');
                long size = TestFiles.size(file);
                if (rel.endsWith(".css")) {
                    css += size;
                } else if (rel.endsWith(".js") && !rel.startsWith("data/")) {
                    js += size; // the search index in data/ is data, not code
                } else if (rel.endsWith(".html")) {
                    long limit = articleText.containsKey(rel) ? articleText.get(rel) + ARTICLE_EXTRA : PAGE;
                    if (size > limit) {
                        over.add(site + " " + rel + ": " + size + " bytes of HTML, budget " + limit);
                    }
                    String html = read(file);
                    if (SCRIPT.matcher(html).find() && !PAGES_WITH_JS.contains(rel)) {
                        over.add(site + " " + rel + ": has a <script> but is not a page that needs JavaScript");
                    }
                }
            }
            if (css >= CSS) {
                over.add(site + ": " + css + " bytes of CSS, budget " + CSS);
            }
            if (js >= JS) {
                over.add(site + ": " + js + " bytes of JavaScript, budget " + JS);
            }
        }
        assertThat(over).as("over budget").isEmpty();
    }

    private static List<Path> files(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
