package briefing.model;

/** A place in a content file: the path shown to the editor and a 1-based line (0: the whole file). */
public record SourcePos(String path, int line) {

    public SourcePos at(int otherLine) {
        return new SourcePos(path, otherLine);
    }
}
