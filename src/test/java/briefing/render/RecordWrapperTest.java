package briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates cannot tell the record wrapper from Freemarker's default one. */
class RecordWrapperTest {
    private static final String TEMPLATE = """
            ${link.text} ${link.href} ${link.text()} ${link.text?has_content?c} ${link???c} ${link.nothing???c}
            <#list items as n>${n.href} ${n.text}<#if n.current> (current)</#if>;</#list> ${items?size}
            ${spelling.count + 1} ${spelling.count?is_number?c} ${(site.baseUrl)!"none"} ${site.extra.tag}
            ${(site.extra.missing)!"-"} ${empty.text?has_content?c} ${empty.href?length}
            ${link?is_hash?c} ${link?is_string?c} ${link?is_method?c} ${link.text?is_method?c} ${link?has_content?c}
            <#list link?keys?sort as k>${k} </#list>
            ${network.empty?c} ${network.height} ${network.isEmpty()?c} ${network.edges?size}
            ${link} ${(link.hashCode() == link.hashCode())?c} ${link.equals(link)?c}
            <#list shelf as book>${book};</#list> ${shelf?is_hash?c} ${word} ${word?length}
            """;

    /** A record the default wrapper wraps as an iterator, not as a record: so must ours. */
    public record Shelf(java.util.Iterator<String> books) implements java.util.Iterator<String> {
        @Override
        public boolean hasNext() {
            return books.hasNext();
        }

        @Override
        public String next() {
            return books.next();
        }
    }

    @Test
    void rendersExactlyAsTheDefaultWrapper() throws Exception {
        var defaultWrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35).build();
        var recordWrapper = new RecordWrapper(Configuration.VERSION_2_3_35);
        String expected = render(defaultWrapper, model());
        assertThat(render(recordWrapper, model())).isEqualTo(expected).contains("A & B a.html A & B true true false")
                .contains("Ulysses;Dubliners; false");
    }

    /** A new model each time: the shelf can be listed once. */
    private static Map<String, Object> model() {
        Map<String, Object> extra = new HashMap<>();
        extra.put("tag", "x");
        Map<String, Object> model = new HashMap<>();
        model.put("link", new Views.Link("a.html", "A & B"));
        model.put("empty", new Views.Link("", ""));
        model.put("items", List.of(new Views.NavItem("i.html", "Index", true), new Views.NavItem("b.html", "B", false)));
        model.put("network", new Network.View(List.of(), List.of(), 0, 40));
        model.put("spelling", new Views.Spelling("Ana", 2));
        model.put("site", new Views.Site("T", "", "en", "", "", null, extra, null));
        model.put("shelf", new Shelf(List.of("Ulysses", "Dubliners").iterator()));
        model.put("word", "Ærø <b>");
        return model;
    }

    private static String render(ObjectWrapper wrapper, Map<String, Object> model) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setObjectWrapper(wrapper);
        cfg.setLocale(Locale.ROOT);
        cfg.setNumberFormat("computer");
        StringWriter out = new StringWriter();
        new Template("t", TEMPLATE, cfg).process(model, out);
        return out.toString();
    }
}
