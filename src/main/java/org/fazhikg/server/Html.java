package org.fazhikg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The HTML of the server's pages: one template (web/page.html on the classpath) with the site's
 * header and footer, filled by plain string building. Every text that comes from the graph goes
 * through {@link #escape}, which is what keeps a label like {@code <script>} a label.
 */
final class Html {
    private static final String TEMPLATE = read("/web/page.html");

    private Html() {}

    /** Escapes text for element content and quoted attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A link whose target and text are both escaped here. */
    static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    /** A whole page: {@code title} is plain text (escaped here), {@code body} and {@code head} are HTML. */
    static String page(String title, String head, String body) {
        return fill(TEMPLATE, "{{title}}", escape(title), "{{head}}", head, "{{body}}", body);
    }

    /** Fills each placeholder once, in one pass, so text put in one slot is never read as another. */
    private static String fill(String template, String... slotsAndValues) {
        StringBuilder out = new StringBuilder(template.length() + 4096);
        int from = 0;
        for (int i = 0; i < slotsAndValues.length; i += 2) {
            int at = template.indexOf(slotsAndValues[i], from);
            out.append(template, from, at).append(slotsAndValues[i + 1]);
            from = at + slotsAndValues[i].length();
        }
        return out.append(template, from, template.length()).toString();
    }

    private static String read(String resource) {
        try (InputStream in = Html.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing from the classpath: " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
