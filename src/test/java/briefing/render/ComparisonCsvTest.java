package briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import briefing.content.ContentLoader;
import briefing.graph.Graph;
import briefing.graph.GraphBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code comparison.csv} is a column per source while a spreadsheet can open the row; past that it is
 * long, a row per claim and covering source, so it grows with what the sources say and not with claims
 * times sources.
 */
class ComparisonCsvTest {
    private static final String CONTENT = """
            -- index.md --
            ---
            title: Vote
            ---
            -- articles/post.md --
            ---
            title: The post
            label: Post
            ---
            Seven votes to two.
            -- articles/star.md --
            ---
            title: The star
            label: Star
            ---
            Eight votes to one.
            -- articles/wire.md --
            ---
            title: The wire
            label: Wire
            ---
            Nothing about it.
            -- claims/count.md --
            ---
            statement: "The council approved, by a count"
            topic: Vote
            sources:
              star: {stance: differs, quote: Eight votes to one, value: "8-1"}
              post: {stance: reports, quote: Seven votes to two, value: "7-2"}
            ---
            """;

    @Test
    void wideUpToTheLimitLongPastIt(@TempDir Path dir) throws IOException {
        Path content = TestFiles.writeFiles(dir.resolve("content"), CONTENT);
        Graph graph = GraphBuilder.build(new ContentLoader().load(content, "content").content()).graph();

        assertThat(csv(graph, 3)).isEqualTo("id,statement,topic,kind,origins,Post,Star,Wire\r\n"
                + "count,\"The council approved, by a count\",Vote,detail,post,reports: 7-2,differs: 8-1,\r\n");
        assertThat(csv(graph, 2)).isEqualTo("id,statement,topic,kind,origins,source,stance,value\r\n"
                + "count,\"The council approved, by a count\",Vote,detail,post,Post,reports,7-2\r\n"
                + "count,\"The council approved, by a count\",Vote,detail,post,Star,differs,8-1\r\n");
    }

    private static String csv(Graph graph, int wideMax) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComparisonCsv.write(graph, out, wideMax);
        return out.toString(StandardCharsets.UTF_8);
    }
}
