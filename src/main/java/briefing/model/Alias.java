package briefing.model;

/** A name or alias under which an actor is found in the articles, with where the editor wrote it. */
public record Alias(String text, SourcePos pos) {
}
