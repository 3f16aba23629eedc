package briefing.content;

import briefing.content.FolderWalk.Listed;
import briefing.model.Diagnostic;
import briefing.model.FileType;
import briefing.model.Severity;
import briefing.model.StaticFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of {@code content/static/}: lists them (every folder inside, in sorted order) and reads
 * each one, refusing what may not be copied into the site: a kind of file not allowed, a file whose
 * content is not what its extension says, an SVG that could run script or load from elsewhere
 * ({@link SvgCheck}), a file or a folder too large.
 */
final class StaticFolder {
    /** The largest static file copied. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** The most all static files together may weigh. */
    static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;
    /** The most static files a content folder may hold. */
    static final int MAX_FILES = 10_000;

    /** A name the site's addresses can carry as it is: letters, digits, '.', '_' and '-'. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final String NAME_RULE = "names in static/ use letters a-z and A-Z, digits, '.', '_' and '-' only";

    private StaticFolder() {
    }

    /** The files of {@code dir}/static, sorted by path; drafts ({@code .x}, {@code _x}) left out. */
    static List<Listed> list(Path dir, String root, Path realRoot, List<Diagnostic> problems) {
        Path folder = dir.resolve(StaticFile.FOLDER);
        List<Listed> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        walk(folder, root + "/" + StaticFile.FOLDER, realRoot, files, problems);
        return files;
    }

    private static void walk(Path folder, String shown, Path realRoot, List<Listed> files, List<Diagnostic> problems) {
        if (!FolderWalk.leadsInside(folder, realRoot)) {
            problems.add(new Diagnostic(Severity.ERROR, shown, 0,
                    "a symbolic link that leads outside the content folder; refused"));
            return;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted().toList();
        } catch (IOException e) {
            problems.add(new Diagnostic(Severity.ERROR, shown, 0, "cannot read the folder: " + e.getMessage()));
            return;
        }
        Map<String, String> lowerCase = new HashMap<>();
        for (Path p : entries) {
            String name = p.getFileName().toString();
            String path = shown + "/" + name;
            if (name.startsWith(".") || name.startsWith("_")) {
                continue;
            }
            String twin = lowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            if (twin != null) {
                problems.add(new Diagnostic(Severity.ERROR, path, 0, "the name differs only in case from " + twin
                        + ": on a case-insensitive file system they are one file; keep one"));
                continue;
            }
            if (!NAME.matcher(name).matches()) {
                problems.add(new Diagnostic(Severity.ERROR, path, 0, "the name '" + name + "' cannot be part of the"
                        + " site's addresses as it is: " + NAME_RULE + " (rename it, e.g. '" + suggestName(name)
                        + "')"));
                continue;
            }
            BasicFileAttributes attrs = FolderWalk.plain(p);
            if (attrs != null && attrs.isDirectory()) {
                walk(p, path, realRoot, files, problems);
            } else if (attrs != null && attrs.isRegularFile()) {
                files.add(new Listed(p, attrs));
            } else if (!FolderWalk.leadsInside(p, realRoot)) {
                problems.add(new Diagnostic(Severity.ERROR, path, 0,
                        "a symbolic link that leads outside the content folder; refused"));
            } else if (Files.isDirectory(p)) {
                walk(p, path, realRoot, files, problems);
            } else if (Files.isRegularFile(p)) {
                files.add(new Listed(p, null));
            }
            if (files.size() > MAX_FILES) {
                problems.add(new Diagnostic(Severity.ERROR, shown, 0, "more than " + MAX_FILES
                        + " files in static/; a content folder may hold at most " + MAX_FILES));
                files.remove(files.size() - 1);
                return;
            }
        }
    }

    /**
     * Reads one static file: its bytes, checked against its kind, and its size when it is a picture.
     *
     * @param dir  the content folder
     * @param root the content folder as messages name it
     */
    static Loaded read(Path dir, String root, Path file) {
        String path = dir.resolve(StaticFile.FOLDER).relativize(file).toString().replace('\\', '/');
        String shown = root + "/" + StaticFile.FOLDER + "/" + path;
        List<Diagnostic> problems = new ArrayList<>();
        FileType type = FileType.of(path).orElse(null);
        if (type == null) {
            String ext = FileType.extension(path);
            problems.add(new Diagnostic(Severity.ERROR, shown, 0, (ext.isEmpty() ? "a file without an extension"
                    : "a ." + ext + " file") + " is not copied into the site: static/ may hold only "
                    + FileType.ALLOWED + " files; remove it, or put it outside the content folder"));
            return new Loaded(null, problems);
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(new Diagnostic(Severity.ERROR, shown, 0, "the file is " + megabytes(size)
                        + "; a static file may be at most " + megabytes(MAX_FILE_BYTES)
                        + " (make it smaller, or link to it where it is published)"));
                return new Loaded(null, problems);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(new Diagnostic(Severity.ERROR, shown, 0, "cannot read: " + e.getMessage()));
            return new Loaded(null, problems);
        }
        FileHeaders.Header header = FileHeaders.read(type, bytes);
        if (!header.matches()) {
            problems.add(new Diagnostic(Severity.ERROR, shown, 0, "the file is named ." + FileType.extension(path)
                    + " but its content is not a " + type.word() + "; give it the extension of what it is"));
            return new Loaded(null, problems);
        }
        if (type == FileType.SVG) {
            SvgCheck.check(shown, bytes, problems);
            if (!problems.isEmpty()) {
                return new Loaded(null, problems);
            }
        }
        return new Loaded(new StaticFile(path, bytes, header.width(), header.height()), problems);
    }

    /** Reports static files that together weigh more than the limit. */
    static void checkTotal(List<StaticFile> files, String root, List<Diagnostic> problems) {
        long total = 0;
        for (StaticFile f : files) {
            total += f.bytes().length;
        }
        if (total > MAX_TOTAL_BYTES) {
            problems.add(new Diagnostic(Severity.ERROR, root + "/" + StaticFile.FOLDER, 0, "the static files weigh "
                    + megabytes(total) + " together; they may weigh at most " + megabytes(MAX_TOTAL_BYTES)));
        }
    }

    /** A size in megabytes, as an editor reads it: "12.5 MB". */
    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb)) + " MB";
    }

    private static String suggestName(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-._]+", "");
        return s.isEmpty() ? "file" : s;
    }

}
