package briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.JsonReader;
import briefing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full-text search's files: the index holds the words of every text an editor writes, folded as
 * the reader types them, the documents hold the text the passages are cut from, and a rebuild after
 * one edit makes again only the files whose contents changed.
 */
class SearchFilesTest {
    @TempDir
    Path dir;

    @Test
    void theIndexHoldsTheWordsOfTextsNamesAndNotesFolded() {
        Map<String, byte[]> files = built(TestFiles.copySmall(dir));
        Map<String, Object> manifest = manifest(files);
        assertThat(manifest).containsEntry("groups", List.of(""));
        @SuppressWarnings("unchecked")
        Map<String, Object> terms = (Map<String, Object>) value(files, "data/search/t.js");
        List<Object> docs = docs(files);
        int coast = docNumber(docs, "sources/coast-daily.html");
        // A word of the article's text, of the editor's note on it, a name folded (Tomás), a word of a
        // claim's statement, and each character of Chinese text on its own.
        for (String word : List.of("declined", "reprinted", "tomas", "open", "ended", "罗", "莎")) {
            assertThat(terms).as(word).containsKey(word);
        }
        assertThat(terms).doesNotContainKeys("Declined", "tomás", "罗莎");
        assertThat(postings(terms, "declined")).containsExactly(coast);
        assertThat(postings(terms, "reprinted")).containsExactly(coast);
        @SuppressWarnings("unchecked")
        List<Object> row = (List<Object>) docs.get(coast);
        assertThat(row.get(0)).isEqualTo("s");
        assertThat(row.get(1)).isEqualTo("Dockers walk out in Valmora");
        assertThat((String) row.get(4)).contains("The Port Authority of Valmora declined to comment.")
                .contains("Reprinted without its photo captions.");
        assertThat(docs).anySatisfy(r -> assertThat(r.toString()).contains("claims/strike-length.html",
                "The strike is open-ended"));
        assertThat(((Number) manifest.get("docs")).intValue()).isEqualTo(docs.size());
    }

    @Test
    void aTermCountsEachOfItsFormsOnceAndItsTitleWordsFourTimes() {
        Path content = TestFiles.copySmall(dir);
        // Many other words, so that the count of one is kept among hundreds.
        StringBuilder text = new StringBuilder("---\ntitle: \"Angel of the harbour\"\noutlet: Wire\n---\n");
        for (int w = 0; w < 600; w++) {
            text.append("word").append(w).append(w % 12 == 11 ? ".\n" : " ");
        }
        text.append("Ángel, angel and ANGEL. Zetaword zetaword.\n");
        TestFiles.write(content, "articles/angel.md", text.toString());
        Map<String, byte[]> files = built(content);
        Map<String, Object> terms = new HashMap<>();
        for (Object group : (List<?>) manifest(files).get("groups")) {
            String path = "data/search/t" + ((String) group).chars().mapToObj(c -> "-" + Integer.toHexString(c))
                    .reduce("", String::concat) + ".js";
            @SuppressWarnings("unchecked")
            Map<String, Object> some = (Map<String, Object>) value(files, path);
            terms.putAll(some);
        }
        int angel = docNumber(docs(files), "sources/angel.html");

        assertThat(count(terms, "angel", angel)).as("4 for the title, once for each form").isEqualTo(7);
        assertThat(count(terms, "zetaword", angel)).isEqualTo(2);
        assertThat(count(terms, "word599", angel)).isEqualTo(1);
        assertThat(count(terms, "harbour", angel)).isEqualTo(4);
    }

    /** How often a term counts in one document (its weighted count), from the term's postings. */
    private static int count(Map<String, Object> terms, String term, int doc) {
        int at = 0;
        for (String p : ((String) terms.get(term)).split(" ")) {
            String[] parts = p.split("\\*");
            at += Integer.parseInt(parts[0], 36);
            if (at == doc) {
                return parts.length == 1 ? 1 : Integer.parseInt(parts[1], 36);
            }
        }
        throw new AssertionError(term + " is not in document " + doc);
    }

    @Test
    void aRebuildAfterOneEditMakesAgainOnlyTheFilesWhoseContentsChanged() {
        Path content = TestFiles.copySmall(dir);
        Random random = new Random(7);
        for (int i = 0; i < 150; i++) {
            StringBuilder text = new StringBuilder("---\ntitle: \"Report " + i + "\"\noutlet: Wire\n---\n");
            for (int w = 0; w < 300; w++) {
                text.append(word(random)).append(w % 12 == 11 ? ".\n" : " ");
            }
            TestFiles.write(content, "articles/report-" + i + ".md", text.toString());
        }
        SiteBuilder builder = new SiteBuilder();
        Map<String, byte[]> first = builder.rebuild(content, "content", null, List.of()).files();
        assertThat(manifest(first).get("groups").toString()).as("a site large enough for several index files")
                .contains("a", "b");

        TestFiles.replace(content.resolve("articles/report-3.md"), "title: \"Report 3\"",
                "title: \"Report 3\"\nnotes: \"Checked against the zanzibarquux wire\"");
        Map<String, byte[]> second = builder.rebuild(content, "content", null, List.of()).files();

        List<String> all = new ArrayList<>();
        List<String> madeAgain = new ArrayList<>();
        second.forEach((path, bytes) -> {
            if (path.startsWith("data/search")) {
                all.add(path);
                if (first.get(path) != bytes) {
                    madeAgain.add(path);
                }
            }
        });
        assertThat(all).hasSizeGreaterThan(30);
        // The article's documents file, the files of the words of the note, the lengths and the list.
        assertThat(madeAgain).contains("data/search-index.js", "data/search/lengths.js")
                .hasSizeLessThan(all.size() / 3);
        assertThat(docs(second).toString()).contains("zanzibarquux");
        // And the same bytes as a clean build.
        Path fresh = dir.resolve("fresh");
        assertThat(TestFiles.build(content, fresh).exitCode()).isZero();
        Map<String, byte[]> clean = TestFiles.snapshot(fresh);
        clean.remove(".briefing-site");
        assertThat(TestFiles.differences(clean, second)).isEmpty();
    }

    private static Map<String, byte[]> built(Path content) {
        SiteBuilder.Outcome outcome = new SiteBuilder().rebuild(content, "content", null, List.of());
        assertThat(outcome.failed()).as("%s", outcome.diagnostics()).isFalse();
        return outcome.files();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> manifest(Map<String, byte[]> files) {
        String text = new String(files.get("data/search-index.js"), StandardCharsets.UTF_8);
        return (Map<String, Object>) JsonReader.parse(text.substring(text.indexOf('{'), text.lastIndexOf(';')));
    }

    /** The value a search file hands to the search script. */
    private static Object value(Map<String, byte[]> files, String path) {
        String text = new String(files.get(path), StandardCharsets.UTF_8);
        assertThat(text).startsWith("briefingSearchLoaded(\"" + path + "\",");
        return JsonReader.parse(text.substring(text.indexOf(',') + 1, text.lastIndexOf(')')));
    }

    /** Every document, in order, from all the documents files. */
    @SuppressWarnings("unchecked")
    private static List<Object> docs(Map<String, byte[]> files) {
        List<Object> docs = new ArrayList<>();
        for (int f = 0; files.containsKey("data/search/d-" + f + ".js"); f++) {
            docs.addAll((List<Object>) value(files, "data/search/d-" + f + ".js"));
        }
        return docs;
    }

    private static int docNumber(List<Object> docs, String href) {
        for (int d = 0; d < docs.size(); d++) {
            if (((List<?>) docs.get(d)).get(2).equals(href)) {
                return d;
            }
        }
        throw new AssertionError("no document for " + href);
    }

    /** The documents of a term: "d*count d ...", the numbers in base 36 and each a step from the last. */
    private static List<Integer> postings(Map<String, Object> terms, String term) {
        List<Integer> docs = new ArrayList<>();
        int at = 0;
        for (String p : ((String) terms.get(term)).split(" ")) {
            at += Integer.parseInt(p.split("\\*")[0], 36);
            docs.add(at);
        }
        return docs;
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        int letters = 3 + random.nextInt(6);
        for (int i = 0; i < letters; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.toString();
    }
}
