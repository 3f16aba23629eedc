package briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the stages pointing one way: {@code cli -> serve -> site -> render -> graph -> model} and
 * {@code site -> content -> model}. Each package may use the packages downstream of it, nothing else:
 * content and graph never use each other, render never uses content or site, nothing uses cli, and
 * model uses no other briefing package. Counts imports and fully qualified names alike.
 */
class PackageDirectionTest {
    private static final Path SOURCES = Path.of("src/main/java/briefing");

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "cli", Set.of("serve", "scaffold", "site", "render", "graph", "content", "model"),
            "scaffold", Set.of("model"),
            "serve", Set.of("site", "render", "graph", "content", "model"),
            "site", Set.of("render", "graph", "content", "model"),
            "render", Set.of("graph", "model"),
            "graph", Set.of("model"),
            "content", Set.of("model"),
            "model", Set.of());

    private static final Pattern USE = Pattern.compile("\\bbriefing\\.([a-z]+)\\.[A-Za-z_*]");

    @Test
    void packagesDependOnlyDownstream() throws IOException {
        List<String> wrong = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                files++;
                String pkg = SOURCES.relativize(file).getName(0).toString();
                if (!ALLOWED.containsKey(pkg)) {
                    wrong.add(file + ": package '" + pkg + "' is not one of the stages " + ALLOWED.keySet());
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    String t = line.strip();
                    if (t.startsWith("package ") || t.startsWith("*") || t.startsWith("//") || t.startsWith("/*")) {
                        continue;
                    }
                    Matcher m = USE.matcher(line);
                    while (m.find()) {
                        String used = m.group(1);
                        if (used.equals(pkg)) {
                            continue;
                        }
                        seen.add(pkg + "->" + used);
                        if (!ALLOWED.get(pkg).contains(used)) {
                            wrong.add(file + ":" + (i + 1) + ": " + pkg + " uses " + used + ": " + line.strip());
                        }
                    }
                }
            }
        }
        assertThat(files).as("java files under " + SOURCES.toAbsolutePath()).isGreaterThan(40);
        assertThat(seen).as("the scan finds the real dependencies").contains("site->content", "site->render",
                "render->graph", "graph->model", "content->model", "cli->site");
        assertThat(wrong).as("imports against the direction of the stages").isEmpty();
    }

    @Test
    void thirdPartyLibrariesStayInTheirStage() throws IOException {
        Map<String, Set<String>> home = Map.of(
                "org.snakeyaml", Set.of("content"),
                "freemarker", Set.of("render"),
                "org.jsoup", Set.of("site"),
                "picocli", Set.of("cli"),
                // the parsed Markdown tree travels in model.Body; parsing in content, rendering in render
                "org.commonmark", Set.of("content", "render", "model"));
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String pkg = SOURCES.relativize(file).getName(0).toString();
                for (String line : Files.readAllLines(file)) {
                    if (!line.startsWith("import ")) {
                        continue;
                    }
                    home.forEach((lib, allowed) -> {
                        if (line.matches("import (static )?" + Pattern.quote(lib) + "\\..*") && !allowed.contains(pkg)) {
                            wrong.add(file + ": " + line);
                        }
                    });
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
