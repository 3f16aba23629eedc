package briefing.graph;

import briefing.model.Actor;
import briefing.model.Alias;
import briefing.model.Article;
import briefing.model.Claim;
import briefing.model.Content;
import briefing.model.Diagnostic;
import briefing.model.Event;
import briefing.model.Kind;
import briefing.model.SourcePos;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Warnings beyond the format, about what is written but never used: names that never occur,
 * sources no claim uses, events nobody takes part in.
 */
final class UnusedWarnings {

    private UnusedWarnings() {
    }

    static void report(Content content, MentionFinder.Index mentions, Map<String, List<Claim>> claimsByArticle,
            List<Diagnostic> problems) {
        Set<String> namesUsed = mentions.namesUsed();
        // An article that could not be read may name any actor; a claim that could not be read, use any article.
        for (Actor actor : content.allRead(Kind.ARTICLE) ? content.actors() : List.<Actor>of()) {
            if (!mentions.byActor().containsKey(actor.id())) {
                problems.add(Diagnostic.warning(new SourcePos(actor.path(), 1), "actor '" + actor.id()
                        + "' is never mentioned in any article (neither '" + actor.name() + "' nor an alias occurs)"));
                continue;
            }
            for (Alias alias : actor.names().subList(1, actor.names().size())) {
                if (!namesUsed.contains(alias.text())) {
                    problems.add(Diagnostic.warning(alias.pos(), "the alias '" + alias.text()
                            + "' never occurs in any article (whole words, case-sensitive)"));
                }
            }
        }
        for (Article article : content.articles()) {
            if (!claimsByArticle.containsKey(article.id()) && !content.claims().isEmpty()
                    && content.allRead(Kind.CLAIM)) {
                problems.add(Diagnostic.warning(new SourcePos(article.path(), 1), "article '"
                        + article.id() + "' is used by no claim; the comparison shows it silent everywhere"));
            }
        }
        for (Event event : content.events()) {
            if (event.participants().isEmpty()) {
                problems.add(Diagnostic.warning(new SourcePos(event.path(), 1), "event '" + event.id()
                        + "' has no participants"));
            }
        }
    }
}
