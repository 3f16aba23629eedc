package briefing.model;

import java.util.regex.Pattern;

/** The rule every id follows: lower case letters, digits and {@code -}. */
public final class Ids {
    /** Said in error messages, so an editor knows what to write instead. */
    public static final String RULE = "ids use lower case letters a-z, digits 0-9 and '-' only";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-+[a-z0-9]+)*");

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && id.length() <= 200 && ID.matcher(id).matches();
    }
}
