package briefing.model;

/** How serious a {@link Diagnostic} is: errors stop the build, warnings do not. */
public enum Severity {
    ERROR, WARNING;

    /** The word printed between the position and the message. */
    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
