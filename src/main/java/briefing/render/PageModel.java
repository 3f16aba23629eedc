package briefing.render;

/**
 * What one page's template receives. A record of records: two models are equal exactly when
 * the pages they render are, which lets a rebuild skip pages whose inputs did not change.
 *
 * @param view the page's own view record, or null (the 404 page)
 */
public record PageModel(String template, Views.Site site, Views.Page page, Object view) {
}
