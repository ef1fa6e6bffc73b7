package org.fazhikg.extract;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of a metric's subject: what may open a clause before it (一是, 全年, 截至11月底),
 * what may stand between it and the number (达, 共, 约, 超过), where the counted noun after a
 * number ends (成立14个小区物业调解室，… → 小区物业调解室), and the verbs an elliptical figure
 * leaves out (…43宗，审结34宗).
 */
final class MetricSubjects {
    private static final Pattern LEADING = Pattern.compile("^(?:[\\s\\u00a0\\u3000]|[一二三四五六七八九十]+是|[（(][一二三四五六七八九十0-9]{1,3}[)）]|其中|同时|此外|另外|并且|并|还|且|"
            + "共计|共|累计|合计|总计|全年|年度|今年|当年|本年度|目前|现已|已|均|先后|分别|"
            + "截至[^，,]{0,8}?(?:底|末|月|日|止)|(?:19|20)[0-9]{2}年(?:度)?(?:以来|来|全年|内)?|"
            + "[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:至[0-9０-９]{1,2}日)?(?:期间|前|后)?|[0-9０-９]{1,2}(?:至|-)[0-9０-９]{1,2}月(?:份)?|[0-9０-９]{1,2}月(?:份)?(?:以来)?|"
            + "在(?![册编岗职押校逃读建办线])|对(?![外口象接标])|为(?!民)|向|给|与(?!会))+");
    private static final Pattern TRAILING_WORDS = Pattern.compile(
            "(?:达到|共计|累计|合计|总计|超过|高达|多达|长达|不足|不到|将近|接近|突破|分别|保持|均为|均达)$");
    private static final String TRAILING_CHARS = "达为是共约近超逾计有在至了均各都的";
    /** Characters before a trailing hedge that make it part of a word (预约, 村规民约, 平均, 所在, 截至, 标的). */
    private static final Map<Character, String> WORD_BEFORE = Map.ofEntries(
            Map.entry('约', "预公条合规民契制节邀签履"), Map.entry('近', "就附最接将邻"),
            Map.entry('在', "所存现实正内"), Map.entry('至', "截乃甚直"), Map.entry('有', "拥共具所含持没享占另"),
            Map.entry('为', "作成行认称更改因"), Map.entry('计', "统累合总共设会审估"),
            Map.entry('达', "到下通表传直送抵转发"), Map.entry('的', "目标端有是"), Map.entry('是', "总但就凡于还要可只正都"),
            Map.entry('均', "平人户年日月"), Map.entry('共', "公总"), Map.entry('了', "为除罢"));
    /** A figure shared by coordinated subjects: A、B各3次, 参考率、优秀率均为100%. */
    private static final Pattern SHARED = Pattern.compile(
            "(?:各|均为|均达到|均达|均是|均在|都是|都为|都达到)[\\s\\u00a0\\u3000]*(?:达到|达|为|约|近|超过)?[\\s\\u00a0\\u3000]*$");
    /** Words after which the noun after a figure has ended (选取5家重点单位进行现场评议 → 重点单位). */
    private static final Pattern NOUN_STOP = Pattern.compile(
            "进行|开展|参加|参与|获评|获得|成立|设立|建立|组建|开设|设置|全面|予以|依法|及时|全部|分别|累计|以上|左右|历时|历经"
            + "|提供|办理|受理|完成|实现|推进|推行|落实|覆盖|进驻|入驻|签订|举办|组织|接受|配备|提出|作出|开通|量身|荣获");
    /** One-character words that end the noun, unless the character before makes them part of a word (公共, 预约, 一等奖). */
    private static final Map<Character, String> STOP_CHARS = Map.ofEntries(
            Map.entry('等', "平同相对高初中一二三四五六七八九"), Map.entry('的', "目标端"), Map.entry('获', "查破捕收缴俘"),
            Map.entry('被', "棉"), Map.entry('均', "平人"), Map.entry('都', "首成"), Map.entry('已', "而不早"),
            Map.entry('共', "公总"), Map.entry('和', "调平缓温总"), Map.entry('及', "涉普以危波触顾企来"),
            Map.entry('与', "参给赋"), Map.entry('并', "合兼吞"), Map.entry('近', "附就最接邻将"),
            Map.entry('约', "预公条合规民契制节签履"), Map.entry('超', "高赶"), Map.entry('达', "到通表传直送下抵发转"));
    /** Verbs that open a subject and can be left out before an elliptical figure (…43宗,审结34宗). */
    private static final Pattern QUOTES_AND_SPACES = Pattern.compile("[“”\"‘’「」『』\\s\\u00a0\\u3000]");
    private static final Pattern LEADING_VERB = Pattern.compile("^(?:受理|收到|接收|新收|审结|办结|结案|办理|化解|调解|调处|出具|审查|审核|"
            + "开展|组织|举办|发放|培训|提供|接待|解答|处理|清理|制定|出台|印发|评查|抽查|检查|录入|发布|收案|立案|完成)");

    private MetricSubjects() {}

    /** How many characters of a clause opening stand before the subject (enumerators, time frames). */
    static int leading(String s) {
        Matcher m = LEADING.matcher(s);
        return m.lookingAt() ? m.end() : 0;
    }

    /** Whether the words before a figure say it is shared by coordinated subjects (各, 均为). */
    static boolean shared(String beforeNumber) {
        return SHARED.matcher(beforeNumber).find();
    }

    /** The subject without the hedges and copulas before its number (成功率达 → 成功率, 成功预约 stays). */
    static String withoutTail(String s) {
        String t = s;
        while (!t.isEmpty()) {
            String stripped = t.strip().replace("\u00a0", "").replace("\u3000", "");
            Matcher w = TRAILING_WORDS.matcher(stripped);
            if (w.find()) {
                t = stripped.substring(0, w.start());
                continue;
            }
            if (stripped.isEmpty()) return "";
            char last = stripped.charAt(stripped.length() - 1);
            if (TRAILING_CHARS.indexOf(last) < 0) return stripped;
            if (stripped.length() >= 2 && WORD_BEFORE.getOrDefault(last, "").indexOf(stripped.charAt(stripped.length() - 2)) >= 0)
                return stripped;
            t = stripped.substring(0, stripped.length() - 1);
        }
        return t;
    }

    /**
     * The end of the counted noun right after a figure (…的办公用房 included), or {@code from} when
     * none follows; only Han characters and quote marks count, up to 16 of them.
     */
    static int nounEnd(String text, int from, int clauseEnd) {
        int at = nounStart(text, from);
        int end = at;
        while (end < clauseEnd && end - at < 16 && (MetricScanner.isHan(text.charAt(end)) || "“”\"".indexOf(text.charAt(end)) >= 0)) end++;
        Matcher stop = NOUN_STOP.matcher(text).region(at, end);
        if (stop.find()) end = stop.start();
        for (int i = at; i < end; i++) {
            String before = STOP_CHARS.get(text.charAt(i));
            if (before != null && (i == at || before.indexOf(text.charAt(i - 1)) < 0)) {
                end = i;
                break;
            }
        }
        return end > at ? end : from;
    }

    /** Where the noun after a figure starts: after a 的 that links them. */
    static int nounStart(String text, int from) {
        return from < text.length() && text.charAt(from) == '的' ? from + 1 : from;
    }

    /** Whether a subject is only a verb (审结, 受理), which an elliptical figure completes with the object before. */
    static boolean isVerbOnly(String subject) {
        Matcher v = LEADING_VERB.matcher(subject);
        return v.lookingAt() && v.end() == subject.length();
    }

    /** The subject without its opening verb (受理行政复议案件 → 行政复议案件), or null when it opens with none. */
    static String object(String subject) {
        Matcher v = LEADING_VERB.matcher(subject);
        return v.lookingAt() && v.end() < subject.length() ? subject.substring(v.end()) : null;
    }

    static String plain(String s) {
        return QUOTES_AND_SPACES.matcher(s).replaceAll("");
    }
}
