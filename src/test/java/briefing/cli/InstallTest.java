package briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/install} in a home folder of its own: it links the launcher into {@code ~/.local/bin}, says what
 * to add to the PATH, and afterwards {@code briefing} works in any folder; the next steps {@code new site}
 * prints work when typed exactly as printed. The checkout is a copy of {@code bin/} with a jar that runs the
 * compiled classes, so the test needs no packaged jar.
 */
class InstallTest {
    @TempDir
    Path tmp;

    Path checkout;
    Path home;
    Path work;
    String systemPath;

    @BeforeEach
    void checkout() throws IOException {
        checkout = tmp.resolve("a checkout");
        home = tmp.resolve("home");
        work = tmp.resolve("elsewhere");
        Files.createDirectories(work);
        Files.createDirectories(home);
        for (String script : List.of("briefing", "install")) {
            Path copy = checkout.resolve("bin").resolve(script);
            Files.createDirectories(copy.getParent());
            Files.copy(Path.of("bin", script), copy);
            assertThat(copy.toFile().setExecutable(true)).isTrue();
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "briefing.cli.Main");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
                        .map(entry -> Path.of(entry).toAbsolutePath().toUri().toString())
                        .collect(Collectors.joining(" ")));
        Files.createDirectories(checkout.resolve("target"));
        try (OutputStream out = Files.newOutputStream(checkout.resolve("target/briefing.jar"));
             JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        systemPath = Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin";
    }

    record Shell(int exitCode, String out) {
    }

    private Shell sh(Path in, String path, String script) throws Exception {
        ProcessBuilder process = new ProcessBuilder("sh", "-c", script).directory(in.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = process.environment();
        env.clear();
        env.put("HOME", home.toString());
        env.put("PATH", path);
        Process p = process.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished: " + script).isTrue();
        return new Shell(p.exitValue(), out);
    }

    /** The commands {@code new site} prints under "Next:", all but the preview, which runs until stopped. */
    private static String nextSteps(String printed) {
        List<String> commands = new ArrayList<>();
        boolean next = false;
        for (String line : printed.lines().toList()) {
            if (next && line.startsWith("  ") && !line.contains(" serve ")) {
                commands.add(line.strip());
            }
            next |= line.endsWith("Next:");
        }
        assertThat(commands).hasSize(2);
        return String.join("\n", commands);
    }

    @Test
    void installPutsBriefingOnThePathAndTheNextStepsWorkAsPrinted() throws Exception {
        Shell install = sh(work, systemPath, HowToRun.quote(checkout.resolve("bin/install").toString()));
        Path bin = home.resolve(".local/bin");
        assertThat(install.exitCode()).as(install.out()).isZero();
        assertThat(Files.readSymbolicLink(bin.resolve("briefing"))).isEqualTo(checkout.resolve("bin/briefing"));
        String export = "export PATH=\"" + bin + ":$PATH\"";
        assertThat(install.out()).contains(bin + " is not on your PATH yet").contains("\n  " + export + "\n");

        Shell made = sh(work, systemPath, export + "\nbriefing new site my-story");
        assertThat(made.exitCode()).as(made.out()).isZero();
        assertThat(made.out()).contains("Next:\n  cd my-story\n  briefing build ").contains("\n  briefing serve ")
                .doesNotContain("not on your PATH");
        Shell steps = sh(work, systemPath, export + "\n" + nextSteps(made.out()));
        assertThat(steps.exitCode()).as(steps.out()).isZero();
        assertThat(work.resolve("my-story/site/index.html")).exists();
        assertThat(work.resolve("my-story/site/claims/vote-count.html")).exists();

        Shell again = sh(work, systemPath + ":" + bin, HowToRun.quote(checkout.resolve("bin/install")
                .toString()));
        assertThat(again.out()).as("installed twice").contains("'briefing' now works in any folder");
    }

    @Test
    void theLauncherBuildsAndChecksTheContentFolderGivenEitherWay() throws Exception {
        String launcher = HowToRun.quote(checkout.resolve("bin/briefing").toString());
        assertThat(sh(work, systemPath, launcher + " new site 'a story'").exitCode()).isZero();
        // The launcher looks into the content folder (how many articles) before it starts Java.
        Shell spaced = sh(work, systemPath, launcher + " build --content 'a story/content' --out 'a site'");
        assertThat(spaced.exitCode()).as(spaced.out()).isZero();
        assertThat(work.resolve("a site/index.html")).exists();
        Shell joined = sh(work, systemPath, launcher + " check '--content=a story/content' --strict");
        assertThat(joined.exitCode()).as(joined.out()).isZero();
        Shell missing = sh(work, systemPath, launcher + " build --content nowhere");
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.out()).contains("nowhere");
    }

    @Test
    void withoutInstallTheNextStepsNameTheLauncherAndTheInstallCommand() throws Exception {
        String launcher = HowToRun.quote(checkout.resolve("bin/briefing").toString());
        Shell made = sh(work, systemPath, launcher + " new site 'a story'");
        assertThat(made.exitCode()).as(made.out()).isZero();
        assertThat(made.out()).contains("Next:\n  cd 'a story'\n  " + launcher + " build ")
                .contains("briefing is not on your PATH: " + HowToRun.quote(checkout.resolve("bin/install")
                        .toString()) + " puts it there");
        Shell steps = sh(work, systemPath, nextSteps(made.out()));
        assertThat(steps.exitCode()).as(steps.out()).isZero();
        assertThat(work.resolve("a story/site/index.html")).exists();
    }
}
