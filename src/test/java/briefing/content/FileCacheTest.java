package briefing.content;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import briefing.model.Content;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-file cache's contract: an unchanged file gives the very same objects, a changed one new ones. */
class FileCacheTest {
    @TempDir
    Path dir;

    @BeforeEach
    void base() {
        TestFiles.write(dir, "index.md", "---\ntitle: T\n---\n");
        TestFiles.write(dir, "actors/kim.md", "---\nname: Kim\nkind: person\n---\n");
        TestFiles.write(dir, "articles/efe.md", "---\ntitle: EFE\n---\nKim spoke.\n");
        TestFiles.write(dir, "articles/tass.md", "---\ntitle: TASS\n---\nKim arrived.\n");
    }

    private static Content load(ContentLoader loader, Path dir) {
        ContentLoader.Result result = loader.load(dir, "c");
        assertThat(result.diagnostics()).isEmpty();
        return result.content();
    }

    @Test
    void anUnchangedFileGivesTheVerySameObjects() {
        ContentLoader loader = new ContentLoader(FileCache.keeping());
        Content first = load(loader, dir);
        Content second = load(loader, dir);

        assertThat(loader.filesRead()).isZero();
        assertThat(second.articles().get(0)).isSameAs(first.articles().get(0));
        assertThat(second.articles().get(0).body().text()).isSameAs(first.articles().get(0).body().text());
        assertThat(second.actors().get(0)).isSameAs(first.actors().get(0));
        assertThat(second.settings()).isSameAs(first.settings());
    }

    @Test
    void aChangedFileGivesNewObjects() {
        ContentLoader loader = new ContentLoader(FileCache.keeping());
        Content first = load(loader, dir);
        TestFiles.write(dir, "articles/efe.md", "---\ntitle: EFE\n---\nKim spoke at length.\n");
        Content second = load(loader, dir);

        assertThat(loader.filesRead()).isEqualTo(1);
        assertThat(second.articles().get(0)).isNotSameAs(first.articles().get(0));
        assertThat(second.articles().get(1)).isSameAs(first.articles().get(1));
    }

    @Test
    void aCleanLoaderReadsEveryFileEachTime() {
        ContentLoader loader = new ContentLoader(FileCache.none());
        Content first = load(loader, dir);
        Content second = load(loader, dir);

        assertThat(loader.filesRead()).isEqualTo(4);
        assertThat(second.articles().get(0)).isNotSameAs(first.articles().get(0));
        assertThat(second.articles().get(0).sha256()).isEqualTo(first.articles().get(0).sha256());
    }

    @Test
    void theArticleCarriesTheHashOfItsMarkdown() {
        Content content = load(new ContentLoader(FileCache.none()), dir);

        assertThat(content.articles().get(0).sha256()).isEqualTo(Hashes.sha256("Kim spoke.\n"))
                .matches("[0-9a-f]{64}");
        assertThat(Hashes.sha256("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
