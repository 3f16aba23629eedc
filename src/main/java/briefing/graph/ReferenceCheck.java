package briefing.graph;

import briefing.model.Actor;
import briefing.model.Article;
import briefing.model.Body;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Content;
import briefing.model.Diagnostic;
import briefing.model.Event;
import briefing.model.Ids;
import briefing.model.Kind;
import briefing.model.Ref;
import briefing.model.Suggest;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that every id the content names (in front matter and in body links) leads to an item of
 * the right kind, suggesting the closest id when one does not.
 */
final class ReferenceCheck {
    private final Content content;
    private final Map<Kind, Collection<String>> ids;
    private final List<Diagnostic> problems;

    ReferenceCheck(Content content, Map<Kind, Collection<String>> ids, List<Diagnostic> problems) {
        this.content = content;
        this.ids = ids;
        this.problems = problems;
    }

    /** Something done with each body that belongs to an item. */
    interface BodyVisitor {
        void visit(Kind kind, String id, Body body);
    }

    /** Every body except the overview (which belongs to no item), in kind then id order. */
    static void forEachBody(Content content, BodyVisitor visitor) {
        content.articles().forEach(a -> visitor.visit(Kind.ARTICLE, a.id(), a.body()));
        content.actors().forEach(a -> visitor.visit(Kind.ACTOR, a.id(), a.body()));
        content.events().forEach(e -> visitor.visit(Kind.EVENT, e.id(), e.body()));
        content.claims().forEach(c -> visitor.visit(Kind.CLAIM, c.id(), c.body()));
    }

    /**
     * Reports every reference to an item that does not exist. Each item's problems depend only on the
     * item and on which ids exist: an item the memo's last check saw (the very same object), with the
     * same ids, gets the problems found then.
     */
    void run(GraphMemo memo) {
        Map<Object, List<Diagnostic>> last = memo.references(ids, content.unreadable());
        Map<Object, List<Diagnostic>> now = memo.keeps() ? new IdentityHashMap<>() : null;
        if (content.settings() != null) {
            check(content.settings(), last, now, () -> links(content.settings().body()));
        }
        for (Article a : content.articles()) {
            check(a, last, now, () -> {
                a.cites().forEach(r -> expect(r, Kind.ACTOR, "'cites'"));
                links(a.body());
            });
        }
        for (Actor a : content.actors()) {
            check(a, last, now, () -> {
                if (a.affiliation() != null) {
                    expect(a.affiliation(), Kind.ACTOR, "'affiliation'");
                }
                links(a.body());
            });
        }
        for (Event e : content.events()) {
            check(e, last, now, () -> {
                e.participants().forEach(r -> expect(r, Kind.ACTOR, "'participants'"));
                e.related().forEach(r -> expect(r, Kind.EVENT, "'related'"));
                links(e.body());
            });
        }
        for (Claim c : content.claims()) {
            check(c, last, now, () -> {
                c.about().forEach(r -> expect(r, Kind.ACTOR, "'about'"));
                if (c.event() != null) {
                    expect(c.event(), Kind.EVENT, "'event'");
                }
                for (ClaimSource s : c.sources()) {
                    expect(new Ref(s.article(), s.pos()), Kind.ARTICLE, "'sources'");
                    s.via().forEach(r -> expect(r, Kind.ACTOR, "'via'"));
                }
                links(c.body());
            });
        }
        if (now != null) {
            memo.keepReferences(ids, content.unreadable(), now);
        }
    }

    /** Adds one item's problems: the last check's when it saw this very item, else found now. */
    private void check(Object item, Map<Object, List<Diagnostic>> last, Map<Object, List<Diagnostic>> now,
            Runnable checks) {
        List<Diagnostic> found = last == null ? null : last.get(item);
        if (found == null) {
            int from = problems.size();
            checks.run();
            found = from == problems.size() ? List.of() : List.copyOf(problems.subList(from, problems.size()));
        } else {
            problems.addAll(found);
        }
        if (now != null) {
            now.put(item, found);
        }
    }

    private void links(Body body) {
        body.links().forEach(l -> expect(l.target(), l.kind(), "the link"));
    }

    private void expect(Ref ref, Kind kind, String where) {
        Collection<String> known = ids.get(kind);
        if (known.contains(ref.id()) || content.isUnreadable(kind, ref.id())) {
            return; // an unreadable file has its own error: the reference to it is not a second one
        }
        if (!Ids.isValid(ref.id())) {
            // A path such as '../x' or '/etc/passwd' is not an id at all, let alone a missing file.
            problems.add(Diagnostic.error(ref.pos(), where + " names " + kind.prefix() + " '" + ref.id()
                    + "', which is not a valid id: " + Ids.RULE));
            return;
        }
        String closest = Suggest.closest(ref.id(), known);
        String message = where + " names " + kind.prefix() + " '" + ref.id() + "', which does not exist (no "
                + kind.folder() + "/" + ref.id() + ".md)" + (closest == null ? "" : "; did you mean '" + closest + "'?");
        problems.add(Diagnostic.error(ref.pos(), message));
    }
}
