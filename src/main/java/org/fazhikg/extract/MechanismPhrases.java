package org.fazhikg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Unquoted mechanism names: a specific modifier before a head noun (建立|司法监督、行政诉讼案件开展情况
 * 日常登记制度, 全面推行|证明事项告知承诺制). The name starts after the nearest boundary word on its
 * left (a governance verb, adverb, function word, number with classifier, year, punctuation) and after
 * a coordinated item that is a name of its own (政府法律顾问制度、|公职律师制度). Generic names (工作机制,
 * 评价体系, 宣传活动) are left out by the modifier rules of each head.
 */
final class MechanismPhrases {
    private static final Pattern SECTOR_LEAD = Pattern.compile("[全各本我]");
    private static final Pattern SECTOR_AFTER = Pattern.compile("[内外]|干部|职工|党员|人员|单位|唯一|先进|首");
    private static final Pattern OLD_WAYS = Pattern.compile("(?:传统|原有|以往|过去|旧)的$");
    private static final String CONJUNCTIONS = "、和与及或";
    private static final String WORD_MARKS = "+＋-－·()（）";
    private static final String CLOSING_MARKS = "”’」』\"》〉";
    private static final int MAX_NAME = 22;
    private static final int WINDOW = 30;
    /** The shortest noun phrase that makes a verb before the head part of the name. */
    private static final int MIN_OBJECT = 4;
    /** The shortest modifier of a system named in 制度改革 that makes it one system, not a field. */
    private static final int MIN_REFORMED_SYSTEM = 6;
    /**
     * Verbs that put a system into force: right before a head they take it as their object
     * (事项实行清单管理), unlike a verb naming what the mechanism does (措施制定机制).
     */
    private static final Set<String> ADOPTING_VERBS = Set.of("实行", "推行", "实施", "建立", "健全", "落实", "完善", "提供", "开展", "形成");
    /** 执法记录仪与指挥平台: a coordination whose second item is one short word before the head is two things. */
    private static final Pattern SHORT_SECOND_ITEM = Pattern.compile("[与和][\\p{IsHan}]{1,2}$");

    private final MechanismGrammar grammar;
    private final MechanismNames names;

    MechanismPhrases(MechanismGrammar grammar, MechanismNames names) {
        this.grammar = grammar;
        this.names = names;
    }

    List<Mention> find(MechanismText t) {
        String text = t.text();
        List<Mention> found = new ArrayList<>();
        for (int at = 0; at < text.length(); at++) {
            MechanismGrammar.Head head = grammar.headAt(text, at);
            if (head == null || t.insideQuoteOrTitle(at)) continue;
            int end = at + head.word().length();
            if (continuesAfter(text, at, end)) continue;
            int start = nameStart(t, at);
            if (start < 0 || grammar.startsGeneric(text.substring(start, at))) continue;
            int lead = grammar.leadLength(text.substring(start, at));
            if (isSector(text, start, lead, head, end)) continue;
            start += lead;
            String modifier = MechanismNames.clean(text.substring(start, at));
            // 探索…新模式 describes an aim; a new model with a name of its own is quoted.
            if (modifier.endsWith("新") || !head.specific(modifier) || grammar.startsGeneric(modifier)
                    || OLD_WAYS.matcher(text.substring(Math.max(0, start - 4), start)).find()) continue;
            if (SHORT_SECOND_ITEM.matcher(modifier).find() || endsWithGenericName(modifier)) continue;
            // 行政审批制度改革 names the reform of a field's rules; a system with a long name of its own
            // (生态环境损害赔偿制度改革) is the system being reformed.
            if (text.startsWith("改革", end) && MechanismGrammar.length(modifier) < MIN_REFORMED_SYSTEM) continue;
            String mention = text.substring(start, end);
            MechanismNames.Named named = names.name(mention, t.placesFrom(start));
            found.add(Mention.of(Kind.MECHANISM, start, end, mention, named.canonical(), named.kind()));
            at = end - 1;
        }
        return found;
    }

    /** 长效机制制度: the modifier is a generic name of its own (长效机制), so the two heads are two things. */
    private boolean endsWithGenericName(String modifier) {
        for (MechanismGrammar.Head h : grammar.heads()) {
            if (modifier.endsWith(h.word()) && modifier.length() > h.word().length()) {
                return h.genericEnds().contains(modifier.substring(0, modifier.length() - h.word().length()));
            }
        }
        return false;
    }

    /**
     * 全市市场监管系统, 司法行政系统内: 系统 after a collective region word, or before 内/外/干部, is a
     * branch of government, not an information system.
     */
    private static boolean isSector(String text, int start, int lead, MechanismGrammar.Head head, int end) {
        if (!head.word().equals("系统")) return false;
        boolean collective = lead > 0 && SECTOR_LEAD.matcher(text.substring(start, start + lead)).find();
        return collective || SECTOR_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    /**
     * Whether the head is no head here: it goes on into another word (制度化, 工作法制) or a longer name
     * whose head comes later (清单制度, 制度体系, 服务网络) or 创新 (制度创新), or it stands right after 、/和 as a bare noun.
     */
    private boolean continuesAfter(String text, int headStart, int end) {
        if (headStart > 0 && CONJUNCTIONS.indexOf(text.charAt(headStart - 1)) >= 0) return true;
        if (end >= text.length()) return false;
        char next = text.charAt(end);
        if (text.charAt(end - 1) == '法' && "制治律规典官院庭学".indexOf(next) >= 0) return true;
        // 制度创新, 模式创新: the innovation of a field's rules, not a system of its own.
        if (text.startsWith("创新", end)) return true;
        return "化性度式室员者师络".indexOf(next) >= 0 || grammar.headAt(text, end) != null;
    }

    /**
     * Where the name whose head starts at {@code headStart} begins, or -1 when it directly follows a
     * quoted term or a title (the quoted term decides then) or when there is no name of reasonable length.
     */
    private int nameStart(MechanismText t, int headStart) {
        String text = t.text();
        int windowStart = headStart;
        while (windowStart > 0 && headStart - windowStart < WINDOW && isNameChar(text.charAt(windowStart - 1))) windowStart--;
        boolean afterQuote = windowStart > 0 && CLOSING_MARKS.indexOf(text.charAt(windowStart - 1)) >= 0;
        int start = Math.max(verbStart(t, windowStart, headStart), grammar.lastCountedEnd(text, windowStart, headStart));
        start = afterItem(text, start, headStart);
        // A longer run is a list of procedures or items (公众参与、专家论证、风险评估…决定制度), not one name.
        if (headStart - start > MAX_NAME) return -1;
        if (afterQuote && start == windowStart) return -1;
        return start;
    }

    /**
     * The end of the last boundary word before the head. A verb right before the head with a noun
     * phrase before it is part of the name (管理措施|制定|机制: the mechanism for drawing up measures),
     * so the boundary before that noun phrase counts instead.
     */
    private int verbStart(MechanismText t, int windowStart, int headStart) {
        int end = grammar.lastBoundaryEnd(t, windowStart, headStart);
        if (end != headStart) return end;
        int verb = grammar.boundaryStartEndingAt(t, windowStart, headStart);
        if (verb < 0) return end;
        int before = grammar.lastBoundaryEnd(t, windowStart, verb);
        boolean adopting = ADOPTING_VERBS.contains(t.text().substring(verb, headStart));
        return !adopting && verb - before >= MIN_OBJECT && t.nounEndsAt(verb) ? before : end;
    }

    /** After the last coordinated item that is a name of its own (体系|与管理制度), else unchanged. */
    private int afterItem(String text, int start, int headStart) {
        for (int i = headStart - 1; i > start; i--) {
            if (CONJUNCTIONS.indexOf(text.charAt(i)) < 0) continue;
            if (grammar.endsItem(text, start, i)) return i + 1;
        }
        return start;
    }

    private static boolean isNameChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || Character.isLetterOrDigit(c)
                || WORD_MARKS.indexOf(c) >= 0 || c == '、';
    }
}
