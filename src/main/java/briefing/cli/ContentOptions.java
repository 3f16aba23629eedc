package briefing.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --content} and {@code --templates}, shared by the commands that read a briefing. */
final class ContentOptions {
    /** The content folder when {@code --content} is not given. */
    static final String DEFAULT_CONTENT = "content";

    @Option(names = "--content", paramLabel = "DIR", defaultValue = DEFAULT_CONTENT,
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder of templates that replace the bundled ones of the same name.")
    Path templates;
}
