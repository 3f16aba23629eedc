package briefing.graph;

import briefing.model.Article;
import briefing.model.Published;

/**
 * An article as lists and links show it: its front matter, without its text. A page that shows only
 * this stays the same when the article's text is edited.
 */
public record ArticleCard(String id, String title, String outlet, Published published, String dateline, String url) {
    static ArticleCard of(Article a) {
        return new ArticleCard(a.id(), a.title(), a.outlet(), a.published(), a.dateline(), a.url());
    }
}
