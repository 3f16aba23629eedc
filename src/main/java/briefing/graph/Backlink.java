package briefing.graph;

import briefing.model.Kind;

/** An item whose Markdown body links to another item. */
public record Backlink(Kind kind, String id) {
}
