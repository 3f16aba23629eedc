package briefing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import briefing.content.ContentLoader;
import briefing.model.Diagnostic;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A limit that needs many files: exceeded, it is one clear error naming the folder. */
class LimitsTest {
    @TempDir
    Path tmp;

    @Test
    void tooManyNamesInAll() {
        Path content = TestFiles.copySmall(tmp);
        String aliases = IntStream.range(0, ContentLoader.MAX_NAMES_PER_ACTOR - 1).mapToObj(i -> "N" + i)
                .collect(Collectors.joining(", ", "[", "]"));
        for (int a = 0; a <= ContentLoader.MAX_NAMES / ContentLoader.MAX_NAMES_PER_ACTOR; a++) {
            TestFiles.write(content, "actors/many-" + a + ".md", "---\nname: Many " + a + "\nkind: person\naliases: "
                    + aliases.replace("N", "N" + a + "x") + "\n---\n");
        }
        var result = new ContentLoader().load(content, "content");
        assertThat(result.diagnostics()).map(Diagnostic::format).anySatisfy(d -> assertThat(d)
                .startsWith("content/actors: error: the actors have ")
                .endsWith("names and aliases together; at most 100000 are looked for in the articles"));
    }
}
