package org.fazhikg.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The report inside a government web page: the body container without navigation, share widgets,
 * print/close buttons and related-link footers, one line per paragraph block so that line-initial
 * headings (一、 (一) 1.) stay at line starts. Also gives the page lines before the body (title,
 * 来源, 发布时间), which carry the metadata.
 */
final class HtmlText {
    /** The body text, and the lines of the page before it (empty when the body is the whole page). */
    record Page(String preamble, String body) {}

    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)");
    private static final Set<String> DROPPED_TAGS = Set.of("script", "style", "noscript", "iframe", "nav", "footer", "form",
            "button", "input", "select", "textarea", "aside", "svg", "object", "embed", "template", "map", "area");
    /** id or class words of page furniture; matched as whole words between - _ and digits. */
    private static final Pattern FURNITURE = Pattern.compile("(?i)(?:^|[-_])(nav|navbar|menu|breadcrumbs?|crumbs?|share|bdshare|"
            + "footer|foot|bottom|toolbar|tools|print|close|related|relate|xgxx|xglj|qrcode|ewm|erweima|sidebar|side|"
            + "search|login|copyright|dqwz|position|location|fenxiang|prev|next|pager)(?=$|[-_\\d])");
    /** id or class words of the report body on government sites (TRS_Editor is the TRS CMS editor div, zoom/zw the text). */
    private static final Pattern BODY = Pattern.compile("(?i)(content|article|trs_?editor|detail|zoom|zhengwen|maintext|main-text|"
            + "(?:^|[-_])zw(?=$|[-_\\d])|(?:^|[-_])txt(?=$|[-_\\d])|(?:^|[-_])text(?=$|[-_\\d]))");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "section", "article", "header", "main", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "center",
            "hr", "address", "figure", "figcaption", "caption", "tbody", "thead", "tfoot", "body");
    /** Lines made only of page buttons: 【打印】【关闭】, 打印本页 关闭窗口, 字号:大 中 小 … */
    private static final Pattern BUTTONS = Pattern.compile("(打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|返回|"
            + "加入收藏|收藏本页|收藏|分享到|分享|字号|字体|大|中|小|默认|微信|微博|QQ空间)+");
    private static final Pattern BUTTON_NOISE = Pattern.compile("[\\s\\u00a0\\u3000\\[\\]【】()\\uFF08\\uFF09|:\\uFF1A/、·•]+");
    private static final Pattern BOILERPLATE_LINE = Pattern.compile("^(扫一扫.{0,12}(打开|浏览|查看|阅读).{0,6}|分享到.*|(上一篇|下一篇)[:\\uFF1A].*)$");
    /** A related-links footer heading; the body ends before it. */
    private static final Pattern FOOTER_HEADING = Pattern.compile("^[【\\[]?(相关(链接|信息|文章|阅读|新闻|文件|稿件|信息和服务)|附件下载)[】\\]]?[:\\uFF1A]?$");

    private HtmlText() {}

    /** Decodes (respecting a meta charset) and extracts the report of a web page. */
    static Page read(byte[] bytes) throws TextDecoder.Unreadable {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        String html = TextDecoder.decode(bytes, m.find() ? m.group(1) : null);
        Page page = extract(html);
        if (page.body().isBlank()) throw new TextDecoder.Unreadable("no report text found in the HTML page");
        return page;
    }

    static Page extract(String html) {
        Document doc = Jsoup.parse(html);
        Element body = doc.body();
        doc.select(String.join(",", DROPPED_TAGS)).remove();
        Map<Element, Integer> han = new IdentityHashMap<>();
        int total = countHan(body, han);
        for (Element e : body.getAllElements()) {
            // a wrapper that holds most of the text is never furniture, whatever its class says
            if (e != body && named(e, FURNITURE) && han.getOrDefault(e, 0) * 2 <= total) e.remove();
        }
        han.clear();
        total = countHan(body, han);
        Element container = container(body, han, total);
        String headline = headline(doc);
        List<String> bodyLines = cutFooter(lines(container, null));
        if (!headline.isEmpty() && bodyLines.stream().noneMatch(l -> l.contains(headline))
                && MetadataInference.looksLikeTitle(headline)) {
            bodyLines.add(0, headline);
        }
        List<String> preamble = container == body ? List.of() : lines(body, container);
        return new Page(String.join("\n", preamble), String.join("\n", bodyLines));
    }

    /** Whether the element's id or one of its class names matches {@code words}. */
    private static boolean named(Element e, Pattern words) {
        if (words.matcher(e.id()).find()) return true;
        for (String c : e.classNames()) if (words.matcher(c).find()) return true;
        return false;
    }

    /**
     * The element holding the report: the body-like element (by id/class) with the most Chinese, narrowed to
     * a body-like descendant that still holds 80% of it; else the parent of the paragraphs with the most
     * Chinese; else the whole page.
     */
    private static Element container(Element body, Map<Element, Integer> han, int total) {
        Element best = null;
        for (Element e : body.getAllElements()) {
            int n = han.getOrDefault(e, 0);
            if (e != body && named(e, BODY) && n * 10 >= total * 3 && (best == null || n > han.get(best))) best = e;
        }
        if (best != null) {
            Element narrowed = best;
            for (Element e : best.getAllElements()) {
                if (e != best && named(e, BODY) && han.getOrDefault(e, 0) * 10 >= han.get(best) * 8) narrowed = e;
            }
            return narrowed;
        }
        Element densest = body;
        int densestScore = 0;
        for (Element e : body.getAllElements()) {
            int score = 0;
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode t) score += countHan(t.getWholeText());
                else if (child instanceof Element c && c.normalName().equals("p")) score += han.getOrDefault(c, 0);
            }
            if (score > densestScore) {
                densest = e;
                densestScore = score;
            }
        }
        return densestScore * 10 >= total * 3 ? densest : body;
    }

    /** The page's own title: the first h1, *title* element or h2 shaped like a report title, else the <title>. */
    private static String headline(Document doc) {
        for (Element e : doc.select("h1, [class~=(?i)title], [id~=(?i)title], h2")) {
            String t = clean(e.text());
            if (MetadataInference.looksLikeTitle(t)) return t;
        }
        return clean(doc.title().split("[_|–—-]")[0]);
    }

    /** The text of {@code root} as lines, one per block; stops at {@code stopAt} (exclusive) when given. */
    private static List<String> lines(Element root, Element stopAt) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == stopAt) return FilterResult.STOP;
                if (node instanceof TextNode t) {
                    boolean pre = t.parent() != null && t.parent().nameIs("pre");
                    out.append(pre ? t.getWholeText() : t.getWholeText().replaceAll("[ \\t\\n\\r\\f]+", " "));
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (BLOCK_TAGS.contains(tag)) out.append('\n');
                    else if ((tag.equals("td") || tag.equals("th")) && e.elementSiblingIndex() > 0) out.append('\t');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) out.append('\n');
                return FilterResult.CONTINUE;
            }
        }, root);
        List<String> lines = new ArrayList<>();
        for (String raw : out.toString().replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String line = clean(raw);
            if (!line.isEmpty() && !isBoilerplate(line)) lines.add(line);
        }
        return lines;
    }

    static boolean isBoilerplate(String line) {
        return BOILERPLATE_LINE.matcher(line).matches() || BUTTONS.matcher(BUTTON_NOISE.matcher(line).replaceAll("")).matches();
    }

    /** Drops a related-links footer and what follows it, when it comes in the second half of the body. */
    private static List<String> cutFooter(List<String> lines) {
        int length = lines.stream().mapToInt(String::length).sum();
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (seen * 2 >= length && FOOTER_HEADING.matcher(lines.get(i)).matches()) return new ArrayList<>(lines.subList(0, i));
            seen += lines.get(i).length();
        }
        return new ArrayList<>(lines);
    }

    /** Trims white space, including no-break and ideographic spaces, from both ends. */
    private static String clean(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) start++;
        while (end > start && isSpace(s.charAt(end - 1))) end--;
        return s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000';
    }

    private static int countHan(Element e, Map<Element, Integer> han) {
        int n = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) n += countHan(t.getWholeText());
            else if (child instanceof Element c) n += countHan(c, han);
        }
        han.put(e, n);
        return n;
    }

    static int countHan(String s) {
        return (int) s.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
    }
}
