package briefing.model;

/** A picture's size in pixels, as pages give it to the browser so the text does not jump as it loads. */
public record ImageSize(int width, int height) {
}
