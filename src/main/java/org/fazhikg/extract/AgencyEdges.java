package org.fazhikg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a body's name without prefix starts, read leftwards from its head: up to a boundary word, a
 * quote or punctuation, cutting the clause's verbs; and whether a count or plural word before it makes
 * the name a kind of body (各执法单位, 10个人民调解委员会).
 */
final class AgencyEdges {
    static final int LONGEST_MODIFIER = 16;
    /** Verbs that found or dissolve a body: the name after them may hold verbs (组建行政执法能力提升雏鹰战训团). */
    private static final Pattern FOUNDING = Pattern.compile("成立|组建|设立|建立|新建|筹建|挂牌|揭牌|撤销|撤并|更名为|组成");
    /** Level words between a count and a body type: 22个村（社区）法律顾问工作室, 各镇（街道）司法所. */
    private static final List<String> LEVEL_WORDS = List.of("社区", "街道", "乡镇", "镇街", "村居", "村", "镇", "乡",
            "区县", "县区", "县市", "市县", "区", "县", "市");

    private final AgencyVocabulary vocab;
    private final RegionFinder regions;

    AgencyEdges(AgencyVocabulary vocab, RegionFinder regions) {
        this.vocab = vocab;
        this.regions = regions;
    }

    /** Start of a name wholly inside quotes (“支持企业复工复产律师服务团”), or -1. */
    static int quotedStart(String text, int h, int headEnd) {
        if (headEnd >= text.length() || text.charAt(headEnd) != '”') return -1;
        for (int k = h - 1; k >= Math.max(0, h - 20); k--) {
            char c = text.charAt(k);
            if (c == '“') return k + 1;
            if (c == '”' || c == '。' || c == '，' || c == ',') return -1;
        }
        return -1;
    }

    static boolean honourBefore(String text, int quote) {
        String before = text.substring(Math.max(0, quote - 3), Math.max(0, quote));
        return before.endsWith("全国") || before.endsWith("全省") || before.endsWith("全市") || before.endsWith("省级")
                || before.endsWith("市级") || before.endsWith("国家级") || before.endsWith("评为") || before.endsWith("获评")
                || before.endsWith("荣获") || before.endsWith("获得") || before.endsWith("授予");
    }

    /**
     * Where a name without prefix starts, walking left from its head up to a boundary word, a quote or
     * punctuation; -1 when a region prefix is met (the first pass reads those). A verb in between ends
     * the name (在重点领域拓展基层调解组织) unless a founding verb opens the clause (组建行政执法能力提升雏鹰战训团)
     * or the name is an item after 、 (区综合调解院、行政争议协调化解中心).
     */
    int leftEdge(AgencyText ctx, int h) {
        String text = ctx.text();
        int j = h;
        boolean atWord = false;
        int afterVerb = -1;
        while (j > 0 && h - j < LONGEST_MODIFIER) {
            char c = text.charAt(j - 1);
            if (c == '”') {
                int open = text.lastIndexOf('“', j - 1);
                // “八五”普法讲师团, “吴江老娘舅”调解工作室 keep their quoted label; “门诊式”综合纠纷化解中心 does not
                if (open >= 0 && j - open <= 10 && !text.substring(open, j).endsWith("式”")) j = open;
                atWord = true;
                break;
            }
            if (!AgencyText.isHan(c)) break;
            if (ctx.inPlace()[j - 1] || ctx.placeAt().containsKey(j - 1)) {
                RegionPlace p = ctx.placeEndingAt(j);
                if (p != null && p.form() != RegionPlace.Form.COMMUNITY) return -1;
            }
            if (regions.deicticPrefixAt(text, j - 1) || j >= 2 && "我全本该".indexOf(text.charAt(j - 2)) >= 0
                    && "区市省县州旗".indexOf(text.charAt(j - 1)) >= 0) {
                atWord = true; // 我区拥有…, 区XX: a deictic word or a prefix the first pass did not take
                break;
            }
            String boundary = vocab.boundaryEndingAt(text, j);
            if (boundary != null && (boundary.length() > 1 ? ctx.tokens().startsAt(j - boundary.length())
                    : ctx.isWordAt(j - 1, 1) || vocab.isPlural(boundary))) {
                atWord = true;
                break;
            }
            Token t = ctx.tokens().at(j - 1);
            if (afterVerb < 0 && t != null && t.end() == j && isVerb(t.nature())) afterVerb = j;
            j--;
        }
        int topicStart = groupTopicStart(text, j, h);
        if (topicStart >= 0) return topicStart;
        boolean item = j > 0 && text.charAt(j - 1) == '、';
        boolean topic = AgencyVocabulary.RULE_OF_LAW_GROUPS.contains(text.substring(j, h));
        if (item || topic) return j;
        // after a verb (召开, 配合) the words up to the head are its object: only verbs opening it are cut
        if (atWord && isVerb(ctx.tokens().natureAt(j - 1))) return trimLeadingPredicate(ctx, j, h, true);
        if (afterVerb >= 0 && !foundedInClause(text, j)) j = afterVerb;
        return trimLeadingPredicate(ctx, j, h, !atWord);
    }

    /** 推进依法行政工作领导小组 after 成立由市长任组长的: a group named after the work it drives keeps its verb. */
    private static int groupTopicStart(String text, int j, int h) {
        // the walk stops at 推进 (a boundary word): the topic may begin just before
        for (int k = Math.max(0, j - 4); k < h; k++) {
            Matcher m = AgencyGrammar.GROUP_TOPIC.matcher(text).region(k, text.length());
            if (m.lookingAt() && m.end() > h) return k;
        }
        return -1;
    }

    static boolean isVerb(String nature) {
        return nature.equals("v") || nature.equals("vi") || nature.equals("vd") || nature.equals("vf") || nature.equals("vx");
    }

    /** Whether a founding verb (成立, 组建 …) stands in the clause before {@code j}. */
    private static boolean foundedInClause(String text, int j) {
        int from = j;
        while (from > 0 && j - from < 20 && "。；;，,：:！？\n".indexOf(text.charAt(from - 1)) < 0) from--;
        return FOUNDING.matcher(text).region(from, j).find();
    }

    /**
     * Skips the words that open a clause before a name: 建设法律服务联合体 → 法律服务联合体. By part of
     * speech (verbs, adverbs, prepositions …) when {@code byWordClass}, else only vocabulary words.
     */
    private int trimLeadingPredicate(AgencyText ctx, int j, int h, boolean byWordClass) {
        while (j < h) {
            Token t = ctx.tokens().at(j);
            if (t == null || t.start() != j || t.end() > h) break;
            String n = t.nature();
            boolean predicate = vocab.isBoundary(t.word()) || vocab.isPlural(t.word()) || vocab.isLead(t.word())
                    || byWordClass && (isVerb(n) || n.startsWith("d") || n.startsWith("p") || n.startsWith("c")
                    || n.startsWith("r") || n.startsWith("m") || n.startsWith("q") || n.startsWith("t") || n.startsWith("u") || n.equals("ad"));
            if (!predicate) break;
            j = t.end();
        }
        return j;
    }

    /**
     * Plural or generic references: 各执法单位, 10个人民调解委员会, 多家, also across a level word and its
     * gloss (22个村（社区）法律顾问工作室).
     */
    boolean pluralBefore(AgencyText ctx, int start) {
        String text = ctx.text();
        int k = start;
        for (boolean moved = true; moved && k > 0; ) {
            moved = false;
            char c = text.charAt(k - 1);
            if (c == '）' || c == ')') {
                int open = Math.max(text.lastIndexOf('（', k - 1), text.lastIndexOf('(', k - 1));
                if (open >= 0 && k - open <= 8) {
                    k = open;
                    moved = true;
                }
            } else {
                for (String level : LEVEL_WORDS) {
                    if (k >= level.length() && text.startsWith(level, k - level.length())) {
                        k -= level.length();
                        moved = true;
                        break;
                    }
                }
            }
        }
        String w = vocab.boundaryEndingAt(text, k);
        if (w != null && vocab.isPlural(w)) return true;
        // 各乡镇均建立…中心, 全部建成…工作站: one body in each of many places
        if (w != null && vocab.isBoundary(w) && AgencyText.endsWithAny(text, k - w.length(), "均", "都", "全部", "分别", "普遍", "相继", "陆续",
                "全部挂牌", "均挂牌", "分别挂牌"))
            return true;
        if (k >= 2 && "个家所支名批座".indexOf(text.charAt(k - 1)) >= 0) {
            char n = text.charAt(k - 2);
            return Character.isDigit(n) || "二三四五六七八九十百千两几多".indexOf(n) >= 0;
        }
        return false;
    }
}
