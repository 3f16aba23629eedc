package briefing.cli;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the editor runs briefing from a shell, for the next steps a command prints: {@code briefing} when it is on
 * the PATH, else the launcher {@code bin/briefing} by its full path (which the launcher passes in
 * {@code BRIEFING_LAUNCHER}), else {@code java -jar} and the jar.
 *
 * @param command the words to type, quoted for a POSIX shell where needed
 * @param install the command that puts briefing on the PATH, when it is not there and a checkout's is known
 */
record HowToRun(String command, Optional<String> install) {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    /** For the process that runs now. */
    static HowToRun current() {
        CodeSource source = Main.class.getProtectionDomain().getCodeSource();
        Path jar = null;
        try {
            jar = source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            // a code source that is no file: fall back to the plain name
        }
        return of(System.getenv(), jar);
    }

    static HowToRun of(Map<String, String> env, Path codeSource) {
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "briefing"))) {
                return new HowToRun("briefing", Optional.empty());
            }
        }
        String launcher = env.get("BRIEFING_LAUNCHER");
        if (launcher != null && Files.isRegularFile(Path.of(launcher))) {
            Path install = Path.of(launcher).resolveSibling("install");
            return new HowToRun(quote(launcher),
                    Files.isRegularFile(install) ? Optional.of(quote(install.toString())) : Optional.empty());
        }
        if (codeSource != null && codeSource.toString().endsWith(".jar")) {
            return new HowToRun("java -jar " + quote(codeSource.toAbsolutePath().toString()), Optional.empty());
        }
        return new HowToRun("briefing", Optional.empty());
    }

    /** A word as a POSIX shell reads it back unchanged. */
    static String quote(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
