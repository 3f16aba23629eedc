package briefing.model;

import java.util.List;
import java.util.Map;

/** Something that happened, on a date that may be a day, a month, a year or a range. */
public record Event(String id, String path, String title, EventDate date, String dateNote, String place,
        List<Ref> participants, List<Ref> related, Map<String, Object> extra, Body body) {

    public Event {
        participants = List.copyOf(participants);
        related = List.copyOf(related);
    }
}
