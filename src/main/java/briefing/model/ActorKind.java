package briefing.model;

import java.util.Optional;

/** What an actor is. */
public enum ActorKind {
    PERSON("person"),
    ORGANIZATION("organization"),
    STATE("state");

    private final String word;

    ActorKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
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
