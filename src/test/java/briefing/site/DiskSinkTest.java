package briefing.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A streamed file (briefing.json) is compared with the previous site's as it is written: the same
 * bytes give a link to the old file, any difference gives a new file with exactly the new bytes.
 */
class DiskSinkTest {
    /** Longer than the sink's comparison chunk (1 MiB), so that differences fall in a later chunk too. */
    private static final int SIZE = 2_500_000;

    @TempDir
    Path dir;

    Path previous;
    Path site;
    byte[] bytes;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("unix"),
                "needs file numbers (inodes) to tell a shared file from a written one");
        previous = dir.resolve("previous");
        site = dir.resolve("site");
        bytes = new byte[SIZE];
        new Random(7).nextBytes(bytes);
        Files.createDirectories(previous.resolve("data"));
    }

    @Test
    void theSameBytesAreLinkedToThePreviousFile() throws IOException {
        Path old = Files.write(previous.resolve("data/briefing.json"), bytes);

        Path file = stream(bytes);

        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        assertThat(inode(file)).isEqualTo(inode(old));
    }

    @Test
    void aDifferenceAnywhereGivesAFileOfItsOwnWithTheNewBytes() throws IOException {
        for (int at : new int[] {0, 1, 65_535, 65_536, 1_048_575, 1_048_576, 2_000_000, SIZE - 1}) {
            byte[] changed = bytes.clone();
            changed[at] ^= 1;
            Path old = Files.write(previous.resolve("data/briefing.json"), changed);

            Path file = stream(bytes);

            assertThat(Files.readAllBytes(file)).as("differing at %d", at).isEqualTo(bytes);
            assertThat(inode(file)).as("differing at %d", at).isNotEqualTo(inode(old));
            assertThat(Files.readAllBytes(old)).as("the previous file is left as it was").isEqualTo(changed);
            Files.delete(file);
        }
    }

    @Test
    void aPreviousFileLongerOrShorterIsNotShared() throws IOException {
        for (int length : new int[] {0, 1, SIZE / 2, SIZE - 1, SIZE + 1, SIZE + 2_000_000}) {
            byte[] other = Arrays.copyOf(bytes, length); // the same bytes as far as both go
            Path old = Files.write(previous.resolve("data/briefing.json"), other);

            Path file = stream(bytes);

            assertThat(Files.readAllBytes(file)).as("previous of %d bytes", length).isEqualTo(bytes);
            assertThat(inode(file)).as("previous of %d bytes", length).isNotEqualTo(inode(old));
            Files.delete(file);
        }
    }

    @Test
    void withoutAPreviousFileOrThroughASymbolicLinkTheFileIsWritten() throws IOException {
        Path file = stream(bytes);
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        Files.delete(file);

        Path elsewhere = Files.write(dir.resolve("elsewhere.json"), bytes);
        Files.createSymbolicLink(previous.resolve("data/briefing.json"), elsewhere);
        file = stream(bytes);
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        assertThat(inode(file)).isNotEqualTo(inode(elsewhere));
        assertThat(Files.getAttribute(elsewhere, "unix:nlink")).isEqualTo(1);
    }

    /** Streams {@code content} into a new site over the previous one, in pieces of varied sizes. */
    private Path stream(byte[] content) {
        new DiskSink(site, previous).stream("data/briefing.json", out -> {
            Random sizes = new Random(content.length);
            for (int at = 0; at < content.length; ) {
                int n = Math.min(content.length - at, sizes.nextInt(3) == 0 ? 1 : sizes.nextInt(700_000));
                if (n == 1) {
                    out.write(content[at]);
                } else {
                    out.write(content, at, n);
                }
                at += n;
            }
        });
        return site.resolve("data/briefing.json");
    }

    private static Object inode(Path file) throws IOException {
        return Files.getAttribute(file, "unix:ino");
    }
}
