package briefing.render;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;

/**
 * The Content-Security-Policy of every page: the one place it is written. Templates receive it as
 * {@code csp} and write it in their meta tag: {@code <meta http-equiv="Content-Security-Policy"
 * content="${csp?no_esc}">} ({@code ?no_esc} keeps its quotes as they are; escaped, they mean the same).
 *
 * <p>Pages may load scripts, stylesheets and images from the site itself only, and run no inline
 * script or style. The preview of {@code serve} keeps to the same rules: what it adds to a page is
 * loaded from the preview's own address.
 */
public final class SecurityPolicy {
    /** The policy, as written in the meta tag's {@code content} attribute. */
    public static final String CONTENT = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'";

    /** The policy as the templates' shared variable {@code csp}. */
    static final TemplateModel TEMPLATE_VALUE = new SimpleScalar(CONTENT);

    private SecurityPolicy() {
    }
}
