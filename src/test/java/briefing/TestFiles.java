package briefing;

import briefing.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Helpers shared by the tests: fixture copies, inline content folders, folder snapshots and CLI runs. */
public final class TestFiles {
    /** The small fixture content folder, relative to the project root (the tests' working directory). */
    public static final Path SMALL = Path.of("src/test/resources/fixtures/small");

    private TestFiles() {
    }

    /** Copies the small fixture into {@code dir}/content and returns that folder. */
    public static Path copySmall(Path dir) {
        Path target = dir.resolve("content");
        copyTree(SMALL, target);
        return target;
    }

    public static void copyTree(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(d).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    Files.copy(f, to.resolve(from.relativize(f).toString()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a UTF-8 file, creating its folders. */
    public static Path write(Path root, String relative, String text) {
        return writeBytes(root, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a small content folder given as one text into {@code root} and returns {@code root}: each
     * file starts after a line {@code -- path --} and runs to the next such line, so a test can show
     * its whole site beside its assertions.
     */
    public static Path writeFiles(Path root, String files) {
        String path = null;
        StringBuilder text = new StringBuilder();
        for (String line : files.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
                if (path != null) {
                    write(root, path, text.toString());
                }
                path = line.substring(3, line.length() - 3);
                text.setLength(0);
            } else if (path != null) {
                text.append(line).append('\n');
            } else if (!line.isBlank()) {
                throw new IllegalArgumentException("text before the first '-- path --' line: " + line);
            }
        }
        if (path != null) {
            // split leaves one empty piece after the text's last newline: that newline is already written
            write(root, path, text.substring(0, Math.max(0, text.length() - 1)));
        }
        return root;
    }

    public static Path writeBytes(Path root, String relative, byte[] bytes) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's size in bytes. */
    public static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces exactly one occurrence of {@code from} in a file; fails when it is not there exactly once. */
    public static void replace(Path file, String from, String to) {
        String text = read(file);
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new AssertionError("expected exactly one '" + from + "' in " + file);
        }
        write(file.getParent(), file.getFileName().toString(), text.substring(0, at) + to
                + text.substring(at + from.length()));
    }

    /** Every regular file under {@code root} by forward-slash relative path, with its bytes. */
    public static Map<String, byte[]> snapshot(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Differences between two snapshots, one line each; empty when they are byte-for-byte equal. */
    public static String differences(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        StringBuilder out = new StringBuilder();
        for (String p : expected.keySet()) {
            if (!actual.containsKey(p)) {
                out.append("missing: ").append(p).append('\n');
            } else if (!Arrays.equals(expected.get(p), actual.get(p))) {
                out.append("differs: ").append(p).append('\n');
            }
        }
        for (String p : actual.keySet()) {
            if (!expected.containsKey(p)) {
                out.append("extra:   ").append(p).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * For each of the first {@code files} files that both snapshots hold with different bytes, the
     * first line that differs: its number and both versions, each named, long lines cut to the part
     * around the first differing character. Empty when no file in both differs.
     */
    public static String firstDifferingLines(Map<String, byte[]> expected, String expectedName,
            Map<String, byte[]> actual, String actualName, int files) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (Map.Entry<String, byte[]> file : expected.entrySet()) {
            byte[] other = actual.get(file.getKey());
            if (other == null || Arrays.equals(file.getValue(), other)) {
                continue;
            }
            if (shown++ == files) {
                out.append("(and more files)\n");
                break;
            }
            String[] left = new String(file.getValue(), StandardCharsets.UTF_8).split("\n", -1);
            String[] right = new String(other, StandardCharsets.UTF_8).split("\n", -1);
            int line = 0;
            while (line < left.length && line < right.length && left[line].equals(right[line])) {
                line++;
            }
            String a = line < left.length ? left[line] : "(end of file)";
            String b = line < right.length ? right[line] : "(end of file)";
            int column = 0;
            while (column < a.length() && column < b.length() && a.charAt(column) == b.charAt(column)) {
                column++;
            }
            int width = Math.max(expectedName.length(), actualName.length()) + 1;
            out.append(file.getKey()).append(", line ").append(line + 1).append(", column ").append(column + 1)
                    .append(":\n  ").append(padded(expectedName + ":", width)).append(' ').append(around(a, column))
                    .append("\n  ").append(padded(actualName + ":", width)).append(' ').append(around(b, column))
                    .append('\n');
        }
        return out.toString();
    }

    private static String padded(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    /** The line, or when it is long the part of it around {@code column}. */
    private static String around(String line, int column) {
        int from = Math.max(0, column - 60);
        int to = Math.min(line.length(), column + 100);
        return (from > 0 ? "..." : "") + line.substring(from, to) + (to < line.length() ? "..." : "");
    }

    /** The result of one command-line run. */
    public record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    /** Runs the {@code briefing} command line with captured output. */
    public static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Builds a content folder into {@code out} through the command line. */
    public static Run build(Path content, Path out) {
        return cli("build", "--content", content.toString(), "--out", out.toString());
    }
}
