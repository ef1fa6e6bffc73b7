package org.fazhikg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhikg.extract.AgencyVocabulary.Head;
import org.fazhikg.extract.AgencyVocabulary.Rule;

/**
 * The grammar of body names in Chinese government language:
 * <pre>
 *   body   = prefix? modifier? head (modifier? head)*
 *   prefix = region name (深圳市罗湖区) | short form (罗湖) | deictic 区/市/省/县 (+级) | subdistrict (东门街道)
 *          | issuer word (我局, 局 in 局党组) | zone (高新区)
 *   head   = 人民政府 | 委 (party committee) | department (司法局, 住建局) | 法院 | 委员会 | 中心 | 党支部 | …
 * </pre>
 * Bodies with a prefix are read rightwards from the prefix; bodies without one leftwards from their
 * head, up to a boundary word (成立, 和, 的 …). Each body gets a name template: the canonical name
 * as far as the text alone tells, with the region to be filled from the report's context written in
 * braces: {区}司法局 (the district's), {}法院 (the issuing region's own), {本机关}党组 (the issuer's),
 * {市简}高新技术产业开发区管理委员会 (the city's short name).
 */
final class AgencyGrammar {
    /**
     * A body found in the text.
     *
     * @param names  one name template, or several when an enumeration shares the head (市、区两级法院)
     * @param deixis the deictic prefixes of the name (区 in 区委), which name regions too
     */
    record Found(int start, int end, List<String> names, String type, List<Place> deixis) {}

    private enum PrefixKind { REGION, SHORT, DEIXIS, LOCALITY, ISSUER, ZONE }

    private record Prefix(int start, int end, PrefixKind kind, List<String> templates, List<Place> deixis, boolean communist) {}

    /** A head found while reading a name, with the modifier text before it. */
    private record Segment(String modifier, Head head, int end) {}

    private static final Pattern ISSUER_WORD = Pattern.compile("(?<!自)[我本](局|厅|委|办|院|中心)(?![长里面势部])|(?<![\\p{IsHan}&&[^和及、与为将对经由向在召开组织]])[局厅]"
            + "(?=机关|党组|党委|党支部|理论学习中心组|机关党委|办公室|[\\p{IsHan}]{2,6}[处科](?![\\p{IsHan}&&[^长牵负]]))");
    private static final Pattern DEICTIC_LIST = Pattern.compile("[省市区县](?:、[省市区县])+(?:[两三四]级)?|[省市区县][市区县]{1,2}(?=[两三四]级)");
    /** Functional zones that prefix bodies (高新区管委会), longest first, with their full form. */
    private static final List<Map.Entry<String, String>> ZONES = List.of(
            Map.entry("高新技术产业开发区", "高新技术产业开发区"), Map.entry("经济技术开发区", "经济技术开发区"),
            Map.entry("高新区", "高新技术产业开发区"), Map.entry("经开区", "经济技术开发区"));
    /** Continuations that follow a body without a modifier of their own: 司法局党支部, 市委常委会. */
    private static final Set<String> BARE_UNITS = Set.of("办公室", "督察组", "纪检监察组", "秘书处", "机关党委");
    private static final Pattern CENTRAL = Pattern.compile("(?<![\\p{IsHan}&&[^按照和及、与]])中央(?=[、和及与](?:省委|国务院|地方|省|自治区|市委|区委|县委))");
    private static final Map<String, String> NAME_FORMS = Map.of("管委会", "管理委员会", "高新区", "高新技术产业开发区",
            "经开区", "经济技术开发区", "人民代表大会常务委员会", "人大常委会", "中院", "中级人民法院", "高院", "高级人民法院");
    private static final Pattern TOWNSHIP_BODY = Pattern.compile("党委|人民政府|政府|人大|纪委|司法所|派出所|综治中心|综合行政执法");
    /** A bare 法院, 检察院, 人大 that only qualifies the next word: 法院庭审, 检察系统, 人大代表. */
    private static final Pattern LOCAL_AS_MODIFIER = Pattern.compile("庭审|系统|干警|判决|裁定|裁判|工作人员|代表|委员|审判|执行局|立案");
    private static final Pattern NOT_OFFICE = Pattern.compile("办[理法事案好结公学成]");
    private static final Pattern NOT_COMMITTEE = Pattern.compile("委[员托派屈婉]");
    private static final String NOT_BEFORE_BUREAU = "布格大全结开僵时当变破残棋赌骗饭邮电药好本我该";
    /** Verbs that found or dissolve a body: the name after them may hold verbs (组建行政执法能力提升雏鹰战训团). */
    private static final Pattern FOUNDING = Pattern.compile("成立|组建|设立|建立|新建|筹建|挂牌|揭牌|撤销|撤并|更名为|组成");
    private static final int LONGEST_MODIFIER = 16;

    private final AgencyVocabulary vocab;
    private final RegionFinder regions;

    AgencyGrammar(AgencyVocabulary vocab, RegionFinder regions) {
        this.vocab = vocab;
        this.regions = regions;
    }

    /**
     * Every body in the text; nested names keep only the longest, and bodies inside 《》 are skipped.
     * {@code tokens} are plain words (see {@link RegionFinder#plainWords}).
     */
    List<Found> find(String text, TokenIndex tokens, List<Place> places, boolean[] inTitle) {
        Map<Integer, Place> placeAt = new HashMap<>();
        boolean[] inPlace = new boolean[text.length() + 1];
        for (Place p : places) {
            placeAt.put(p.start(), p);
            for (int k = p.start() + 1; k < p.end(); k++) inPlace[k] = true;
        }
        Context ctx = new Context(text, tokens, placeAt, inPlace, inTitle, text.contains("依法治"));
        List<Found> candidates = new ArrayList<>();
        for (int p = 0; p < text.length(); p++) {
            if (inPlace[p]) continue;
            Prefix prefix = prefixAt(ctx, p);
            if (prefix != null) candidates.addAll(readFrom(ctx, prefix));
        }
        Matcher central = CENTRAL.matcher(text);
        while (central.find()) {
            if (!inTitle[central.start()]) candidates.add(new Found(central.start(), central.end(), List.of("中共中央"), "party_body", List.of()));
        }
        boolean[] covered = new boolean[text.length() + 1];
        for (Found f : candidates) for (int k = f.start(); k < f.end(); k++) covered[k] = true;
        for (int h = 0; h < text.length(); h++) {
            if (covered[h] || !isHan(text.charAt(h))) continue;
            Head head = vocab.headAt(text, h);
            if (head == null || !headFits(ctx, h, head, false)) continue;
            Found f = readBack(ctx, h, head);
            if (f != null) {
                candidates.add(f);
                for (int k = f.start(); k < f.end(); k++) covered[k] = true;
            }
        }
        return outermost(candidates, inTitle);
    }

    private record Context(String text, TokenIndex tokens, Map<Integer, Place> placeAt, boolean[] inPlace,
                           boolean[] inTitle, boolean ruleOfLawReport) {}

    // ---- prefixes

    private Prefix prefixAt(Context ctx, int p) {
        String text = ctx.text();
        boolean communist = false;
        int start = p;
        for (String party : List.of("中国共产党", "中共")) {
            if (text.startsWith(party, p) && ctx.placeAt().containsKey(p + party.length())
                    && ctx.placeAt().get(p + party.length()).form() == Place.Form.FULL) {
                communist = true;
                p += party.length();
                break;
            }
        }
        Place place = ctx.placeAt().get(p);
        if (place != null) {
            switch (place.form()) {
                case FULL -> {
                    Place last = place;
                    for (Place next = ctx.placeAt().get(last.end()); next != null && next.form() == Place.Form.FULL;
                         next = ctx.placeAt().get(last.end())) last = next;
                    return new Prefix(start, last.end(), PrefixKind.REGION, List.of(last.name()), List.of(), communist);
                }
                case SHORT -> {
                    return new Prefix(p, place.end(), PrefixKind.SHORT, List.of(place.text()), List.of(), false);
                }
                case SUBDISTRICT -> {
                    return new Prefix(p, place.end(), PrefixKind.LOCALITY, List.of(place.name()), List.of(), false);
                }
                default -> { return null; }
            }
        }
        Matcher issuer = ISSUER_WORD.matcher(text).region(p, Math.min(text.length(), p + 3)).useTransparentBounds(true);
        if (issuer.lookingAt() && !ctx.inTitle()[p]) {
            int end = issuer.end();
            if (text.startsWith("机关", end) && !text.startsWith("机关党", end)) end += 2;
            return new Prefix(p, end, PrefixKind.ISSUER, List.of("{本机关}"), List.of(), false);
        }
        for (Map.Entry<String, String> zone : ZONES) {
            if (text.startsWith(zone.getKey(), p) && (p == 0 || !isHan(text.charAt(p - 1)) || ctx.tokens().startsAt(p)))
                return new Prefix(p, p + zone.getKey().length(), PrefixKind.ZONE, List.of("{市简}" + zone.getValue()), List.of(), false);
        }
        Prefix township = townshipPrefix(ctx, p);
        if (township != null) return township;
        if (text.startsWith("自治区", p) || text.startsWith("自治州", p)) {
            String level = text.substring(p, p + 3);
            Place d = RegionFinder.deictic(p, p + 3, text, level);
            return new Prefix(p, p + 3, PrefixKind.DEIXIS, List.of(d.name()), List.of(d), false);
        }
        if (!regions.deicticPrefixAt(text, p)) return null;
        Head word = vocab.headAt(text, p);
        if (word != null && word.text().length() > 1) return null; // 市场监管局, 市民服务中心: no 市 prefix
        Matcher list = DEICTIC_LIST.matcher(text).region(p, Math.min(text.length(), p + 9)).useTransparentBounds(true);
        if (list.lookingAt()) {
            List<Place> deixis = new ArrayList<>();
            for (int k = p; k < list.end(); k++) {
                char c = text.charAt(k);
                if ("省市区县".indexOf(c) >= 0) deixis.add(RegionFinder.deictic(k, k + 1, text, String.valueOf(c)));
            }
            if (deixis.size() > 1) {
                return new Prefix(p, list.end(), PrefixKind.DEIXIS, deixis.stream().map(Place::name).toList(), deixis, false);
            }
        }
        Place d = RegionFinder.deictic(p, p + 1, text, String.valueOf(text.charAt(p)));
        int end = text.startsWith("级", p + 1) ? p + 2 : p + 1;
        return new Prefix(p, end, PrefixKind.DEIXIS, List.of(d.name()), List.of(d), false);
    }

    /**
     * 街道 in 街道党工委 and 镇/乡 in 镇政府, 乡党委: the issuing subdistrict or township. In a district's
     * report they name no body (every 街道 has one) and the linker drops them.
     */
    private Prefix townshipPrefix(Context ctx, int p) {
        String text = ctx.text();
        if (p > 0 && isHan(text.charAt(p - 1)) && !ctx.tokens().startsAt(p) || ctx.inPlace()[p]) return null;
        if (p > 0 && "各全本该我每乡镇城村集".indexOf(text.charAt(p - 1)) >= 0) return null;
        String level = null;
        if (text.startsWith("街道", p)) level = "街道";
        else if ((text.charAt(p) == '镇' || text.charAt(p) == '乡') && TOWNSHIP_BODY.matcher(text).region(p + 1, text.length()).lookingAt())
            level = String.valueOf(text.charAt(p));
        if (level == null) return null;
        Place d = RegionFinder.deictic(p, p + level.length(), text, level);
        return new Prefix(p, p + level.length(), PrefixKind.DEIXIS, List.of(d.name()), List.of(d), false);
    }

    // ---- reading a name rightwards

    /** Reads a body from a prefix rightwards, plus a bare unit coordinated with it (局理论学习中心组和党支部). */
    private List<Found> readFrom(Context ctx, Prefix prefix) {
        String text = ctx.text();
        List<Segment> segments = new ArrayList<>();
        int i = prefix.end();
        boolean regional = prefix.kind() == PrefixKind.REGION || prefix.kind() == PrefixKind.DEIXIS;
        if (regional && text.startsWith("委", i) && !NOT_COMMITTEE.matcher(text).region(i, Math.min(text.length(), i + 2)).useTransparentBounds(true).lookingAt()) {
            segments.add(new Segment("", new Head("委", "委", "party_body", Rule.PARTY), i + 1));
            i++;
        } else if (regional && prefix.communist() && text.startsWith("委员会", i)) {
            segments.add(new Segment("", new Head("委员会", "委", "party_body", Rule.PARTY), i + 3));
            i += 3;
        }
        if (!segments.isEmpty() && text.startsWith("办", i) && !NOT_OFFICE.matcher(text).region(i, Math.min(text.length(), i + 2)).lookingAt()) {
            segments.add(new Segment("", new Head("办", "办公室", "bureau", Rule.SUB), i + 1)); // 市委办 = 市委办公室
            i++;
        } else if (prefix.kind() == PrefixKind.LOCALITY && text.startsWith("办", i)
                && !NOT_OFFICE.matcher(text).region(i, Math.min(text.length(), i + 2)).lookingAt()) {
            segments.add(new Segment("", new Head("办", "办事处", "other", Rule.PLACED), i + 1)); // 北山街道办
            i++;
        }
        segments.addAll(scan(ctx, i, !segments.isEmpty() || prefix.kind() == PrefixKind.ISSUER, true));
        if (ctx.inTitle()[prefix.start()]) return List.of();
        if (segments.isEmpty() && prefix.kind() == PrefixKind.ISSUER) {
            String word = text.substring(prefix.start(), prefix.end());
            if (word.length() < 2 || "局厅委办".indexOf(word.charAt(0)) >= 0 && !word.endsWith("机关")) return List.of();
            return List.of(new Found(prefix.start(), prefix.end(), List.of("{本机关}"), issuerType(word), List.of()));
        }
        segments = acceptable(ctx, prefix, segments);
        if (segments.isEmpty()) return List.of();
        int end = segments.get(segments.size() - 1).end();
        if (followedByDesignation(text, end)) return List.of();
        List<String> names = new ArrayList<>();
        int start = prefix.start();
        if (prefix.kind() == PrefixKind.REGION && !prefix.communist()) {
            // 南宁市、柳州市、桂林市司法局: the regions before share the head
            for (Place shared : sharedRegions(ctx, prefix.start())) {
                names.add(name(shared.name(), prefix, segments));
                start = Math.min(start, shared.start());
            }
        }
        for (String template : prefix.templates()) names.add(name(template, prefix, segments));
        List<Found> out = new ArrayList<>();
        out.add(new Found(start, end, names, type(segments), prefix.deixis()));
        Found coordinated = coordinatedUnit(ctx, prefix, segments, end);
        if (coordinated != null) out.add(coordinated);
        return out;
    }

    /** The full region names listed right before a prefix, separated by 、 (南宁市、柳州市、 before 桂林市). */
    private List<Place> sharedRegions(Context ctx, int prefixStart) {
        List<Place> out = new ArrayList<>();
        int k = prefixStart;
        while (k > 1 && ctx.text().charAt(k - 1) == '、') {
            Place before = placeEndingAt(ctx, k - 1);
            if (before == null || before.form() != Place.Form.FULL) break;
            out.add(0, before);
            k = before.start();
        }
        return out;
    }

    /** A bare party unit right after 和/及/、 shares the body's prefix: 局理论学习中心组和党支部 → the issuer's 党支部. */
    private Found coordinatedUnit(Context ctx, Prefix prefix, List<Segment> segments, int end) {
        String text = ctx.text();
        if (end >= text.length() || "和及、与".indexOf(text.charAt(end)) < 0) return null;
        for (String unit : List.of("机关党委", "党支部", "党总支", "党组", "党委")) {
            if (!text.startsWith(unit, end + 1)) continue;
            int unitEnd = end + 1 + unit.length();
            if (unitEnd < text.length() && isHan(text.charAt(unitEnd)) && vocab.headAt(text, unitEnd) != null) return null;
            // the unit hangs on the same body as the segment before it: 局 for 局理论学习中心组
            List<Segment> owner = segments.subList(0, segments.size() - 1);
            String template = prefix.templates().get(0);
            String base = owner.isEmpty() ? template : name(template, prefix, owner);
            return new Found(end + 1, unitEnd, List.of(base + unit), "party_body", List.of());
        }
        return null;
    }

    /**
     * Heads reachable from {@code from} through modifier text, up to a boundary word, punctuation or a
     * new region. {@code boundaryFirst}: whether a boundary word right at {@code from} ends the scan too
     * (not when reading a name whose start is already known).
     */
    private List<Segment> scan(Context ctx, int from, boolean afterHead, boolean boundaryFirst) {
        String text = ctx.text();
        List<Segment> segments = new ArrayList<>();
        int modifierStart = from;
        int i = from;
        while (i < text.length() && i - modifierStart <= LONGEST_MODIFIER) {
            char c = text.charAt(i);
            if ((c == '“' || c == '”') && segments.isEmpty() && !afterHead && !boundaryFirst) {
                i++;
                continue;
            }
            if (!isHan(c)) break;
            Head head = vocab.headAt(text, i);
            boolean government = head != null && head.text().endsWith("政府") && head.rule() == Rule.PLACED;
            if (government && (i > modifierStart || !segments.isEmpty() || i > from)) head = null; // 法治政府建设领导小组
            if (head != null && headFits(ctx, i, head, afterHead || !segments.isEmpty())) {
                int end = i + head.text().length();
                segments.add(new Segment(text.substring(modifierStart, i), head, end));
                i = end;
                modifierStart = i;
                continue;
            }
            if (i > from || !segments.isEmpty() || afterHead || boundaryFirst) {
                String boundary = vocab.boundaryAt(text, i);
                if (boundary != null && (boundary.length() > 1 ? ctx.tokens().startsAt(i) : isWordAt(ctx, i, 1))) break;
                boolean properName = i == from && !afterHead && ctx.placeAt().containsKey(i)
                        && ctx.placeAt().get(i).form() == Place.Form.SHORT; // 襄阳市襄阳公证处
                if (startsRegion(ctx, i) && !properName && !afterStationing(text, i) && !subUnitFollows(ctx, i, segments)) break;
            }
            i++;
        }
        return segments;
    }

    private static boolean afterStationing(String text, int i) {
        return i > 0 && text.charAt(i - 1) == '驻';
    }

    private boolean startsRegion(Context ctx, int i) {
        Place p = ctx.placeAt().get(i);
        return (p != null && p.form() != Place.Form.COMMUNITY) || regions.deicticPrefixAt(ctx.text(), i) && !ctx.inPlace()[i];
    }

    /** 深圳市公安局罗湖分局: a region inside a name is fine when a branch head follows it. */
    private boolean subUnitFollows(Context ctx, int i, List<Segment> segments) {
        if (segments.isEmpty()) return false;
        Place p = ctx.placeAt().get(i);
        int from = p == null ? i + 1 : p.end();
        for (int k = from; k < Math.min(ctx.text().length(), from + 4); k++) {
            Head h = vocab.headAt(ctx.text(), k);
            if (h != null) return h.rule() == Rule.SUB || h.canonical().endsWith("分局");
        }
        return false;
    }

    /**
     * The longest prefix of the segments that makes a body with this prefix; empty if none. A 小组 needs
     * its own topic (全面依法治市委员会协调小组 is the committee plus its groups), a sub-unit needs a body
     * before it, a placed head a region.
     */
    private List<Segment> acceptable(Context ctx, Prefix prefix, List<Segment> segments) {
        for (int n = segments.size(); n > 0; n--) {
            List<Segment> body = segments.subList(0, n);
            Segment last = body.get(n - 1);
            Head head = last.head();
            boolean alone = n == 1;
            if (!alone && last.modifier().length() < 2 && !continuesBare(head)) continue;
            if (!alone && head.text().endsWith("政府")) continue; // 法治政府 after a body is a phrase, not a unit
            if (head.rule() == Rule.SUB && alone && (prefix == null || prefix.kind() != PrefixKind.ISSUER)) continue;
            if (head.rule() == Rule.PLACED && alone && !placedOk(prefix, head, last.modifier())) continue;
            if (head.rule() == Rule.NATIONAL && prefix != null && prefix.kind() != PrefixKind.SHORT) continue;
            if (prefix == null && !standsWithoutPrefix(ctx, body.get(0))) continue;
            return List.copyOf(body);
        }
        return List.of();
    }

    /** Whether a head can follow another body directly, as its unit: 党支部, 常委会, 办公室, 分局. */
    private static boolean continuesBare(Head head) {
        return head.rule() == Rule.SUB || head.rule() == Rule.PARTY || head.type().equals("party_body") && !head.text().endsWith("小组")
                || BARE_UNITS.contains(head.text()) || head.canonical().endsWith("分局");
    }

    private static boolean placedOk(Prefix prefix, Head head, String modifier) {
        if (prefix == null) return false;
        boolean government = head.text().endsWith("政府");
        return switch (prefix.kind()) {
            case REGION, DEIXIS -> !government || modifier.isEmpty();
            case LOCALITY -> !government || modifier.isEmpty();
            case ZONE -> !government;
            case SHORT -> !government && !head.text().equals("局") && !head.text().equals("厅");
            case ISSUER -> false;
        };
    }

    /** Whether a name without prefix (modifier + one head) is a body rather than a type or a fragment. */
    private boolean standsWithoutPrefix(Context ctx, Segment segment) {
        Head head = segment.head();
        String modifier = segment.modifier();
        return switch (head.rule()) {
            case NATIONAL -> modifier.isEmpty();
            case LOCAL, DEPARTMENT -> modifier.isEmpty() || !vocab.isGenericName(modifier + head.text(), head.text()) && modifier.length() >= 2;
            case PARTY -> modifier.isEmpty() && (head.canonical().contains("依法治") || head.canonical().equals("政法委"));
            case NAMED -> !modifier.isEmpty() && !head.type().equals("party_body") && !vocab.isGenericName(modifier + head.text(), head.text());
            case PLACED, SUB -> false;
        };
    }

    // ---- reading a name leftwards from its head

    private Found readBack(Context ctx, int h, Head head) {
        String text = ctx.text();
        int headEnd = h + head.text().length();
        int start = quotedStart(text, h, headEnd);
        if (start >= 0) {
            if (honourBefore(text, start - 1)) return null;
        } else {
            start = leftEdge(ctx, h);
            if (start < 0) return null;
        }
        if (pluralBefore(ctx, start)) return null;
        List<Segment> segments = scan(ctx, start, false, false);
        // the scan must reach the head we started from
        if (segments.isEmpty() || segments.get(segments.size() - 1).end() < headEnd) return null;
        segments = acceptable(ctx, null, segments);
        if (segments.isEmpty()) return null;
        int end = segments.get(segments.size() - 1).end();
        if (followedByDesignation(text, end) || ctx.inTitle()[start]) return null;
        if (head.rule() == Rule.LOCAL && segments.size() == 1 && LOCAL_AS_MODIFIER.matcher(text).region(end, text.length()).lookingAt()) return null;
        Segment first = segments.get(0);
        List<String> topics = groupEnumeration(text, start, first);
        if (!topics.isEmpty() && ctx.ruleOfLawReport()) {
            int enumerationStart = start - topics.stream().limit(topics.size() - 1).mapToInt(t -> t.length() + 1).sum();
            List<String> names = topics.stream().map(t -> "{}委全面依法治{}委员会" + t + "协调小组").toList();
            return new Found(enumerationStart, end, names, "committee", List.of());
        }
        return new Found(start, end, List.of(name(null, null, segments)), type(segments), List.of());
    }

    /** Start of a name wholly inside quotes (“支持企业复工复产律师服务团”), or -1. */
    private static int quotedStart(String text, int h, int headEnd) {
        if (headEnd >= text.length() || text.charAt(headEnd) != '”') return -1;
        for (int k = h - 1; k >= Math.max(0, h - 20); k--) {
            char c = text.charAt(k);
            if (c == '“') return k + 1;
            if (c == '”' || c == '。' || c == '，' || c == ',') return -1;
        }
        return -1;
    }

    private static boolean honourBefore(String text, int quote) {
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
    private int leftEdge(Context ctx, int h) {
        String text = ctx.text();
        int j = h;
        boolean atWord = false;
        int afterVerb = -1;
        while (j > 0 && h - j < LONGEST_MODIFIER) {
            char c = text.charAt(j - 1);
            if (c == '”') {
                int open = text.lastIndexOf('“', j - 1);
                // “八五”普法讲师团 keeps its short quoted label; “门诊式”综合纠纷化解中心 does not
                if (open >= 0 && j - open <= 6 && !text.substring(open, j).endsWith("式”")) j = open;
                atWord = true;
                break;
            }
            if (!isHan(c)) break;
            if (ctx.inPlace()[j - 1] || ctx.placeAt().containsKey(j - 1)) {
                Place p = placeEndingAt(ctx, j);
                if (p != null && p.form() != Place.Form.COMMUNITY) return -1;
            }
            if (regions.deicticPrefixAt(text, j - 1) || j >= 2 && "我全本该".indexOf(text.charAt(j - 2)) >= 0
                    && "区市省县州旗".indexOf(text.charAt(j - 1)) >= 0) {
                atWord = true; // 我区拥有…, 区XX: a deictic word or a prefix the first pass did not take
                break;
            }
            String boundary = vocab.boundaryEndingAt(text, j);
            if (boundary != null && (boundary.length() > 1 ? ctx.tokens().startsAt(j - boundary.length())
                    : isWordAt(ctx, j - 1, 1) || vocab.isPlural(boundary))) {
                atWord = true;
                break;
            }
            Token t = ctx.tokens().at(j - 1);
            if (afterVerb < 0 && t != null && t.end() == j && isVerb(t.nature())) afterVerb = j;
            j--;
        }
        boolean item = j > 0 && text.charAt(j - 1) == '、';
        boolean topic = AgencyVocabulary.RULE_OF_LAW_GROUPS.contains(text.substring(j, h));
        if (item || topic) return j;
        // after a verb (召开, 配合) the words up to the head are its object: only verbs opening it are cut
        if (atWord && isVerb(ctx.tokens().natureAt(j - 1))) return trimLeadingPredicate(ctx, j, h, true);
        if (afterVerb >= 0 && !foundedInClause(text, j)) j = afterVerb;
        return trimLeadingPredicate(ctx, j, h, !atWord);
    }

    private static boolean isVerb(String nature) {
        return nature.equals("v") || nature.equals("vi") || nature.equals("vd") || nature.equals("vf") || nature.equals("vx");
    }

    /** Whether a founding verb (成立, 组建 …) stands in the clause before {@code j}. */
    private static boolean foundedInClause(String text, int j) {
        int from = j;
        while (from > 0 && j - from < 20 && "。；;，,：:！？\n".indexOf(text.charAt(from - 1)) < 0) from--;
        return FOUNDING.matcher(text).region(from, j).find();
    }

    private Place placeEndingAt(Context ctx, int end) {
        for (int k = end - 1; k >= Math.max(0, end - 20); k--) {
            Place p = ctx.placeAt().get(k);
            if (p != null) return p.end() == end ? p : null;
        }
        return null;
    }

    /**
     * Skips the words that open a clause before a name: 建设法律服务联合体 → 法律服务联合体. By part of
     * speech (verbs, adverbs, prepositions …) when {@code byWordClass}, else only vocabulary words.
     */
    private int trimLeadingPredicate(Context ctx, int j, int h, boolean byWordClass) {
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

    /** 规范性文件、执法、司法、守法普法协调小组: the topics of coordination groups sharing one head. */
    private static List<String> groupEnumeration(String text, int start, Segment first) {
        if (!first.head().text().equals("协调小组") || !AgencyVocabulary.RULE_OF_LAW_GROUPS.contains(first.modifier())) return List.of();
        List<String> topics = new ArrayList<>();
        int k = start;
        while (k > 0 && text.charAt(k - 1) == '、') {
            String found = null;
            for (String t : AgencyVocabulary.RULE_OF_LAW_GROUPS) {
                if (text.startsWith(t, k - 1 - t.length()) && (found == null || t.length() > found.length())) found = t;
            }
            if (found == null) break;
            topics.add(0, found);
            k = k - 1 - found.length();
        }
        topics.add(first.modifier());
        return topics;
    }

    // ---- checks shared by both directions

    private boolean headFits(Context ctx, int i, Head head, boolean afterHead) {
        String text = ctx.text();
        int end = i + head.text().length();
        if (ctx.inPlace()[i]) return false;
        if (head.rule() == Rule.SUB && !afterHead) return false;
        String h = head.text();
        if ((h.equals("局") || h.equals("厅")) && (i > 0 && NOT_BEFORE_BUREAU.indexOf(text.charAt(i - 1)) >= 0 || text.startsWith("面", end)))
            return false;
        if (h.endsWith("站") && text.startsWith("点", end)) return false;
        if (h.endsWith("办") && end < text.length() && "案理事法公好结".indexOf(text.charAt(end)) >= 0) return false;
        if (h.endsWith("队") && text.startsWith("伍", end)) return false;
        if (h.endsWith("团") && (text.startsWith("队", end) || text.startsWith("体", end) || text.startsWith("结", end))) return false;
        if ((h.equals("党组") || h.equals("党委")) && (text.startsWith("织", end) || text.startsWith("员", end))) return false;
        if (h.length() > 1 && !ctx.tokens().startsAt(i) && !(end >= text.length() || ctx.tokens().startsAt(end))) return false; // 集中学法 is no 中学
        if (h.equals("处") || h.equals("室") || h.equals("科") || h.equals("股")) {
            // single-character units only at a word end: 民法室, not 处理 or 科学
            if (end < text.length() && isHan(text.charAt(end)) && !isWordAt(ctx, i, 1) && !ctx.tokens().startsAt(end)) return false;
            if (text.startsWith("理", end) || text.startsWith("置", end) || text.startsWith("学", end) || text.startsWith("技", end)) return false;
        }
        if (h.equals("人大") && (text.startsWith("代表", end) || text.startsWith("常委", end))) return false;
        if (h.equals("政协") && (text.startsWith("委员", end) || text.startsWith("提案", end))) return false;
        if (h.equals("中心") && (text.startsWith("组", end) || startsWithAny(text, end, "工作", "大局", "任务", "环节", "城区", "城市")))
            return false;
        if (h.endsWith("政府") && startsWithAny(text, end, "法律顾问", "职能", "系统")) return false;
        return true;
    }

    private static boolean startsWithAny(String text, int at, String... words) {
        for (String w : words) if (text.startsWith(w, at)) return true;
        return false;
    }

    private static boolean followedByDesignation(String text, int end) {
        // …中心试点单位 is a designation, …顾问团模式 a mechanism: neither is the body itself
        return startsWithAny(text, end, "试点", "示范点", "模式", "机制", "制度", "体系", "工作法");
    }

    /** Plural or generic references: 各执法单位, 10个人民调解委员会, 多家. */
    private boolean pluralBefore(Context ctx, int start) {
        String text = ctx.text();
        String w = vocab.boundaryEndingAt(text, start);
        if (w != null && vocab.isPlural(w)) return true;
        if (start >= 2 && "个家所支名批座".indexOf(text.charAt(start - 1)) >= 0) {
            char n = text.charAt(start - 2);
            return Character.isDigit(n) || "二三四五六七八九十百千两几多".indexOf(n) >= 0;
        }
        return false;
    }

    private static boolean isWordAt(Context ctx, int i, int length) {
        Token t = ctx.tokens().at(i);
        return t != null && t.start() == i && t.word().length() == length;
    }

    // ---- names and types

    private String name(String template, Prefix prefix, List<Segment> segments) {
        StringBuilder sb = new StringBuilder();
        if (template != null) sb.append(template);
        boolean partyOpen = !segments.isEmpty() && segments.get(0).head().text().matches("委|委员会") && segments.get(0).head().canonical().equals("委");
        for (int k = 0; k < segments.size(); k++) {
            Segment s = segments.get(k);
            Head head = s.head();
            String canonical = head.canonical();
            boolean first = k == 0 || k == 1 && partyOpen;
            if (first && s.modifier().isEmpty() && head.rule() == Rule.PARTY && !canonical.equals("委")) {
                if (!partyOpen && prefix != null && (prefix.kind() == PrefixKind.REGION || prefix.kind() == PrefixKind.DEIXIS)) sb.append('委');
                else if (prefix == null) sb.append(canonical.contains("依法治") ? "{" + ruleOfLawLevel(canonical) + "}委" : "{}委");
            } else if (k == 0 && s.modifier().isEmpty() && prefix == null
                    && (head.rule() == Rule.LOCAL || head.rule() == Rule.DEPARTMENT)) {
                sb.append("{}");
            }
            sb.append(s.modifier());
            if (canonical.equals("仲裁委员会") && k == 0 && s.modifier().isEmpty() && (prefix == null || prefix.kind() == PrefixKind.DEIXIS)) {
                sb.setLength(0);
                sb.append("{市简}"); // 襄阳仲裁委员会: arbitration commissions carry the city's short name
            }
            if (head.text().equals("政府")) canonical = "人民政府";
            else if (head.text().equals("人大")) canonical = "人大常委会";
            else if (head.text().equals("中心组") || head.text().equals("理论学习中心组")) canonical = "理论学习中心组";
            sb.append(canonical);
        }
        String name = sb.toString().replace("“", "").replace("”", "").replace("\"", "");
        for (Map.Entry<String, String> form : NAME_FORMS.entrySet()) {
            if (!name.contains(form.getValue())) name = name.replace(form.getKey(), form.getValue());
        }
        return name;
    }

    private static char ruleOfLawLevel(String canonical) {
        int k = canonical.indexOf("依法治");
        return canonical.charAt(k + 3);
    }

    private static String type(List<Segment> segments) {
        Segment last = segments.get(segments.size() - 1);
        return last.head().type();
    }

    private static String issuerType(String word) {
        if (word.contains("委")) return "committee";
        if (word.contains("中心")) return "centre";
        return "bureau";
    }

    /** Drops candidates inside 《》 and those nested in a longer one; same-span enumerations stay together. */
    private static List<Found> outermost(List<Found> candidates, boolean[] inTitle) {
        List<Found> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt(Found::end).reversed()));
        List<Found> kept = new ArrayList<>();
        int reach = -1;
        for (Found f : sorted) {
            if (inTitle[f.start()]) continue;
            if (f.end() <= reach) continue;
            if (f.start() < reach) continue; // crossing an earlier body: the earlier one wins
            kept.add(f);
            reach = f.end();
        }
        Set<String> seen = new LinkedHashSet<>();
        kept.removeIf(f -> !seen.add(f.start() + ":" + f.end() + ":" + f.names()));
        return kept;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
