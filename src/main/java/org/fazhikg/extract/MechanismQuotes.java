package org.fazhikg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quoted terms that name mechanisms (“一网通办”, 行政执法“三项制度”, “1+3+N”模式), with the quoted
 * things that are not mechanisms left out: honour and award titles, organization names, lecture
 * titles, draft-law names, five-year labels, single characters, award counts and quoted sentences.
 */
final class MechanismQuotes {
    private static final Pattern FIVE_YEAR = Pattern.compile("[一二三四五六七八九十]{1,3}五");
    private static final Pattern AWARD_COUNT = Pattern.compile("(?:[一二两三四五六七八九十\\d]+[金银铜](?:牌|奖)?)+");
    private static final Pattern SENTENCE = Pattern.compile("[，。；：！？,;:!?]");
    private static final Pattern HONOUR = Pattern.compile(
            ".*(?:奖|奖项|称号|荣誉|单位|集体|个人|标兵|模范|典型|榜样|之星|栏目|人物"
                    + "|(?:优秀|示范|精品|最佳|创新|十佳|品牌)项目|(?:十大|典型|优秀|创新|示范|精品)案例"
                    + "|(?:示范|先进)(?:地区|城市|社区|[区县市村镇乡校点]|单位|基地|街道|乡镇|企业|窗口|岗|机关))");
    private static final Pattern ORGANIZATION = Pattern.compile(
            ".{2,}(?:委员会|小组|专班|中心|办公室|团|队|协会|学会|研究会|联合会|商会|联盟|事务所|公证处|司法所|派出所"
                    + "|人民法庭|调解室|工作室|工作站|服务站|服务社|法院|检察院|政府|局|(?<!客|议事|展|大)厅)");
    /**
     * A body named after a quoted term (“警民联调”工作室, “一站式”矛盾纠纷多元化解中心): the quoted term is
     * part of the body's name, and a body is no mechanism.
     */
    private static final Pattern BODY_AFTER = Pattern.compile(
            "[\\p{IsHan}]{0,10}?(?:工作室|调解室|中心|委员会|办公室|工作站|服务站|服务社|人民法庭|司法所|派出所|议事厅|调解庭)");
    /** A quoted subdistrict or office name (“东湖街道”) is a place, unless it is a figure (“法治街道”). */
    private static final Pattern PLACE_NAME = Pattern.compile(".{2,6}(?:街道|办事处)");
    private static final Pattern PLACE_FIGURE = Pattern.compile("法治|平安|文明|智慧|数字|示范|先进|无");
    /** A programme of talks has a forum noun as its name (“法治大讲堂”): not the title of one talk. */
    private static final Pattern FORUM = Pattern.compile(".{2,}(?:讲堂|课堂|讲坛|论坛|学堂|夜校|大讲台)");
    /** A list of slogans (“法律进机关、进乡村、…”) may run long; any other quoted term of this length is a sentence. */
    private static final int MAX_TERM = 30;
    private static final int MAX_LIST_TERM = 50;
    private static final int MAX_LIST_ITEM = 8;
    /**
     * Adverbs that also qualify a way of working (“每月一题”主动治理机制, 全面质量管理体系), so they do not
     * end a phrase attached to a quoted term before one of those heads.
     */
    private static final Set<String> MANNER_ADVERBS = Set.of("主动", "全面", "协同", "联合", "动态", "精准");
    /** A shorthand of committees (村“两委”, “三委”): a few characters ending in 委. */
    private static final Pattern COMMITTEE_SHORTHAND = Pattern.compile(".{1,3}委");
    /** A quoted date (“4·22”, “12.4”) names a day, week or month of observance written after it. */
    private static final Pattern DATE = Pattern.compile("[0-9０-９]{1,2}[·.．•・][0-9０-９]{1,2}");
    private static final Pattern OBSERVANCE = Pattern.compile("[\\p{IsHan}]{0,10}?[日周月]");
    /** A manner term (“一证式”, “清单化”) takes 管理/监管 as its head: 排污许可“一证式”管理 names one reform. */
    private static final Pattern MANNER = Pattern.compile(".{1,3}[式化]");
    /** 说理式执法文书: a manner names one kind of management or of written decision. */
    private static final Pattern MANNER_HEAD = Pattern.compile("(?:管理|监管|执法文书|文书)(?![\\p{IsHan}])");
    /** An organization name followed by these is a programme to build one (“智慧矫正中心”创建). */
    private static final Pattern BUILDING = Pattern.compile("创建|建设|试点|品牌|示范创建");
    private static final Pattern LAW_TITLE = Pattern.compile(
            ".{4,}(?:条例|办法|规定|细则|规则|规程|纲要|实施意见|指导意见|若干意见|决定|通知|(?<![释普执说学用守懂知司立护违依宣])法)"
                    + "(?:[(（](?:草案|试行|修订|修正|征求意见稿)[)）])?");
    private static final Pattern LECTURE_AFTER = Pattern.compile("讲座|讲话|演讲|报告会|辅导报告|专题报告|宣讲会|授课|专题课|党课|讲课|致辞");
    private static final Pattern LECTURE_BEFORE = Pattern.compile("题为$|题目为$|主题为$");
    private static final Pattern AWARD_BEFORE = Pattern.compile(
            "获评|荣获|获得|获颁|获授|被评为|评为|表彰为|授予|命名为|入选|当选|荣膺|创建为|成功创建|确定为|认定为|评定为"
                    + "|获(?=[0-9一二两三四五六七八九十全首省市国区县]|$)");
    /**
     * A quoted term before 试点 (确定为首批“智慧监管”试点单位, 入选“公证+”服务试点) names the programme
     * being piloted, not the title conferred.
     */
    private static final Pattern PILOT_AFTER = Pattern.compile("[\\p{IsHan}]{0,4}?试点");
    private static final String CLAUSE_ENDS = "，。；：！？,;:!? \t\n\r\u3000\u00a0";
    /** What may stand between two quoted terms of one list: “A”“B”, “A”、“B”, “A”和“B”. */
    private static final Set<String> LIST_JOINS = Set.of("", "、", "和", "与", "及", "以及", "或");
    /** Heads that attach only with a short modifier, since they also end ordinary phrases (法治建设责任). */
    private static final Set<String> WEAK_HEADS = Set.of("改革", "责任", "评议", "走访", "计划", "专题班", "品牌", "方式", "服务", "创建");
    /** Single characters that end a qualifier on the left besides the grammar's boundary words. */
    private static final String FUNCTION_CHARS = "以为对向到从给和与及或在把将被由的等并且而也都是有让使于之其";
    private static final int MAX_ATTACHED = 14;
    private static final int MAX_ATTACHED_TO_WEAK = 10;
    private static final int MAX_WEAK_MODIFIER = 4;
    private static final int MAX_ATTACHED_TO_SLOGAN = 6;
    /** Heads naming a way of working, which a figure of speech may open with a longer modifier. */
    private static final Set<String> WAYS_OF_WORKING = Set.of("机制", "模式", "制度", "工作法");
    /** A qualifier is one compound noun (新进执法人员, 公共法律服务); longer ones are clauses of their own. */
    private static final int MAX_QUALIFIER = 6;
    private static final int MAX_KNOWN_QUALIFIER = 12;
    /** Terms built on a count (五大行动, 三项制度, 四级同创) usually need their topic to stand alone. */
    private static final Pattern NUMBERED = Pattern.compile("[一二两三四五六七八九十]+[大项个级类条]|一[\\p{IsHan}]{1,3}[两二三四五六七八九十][\\p{IsHan}]");
    /** 更多事项“掌上办”: a qualifier after a quantity word is the things the term applies to, not its name. */
    private static final Pattern QUANTITY_BEFORE = Pattern.compile("(?:更多|所有|全部|部分|一批)[\\p{IsHan}]{1,6}$");
    private static final Pattern REGION_COLLECTIVE = Pattern.compile("(?:全|我|本)[国省市区县州镇乡]");

    private final MechanismGrammar grammar;
    private final MechanismNames names;
    private final MechanismVocabulary vocabulary;

    MechanismQuotes(MechanismGrammar grammar, MechanismNames names, MechanismVocabulary vocabulary) {
        this.grammar = grammar;
        this.names = names;
        this.vocabulary = vocabulary;
    }

    List<Mention> find(MechanismText t) {
        String text = t.text();
        List<Mention> found = new ArrayList<>();
        for (List<QuoteSpan> list : lists(t)) {
            boolean talks = LECTURE_AFTER.matcher(clauseAfter(text, list.get(list.size() - 1).end(), 12)).find()
                    || LECTURE_BEFORE.matcher(clauseBefore(text, list.get(0).start(), 4)).find();
            boolean award = AWARD_BEFORE.matcher(clauseBefore(text, list.get(0).start(), 12)).find();
            for (QuoteSpan q : list) {
                String inner = MechanismNames.clean(q.inner(text));
                boolean last = q == list.get(list.size() - 1);
                int end = last ? attachedEnd(t, q, inner, list.size() > 1) : q.end();
                boolean lecture = talks && !FORUM.matcher(inner).matches();
                boolean pilot = PILOT_AFTER.matcher(text).region(q.end(), text.length()).lookingAt();
                if (lecture || excluded(t, inner, q, end) || award && !pilot && !grammar.endsWithHead(inner)) continue;
                // “十四五”, “八五”普法规划 are periods; “八五”基层普法联系点 names a programme of the period.
                if (FIVE_YEAR.matcher(inner).matches() && (end == q.end() || text.startsWith("规划", end - 2))) continue;
                int start = qualifierStart(t, q, inner, end);
                String mention = text.substring(start, end);
                MechanismNames.Named named = names.name(mention, t.placesFrom(start));
                found.add(Mention.of(Kind.MECHANISM, start, end, mention, named.canonical(), named.kind()));
            }
        }
        return found;
    }

    /** Quoted spans grouped into lists of consecutive terms (“A”“B”、“C”). */
    private static List<List<QuoteSpan>> lists(MechanismText t) {
        List<List<QuoteSpan>> lists = new ArrayList<>();
        List<QuoteSpan> current = new ArrayList<>();
        for (QuoteSpan q : t.quotes()) {
            if (!current.isEmpty()) {
                QuoteSpan last = current.get(current.size() - 1);
                if (!LIST_JOINS.contains(t.text().substring(last.end(), q.start()))) {
                    lists.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(q);
        }
        if (!current.isEmpty()) lists.add(current);
        return lists;
    }

    private boolean excluded(MechanismText t, String inner, QuoteSpan q, int end) {
        String text = t.text();
        if (MechanismGrammar.length(inner) < 2 || tooLong(inner) || SENTENCE.matcher(inner).find()) return true;
        if (end == q.end() && isBodyAfter(t, q.end())) return true;
        if (isPlaceName(t, inner, q)) return true;
        if (AWARD_COUNT.matcher(inner).matches()) return true;
        if (grammar.endsWithHead(inner)) return false;
        // A list of slogans (“法律进机关、…、进单位”) ends on its last item, not on a title's word.
        boolean list = inner.contains("、");
        if (LAW_TITLE.matcher(inner).matches() || !list && HONOUR.matcher(inner).matches()) return true;
        if (COMMITTEE_SHORTHAND.matcher(inner).matches()) return true;
        // A body with a head noun of its own after it (“小区议事室”协商模式) names how it works.
        if (end > q.end() && grammar.heads().stream().anyMatch(h -> text.startsWith(h.word(), end - h.word().length()))) return false;
        // A formula of bodies (“司法所+派出所”) names the way they work together, not a body.
        return ORGANIZATION.matcher(inner).matches() && !inner.contains("+") && !inner.contains("＋") && !BUILDING.matcher(text).region(q.end(), text.length()).lookingAt();
    }

    private static boolean tooLong(String inner) {
        if (inner.length() <= MAX_TERM) return false;
        if (inner.length() > MAX_LIST_TERM || !inner.contains("、")) return true;
        for (String item : inner.split("、")) if (item.length() > MAX_LIST_ITEM) return true;
        return false;
    }

    /** Whether a body name (with the quoted term before it) ends within the words right after {@code from}. */
    private static boolean isBodyAfter(MechanismText t, int from) {
        Matcher body = BODY_AFTER.matcher(t.text()).region(from, t.text().length());
        return body.lookingAt() && t.wordEndsAt(body.end())
                && (body.end() == t.text().length() || !isHan(t.text().charAt(body.end())) || t.wordStartsAt(body.end()));
    }

    private static boolean isPlaceName(MechanismText t, String inner, QuoteSpan q) {
        if (t.placeLengthAt().getOrDefault(q.start() + 1, 0) == q.end() - q.start() - 2) return true;
        return PLACE_NAME.matcher(inner).matches() && !PLACE_FIGURE.matcher(inner).find();
    }

    /**
     * Where the mention ends: after a head noun that directly follows the quote and belongs to the
     * name (“援调对接”全过程工作模式), else at the closing quote.
     */
    private int attachedEnd(MechanismText t, QuoteSpan q, String inner, boolean lastOfList) {
        String text = t.text();
        if (DATE.matcher(inner).matches()) {
            Matcher day = OBSERVANCE.matcher(text).region(q.end(), text.length());
            return day.lookingAt() ? day.end() : q.end();
        }
        if (MANNER.matcher(inner).matches()) {
            Matcher manner = MANNER_HEAD.matcher(text).region(q.end(), text.length());
            if (manner.lookingAt()) return manner.end();
        }
        int limit = q.end();
        boolean slogan = names.sloganLike(inner) && !FIVE_YEAR.matcher(inner).matches();
        // A political formula (“关键少数”法治建设责任) takes a weak head only right after the quote.
        boolean formula = vocabulary.isSlogan(inner.replace(" ", ""));
        while (limit < text.length() && limit - q.end() < MAX_ATTACHED && isWordChar(text.charAt(limit))) limit++;
        for (int end = limit; end > q.end(); end--) {
            String phrase = text.substring(q.end(), end);
            String head = headEnding(phrase);
            if (head == null) continue;
            if (!boundaryFree(t, q.end(), end, head) || containsFunctionChar(phrase, head)) continue;
            // “一站式”服务 is a manner of service; “警民联调”便民服务 names one.
            if (head.equals("服务") && phrase.equals(head)) continue;
            // “多证合一”商事制度改革 reforms a field's rules by the term; the term is the name.
            if ((phrase + clauseAfter(text, end, 2)).contains("制度改革") && phrase.length() > "制度".length()) continue;
            if (WEAK_HEADS.contains(head) && phrase.length() - head.length() > (formula ? 0 : MAX_WEAK_MODIFIER)) continue;
            if (phrase.length() > MAX_ATTACHED_TO_WEAK && (slogan || WEAK_HEADS.contains(head))) continue;
            // A figure of speech (“一站式”) takes a longer phrase only when it names a way of working
            // (“一站式”矛盾纠纷调处机制); before a thing (“一站式”…调解平台) it only describes that thing.
            if (slogan && phrase.length() > MAX_ATTACHED_TO_SLOGAN && !WAYS_OF_WORKING.contains(head)) continue;
            // After a list (“A”“B”工作机制) a generic head phrase is shared by all terms; a specific
            // one (“A”“B”调解模式) names the last term only.
            if (lastOfList && genericModifier(phrase, head)) return q.end();
            return end;
        }
        return q.end();
    }

    /** Whether no boundary word lies in [from, to), a manner adverb opening a way of working aside. */
    private boolean boundaryFree(MechanismText t, int from, int to, String head) {
        int boundary = grammar.lastBoundaryEnd(t, from, to);
        if (boundary == from) return true;
        if (!WAYS_OF_WORKING.contains(head) || !MANNER_ADVERBS.contains(t.text().substring(from, boundary))) return false;
        return grammar.lastBoundaryEnd(t, boundary, to) == boundary;
    }

    private boolean genericModifier(String phrase, String head) {
        String modifier = phrase.substring(0, phrase.length() - head.length());
        if (modifier.isEmpty()) return false;
        return grammar.heads().stream().filter(h -> h.word().equals(head))
                .anyMatch(h -> h.genericEnds().stream().anyMatch(modifier::endsWith));
    }

    private String headEnding(String phrase) {
        String attach = grammar.attachHeadEnding(phrase);
        if (attach != null) return attach;
        return grammar.heads().stream().map(MechanismGrammar.Head::word).filter(phrase::endsWith).findFirst().orElse(null);
    }

    /**
     * Whether the modifier holds a function word, or 情况: “三项制度”落实情况专项检查 is an inspection
     * of how the quoted term is carried out, not a name built on it.
     */
    private static boolean containsFunctionChar(String phrase, String head) {
        String modifier = phrase.substring(0, phrase.length() - head.length());
        return modifier.chars().anyMatch(c -> "的等和与及或并".indexOf(c) >= 0) || modifier.contains("情况");
    }

    /**
     * Where the mention starts: before a qualifier that belongs to the name. A qualifier is taken when
     * qualifier and term together are a known variant (行政执法“三项制度”), or when the term is too short
     * to stand alone and the qualifier is the object of a governance verb (建立新进执法人员“导师制”,
     * 推进公共法律服务“进园区”). A term known on its own (“放管服”) takes no other qualifier.
     */
    private int qualifierStart(MechanismText t, QuoteSpan q, String inner, int end) {
        String text = t.text();
        int window = q.start();
        while (window > 0 && q.start() - window < MAX_KNOWN_QUALIFIER + 4 && isHan(text.charAt(window - 1))) window--;
        int verbEnd = grammar.lastBoundaryEnd(t, window, q.start());
        int otherStop = Math.max(lastFunctionChar(text, window, q.start()), grammar.lastCountedEnd(text, window, q.start()));
        int from = afterRegionWords(text, Math.max(verbEnd, otherStop), q.start());
        from += grammar.leadLength(text.substring(from, q.start()));

        String rest = MechanismNames.clean(text.substring(q.start(), end)).replace(" ", "");
        for (int s = Math.max(from, q.start() - MAX_KNOWN_QUALIFIER); s <= q.start() - 2; s++) {
            if (vocabulary.lookup(text.substring(s, q.start()) + rest).isPresent()) return s;
        }
        if (vocabulary.lookup(rest).isPresent()) return q.start();
        if (QUANTITY_BEFORE.matcher(text.substring(window, q.start())).find()) return q.start();

        boolean manner = MANNER.matcher(inner).matches() && MANNER_HEAD.matcher(text).region(q.end(), end).matches();
        boolean shortTerm = (MechanismGrammar.length(inner) <= 3 || NUMBERED.matcher(inner).lookingAt())
                && (!names.sloganLike(inner) || manner);
        // The qualifier follows the verb directly, or after lead words only (推进全市|公共法律服务“进园区”).
        boolean objectOfVerb = verbEnd > window && verbEnd >= otherStop
                && verbEnd + grammar.leadLength(text.substring(verbEnd, q.start())) == from;
        int length = q.start() - from;
        // A numbered term (“五大行动”) is empty without its topic, however long; a short one is a name
        // in itself and takes at most one compound noun (新进执法人员“导师制”, not 纠错案件“回头看”).
        int max = NUMBERED.matcher(inner).lookingAt() ? MAX_KNOWN_QUALIFIER : MAX_QUALIFIER;
        if (shortTerm && objectOfVerb && length >= 2 && length <= max
                && t.nounEndsAt(q.start()) && !isPlace(t, from, q.start())) return from;
        // A term with a way of working after it names one set-up of the field before it
        // (推行行政规范性文件“三审一备”机制): the field is part of the name.
        String head = end > q.end() ? headEnding(text.substring(q.end(), end)) : null;
        boolean headed = head != null && WAYS_OF_WORKING.contains(head) && !names.sloganLike(inner);
        if (headed && objectOfVerb && length >= 2 && length <= MAX_KNOWN_QUALIFIER
                && t.nounEndsAt(q.start()) && !isPlace(t, from, q.start())) return from;
        return q.start();
    }

    /** After the last collective region word (我区, 全市) in [from, to): a qualifier never spans one. */
    private static int afterRegionWords(String text, int from, int to) {
        Matcher m = REGION_COLLECTIVE.matcher(text).region(from, to);
        int end = from;
        while (m.find()) end = m.end();
        return end;
    }

    private static int lastFunctionChar(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) if (FUNCTION_CHARS.indexOf(text.charAt(i)) >= 0) return i + 1;
        return from;
    }

    private static boolean isPlace(MechanismText t, int from, int to) {
        return t.placeLengthAt().getOrDefault(from, 0) == to - from
                || t.text().substring(from, to).matches("[省市区县]");
    }

    private static String clauseAfter(String text, int from, int max) {
        int to = from;
        while (to < text.length() && to - from < max && CLAUSE_ENDS.indexOf(text.charAt(to)) < 0) to++;
        return text.substring(from, to);
    }

    private static String clauseBefore(String text, int to, int max) {
        int from = to;
        while (from > 0 && to - from < max && CLAUSE_ENDS.indexOf(text.charAt(from - 1)) < 0) from--;
        return text.substring(from, to);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isWordChar(char c) {
        return isHan(c) || Character.isLetterOrDigit(c);
    }
}
