package briefing.render;

import briefing.graph.Mention;
import briefing.graph.NameUse;
import briefing.graph.Query;
import briefing.model.Actor;
import briefing.model.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The view of an actor's page: profile, how each source names the actor, mentions in context, events, claims. */
final class ActorView extends PageView {
    /** About how many characters of text the page shows on each side of a mention. */
    private static final int CONTEXT = 70;
    /** How many mentions in context the page shows for each source; the rest are a link to the source. */
    static final int MENTIONS_PER_SOURCE = 5;

    private final GenerationCache<ViewBuilder.Excerpt, String[]> excerpts;

    ActorView(TrackedGraph graph, MarkdownRenderer markdown, String root,
            GenerationCache<ViewBuilder.Excerpt, String[]> excerpts) {
        super(graph, markdown, root);
        this.excerpts = excerpts;
    }

    Views.Actor build(Actor a) {
        Map<String, List<Mention>> byArticle = new TreeMap<>(Comparator.comparing(graph::articlePosition));
        for (Mention m : graph.get(Query.MENTIONS_OF, a.id())) {
            byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m);
        }
        List<Views.NameUse> names = new ArrayList<>();
        List<Views.MentionGroup> groups = new ArrayList<>();
        byArticle.forEach((articleId, list) -> {
            Views.Link articleLink = sourceLink(articleId);
            names.add(nameUse(articleLink, NameUse.of(list)));
            String text = graph.require(Query.TEXT, articleId);
            List<Views.MentionContext> contexts = list.stream().limit(MENTIONS_PER_SOURCE).map(m -> {
                String[] around = excerpts.get(new ViewBuilder.Excerpt(text, m.start(), m.end()), e -> new String[] {
                    Texts.before(text, m.start(), CONTEXT), Texts.after(text, m.end(), CONTEXT)});
                return new Views.MentionContext(articleLink, articleLink.href() + "#" + m.anchor(), around[0],
                        m.name(), around[1]);
            }).toList();
            int more = list.size() - contexts.size();
            groups.add(new Views.MentionGroup(articleLink, contexts, more,
                    more == 0 ? null : articleLink.href() + "#" + list.get(contexts.size()).anchor()));
        });
        List<Views.CoActor> co = new ArrayList<>();
        graph.get(Query.CO_PARTICIPANTS, a.id()).forEach((other, count) -> co.add(new Views.CoActor(link(Kind.ACTOR, other),
                count)));
        co.sort(Comparator.comparingInt(Views.CoActor::events).reversed().thenComparing(c -> c.actor().text()));
        return new Views.Actor(a.id(), a.name(), a.kind().word(), capitalize(a.kind().word()), a.role(),
                a.affiliation() == null ? null : link(Kind.ACTOR, a.affiliation().id()), a.aliases(),
                html(a.body()), names,
                graph.get(Query.EVENTS_OF, a.id()).stream().map(this::eventItem).toList(),
                graph.get(Query.CLAIMS_ABOUT, a.id()).stream().map(this::claimItem).toList(), groups,
                graph.get(Query.AFFILIATES_OF, a.id()).stream().map(x -> link(Kind.ACTOR, x)).toList(),
                graph.get(Query.CITING, a.id()).stream().map(this::sourceLink).toList(), co,
                backlinks(Kind.ACTOR, a.id()), a.extra());
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
