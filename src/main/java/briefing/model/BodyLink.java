package briefing.model;

/** A link in a Markdown body to another item: {@code [Shoigu](actor:sergei-shoigu)}. */
public record BodyLink(Kind kind, Ref target) {
}
