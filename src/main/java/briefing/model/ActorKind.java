package briefing.model;

import java.util.Optional;

/** What an actor is. */
public enum ActorKind {
    PERSON("person", "People"),
    ORGANIZATION("organization", "Organizations"),
    STATE("state", "States");

    private final String word;
    private final String plural;

    ActorKind(String word, String plural) {
        this.word = word;
        this.plural = plural;
    }

    public String word() {
        return word;
    }

    /** Heading for a group of actors of this kind. */
    public String plural() {
        return plural;
    }

    public static Optional<ActorKind> of(String word) {
        for (ActorKind k : values()) {
            if (k.word.equals(word)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
