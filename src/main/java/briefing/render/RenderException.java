package briefing.render;

/** A template could not be rendered; the message starts with {@code template:line:} where known. */
public final class RenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String template;
    private final int line;

    public RenderException(String template, int line, String message, Throwable cause) {
        super(message, cause);
        this.template = template;
        this.line = line;
    }

    /** The template's name as the editor knows it ({@code templates/actor.ftlh}). */
    public String template() {
        return template;
    }

    public int line() {
        return line;
    }
}
