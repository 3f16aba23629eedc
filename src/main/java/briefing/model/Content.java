package briefing.model;

import java.util.List;

/**
 * Everything read from a content folder, each list sorted by id.
 *
 * @param files the files of {@code static/}, sorted by path
 */
public record Content(Settings settings, List<Article> articles, List<Actor> actors, List<Event> events,
        List<Claim> claims, List<StaticFile> files) {

    public Content {
        articles = List.copyOf(articles);
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        claims = List.copyOf(claims);
        files = List.copyOf(files);
    }
}
