package briefing.render;

import briefing.graph.Query;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Event;
import briefing.model.Kind;
import briefing.model.Stance;
import java.util.ArrayList;
import java.util.List;

/** The view of an event's page: its date and place, participants, related events, and its claims by source. */
final class EventView extends PageView {
    EventView(TrackedGraph graph, MarkdownRenderer markdown, String root, Words words) {
        super(graph, markdown, root, words);
    }

    Views.Event build(Event e) {
        List<Views.EventClaim> claims = new ArrayList<>();
        for (Claim c : graph.get(Query.CLAIMS_OF_EVENT, e.id())) {
            List<Views.SourceStance> sources = new ArrayList<>();
            int silent = graph.get(Query.COUNT, Kind.ARTICLE, "") - c.sources().size();
            if (silent <= MAX_SILENT_LISTED) {
                // Few sources: name each, the silent ones too.
                for (String a : graph.get(Query.ARTICLE_ORDER)) {
                    Stance s = c.stance(a);
                    sources.add(new Views.SourceStance(sourceLink(a), s.word(), stanceLabel(s)));
                }
                silent = 0;
            } else {
                for (ClaimSource source : sourcesInOrder(c)) {
                    Stance s = source.stance();
                    sources.add(new Views.SourceStance(sourceLink(source.article()), s.word(), stanceLabel(s)));
                }
            }
            claims.add(new Views.EventClaim(link(Kind.CLAIM, c.id()), difference(c), sources,
                    silent));
        }
        return new Views.Event(e.id(), e.title(), words.date(e.date()), e.date().iso(), e.date().isRange(),
                e.dateNote(), e.place(), links(Kind.ACTOR, e.participants()),
                graph.get(Query.RELATED_TO, e.id()).stream().map(this::eventItem).toList(),
                html(e.body()), claims, backlinks(Kind.EVENT, e.id()), e.extra());
    }
}
