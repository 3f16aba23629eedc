package briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.JsonReader;
import briefing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The machine-readable outputs of format v2: {@code briefing.json} format 2 and {@code comparison.csv}. */
class FormatTwoOutputTest {
    /** Three sources of one story, using every v2 field of articles and claims. */
    static final String SITE = """
            -- index.md --
            ---
            title: "The Riverton bridge vote"
            ---
            The council voted on a bridge.
            -- actors/council.md --
            ---
            name: Riverton City Council
            aliases: [the council]
            kind: organization
            ---
            -- actors/mayor.md --
            ---
            name: Mayor Okafor
            kind: person
            ---
            -- articles/post.md --
            ---
            title: "Council approves the river bridge"
            outlet: Morning Post
            label: "Post"
            authors: [Jane Roe, "John Doe"]
            published: 2024-05-14
            ---
            The council approved the bridge on Monday, seven votes to two, said the mayor. Mayor Okafor welcomed it.
            -- articles/star.md --
            ---
            title: "Bridge passes after long debate"
            outlet: Evening Star
            published: 2024-05-14
            ---
            The council backed the bridge, eight to one, according to the council. Critics say "it, was rushed".
            -- articles/wire.md --
            ---
            title: "Riverton: a bridge, and a denial"
            published: 2024-05-15
            ---
            The council did not approve any bridge, a spokesman said. =SUM(A1) is not a formula here.
            -- claims/approved.md --
            ---
            statement: "The council approved the bridge"
            sources:
              post:
                stance: reports
                quote: "The council approved the bridge on Monday"
              star:
                stance: attributes
                quote: "The council backed the bridge"
                via: [council]
              wire:
                stance: disputes
                quote: "The council did not approve any bridge"
            ---
            -- claims/vote-count.md --
            ---
            statement: "The vote count"
            topic: The vote
            sources:
              post:
                stance: reports
                quote: "seven votes to two"
                value: "7–2"
                via: [mayor]
              star:
                stance: differs
                quote: "eight to one"
                value: "8–1, \\"as counted\\""
            discrepancy: detail
            discrepancy_note: "The count was disputed on the night."
            ---
            -- claims/formula.md --
            ---
            statement: "=HYPERLINK(\\"x\\") only looks like a formula"
            sources:
              wire:
                stance: reports
                quote: "=SUM(A1) is not a formula here"
                value: "=SUM(A1)"
            ---
            """;

    @TempDir
    static Path tmp;

    static Map<String, Object> json;
    static List<List<String>> csv;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void build() throws IOException {
        Path content = TestFiles.writeFiles(tmp.resolve("content"), SITE);
        Path site = tmp.resolve("site");
        var run = TestFiles.build(content, site);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        json = (Map<String, Object>) JsonReader.parse(Files.readString(site.resolve("data/briefing.json")));
        byte[] bytes = Files.readAllBytes(site.resolve("data/comparison.csv"));
        csv = parseCsv(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings("unchecked")
    void briefingJsonIsFormatTwoWithOnlyTheSourcesThatCoverAClaim() {
        assertThat(json.keySet()).startsWith("format");
        assertThat(json.get("format")).isEqualTo(2L);
        Map<String, Object> approved = claim("approved");
        assertThat(approved.get("discrepancy")).isEqualTo("conflict");
        assertThat(approved).doesNotContainKey("discrepancy_note");
        assertThat(approved.get("origins")).isEqualTo(List.of("council", "post"));
        Map<String, Object> sources = (Map<String, Object>) approved.get("sources");
        assertThat(sources.keySet()).containsExactly("post", "star", "wire");
        assertThat(((Map<String, Object>) sources.get("star")).get("via")).isEqualTo(List.of("council"));
        assertThat(((Map<String, Object>) sources.get("post")).get("via")).isEqualTo(List.of());

        Map<String, Object> count = claim("vote-count");
        assertThat(count.get("discrepancy")).isEqualTo("detail");
        assertThat(count.get("discrepancy_note")).isEqualTo("The count was disputed on the night.");
        assertThat(((Map<String, Object>) count.get("sources")).keySet()).containsExactly("post", "star");
        assertThat(claim("formula").get("discrepancy")).isEqualTo("none");
        assertThat(json.toString()).doesNotContain("silent");
    }

    @Test
    void briefingJsonGivesEachArticleItsLabelAndAuthors() {
        assertThat(article("post").get("label")).isEqualTo("Post");
        assertThat(article("post").get("authors")).isEqualTo(List.of("Jane Roe", "John Doe"));
        assertThat(article("star").get("label")).isEqualTo("Evening Star");
        assertThat(article("star").get("authors")).isEqualTo(List.of());
        assertThat((String) article("wire").get("label")).isNotEmpty();
    }

    @Test
    void theCsvHasARowPerClaimAndAColumnPerSourceHeadedByItsLabel() {
        List<String> header = csv.get(0);
        String wire = (String) article("wire").get("label");
        // Sources in the order the site lists them: by publication, then id.
        assertThat(header).containsExactly("id", "statement", "topic", "kind", "origins", "Post", "Evening Star",
                wire);
        assertThat(csv).hasSize(4);
        assertThat(csv.get(1)).containsExactly("approved", "The council approved the bridge", "", "conflict",
                "council; post", "reports", "attributes", "disputes");
        assertThat(csv.get(3)).containsExactly("vote-count", "The vote count", "The vote", "detail", "mayor",
                "reports: 7–2", "differs: 8–1, \"as counted\"", "");
    }

    @Test
    void noCsvCellReadsAsAFormula() {
        assertThat(csv.get(2).get(1)).isEqualTo("'=HYPERLINK(\"x\") only looks like a formula");
        assertThat(csv.get(2).get(7)).isEqualTo("reports: =SUM(A1)");
        for (List<String> row : csv) {
            for (String cell : row) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claim(String id) {
        return item("claims", id);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> article(String id) {
        return item("articles", id);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(String list, String id) {
        return ((List<Map<String, Object>>) json.get(list)).stream().filter(m -> m.get("id").equals(id)).findFirst()
                .orElseThrow();
    }

    /** RFC 4180, strictly: CRLF after every record, quoted fields with doubled quotes. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                assertThat(text.charAt(i + 1)).as("CR is followed by LF").isEqualTo('\n');
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("no bare line feed outside quotes").isNotEqualTo('\n');
                field.append(c);
            }
            i++;
        }
        assertThat(row).as("the file ends with CRLF").isEmpty();
        return rows;
    }
}
