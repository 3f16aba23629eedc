package briefing.model;

/** A reference to an item by id, written at a place in a content file (for error messages). */
public record Ref(String id, SourcePos pos) {
}
