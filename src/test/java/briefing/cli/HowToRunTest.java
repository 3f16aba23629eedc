package briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The way to run briefing that next steps print: the plain name only where the PATH has it. */
class HowToRunTest {
    @TempDir
    Path dir;

    @Test
    void withoutLauncherOrPathTheJarIsNamedAndQuotedForTheShell() {
        Path jar = dir.resolve("it's here/briefing.jar");
        HowToRun run = HowToRun.of(Map.of("PATH", dir.toString()), jar);
        assertThat(run.command()).isEqualTo("java -jar '" + dir + "/it'\\''s here/briefing.jar'");
        assertThat(run.install()).isEqualTo(Optional.empty());
        assertThat(HowToRun.of(Map.of(), dir.resolve("classes")).command()).isEqualTo("briefing");
    }
}
