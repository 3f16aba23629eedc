package briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import briefing.content.ContentLoader;
import briefing.graph.Graph;
import briefing.graph.GraphBuilder;
import briefing.graph.Query;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a rebuild of {@code serve} evaluates again of the last rebuild's inputs, and what it finds changed. */
class InputsTest {
    private static final String CONTENT = """
            -- index.md --
            ---
            title: Vote
            ---
            -- articles/post.md --
            ---
            title: The post
            ---
            Seven votes to two.
            -- articles/wire.md --
            ---
            title: The wire
            ---
            Nothing about it.
            """;

    @Test
    void aRebuildComparesOnlyTheInputsThatTheLastPagesRead(@TempDir Path dir) throws IOException {
        Path content = TestFiles.writeFiles(dir.resolve("content"), CONTENT);
        InputIndex index = new InputIndex();
        Input post = new Input(Query.ARTICLE, null, "post");
        Input wire = new Input(Query.ARTICLE, null, "wire");
        Inputs first = Inputs.after(null, null, graph(content), index);
        first.value(post);
        first.value(wire);
        int postNumber = first.numberOf(post);
        int wireNumber = first.numberOf(wire);

        // The wire's page is gone (its article renamed, say); the post's page still reads the post.
        Files.writeString(content.resolve("articles/post.md"), "---\ntitle: The post, corrected\n---\nSeven votes to two.\n");
        boolean[] read = new boolean[2];
        read[postNumber] = true;
        Graph now = graph(content);
        Inputs second = Inputs.after(first, read, now, index);

        assertThat(second.compared(postNumber)).isTrue();
        assertThat(second.changedSince(new int[] {postNumber})).isTrue();
        assertThat(second.compared(wireNumber)).isFalse();
        assertThat(second.changedSince(new int[] {wireNumber})).isFalse();
        // A page that reads the wire again gets its value in this graph all the same.
        assertThat(second.value(wire)).isNotNull().isSameAs(wire.valueIn(now));
    }

    private static Graph graph(Path content) {
        return GraphBuilder.build(new ContentLoader().load(content, "content").content()).graph();
    }
}
