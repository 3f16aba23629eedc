package briefing.graph;

import briefing.model.Body;
import briefing.model.Content;
import briefing.model.Diagnostic;
import briefing.model.FileLink;
import briefing.model.StaticFile;
import briefing.model.Suggest;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the images and the links to static files of every body: a {@code static/...} address must
 * name a file of {@code content/static/} (an error, with the closest name), and warns about an image
 * without alt text, an image from another site (the site's security policy blocks it) and an image
 * that is not in {@code static/} at all.
 */
final class FileLinkCheck {
    private final Map<String, StaticFile> files;
    private final Set<String> refused;
    private final List<Diagnostic> problems;

    private FileLinkCheck(Map<String, StaticFile> files, Set<String> refused, List<Diagnostic> problems) {
        this.files = files;
        this.refused = refused;
        this.problems = problems;
    }

    /** Checks every body of the content, the overview included. */
    static void run(Content content, Map<String, StaticFile> files, List<Diagnostic> problems) {
        FileLinkCheck check = new FileLinkCheck(files, content.refusedFiles(), problems);
        if (content.settings() != null) {
            check.body(content.settings().body());
        }
        ReferenceCheck.forEachBody(content, (kind, id, body) -> check.body(body));
    }

    private void body(Body body) {
        for (FileLink link : body.files()) {
            String what = link.image() ? "the image" : "the link";
            if (link.isStatic()) {
                staticFile(link, what);
            } else if (link.isRemote()) {
                problems.add(Diagnostic.warning(link.pos(), "the image " + link.target() + " is on another site:"
                        + " the site's security policy blocks images from other sites, so it will not show; copy it"
                        + " into content/static/ and write static/" + fileName(link.target())));
            } else if (!link.target().contains(":") && !link.target().isBlank()) {
                problems.add(Diagnostic.warning(link.pos(), "the image '" + link.target() + "' is not one of the"
                        + " site's files: put it in content/static/ and write static/" + fileName(link.target())));
            }
            if (link.image() && !link.alt()) {
                problems.add(Diagnostic.warning(link.pos(), "the image " + link.target() + " has no alt text: say"
                        + " what it shows between the brackets, ![what the picture shows](" + link.target() + "), for"
                        + " readers who cannot see it"));
            }
        }
    }

    private void staticFile(FileLink link, String what) {
        String path = link.staticPath();
        StaticFile file = files.get(path);
        if (file == null && refused.contains(path)) {
            return; // the file's own error says why it was refused
        } else if (file == null) {
            problems.add(Diagnostic.error(link.pos(), what + " names static/" + path + ", which does not exist (no"
                    + " content/static/" + path + ")" + suggestion(path)));
        } else if (link.image() && !file.isImage()) {
            problems.add(Diagnostic.warning(link.pos(), "static/" + path + " is not a picture, so it cannot be shown"
                    + " as an image: link to it instead, [" + fileName(path) + "](static/" + path + ")"));
        }
    }

    /** "; did you mean ...?" naming the closest path, or a file of the same name in another folder; or "". */
    private String suggestion(String path) {
        String closest = Suggest.closest(path, files.keySet());
        if (closest == null) {
            String name = fileName(path);
            closest = files.keySet().stream().sorted().filter(p -> fileName(p).equals(name)).findFirst().orElse(null);
        }
        return closest == null ? "" : "; did you mean static/" + closest + "?";
    }

    private static String fileName(String address) {
        String path = address;
        int cut = path.indexOf('?');
        path = cut >= 0 ? path.substring(0, cut) : path;
        cut = path.indexOf('#');
        path = cut >= 0 ? path.substring(0, cut) : path;
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isEmpty() ? "picture.jpg" : name;
    }
}
