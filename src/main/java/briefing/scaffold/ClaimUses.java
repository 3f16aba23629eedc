package briefing.scaffold;

import briefing.model.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How many claims list each article among their sources, read from the claims' front matter line by line
 * (an indented {@code id:} alone on its line): enough to choose an article for a new claim, without
 * reading the content as a build does.
 */
final class ClaimUses {
    private ClaimUses() {
    }

    static Map<String, Integer> count(Path content, List<String> articleIds) {
        Set<String> ids = Set.copyOf(articleIds);
        Map<String, Integer> uses = new HashMap<>();
        Path folder = content.resolve(Kind.CLAIM.folder());
        if (!Files.isDirectory(folder)) {
            return uses;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".md")).toList()) {
                for (String id : sources(file, ids)) {
                    uses.merge(id, 1, Integer::sum);
                }
            }
        } catch (IOException e) {
            return uses; // a choice without the counts is still a choice
        }
        return uses;
    }

    private static Set<String> sources(Path claim, Set<String> ids) {
        try {
            return Scaffold.frontMatter(Files.readString(claim, StandardCharsets.UTF_8)).lines()
                    .filter(line -> line.startsWith(" ") || line.startsWith("\t"))
                    .map(line -> line.strip().replaceFirst("\\s*(#.*)?$", ""))
                    .filter(line -> line.endsWith(":"))
                    .map(line -> line.substring(0, line.length() - 1))
                    .filter(ids::contains).collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of();
        }
    }
}
