package org.fazhikg.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhikg.extract.AgencyVocabulary.Head;
import org.fazhikg.extract.AgencyVocabulary.Rule;

/**
 * The grammar of body names in Chinese government language:
 * <pre>
 *   body   = prefix? modifier? head (modifier? head)*
 *   prefix = region name (成都市武侯区) | short form (武侯) | deictic 区/市/省/县 (+级) | subdistrict (玉林街道)
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
    record Found(int start, int end, List<String> names, String type, List<RegionPlace> deixis) {}

    /** The topic of a leading group that begins with a verb of driving: 推进依法行政工作领导小组, 全面推进依法治县领导小组. */
    static final Pattern GROUP_TOPIC = Pattern.compile("(?:全面)?推进(?:依法|法治)\\p{IsHan}{1,10}?领导小组");
    /** Continuations that follow a body without a modifier of their own: 司法局党支部, 市委常委会. */
    private static final Set<String> BARE_UNITS = Set.of("办公室", "督察组", "纪检监察组", "秘书处", "机关党委");
    /**
     * 中央 heading an enumeration of levels: after a preposition (按照中央和省委), or after any word when two
     * more levels follow (贯彻落实中央、省、市部署), which no other 中央 compound (中央厨房) does.
     */
    private static final Pattern CENTRAL = Pattern.compile("(?<![\\p{IsHan}&&[^按照和及、与]])中央(?=[、和及与](?:省委|国务院|地方|省|自治区|市委|区委|县委))"
            + "|(?<![党共])中央(?=、(?:省|自治区)委?、[市州盟区县])");
    /** A bare 法院, 检察院, 人大 that only qualifies the next word: 法院庭审, 检察系统, 人大代表. */
    private static final Pattern LOCAL_AS_MODIFIER = Pattern.compile("庭审|系统|干警|判决|裁定|裁判|工作人员|代表|委员|审判|执行局|立案");
    /** The verb of a designation with the qualifiers before the title (命名为全国首批“, 获评省级). */
    private static final Pattern HONOUR_BEFORE = Pattern.compile("(?:评为|获评|荣获|命名为|确定为|认定为|评选为|表彰为|入选)[\\p{IsHan}“]{0,8}$");
    /** Words that make a name an honour: 模范人民调解委员会, 金牌调解室, 标杆司法所. */
    private static final Pattern HONOUR_WORD = Pattern.compile("模范|金牌|标杆");
    /** Criminal organisations the police break up (打掉恶势力犯罪集团): no body. */
    private static final Pattern CRIMINAL = Pattern.compile("犯罪集团|犯罪团伙|恶势力|黑社会");
    /** A class of governments by level (在全国省级政府中): no one body. */
    private static final Pattern LEVEL_CLASS = Pattern.compile("[省市县区]级(?:人民)?政府");
    /** A discipline inspection group stationed in the issuer (驻局纪检监察组): the issuer's region's commission sends it. */
    private static final Pattern STATIONED = Pattern.compile("驻(?:我)?[局厅委办](?:纪检监察组|纪检组)");
    /** The issuing department's legal affairs unit named bare in an enumeration (市场所、法制科、局分管领导). */
    private static final Pattern LEGAL_UNIT = Pattern.compile("(?<=[、，和与及由])(?:法制|法规|政策法规)[科处股](?=[、，和与及])");
    /** A leading group for the region's rule-of-law work, named without its region (法治政府建设领导小组). */
    private static final Pattern RULE_OF_LAW_GROUP = Pattern.compile("(?:全面)?(?:推进)?(?:依法行政|法治政府建设|法治建设|依法治[区市县省州旗])(?:工作)?领导小组");
    /** Level words naming all units of a level together (乡镇便民服务中心): the name is a kind of body. */
    private static final List<String> COLLECTIVE_LEVELS = List.of("乡镇", "镇街", "村居", "镇（街道）", "镇(街道)");
    /** The courts or procuratorates in general, named without a region (支持人民法院依法受理). */
    private static final Pattern COURTS_IN_GENERAL = Pattern.compile("(人民)?(法院|检察院|法院、检察院)");
    private static final Pattern NOT_OFFICE = Pattern.compile("办[理法事案好结公学成]");
    private static final Pattern NOT_COMMITTEE = Pattern.compile("委[员托派屈婉]");
    private static final String NOT_BEFORE_BUREAU = "布格大全结开僵时当变破残棋赌骗饭邮电药好本我该";

    private final AgencyVocabulary vocab;
    private final RegionFinder regions;
    private final AgencyPrefixes prefixes;
    private final AgencyEdges edges;

    AgencyGrammar(AgencyVocabulary vocab, RegionFinder regions) {
        this.vocab = vocab;
        this.regions = regions;
        this.prefixes = new AgencyPrefixes(vocab, regions);
        this.edges = new AgencyEdges(vocab, regions);
    }

    /**
     * Every body in the text; nested names keep only the longest, and bodies inside 《》 are skipped.
     * {@code tokens} are plain words (see {@link RegionFinder#plainWords}).
     */
    List<Found> find(String text, RegionTokens tokens, List<RegionPlace> places, boolean[] inTitle) {
        AgencyText ctx = AgencyText.of(text, tokens, places, inTitle);
        List<Found> candidates = new ArrayList<>();
        for (int p = 0; p < text.length(); p++) {
            if (ctx.inPlace()[p]) continue;
            AgencyPrefix prefix = prefixes.at(ctx, p);
            if (prefix != null) candidates.addAll(readFrom(ctx, prefix));
        }
        Matcher central = CENTRAL.matcher(text);
        while (central.find()) {
            if (!inTitle[central.start()]) candidates.add(new Found(central.start(), central.end(), List.of("中共中央"), "party_body", List.of()));
        }
        Matcher legal = LEGAL_UNIT.matcher(text);
        while (legal.find()) {
            if (!inTitle[legal.start()]) candidates.add(new Found(legal.start(), legal.end(), List.of("{本部门}" + legal.group()), "bureau", List.of()));
        }
        Matcher stationed = STATIONED.matcher(text);
        while (stationed.find()) {
            String unit = text.substring(stationed.end() - (text.startsWith("纪检组", stationed.end() - 3) ? 3 : 5), stationed.end());
            if (!inTitle[stationed.start()]) candidates.add(new Found(stationed.start(), stationed.end(), List.of("{驻本机关}" + unit), "party_body", List.of()));
        }
        boolean[] covered = new boolean[text.length() + 1];
        for (Found f : candidates) for (int k = f.start(); k < f.end(); k++) covered[k] = true;
        for (int h = 0; h < text.length(); h++) {
            if (covered[h] || !AgencyText.isHan(text.charAt(h))) continue;
            Head head = vocab.headAt(text, h);
            if (head == null || !headFits(ctx, h, head, false)) continue;
            Found f = readBack(ctx, h, head);
            if (f != null) {
                candidates.add(f);
                for (int k = f.start(); k < f.end(); k++) covered[k] = true;
            }
        }
        List<Found> kept = outermost(candidates, inTitle);
        kept.removeIf(f -> notABody(text, f));
        return jointDiscipline(kept);
    }

    /**
     * 州纪委州监委, 市纪委市监委: the discipline commission and the supervisory commission of one region sit
     * together as one body (纪委监委), written with the level word twice.
     */
    private static List<Found> jointDiscipline(List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            Found a = found.get(k);
            Found b = k + 1 < found.size() ? found.get(k + 1) : null;
            if (b != null && a.end() == b.start() && a.names().size() == 1 && b.names().size() == 1) {
                String first = a.names().get(0);
                String second = b.names().get(0);
                if (first.endsWith("纪委") && second.endsWith("监委")
                        && first.substring(0, first.length() - 2).equals(second.substring(0, second.length() - 2))) {
                    out.add(new Found(a.start(), b.end(), List.of(first + "监委"), a.type(), a.deixis()));
                    k++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /**
     * An honour title (被评为全国首批“枫桥式司法所”, 获评全国模范人民调解委员会, “金牌调解室”), an anonymised
     * placeholder (某律师事务所) or the courts in general (支持人民法院依法受理) name no concrete body.
     */
    private static boolean notABody(String text, Found f) {
        String name = text.substring(f.start(), f.end());
        if (name.contains("某") || HONOUR_WORD.matcher(name).find() || CRIMINAL.matcher(name).find()) return true;
        if (LEVEL_CLASS.matcher(name).matches() && (AgencyText.endsWithAny(text, f.start(), "全国", "各", "其他") || text.startsWith("中", f.end())))
            return true;
        // 支持人民法院依法受理行政案件: the stock phrase of an executive's duty towards the courts in general
        if (COURTS_IN_GENERAL.matcher(name).matches() && text.startsWith("依法", f.end())
                && AgencyText.startsWithAny(text, Math.max(0, f.start() - 2), "支持", "尊重")) return true;
        // the title ends its clause (or its quote); a body named right after 入选 goes on (入选司法部第二批…)
        boolean titleEnds = f.end() >= text.length() || "”，。；、".indexOf(text.charAt(f.end())) >= 0 || text.startsWith("称号", f.end());
        return titleEnds && HONOUR_BEFORE.matcher(text.substring(Math.max(0, f.start() - 16), f.start())).find();
    }

    // ---- reading a name rightwards from its prefix

    /** Reads a body from a prefix rightwards, plus a bare unit coordinated with it (局理论学习中心组和党支部). */
    private List<Found> readFrom(AgencyText ctx, AgencyPrefix prefix) {
        String text = ctx.text();
        List<AgencySegment> segments = new ArrayList<>();
        int i = prefix.end();
        boolean regional = prefix.regional();
        if (regional && text.startsWith("委", i) && !NOT_COMMITTEE.matcher(text).region(i, Math.min(text.length(), i + 2)).useTransparentBounds(true).lookingAt()) {
            segments.add(new AgencySegment("", new Head("委", "委", "party_body", Rule.PARTY), i + 1));
            i++;
        } else if (regional && prefix.communist() && text.startsWith("委员会", i)) {
            segments.add(new AgencySegment("", new Head("委员会", "委", "party_body", Rule.PARTY), i + 3));
            i += 3;
        }
        if (!segments.isEmpty() && text.startsWith("办", i) && !NOT_OFFICE.matcher(text).region(i, Math.min(text.length(), i + 2)).lookingAt()) {
            segments.add(new AgencySegment("", new Head("办", "办公室", "bureau", Rule.SUB), i + 1)); // 市委办 = 市委办公室
            i++;
        } else if (prefix.kind() == AgencyPrefix.Kind.LOCALITY && text.startsWith("办", i)
                && !NOT_OFFICE.matcher(text).region(i, Math.min(text.length(), i + 2)).lookingAt()) {
            segments.add(new AgencySegment("", new Head("办", "办事处", "other", Rule.PLACED), i + 1)); // 北山街道办
            i++;
        }
        segments.addAll(scan(ctx, i, !segments.isEmpty() || prefix.kind() == AgencyPrefix.Kind.ISSUER, true));
        if (ctx.inTitle()[prefix.start()]) return List.of();
        if (segments.isEmpty() && prefix.kind() == AgencyPrefix.Kind.ISSUER) {
            String word = text.substring(prefix.start(), prefix.end());
            if (word.equals("办事处")) return List.of(new Found(prefix.start(), prefix.end(), List.of("{街道}办事处"), "other", List.of()));
            if (word.length() < 2 || "局厅委办".indexOf(word.charAt(0)) >= 0 && !word.endsWith("机关")) return List.of();
            return List.of(new Found(prefix.start(), prefix.end(), List.of("{本机关}"), AgencyNames.issuerType(word), List.of()));
        }
        segments = acceptable(ctx, prefix, segments);
        if (segments.isEmpty()) return List.of();
        int end = segments.get(segments.size() - 1).end();
        if (followedByDesignation(text, end)) return List.of();
        List<String> names = new ArrayList<>();
        int start = prefix.start();
        if (prefix.kind() == AgencyPrefix.Kind.REGION && !prefix.communist()) {
            // 南宁市、柳州市、桂林市司法局: the regions before share the head
            for (RegionPlace shared : prefixes.sharedRegions(ctx, prefix.start())) {
                names.add(AgencyNames.name(shared.name(), prefix, segments));
                start = Math.min(start, shared.start());
            }
        }
        for (String template : prefix.templates()) names.add(AgencyNames.name(template, prefix, segments));
        List<Found> out = new ArrayList<>();
        out.add(new Found(start, end, names, AgencyNames.type(segments), prefix.deixis()));
        Found coordinated = coordinatedUnit(ctx, prefix, segments, end);
        if (coordinated != null) out.add(coordinated);
        return out;
    }

    /** A bare party unit right after 和/及/、 shares the body's prefix: 局理论学习中心组和党支部 → the issuer's 党支部. */
    private Found coordinatedUnit(AgencyText ctx, AgencyPrefix prefix, List<AgencySegment> segments, int end) {
        String text = ctx.text();
        if (end >= text.length() || "和及、与".indexOf(text.charAt(end)) < 0) return null;
        for (String unit : List.of("机关党委", "党支部", "党总支", "党组", "党委")) {
            if (!text.startsWith(unit, end + 1)) continue;
            int unitEnd = end + 1 + unit.length();
            if (unitEnd < text.length() && AgencyText.isHan(text.charAt(unitEnd)) && vocab.headAt(text, unitEnd) != null) return null;
            // the unit hangs on the same body as the segment before it: 局 for 局理论学习中心组
            List<AgencySegment> owner = segments.subList(0, segments.size() - 1);
            String template = prefix.templates().get(0);
            String base = owner.isEmpty() ? template : AgencyNames.name(template, prefix, owner);
            return new Found(end + 1, unitEnd, List.of(base + unit), "party_body", List.of());
        }
        return null;
    }

    /**
     * Heads reachable from {@code from} through modifier text, up to a boundary word, punctuation or a
     * new region. {@code boundaryFirst}: whether a boundary word right at {@code from} ends the scan too
     * (not when reading a name whose start is already known).
     */
    private List<AgencySegment> scan(AgencyText ctx, int from, boolean afterHead, boolean boundaryFirst) {
        String text = ctx.text();
        List<AgencySegment> segments = new ArrayList<>();
        int modifierStart = from;
        int i = from;
        while (i < text.length() && i - modifierStart <= AgencyEdges.LONGEST_MODIFIER) {
            char c = text.charAt(i);
            if ((c == '“' || c == '”') && segments.isEmpty() && !afterHead && !boundaryFirst) {
                i++;
                continue;
            }
            if (c == '“' && segments.isEmpty() && i > from && quotedWordInside(text, i)) {
                i = text.indexOf('”', i) + 1; // 矛盾纠纷“一站式”调处中心: a quoted word inside the modifier
                continue;
            }
            if (!AgencyText.isHan(c)) break;
            Head head = vocab.headAt(text, i);
            boolean government = head != null && head.text().endsWith("政府") && head.rule() == Rule.PLACED;
            if (government && (i > modifierStart || !segments.isEmpty() || i > from)) head = null; // 法治政府建设领导小组
            if (head != null && headFits(ctx, i, head, afterHead || !segments.isEmpty())) {
                int end = i + head.text().length();
                segments.add(new AgencySegment(text.substring(modifierStart, i).replace("“", "").replace("”", ""), head, end));
                i = end;
                modifierStart = i;
                continue;
            }
            if (i > from || !segments.isEmpty() || afterHead || boundaryFirst) {
                String boundary = vocab.boundaryAt(text, i);
                // 城管和综合执法局: before the first head, 和 may join the two halves of one name
                boolean joins = boundary != null && boundary.equals("和") && segments.isEmpty() && !afterHead && i > from
                        && i + 1 < text.length() && AgencyText.isHan(text.charAt(i + 1)) && !startsRegion(ctx, i + 1);
                // 县推进依法行政工作领导小组: a group named after the work it drives
                boolean groupTopic = boundary != null && (segments.isEmpty() || ownGroup(segments, modifierStart, i)) && GROUP_TOPIC.matcher(text).region(i, text.length()).lookingAt();
                if (boundary != null && !joins && !groupTopic && (boundary.length() > 1 ? ctx.tokens().startsAt(i) : ctx.isWordAt(i, 1))) break;
                boolean properName = i == from && !afterHead && ctx.placeAt().containsKey(i)
                        && ctx.placeAt().get(i).form() == RegionPlace.Form.SHORT; // 绵阳市绵阳公证处
                if (startsRegion(ctx, i) && !properName && !afterStationing(text, i) && !subUnitFollows(ctx, i, segments)) break;
            }
            i++;
        }
        return segments;
    }

    /** 州政府推进依法行政工作领导小组: a government's own group, its topic right after 政府. */
    private static boolean ownGroup(List<AgencySegment> segments, int modifierStart, int i) {
        return segments.size() == 1 && modifierStart == i && segments.get(0).head().text().endsWith("政府");
    }

    /** A short quoted word (2-6 characters) at {@code i}, with name text right after its closing quote. */
    private static boolean quotedWordInside(String text, int i) {
        int close = text.indexOf('”', i);
        return close > i + 2 && close <= i + 7 && close + 1 < text.length() && AgencyText.isHan(text.charAt(close + 1))
                && text.substring(i + 1, close).chars().allMatch(ch -> AgencyText.isHan((char) ch));
    }

    private static boolean afterStationing(String text, int i) {
        return i > 0 && text.charAt(i - 1) == '驻';
    }

    private boolean startsRegion(AgencyText ctx, int i) {
        RegionPlace p = ctx.placeAt().get(i);
        return (p != null && p.form() != RegionPlace.Form.COMMUNITY) || regions.deicticPrefixAt(ctx.text(), i) && !ctx.inPlace()[i];
    }

    /** 成都市公安局武侯分局: a region inside a name is fine when a branch head follows it. */
    private boolean subUnitFollows(AgencyText ctx, int i, List<AgencySegment> segments) {
        if (segments.isEmpty()) return false;
        RegionPlace p = ctx.placeAt().get(i);
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
    private List<AgencySegment> acceptable(AgencyText ctx, AgencyPrefix prefix, List<AgencySegment> segments) {
        for (int n = segments.size(); n > 0; n--) {
            List<AgencySegment> body = segments.subList(0, n);
            AgencySegment last = body.get(n - 1);
            Head head = last.head();
            boolean alone = n == 1;
            boolean facultyOfUniversity = !alone && head.text().equals("学院") && body.get(n - 2).head().text().equals("大学"); // 法学院
            if (!alone && last.modifier().length() < 2 && !continuesBare(head) && !facultyOfUniversity) continue;
            if (!alone && head.text().endsWith("政府")) continue; // 法治政府 after a body is a phrase, not a unit
            if (head.rule() == Rule.SUB && alone && (prefix == null || prefix.kind() != AgencyPrefix.Kind.ISSUER)) continue;
            if (head.rule() == Rule.PLACED && alone && !placedOk(prefix, head, last.modifier())
                    && !(prefix == null && namedLocalUnit(ctx, last))) continue;
            if (head.rule() == Rule.NATIONAL && prefix != null && prefix.kind() != AgencyPrefix.Kind.SHORT) continue;
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

    private static boolean placedOk(AgencyPrefix prefix, Head head, String modifier) {
        if (prefix == null) return bareSubdistrictCommittee(head, modifier);
        boolean government = head.text().endsWith("政府");
        return switch (prefix.kind()) {
            case REGION, DEIXIS, LOCALITY -> !government || modifier.isEmpty();
            case ZONE -> !government;
            case SHORT -> !government && !head.text().equals("局") && !head.text().equals("厅");
            case ISSUER -> false;
        };
    }

    /** Whether a name without prefix (modifier + one head) is a body rather than a type or a fragment. */
    private boolean standsWithoutPrefix(AgencyText ctx, AgencySegment segment) {
        Head head = segment.head();
        String modifier = segment.modifier();
        return switch (head.rule()) {
            case NATIONAL -> modifier.isEmpty();
            case LOCAL, DEPARTMENT -> modifier.isEmpty() || !vocab.isGenericName(modifier + head.text(), head.text()) && modifier.length() >= 2;
            case PARTY -> modifier.isEmpty() && (head.canonical().contains("依法治") || head.canonical().equals("政法委"));
            case NAMED -> !modifier.isEmpty() && !head.type().equals("party_body") && !vocab.isGenericName(modifier + head.text(), head.text());
            case PLACED -> bareSubdistrictCommittee(head, modifier) || namedLocalUnit(ctx, segment);
            case SUB -> false;
        };
    }

    /** Township units that take the name of their place (永安派出所, 城南司法所, 城南人民法庭); kept as written. */
    private static final Set<String> LOCAL_UNITS = Set.of("派出所", "司法所", "税务所", "财政所", "市场监管所", "市场监督管理所", "工商所", "食药所", "人民法庭");

    /**
     * A place-name stem of two or three characters before a township unit: 永安派出所. Not a generic or
     * descriptive word (基层派出所, 农村司法所, 边境派出所: a common noun or adjective of the dictionary).
     */
    private boolean namedLocalUnit(AgencyText ctx, AgencySegment segment) {
        String modifier = segment.modifier();
        if (!LOCAL_UNITS.contains(segment.head().text()) || modifier.length() < 2 || modifier.length() > 3
                || !modifier.chars().allMatch(c -> AgencyText.isHan((char) c))) return false;
        if (vocab.isGenericName(modifier + segment.head().text(), segment.head().text())) return false;
        for (int k = 0; k < modifier.length(); k++) {
            if (regions.notPlace(modifier.substring(k)) || regions.notPlace(modifier.substring(0, k + 1))) return false;
        }
        CoreDictionary.Attribute word = CoreDictionary.get(modifier);
        return word == null || word.nature.length == 0 || word.nature[0].toString().startsWith("ns");
    }

    /** A bare 党工委 (提交党工委会议): only subdistricts and zones have one, so it is the issuer's own; the linker decides. */
    private static boolean bareSubdistrictCommittee(Head head, String modifier) {
        return modifier.isEmpty() && head.text().equals("党工委");
    }

    // ---- reading a name leftwards from its head

    private Found readBack(AgencyText ctx, int h, Head head) {
        String text = ctx.text();
        int headEnd = h + head.text().length();
        int start = AgencyEdges.quotedStart(text, h, headEnd);
        if (start >= 0) {
            if (AgencyEdges.honourBefore(text, start - 1)) return null;
        } else {
            start = edges.leftEdge(ctx, h);
            if (start < 0) return null;
        }
        if (edges.pluralBefore(ctx, start)) return null;
        for (String level : COLLECTIVE_LEVELS) if (text.startsWith(level, start) && start + level.length() < h) return null;
        List<AgencySegment> segments = scan(ctx, start, false, false);
        // the scan must reach the head we started from
        if (segments.isEmpty() || segments.get(segments.size() - 1).end() < headEnd) return null;
        segments = acceptable(ctx, null, segments);
        if (segments.isEmpty()) return null;
        int end = segments.get(segments.size() - 1).end();
        if (followedByDesignation(text, end) || ctx.inTitle()[start]) return null;
        if (head.rule() == Rule.LOCAL && segments.size() == 1 && LOCAL_AS_MODIFIER.matcher(text).region(end, text.length()).lookingAt()) return null;
        AgencySegment first = segments.get(0);
        List<String> topics = groupEnumeration(text, start, first);
        if (!topics.isEmpty() && ctx.ruleOfLawReport()) {
            int enumerationStart = start - topics.stream().limit(topics.size() - 1).mapToInt(t -> t.length() + 1).sum();
            List<String> names = topics.stream().map(t -> "{}委全面依法治{}委员会" + t + "协调小组").toList();
            return new Found(enumerationStart, end, names, "committee", List.of());
        }
        String name = AgencyNames.name(null, null, segments);
        // the group of the issuing region, or of the issuing department (本级: the linker decides)
        if (RULE_OF_LAW_GROUP.matcher(name).matches()) name = "{本级}" + name;
        return new Found(start, end, List.of(name), AgencyNames.type(segments), List.of());
    }

    /** 规范性文件、执法、司法、守法普法协调小组: the topics of coordination groups sharing one head. */
    private static List<String> groupEnumeration(String text, int start, AgencySegment first) {
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

    private boolean headFits(AgencyText ctx, int i, Head head, boolean afterHead) {
        String text = ctx.text();
        int end = i + head.text().length();
        if (ctx.inPlace()[i]) return false;
        if (head.rule() == Rule.SUB && !afterHead) return false;
        String h = head.text();
        if ((h.equals("局") || h.equals("厅")) && (i > 0 && NOT_BEFORE_BUREAU.indexOf(text.charAt(i - 1)) >= 0 || text.startsWith("面", end)))
            return false;
        if (h.endsWith("站") && text.startsWith("点", end)) return false;
        // 依法治国办法治政府建设督察: the office, then 法治 (not 办法)
        boolean officeBeforeRuleOfLaw = h.endsWith("办") && h.contains("依法治") && text.startsWith("法治", end);
        if (h.endsWith("办") && end < text.length() && "案理事法公好结".indexOf(text.charAt(end)) >= 0 && !officeBeforeRuleOfLaw) return false;
        if (h.endsWith("队") && text.startsWith("伍", end)) return false;
        if (h.endsWith("团") && (text.startsWith("队", end) || text.startsWith("体", end) || text.startsWith("结", end))) return false;
        if ((h.equals("党组") || h.equals("党委")) && (text.startsWith("织", end) || text.startsWith("员", end))) return false;
        // a head ends where a word ends: 集中学法 holds no 中学, 组织部门 no 组织部, 委员会议 no 委员会
        if (h.length() > 1 && end < text.length() && AgencyText.isHan(text.charAt(end)) && !ctx.tokens().startsAt(end)
                && "上中下里内外前后".indexOf(text.charAt(end)) < 0 && !officeBeforeRuleOfLaw) return false; // 常委会上 is 常委会 + 上
        if (h.equals("司") && (end < text.length() && "法机令长仪".indexOf(text.charAt(end)) >= 0)) return false; // 司法, 司机
        if (h.equals("处") || h.equals("室") || h.equals("科") || h.equals("股")) {
            // single-character units only at a word end: 民法室, not 处理 or 科学
            if (end < text.length() && AgencyText.isHan(text.charAt(end)) && !ctx.isWordAt(i, 1) && !ctx.tokens().startsAt(end)) return false;
            if (text.startsWith("理", end) || text.startsWith("置", end) || text.startsWith("学", end) || text.startsWith("技", end)) return false;
            Token word = ctx.tokens().at(i);
            if (word != null && (word.end() != end || word.nature().startsWith("v"))) return false; // 查处, 调处 are verbs
        }
        if (h.endsWith("人大") && (text.startsWith("代表", end) || text.startsWith("常委", end))) return false; // 人大代表
        if (h.endsWith("政协") && (text.startsWith("委员", end) || text.startsWith("提案", end))) return false; // 政协委员
        if (h.equals("中心") && (text.startsWith("组", end) || AgencyText.startsWithAny(text, end, "工作", "大局", "任务", "环节", "城区", "城市")))
            return false;
        // 政府法律顾问 are persons; 政府法律顾问室, 政府法律顾问团 are the government's units
        if (h.endsWith("政府") && AgencyText.startsWithAny(text, end, "法律顾问", "职能", "系统")
                && !AgencyText.startsWithAny(text, end, "法律顾问室", "法律顾问团", "法律顾问委员会")) return false;
        return true;
    }

    /**
     * A count right after a head (公证处3家, 工作站26个): the head names a kind of body being counted; a
     * count of one (区级中心1个) is the body itself.
     */
    private static final Pattern COUNT = Pattern.compile("(?![1１一][家个所处支座名])[0-9０-９零一二三四五六七八九十两百千]+余?[家个所处支座名]");

    private static boolean followedByDesignation(String text, int end) {
        // …中心试点单位 is a designation, …顾问团模式 a mechanism: neither is the body itself
        return AgencyText.startsWithAny(text, end, "试点", "示范点", "模式", "机制", "制度", "体系", "工作法")
                || COUNT.matcher(text).region(end, text.length()).lookingAt()
                || text.startsWith("”", end) && COUNT.matcher(text).region(end + 1, text.length()).lookingAt() // “服务站”26个
                // “清廉律所”建设: a quoted body type is the label of a campaign
                || text.startsWith("”", end) && AgencyText.startsWithAny(text, end + 1, "建设", "创建", "行动", "活动");
    }

    // ---- choosing among candidates

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
}
