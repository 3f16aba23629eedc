package briefing.content;

import briefing.model.Diagnostic;
import briefing.model.Kind;
import briefing.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lists the files of a content folder: index.md and the .md files of the four kind folders, in
 * sorted order. Refuses symbolic links that lead outside the folder and names that differ only in
 * case; warns about other files and folders, which are left out.
 */
final class FolderWalk {
    private static final int MAX_FILES = ContentLoader.MAX_FILES;

    private FolderWalk() {
    }

    /** A content file and, when it is a plain file (not a link), its attributes as listed. */
    record Listed(Path path, BasicFileAttributes attrs) {
    }

    /** index.md and the .md files of the four kind folders, sorted; drafts and other files left out. */
    static List<Listed> list(Path dir, String root, Path realRoot, List<Diagnostic> problems) {
        List<Listed> files = new ArrayList<>();
        Path index = dir.resolve("index.md");
        if (Files.exists(index, LinkOption.NOFOLLOW_LINKS)) {
            if (leadsInside(index, realRoot)) {
                files.add(new Listed(index, null));
            } else {
                problems.add(new Diagnostic(Severity.ERROR, root + "/index.md", 1,
                        "a symbolic link that leads outside the content folder; refused"));
            }
        }
        for (Kind kind : Kind.values()) {
            Path folder = dir.resolve(kind.folder());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            if (!leadsInside(folder, realRoot)) {
                problems.add(new Diagnostic(Severity.ERROR, root + "/" + kind.folder(), 0,
                        "a symbolic link that leads outside the content folder; refused"));
                continue;
            }
            try (Stream<Path> entries = Files.list(folder)) {
                List<Path> listed = entries.limit(MAX_FILES + 1L).sorted().toList();
                if (files.size() + listed.size() > MAX_FILES) {
                    problems.add(new Diagnostic(Severity.ERROR, root + "/" + kind.folder(), 0,
                            "more than " + MAX_FILES + " files; a content folder may hold at most " + MAX_FILES));
                    return files;
                }
                String[] names = new String[listed.size()];
                Arrays.setAll(names, i -> listed.get(i).getFileName().toString());
                reportCaseTwins(names, root + "/" + kind.folder(), problems);
                List<BasicFileAttributes> plain = listed.parallelStream().map(FolderWalk::plain).toList();
                for (int i = 0; i < listed.size(); i++) {
                    Path p = listed.get(i);
                    String name = names[i];
                    if (name.startsWith(".") || name.startsWith("_")) {
                        continue;
                    }
                    // A file that is not a link lies where the folder (inside) lies: one lstat instead of a realpath.
                    BasicFileAttributes attrs = plain.get(i);
                    if (attrs != null && attrs.isRegularFile() && name.endsWith(".md")) {
                        files.add(new Listed(p, attrs));
                    } else if (!leadsInside(p, realRoot)) {
                        problems.add(new Diagnostic(Severity.ERROR, shown(root, kind, name), 1,
                                "a symbolic link that leads outside the content folder; refused"));
                    } else if (Files.isDirectory(p)) {
                        problems.add(new Diagnostic(Severity.WARNING, shown(root, kind, name), 0,
                                "a folder inside " + kind.folder() + "/ is not part of the content format; ignored"));
                    } else if (!name.endsWith(".md")) {
                        problems.add(new Diagnostic(Severity.WARNING, shown(root, kind, name), 1,
                                "not a .md file; ignored"));
                    } else {
                        files.add(new Listed(p, null));
                    }
                }
            } catch (IOException e) {
                problems.add(new Diagnostic(Severity.ERROR, root + "/" + kind.folder(), 0,
                        "cannot read the folder: " + e.getMessage()));
            }
        }
        return files;
    }

    /** How a problem with a file of a kind folder names it. */
    private static String shown(String root, Kind kind, String name) {
        return root + "/" + kind.folder() + "/" + name;
    }

    /**
     * Names that differ only by case are one file on a case-insensitive file system (macOS, Windows):
     * whichever was copied last would win. Each is reported, naming the others.
     */
    private static void reportCaseTwins(String[] names, String folder, List<Diagnostic> problems) {
        // Of two names that differ only in case, at least one changes when lower-cased: most folders
        // have no such name, and are done after one look at each.
        String[] lower = new String[names.length];
        Set<String> suspects = null;
        for (int i = 0; i < names.length; i++) {
            lower[i] = names[i].toLowerCase(Locale.ROOT);
            if (!lower[i].equals(names[i])) {
                if (suspects == null) {
                    suspects = new HashSet<>();
                }
                suspects.add(lower[i]);
            }
        }
        if (suspects == null) {
            return;
        }
        Map<String, List<String>> byLowerCase = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (suspects.contains(lower[i])) {
                byLowerCase.computeIfAbsent(lower[i], k -> new ArrayList<>()).add(names[i]);
            }
        }
        // Any order of groups: the diagnostics are sorted when loading ends.
        for (List<String> twins : byLowerCase.values()) {
            if (twins.size() > 1) {
                for (String name : twins) {
                    List<String> others = twins.stream().filter(n -> !n.equals(name)).toList();
                    problems.add(new Diagnostic(Severity.ERROR, folder + "/" + name, 1, "the name differs only in case"
                            + " from " + String.join(", ", others) + ": on a case-insensitive file system they are"
                            + " one file; keep one"));
                }
            }
        }
    }

    /** The attributes of a file that is not a symbolic link, or null. */
    static BasicFileAttributes plain(Path p) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attrs.isSymbolicLink() ? null : attrs;
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether a path, its links followed, lies inside the folder whose real path is given. */
    static boolean leadsInside(Path p, Path realRoot) {
        try {
            return p.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false; // a dangling link
        }
    }
}
