package org.fazhikg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds first and unique claims of the reporting period: 全国首家…, 全省率先…, 全市首创…, 湖北省首批…,
 * …，为我市首家, 全省唯一…, …，开全省先河, 首次… . The mention is the claim clause, its name what was first and its
 * scope the frame of the claim (national | province | city | district, or null when none is
 * stated: 首创…, 发放首张…, 作为首批试点…). Rankings (第一名), aspirations (力争率先, 率先突破, 争创全国首…), leading by example
 * (率先垂范) and claims in next year's plans are left out.
 *
 * <pre>
 * List&lt;Mention&gt; firsts = new FirstRecognizer().find(analysis);
 * </pre>
 */
final class FirstRecognizer {
    /** The claim words: 首 + measure word, 第一 + measure word, 首创, 率先, 唯一, 首次. */
    private static final Pattern CLAIM = Pattern.compile(
            "首创|首次|率先|唯一|先河|首[家个份宗台场例单张部条款项批座所套本件位支只]|第一[家个份宗台场例单张部条款批座所套]");
    private static final Pattern NOT_A_CLAIM_AFTER = Pattern.compile(
            "^(?:垂范|示范|突破|走在|作出表率|带头|精神|性|违法|违规|违章|犯|轻微|吸毒|申请|申领|登记)");
    private static final Pattern ASPIRATION_BEFORE = Pattern.compile("力争|争取|争创|争当|争做|努力|力求|确保|目标|希望|计划|对$");
    /** Frames of a claim, nearest before the claim word wins. */
    private static final Pattern FRAME = Pattern.compile(
            "全国|国内|国家级|国家|中央|国务院|全省|省内|我省|本省|全市|市内|我市|本市|全区|区内|我区|本区"
            + "|全县|县内|我县|本县|全州|州内|我州|全盟|全旗|全镇|全街道");
    /** A named division or a ministry right before the claim word (深圳市首场, 湖北省首批, 司法部首批). */
    private static final Pattern NAMED_FRAME = Pattern.compile(
            "(自治区|自治州|地区|省|市|区|县|州|盟|旗|部)(?:范围内|内|的)?$");
    /** A named division framing a comparison set: 在某某市所辖县（市）区公安局中唯一…, 在某某省各地市中率先… */
    private static final Pattern NAMED_SET_FRAME = Pattern.compile(
            "在\\p{IsHan}{2,8}?(自治区|自治州|地区|省|市|州|盟)(?:所辖|下辖|各)[^，。；]{0,14}中$");
    /** Verbs by which a body designates a batch (评为首批…, 确定为首批…). */
    private static final String DESIGNATING_VERBS = "评为|确定为|命名为|认定为|表彰为|列为|授予";
    /** The body that designates a batch: 被司法部评为首批… (a ministry: national), 被省司法厅确定为首批… */
    private static final Pattern DESIGNATOR = Pattern.compile(
            "被\\p{IsHan}{0,6}?(部|厅)(?:" + DESIGNATING_VERBS + ")$");
    /** Any body designating a batch (被国家市场监管总局确定为首批…): the frame named inside it frames the batch. */
    private static final Pattern DESIGNATED = Pattern.compile(
            "被\\p{IsHan}{2,12}?(?:部|厅|局|委|委员会|办公室|办|院|政府)(?:" + DESIGNATING_VERBS + "|选为)$");
    /** The level a designation names after 首批 (首批省级…, 首批自治区级…). */
    private static final Pattern LEVEL_AFTER = Pattern.compile("^(自治区级|省级|自治州级|地市级|市级|州级|盟级)");
    private static final Pattern BATCH_FRAME = Pattern.compile(
            "(?<!各)(?:全国|国家级|国家|中央|国务院|全省|省|全市|市|全区|区|全县|县|州|盟|旗|部|厅|局)(?:范围内|内|的)?$");
    private static final Pattern FRAME_AFTER = Pattern.compile("^在?(全国|国家级|国家|全省|全市|全区|全县|全州)");
    private static final Pattern LEADING = Pattern.compile("^(?:[\\s\\u00a0\\u3000]|[一二三四五六七八九十]+是|[（(][一二三四五六七八九十0-9]{1,3}[)）]"
            + "|[0-9０-９]{1,2}[、.．]|同时|此外|其中|并且|并|还|且|另外)+");
    private static final Pattern OPENING_VERB = Pattern.compile(
            "^(?:设立|建立|成立|组建|推出|打造|以构建|构建|建成|开通|购置|处理|召开|形成|出台|推行|实施|将|把)");
    private static final Pattern WHAT_STOP = Pattern.compile("(?<=[”》])(?:获|被|受到|得到|入选|荣获)");
    /**
     * A first with no frame that still claims one (README: 首个/首家/首份/首宗/首台/首场 are firsts): the object of a verb of
     * doing (发放首张行业综合许可证, 办结首宗…); 首家企业已完成整改 (a subject) and 摆在首位 are none.
     */
    private static final Pattern BARE_FIRST = Pattern.compile("首[个家份宗台场张例部单]");
    private static final Pattern DOING_BEFORE = Pattern.compile(
            "(?:发放|颁发|颁出|发出|开出|签发|出具|建成|成立|设立|揭牌|挂牌|打造|办理|办结|作出|审结|受理|发布|出台|制定|推出"
            + "|落地|签订|签署|完成|开通|启用|建立|组建|诞生|实现)了?$");
    /** 作为首批试点: a batch the subject was designated into, even with no frame named. */
    private static final Pattern DESIGNATED_AS_BEFORE = Pattern.compile("作为$");
    /** 在全省…中首批实现…: among the first to achieve something, a first achieved in the frame, not a designation. */
    private static final Pattern ACHIEVED_AFTER = Pattern.compile("^(?:实现|完成|建成|开通|上线|启用|落地)");
    /**
     * 参加第一批…评选: a batch as the round of a selection or application the subject takes part in, an ordinal
     * (README: ordinals are no firsts), not a designation won.
     */
    private static final Pattern ROUND_BEFORE = Pattern.compile("(?:参加|参与|参评|申报|报名|推荐参加|推荐申报)$");
    private static final Pattern ROUND_AFTER = Pattern.compile("(?:评选|评审|遴选)(?:工作|活动)?$");
    private static final int FRAME_WINDOW = 16;

    FirstRecognizer() {}

    List<Mention> find(Analysis analysis) {
        String text = analysis.text();
        boolean[] quoted = Sentences.quoted(text);
        boolean autonomousRegion = autonomousRegion(analysis);
        List<Mention> out = new ArrayList<>();
        for (Sentence s : analysis.sentences()) {
            if (s.section() == Section.PLANS) continue;
            int claimedUpTo = -1;
            String claimedScope = null;
            Matcher m = CLAIM.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                if (quoted[m.start()] || m.start() < claimedUpTo) continue;
                int clause = Sentences.clauseStart(text, s.start(), m.start());
                Mention claim = claim(text, s, clause, m, autonomousRegion);
                if (claim == null) continue;
                if (claim.start() < claimedUpTo) {
                    // 成立全国首个…，系全国唯一: one claim, said twice; 被部评为首批…，为某某地区唯一: a second
                    // claim in another frame, which is its own clause
                    if (clause < claimedUpTo || java.util.Objects.equals(claim.scope(), claimedScope)) continue;
                    claim = Mention.of(Kind.FIRST, clause, claim.end(), text.substring(clause, claim.end()), claim.name(), null)
                            .withScope(claim.scope());
                }
                claimedUpTo = claim.end();
                claimedScope = claim.scope();
                out.add(claim);
            }
        }
        return out;
    }

    private Mention claim(String text, Sentence s, int clause, Matcher m, boolean autonomousRegion) {
        String word = m.group();
        int clauseEnd = Sentences.clauseEnd(text, m.end(), s.end());
        String after = text.substring(m.end(), clauseEnd);
        String before = text.substring(clause, m.start());
        if (NOT_A_CLAIM_AFTER.matcher(after).find() || ASPIRATION_BEFORE.matcher(before).find()) return null;
        if (word.endsWith("批") && (ROUND_BEFORE.matcher(before).find() || ROUND_AFTER.matcher(after).find())) return null;
        Frame frame = frame(text, clause, m.start(), after, autonomousRegion);
        Matcher level = LEVEL_AFTER.matcher(after);
        String batchFrame = word.endsWith("批") && frame == null ? batchFrame(before, after) : null;
        boolean namedLevel = batchFrame != null;
        if (namedLevel) frame = new Frame(m.start(), scopeOf(batchFrame, autonomousRegion));
        boolean bareAllowed = word.equals("首创") || word.equals("首次")
                || BARE_FIRST.matcher(word).matches() && DOING_BEFORE.matcher(before).find()
                || word.equals("首批") && DESIGNATED_AS_BEFORE.matcher(before).find();
        if (frame == null && !bareAllowed) return null;
        // a designation names its frame right before it (湖北省首批…); 全市各区首批试点 is a first round of work
        if (frame != null && !namedLevel && word.endsWith("批") && !BATCH_FRAME.matcher(before).find() && !FRAME_AFTER.matcher(after).find()
                && !framedByDesignator(before, clause, frame) && !ACHIEVED_AFTER.matcher(after).find()) return null;
        String scope = frame != null ? frame.scope() : word.equals("首次") ? "district" : null;

        int start = clause;
        Matcher lead = LEADING.matcher(before);
        if (lead.lookingAt()) start += lead.end();
        if (frame != null && frame.start() > clause && text.charAt(frame.start() - 1) == '在' && m.start() - frame.start() < 8)
            start = Math.max(start, frame.start() - 1);
        String what = what(word, after);
        if (after.isBlank() || after.matches("^[^\\p{IsHan}]*$")) {
            // …鉴定中心，为我市首家 / …一等奖，全市唯一: the claim is the clause before
            int previous = clause >= s.start() + 1 ? Sentences.clauseStart(text, s.start(), clause - 1) : clause;
            String previousClause = text.substring(previous, Math.max(previous, clause - 1));
            Matcher lp = LEADING.matcher(previousClause);
            start = previous + (lp.lookingAt() ? lp.end() : 0);
            what = stripVerb(previousClause.substring(lp.lookingAt() ? lp.end() : 0));
        }
        if (start >= clauseEnd) return null;
        return Mention.of(Kind.FIRST, start, clauseEnd, text.substring(start, clauseEnd), shorten(what), null).withScope(scope);
    }

    /** The frame of the claim: the nearest 全国/全省/我市/湖北省… before the claim word, or 率先在全省 after it. */
    private static Frame frame(String text, int clause, int at, String after, boolean autonomousRegion) {
        int from = Math.max(clause, at - FRAME_WINDOW);
        String window = text.substring(from, at);
        Matcher f = FRAME.matcher(window);
        Frame found = null;
        while (f.find()) found = new Frame(from + f.start(), scopeOf(f.group(), autonomousRegion));
        if (found != null) return found;
        Matcher named = NAMED_FRAME.matcher(window);
        if (named.find() && named.start() > 0 && MetricScanner.isHan(window.charAt(named.start() - 1))
                && !(named.group(1).equals("部") && "内全各干局".indexOf(window.charAt(named.start() - 1)) >= 0))
            return new Frame(from + Math.max(0, named.start() - 3), scopeOf(named.group(1), autonomousRegion));
        Matcher set = NAMED_SET_FRAME.matcher(text).region(clause, at);
        if (set.find()) return new Frame(set.start(), scopeOf(set.group(1), autonomousRegion));
        Matcher later = FRAME_AFTER.matcher(after);
        if (later.find()) return new Frame(at, scopeOf(later.group(1), autonomousRegion));
        return null;
    }

    /** Whether the frame lies inside the body that designates the batch (被国家市场监管总局确定为首批): 国家 frames it. */
    private static boolean framedByDesignator(String before, int clause, Frame frame) {
        Matcher d = DESIGNATED.matcher(before);
        return d.find() && frame.start() >= clause + d.start();
    }

    /** The frame a batch names by its level (首批省级…) or by the body that designates it (被某部评为首批). */
    private static String batchFrame(String before, String after) {
        Matcher level = LEVEL_AFTER.matcher(after);
        if (level.find()) return level.group(1);
        Matcher designator = DESIGNATOR.matcher(before);
        if (designator.find()) return designator.group(1).equals("部") ? "部" : "省";
        return null;
    }

    /**
     * Whether 全区 means an autonomous region: the issuer is one, or the issuer is a 旗 or 县 (never
     * a 区 itself) in a report that names 自治区 bodies.
     */
    private static boolean autonomousRegion(Analysis analysis) {
        if (analysis.metadata() == null) return false;
        String region = analysis.metadata().region(), issuer = analysis.metadata().issuer();
        if (region != null && region.endsWith("自治区")) return true;
        String place = region != null ? region : issuer;
        boolean county = place != null && (place.endsWith("旗") || place.endsWith("县")
                || region == null && place.matches(".*[旗县](?:人民政府|政府|司法局|公安局|.{1,6}局).*"));
        return county && analysis.text().contains("自治区");
    }

    private static String scopeOf(String frame, boolean autonomousRegion) {
        if (frame.matches("全国|国内|国家级|国家|中央|国务院|部")) return "national";
        if (frame.matches("全省|省内|我省|本省|省|自治区|省级|自治区级")) return "province";
        if (frame.matches("全市|市内|我市|本市|市|全州|州内|我州|州|自治州|全盟|盟|地区|市级|州级|自治州级|地市级|盟级")) return "city";
        if (autonomousRegion && frame.matches("全区|区内|我区|本区")) return "province";
        return "district";
    }

    /** What was first: the object after the claim word, without quote marks and opening verbs. */
    private static String what(String word, String after) {
        String w = after;
        Matcher stop = WHAT_STOP.matcher(w);
        if (stop.find()) w = w.substring(0, stop.start());
        if (word.equals("首创") || word.equals("首次") || word.equals("率先") && w.startsWith("在")) w = stripVerb(w);
        return w;
    }

    private static String stripVerb(String s) {
        Matcher v = OPENING_VERB.matcher(s);
        return v.lookingAt() && v.end() < s.length() ? s.substring(v.end()) : s;
    }

    /** What, without quote marks, cut after about 40 characters but not inside a 《title》. */
    private static String shorten(String what) {
        String w = what.replaceAll("[“”\"‘’「」『』\\s\\u00a0\\u3000]", "");
        if (w.length() <= 40) return w;
        int open = w.lastIndexOf('《', 39), close = w.lastIndexOf('》', 39);
        if (open <= close) return w.substring(0, 40);
        int end = w.indexOf('》', 40);
        return end >= 0 && end < 80 ? w.substring(0, end + 1) : w.substring(0, open);
    }

    private record Frame(int start, String scope) {}
}
