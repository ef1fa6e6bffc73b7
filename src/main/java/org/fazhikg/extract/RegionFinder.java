package org.fazhikg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.fazhikg.gazetteer.Division;
import org.fazhikg.gazetteer.Gazetteer;

/**
 * Finds the places a report names: gazetteer divisions by full name or short form, subdistricts and
 * communities by their suffix (…街道, …镇, …社区, …村), and deictic words (我区, 全市, 省、市、区).
 * Also tells whether a single 区/市/省/县 is a deictic prefix (区 in 区委, not in 小区).
 */
final class RegionFinder {
    /** Deictic level words after 我/全/本 (not the 全 of 健全, the 本 of 基本), and 省级/市级/区级/县级. */
    /** The numerals of a count opening a stem (43个街乡, 两镇一村). */
    private static final Pattern LEADING_NUMERALS = Pattern.compile("^[零一二三四五六七八九十百千万亿两几多余]+");
    private static final Pattern DEIXIS = Pattern.compile(
            "(?<!健|完|安|齐|周|保|成|顾|十|万|基|根|文|样|资|版|剧|课|范|读|自|敌)([我全本])"
            + "(自治区|自治州|街道|区|市|省|县|州|旗|盟|镇|乡)(?![域份场界民])"
            + "|(?<!国家|地|副)(省|市|区|县)级");
    /** Deictic characters in an enumeration: 省、市、区 or 市县两级. */
    private static final Pattern DEIXIS_LIST = Pattern.compile(
            "([省市区县])((?:、[省市区县街镇乡])+)(?!域)|([省市区县])([市区县乡镇街]{1,3})(?=[两三四五]级)");
    private static final String PREFIX_CHARS = "区市省县州旗盟";
    private static final String NOT_BEFORE_PREFIX = "全我本该各两三几每其团";
    /** Subdistrict and community suffixes; 苏木 and 嘎查 are the Inner-Mongolian township and village. */
    private static final List<String> SUFFIXES = List.of("街道", "社区", "镇", "乡", "村", "苏木", "嘎查");
    private static final Set<String> COMMUNITY_SUFFIXES = Set.of("社区", "村", "嘎查");

    private final Gazetteer gazetteer;
    /**
     * A segmenter without the gazetteer in its dictionary: the extractor's tokens favour division names
     * (事项城市 → 事/项城市), so a name is checked against plain words (事项/城市) before it counts.
     */
    private final Segment plain = HanLP.newSegment().enableCustomDictionary(false).enableOffset(true);
    private final Set<String> names;
    private final int longestName;
    private final Set<String> notDeixis = new HashSet<>();
    private final Set<String> notDivision = new HashSet<>();
    private final Set<String> notPlace = new HashSet<>();
    private final Set<String> notPrefix = new HashSet<>();
    private final Set<String> determiners = new HashSet<>();
    private final Set<String> zoneWords = new HashSet<>();
    /** Ethnic names before 乡/镇 in an ethnic township's name (彝族, 民族), longest first. */
    private final List<String> ethnicNames = new ArrayList<>();

    private final AgencyVocabulary words;

    RegionFinder(Gazetteer gazetteer, AgencyVocabulary words) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.names = Set.copyOf(gazetteer.names());
        this.longestName = names.stream().mapToInt(String::length).max().orElse(0);
        for (VocabFile.Row row : VocabFile.read("region-words.tsv", 2)) {
            switch (row.column(1)) {
                case "not-deixis" -> notDeixis.add(row.column(0));
                case "not-division" -> notDivision.add(row.column(0));
                case "not-place" -> notPlace.add(row.column(0));
                case "not-prefix" -> notPrefix.add(row.column(0));
                case "determiner" -> determiners.add(row.column(0));
                case "ethnic" -> ethnicNames.add(row.column(0));
                case "zone" -> zoneWords.add(row.column(0));
                default -> throw row.error("unknown role '" + row.column(1) + "', expected not-deixis, not-prefix, not-division, not-place, determiner, ethnic or zone");
            }
        }
        ethnicNames.sort(Comparator.comparingInt(String::length).reversed());
    }

    /** The text cut into plain words (no gazetteer in the dictionary, no organisation recognition). */
    RegionTokens plainWords(String text) {
        List<Token> words = new ArrayList<>();
        for (Term t : plain.seg(text)) words.add(new Token(t.word, t.nature == null ? "" : t.nature.toString(), t.offset));
        return new RegionTokens(text, words);
    }

    /**
     * Gazetteer names, subdistricts and communities in text order, without overlaps (longest wins).
     * {@code tokens} are the extractor's (with place recognition), {@code plainWords} from {@link #plainWords}.
     */
    List<RegionPlace> places(String text, RegionTokens tokens, RegionTokens plainWords) {
        List<RegionPlace> found = new ArrayList<>(divisions(text, plainWords));
        boolean[] divisionEnd = new boolean[text.length() + 1];
        // a short form may begin a longer place name (琅琊 of 琅琊路社区); a full name ends one
        for (RegionPlace p : found) if (p.form() == RegionPlace.Form.FULL) divisionEnd[p.end()] = true;
        List<RegionPlace> local = subdistricts(text, tokens, plainWords, divisionEnd);
        found.removeIf(p -> local.stream().anyMatch(l -> l.start() < p.end() && p.start() < l.end()));
        found.addAll(local);
        found.sort(Comparator.comparingInt(RegionPlace::start));
        return found;
    }

    private List<RegionPlace> divisions(String text, RegionTokens tokens) {
        List<RegionPlace> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            RegionPlace p = divisionAt(text, i, tokens, out.isEmpty() ? null : out.get(out.size() - 1));
            if (p == null) {
                i++;
            } else {
                out.add(p);
                i = p.end();
            }
        }
        return out;
    }

    /** The division name at {@code start}, checked against plain words: it must not begin inside a word or with a function word. */
    private RegionPlace divisionAt(String text, int start, RegionTokens tokens, RegionPlace before) {
        for (int len = Math.min(longestName, text.length() - start); len >= 2; len--) {
            String name = text.substring(start, start + len);
            if (!names.contains(name)) continue;
            List<Division> divisions = gazetteer.byName(name);
            boolean full = divisions.stream().anyMatch(d -> d.name().equals(name));
            if (full) {
                boolean afterDivision = before != null && before.end() == start && before.isDivision();
                if (notDivision.contains(name) && !(afterDivision && encloses(before, divisions))) continue;
                if (!afterDivision && !splitAfterFirst(text, start, start + len, tokens) && (!tokens.startsAt(start) || functionWord(tokens.natureAt(start))
                        || tokens.natureAt(start).startsWith("q") || tokens.natureAt(start).startsWith("v")) || len == 2 && !tokens.aligned(start, start + len)) continue;
            } else if (!(tokens.aligned(start, start + len) || customaryShortName(name) && tokens.startsAt(start))
                    || functionWord(tokens.natureAt(start)) || commonWord(text, name, divisions)) {
                continue;
            }
            if (gazetteer.formerNameOf(name).isPresent()) {
                // 偃师市 in a report written before it became 偃师区: the name as written, a county-level unit
                return new RegionPlace(start, start + len, name, RegionPlace.Form.FULL, name, "county");
            }
            List<String> fullNames = divisions.stream().filter(d -> full ? d.name().equals(name) : true)
                    .map(Division::name).distinct().toList();
            List<String> levels = divisions.stream().filter(d -> full ? d.name().equals(name) : true)
                    .map(d -> d.level().id()).distinct().toList();
            return new RegionPlace(start, start + len, name, full ? RegionPlace.Form.FULL : RegionPlace.Form.SHORT,
                    fullNames.size() == 1 ? fullNames.get(0) : name, levels.size() == 1 ? levels.get(0) : null);
        }
        return null;
    }

    /**
     * Whether the division written before a common-word name (阳泉市 of 阳泉市城区) encloses one of the divisions
     * of that name; 某某市城区集中供热 of a city without a 城区 district is the town centre, no division.
     */
    private boolean encloses(RegionPlace before, List<Division> namesakes) {
        return gazetteer.byName(before.name()).stream()
                .anyMatch(outer -> namesakes.stream().anyMatch(inner -> gazetteer.within(inner, outer) && !inner.equals(outer)));
    }

    /**
     * Whether a full name of three or more characters stands after a boundary but was cut after its first
     * character into a word that ends with it (三/m 沙市/ns, 相/d 城区/n): the name, not a numeral or adverb
     * before another word.
     */
    private static boolean splitAfterFirst(String text, int start, int end, RegionTokens tokens) {
        Token first = tokens.at(start);
        Token rest = tokens.at(start + 1);
        return end - start >= 3 && first != null && first.start() == start && first.end() == start + 1
                && rest != null && rest.start() == start + 1 && rest.end() == end && wordBoundaryBefore(text, start, tokens);
    }

    /** 黔西南州, 恩施州, 锡林郭勒盟: short names that end in their level, often written into one word with it (州委). */
    private static boolean customaryShortName(String name) {
        return name.length() >= 3 && (name.endsWith("州") || name.endsWith("盟"));
    }

    /**
     * Whether a short form is an ordinary word (安康, 日照, 来宾, 和平) in a text that never writes the
     * division's full name: then it names no place.
     */
    private static boolean commonWord(String text, String shortForm, List<Division> divisions) {
        CoreDictionary.Attribute word = CoreDictionary.get(shortForm);
        if (word == null || word.nature.length == 0 || word.nature[0].toString().startsWith("ns")) return false;
        return divisions.stream().noneMatch(d -> text.contains(d.name()));
    }

    /** …街道, …镇, …乡 (subdistricts) and …社区, …村 (communities) whose first part is a place name. */
    private List<RegionPlace> subdistricts(String text, RegionTokens tokens, RegionTokens plainWords, boolean[] divisionEnd) {
        List<RegionPlace> out = new ArrayList<>();
        for (String suffix : SUFFIXES) {
            for (int s = text.indexOf(suffix, 1); s >= 0; s = text.indexOf(suffix, s + 1)) {
                int end = s + suffix.length();
                boolean alone = suffixStandsAlone(text, s, end, plainWords);
                String stem = (suffix.length() == 2 || suffix.equals("村")) && (alone || suffixFree(text, end))
                        ? stemAfterBoundary(text, s, divisionEnd, plainWords) : null;
                if (stem == null) stem = suffixStandsAlone(text, s, end, tokens) ? placeStem(text, s, tokens) : null;
                if (stem == null && alone) stem = placeStem(text, s, plainWords);
                if (stem == null && suffix.length() == 1 && !suffix.equals("村")) stem = stemAfterDivision(text, s, divisionEnd, plainWords);
                if (stem != null && plainVerb(plainWords, s - stem.length(), s)) continue; // 组织街道: the verb 组织, not a name
                if (suffix.equals("乡") || suffix.equals("镇")) stem = ethnicTownship(text, s, stem, divisionEnd, plainWords);
                if (stem == null || stem.endsWith("区") || stem.endsWith("市") && !compassMarket(stem) || stem.endsWith("县") || startsWithDeterminer(stem)) continue;
                if (collective(stem, suffix)) continue;
                if (notPlace.contains(stem.charAt(stem.length() - 1) + suffix)) continue; // 向农村: the common noun 农村
                int from = afterEnclosingDivision(text, s - stem.length(), s, divisionEnd);
                if (from > s - stem.length() && !divisionEnd[from]) {
                    String district = text.substring(s - stem.length(), from);
                    List<String> levels = gazetteer.byName(district).stream().filter(d -> d.name().equals(district))
                            .map(d -> d.level().id()).distinct().toList();
                    out.add(new RegionPlace(s - stem.length(), from, district, RegionPlace.Form.FULL, district,
                            levels.size() == 1 ? levels.get(0) : null));
                }
                stem = text.substring(from, s);
                boolean community = COMMUNITY_SUFFIXES.contains(suffix);
                out.add(new RegionPlace(s - stem.length(), end, stem + suffix,
                        community ? RegionPlace.Form.COMMUNITY : RegionPlace.Form.SUBDISTRICT, stem + suffix,
                        community ? "community" : "subdistrict"));
            }
        }
        out.sort(Comparator.comparingInt(RegionPlace::start));
        List<RegionPlace> kept = new ArrayList<>();
        for (RegionPlace p : out) if (kept.isEmpty() || kept.get(kept.size() - 1).end() <= p.start()) kept.add(p);
        return kept;
    }

    /**
     * Where a stem that begins with a division's full name (城关区八廓 of 城关区八廓街道) really starts: after the
     * district it is written after, which is its own mention; the stem's start when no such name begins it.
     * A name that counts only after its city (城关区, 城区) counts here too: a named subdistrict follows it.
     */
    private int afterEnclosingDivision(String text, int from, int s, boolean[] divisionEnd) {
        for (int k = from + 2; k <= s - 2; k++) {
            if (divisionEnd[k]) return k;
            String name = text.substring(from, k);
            if (k - from >= 3 && notDivision.contains(name)
                    && gazetteer.byName(name).stream().anyMatch(d -> d.name().equals(name))) return k;
        }
        return from;
    }

    /** 南市, 北市 (南市街道): a compass point and 市, an old market quarter's name, not a city's. */
    private static boolean compassMarket(String stem) {
        return stem.length() == 2 && "东南西北".indexOf(stem.charAt(0)) >= 0;
    }

    /**
     * An ethnic township's stem (太邑彝族乡, 某某回族满族乡, 某某民族乡): when the stem found before 乡/镇 is only
     * ethnic names, the place name before them joins it; otherwise the stem as found.
     */
    private String ethnicTownship(String text, int s, String stem, boolean[] divisionEnd, RegionTokens plainWords) {
        int from = s;
        for (boolean more = true; more; ) {
            more = false;
            for (String e : ethnicNames) {
                if (from - e.length() >= 0 && text.startsWith(e, from - e.length())) {
                    from -= e.length();
                    more = true;
                    break;
                }
            }
        }
        if (from == s || stem != null && s - from < stem.length()) return stem;
        String place = stemAfterBoundary(text, from, divisionEnd, plainWords);
        if (place == null) place = stemAfterDivision(text, from, divisionEnd, plainWords);
        if (place == null) return null;
        String name = place + text.substring(from, s);
        for (int k = 0; k < name.length(); k++) if (notPlace.contains(name.substring(k))) return null; // 少数民族乡镇
        return name;
    }

    /**
     * Whether a stem ends in another division suffix right before this one, so the two make a collective
     * (镇村, 苏木镇, 嘎查村: the towns and villages), not a place; 双河镇葡萄井村 has a name between them.
     */
    private static boolean collective(String stem, String suffix) {
        if (suffix.equals("社区") || suffix.equals("街道")) return false; // 古镇社区, 浆洗街街道
        return stem.endsWith("镇") || stem.endsWith("乡") || stem.endsWith("苏木") || stem.endsWith("嘎查");
    }

    /** Whether a place name would start with a quantifier or determiner (个, 首个, 部分, 各): 43个街乡, 部分社区. */
    private boolean startsWithDeterminer(String stem) {
        String counted = LEADING_NUMERALS.matcher(stem).replaceFirst("");
        if (counted.isEmpty() || counted.length() < stem.length() && "镇乡村街区县市".indexOf(counted.charAt(0)) >= 0) return true; // 两镇一村
        stem = counted;
        for (int k = 1; k <= stem.length(); k++) if (determiners.contains(stem.substring(0, k))) return true;
        return false;
    }

    /** Whether what follows a suffix leaves it a name's end (社区开展, 村被命名), not a longer word (社区矫正, 村民). */
    private static boolean suffixFree(String text, int end) {
        String next = end < text.length() ? text.substring(end, Math.min(text.length(), end + 2)) : "";
        return !(next.startsWith("矫正") || next.startsWith("民") || next.startsWith("街") || next.startsWith("镇")
                || next.startsWith("村") || next.startsWith("居") || next.startsWith("级") || next.startsWith("规")
                || next.startsWith("务") || next.startsWith("委") || next.startsWith("庄") || next.startsWith("落")
                || next.startsWith("寨"));
    }

    /**
     * The words between a boundary (punctuation, 、, a verb such as 指导, a division name, another place)
     * and a 街道/社区 suffix, when they are two to five characters: 指导浆洗街街道 → 浆洗街.
     */
    private String stemAfterBoundary(String text, int s, boolean[] divisionEnd, RegionTokens plainWords) {
        int j = s;
        while (j > 0 && s - j < 5) {
            String boundary = words.boundaryEndingAt(text, j);
            // a one-character boundary word counts when it is a word of its own and leaves a name of two characters: 和 in 颐和路 is none
            if (!AgencyText.isHan(text.charAt(j - 1)) || divisionEnd[j]
                    || boundary != null && (boundary.length() > 1 || (j == s || s - j >= 2) && plainWords.aligned(j - boundary.length(), j)
                            && !boundMorphemeAt(plainWords, j))) break;
            if (j < s && (text.startsWith("街道", j - 2) || text.startsWith("社区", j - 2)
                    || text.startsWith("苏木", j - 2) || text.startsWith("嘎查", j - 2))) break; // 某某苏木某某嘎查
            if (j < s && s - j >= 2 && (text.charAt(j - 1) == '镇' || text.charAt(j - 1) == '乡')) break; // 双河镇葡萄井村
            if (j < s && j >= 2 && (notPlace.contains(text.substring(j - 2, j)) || notDeixis.contains(text.substring(j - 2, j)))) break; // 辖区宝石社区
            j--;
        }
        Token lead = plainWords.at(j);
        while (lead != null && lead.start() == j && lead.end() < s && !(lead.word().length() == 1 && boundMorphemeAt(plainWords, lead.end()))
                && opensName(lead)) {
            j = lead.end(); // 在颐和路社区, 推动花园路社区: a preposition or verb before the name
            lead = plainWords.at(j);
        }
        // 司法所与陈村: a name holds no conjunction after a word of its own; it starts after it (颐和路: 和 inside a name)
        for (int k = s - 1; k > j; k--) {
            Token t = plainWords.at(k);
            if (t != null && t.start() >= j + 2 && t.end() <= s && (t.nature().startsWith("c") || t.nature().startsWith("p"))) {
                j = t.end();
                break;
            }
        }
        String stem = text.substring(j, s);
        Token word = plainWords.at(j);
        // 明确街道和部门职责, 维护社区稳定: a verb, not a place
        String nature = word != null && word.start() == j && word.end() == s ? word.nature() : "n";
        Token last = plainWords.at(s - 1);
        // 梳理公布街道, 严格执行街道, 大事不出社区: a verb phrase before the suffix, not a name
        Token name = plainWords.at(j);
        // 宝力根/nr 花/v 苏木: one character after a proper name that starts the stem continues the name
        boolean afterName = last != null && last.word().length() == 1 && name != null && name.start() == j && name.end() == last.start()
                && (name.nature().startsWith("nr") || name.nature().startsWith("ns"));
        if (last != null && last.start() > j && last.end() == s && !afterName && !brokenName(plainWords, j, s)
                && (last.nature().startsWith("v") || last.nature().startsWith("d"))) return null;
        return stem.length() >= 2 && stem.length() <= 5 && acceptableStem(stem, nature) ? stem : null;
    }

    /**
     * Whether a single character that cannot stand as a word (察/vg, 廓/ng: a bound morpheme) starts at {@code p}:
     * the one-character word before it belongs to the same name (按/p 察/vg 司/ng 街 → 按察司街), not a preposition.
     */
    private static boolean boundMorphemeAt(RegionTokens plainWords, int p) {
        Token t = plainWords.at(p);
        return t != null && t.start() == p && t.word().length() == 1 && t.nature().length() == 2 && t.nature().endsWith("g");
    }

    /**
     * Whether the words of a stem are single characters none of which is an adverb, preposition or conjunction:
     * a rare name the segmenter broke up (勒/流 街道, 托/克/扎/克 镇), not a verb phrase (不出 社区).
     */
    private static boolean brokenName(RegionTokens plainWords, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = plainWords.at(k);
            if (t == null || t.word().length() != 1 || functionWord(t.nature())) return false;
        }
        return to - from >= 2;
    }

    private static boolean suffixStandsAlone(String text, int s, int end, RegionTokens tokens) {
        if (!suffixFree(text, end)) return false;
        if (tokens.startsAt(s)) return true;
        Token t = tokens.at(s);
        return t != null && t.end() == end && (t.nature().startsWith("ns") || t.nature().startsWith("nr") || t.nature().startsWith("nz"));
    }

    /**
     * A town name between a county's full name and 镇/乡, when the segmenter broke it into single characters
     * (疏附县托克扎克镇: a transliterated name); null otherwise.
     */
    private String stemAfterDivision(String text, int s, boolean[] divisionEnd, RegionTokens plainWords) {
        for (int k = 2; k <= 5 && s - k >= 0; k++) {
            if (!AgencyText.isHan(text.charAt(s - k))) return null;
            if (divisionEnd[s - k]) {
                String stem = text.substring(s - k, s);
                return brokenName(plainWords, s - k, s) && !startsWithDeterminer(stem) && acceptableStem(stem, "n") ? stem : null;
            }
        }
        return null;
    }

    /** Whether [from, to) is exactly one plain word that is a verb (组织, 指导). */
    private static boolean plainVerb(RegionTokens plainWords, int from, int to) {
        Token t = plainWords.at(from);
        return t != null && t.start() == from && t.end() == to && t.nature().equals("v");
    }

    /** The place-name part before a suffix at {@code s}: one proper-noun token, or two short tokens; null if none. */
    private String placeStem(String text, int s, RegionTokens tokens) {
        Token over = tokens.at(s);
        if (over != null && over.start() < s) {
            // the suffix is inside a place token such as 观澜街道/ns or 城关镇/ns; 川沙/ns 新镇/ns: a name ending 新镇
            int from = over.start();
            Token before = tokens.at(from - 1);
            // (not 平安/ns 乌镇/ns: a one-character stem other than 新 is a name of its own)
            if (s - from == 1 && text.charAt(from) == '新' && before != null && before.nature().startsWith("ns")) from = before.start();
            // 在/p 双/q 廊镇/ns, 、喜/v 洲镇/ns: a two-character name broken after its first character, standing after a boundary
            else if (s - from == 1 && before != null && before.word().length() == 1 && AgencyText.isHan(text.charAt(before.start()))
                    && wordBoundaryBefore(text, before.start(), tokens) && !startsWithDeterminer(before.word())) from = before.start();
            String stem = text.substring(from, s);
            return acceptableStem(stem, over.nature()) ? stem : null;
        }
        Token last = tokens.at(s - 1);
        if (last == null) return null;
        String stem = last.word();
        if (stem.length() == 1) {
            Token previous = tokens.at(last.start() - 1);
            if (previous == null || previous.word().length() > 2 || notPlace.contains(previous.word())) return null;
            if (functionWord(last.nature()) || functionWord(previous.nature()) || previous.nature().startsWith("v")) return null;
            stem = previous.word() + stem;
            return acceptableStem(stem, "n") ? stem : null;
        }
        return acceptableStem(stem, last.nature()) ? stem : null;
    }

    /** Whether a name may start at {@code p}: text start, punctuation (not a digit), or after a preposition, conjunction or two-character verb. */
    private static boolean wordBoundaryBefore(String text, int p, RegionTokens tokens) {
        if (p == 0) return true;
        char c = text.charAt(p - 1);
        if (!AgencyText.isHan(c)) return !Character.isLetterOrDigit(c); // not 15/m 项/q 城市: a count and its measure word
        Token t = tokens.at(p - 1);
        return t != null && t.end() == p && opensName(t);
    }

    /** Whether a place name may start right after this word: a preposition, conjunction or two-character verb (在, 和, 推动). */
    private static boolean opensName(Token t) {
        return t.nature().startsWith("p") || t.nature().startsWith("c") || t.nature().startsWith("v") && t.word().length() >= 2;
    }

    private static boolean functionWord(String nature) {
        return nature.startsWith("p") || nature.startsWith("c") || nature.startsWith("u") || nature.startsWith("d")
                || nature.startsWith("r") || nature.startsWith("m") || nature.startsWith("w") || nature.startsWith("f")
                || nature.startsWith("e") || nature.startsWith("y");
    }

    private boolean acceptableStem(String stem, String nature) {
        if (stem.length() < 2 || stem.length() > 5 || !stem.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
            return false;
        if (nature.startsWith("v") || nature.startsWith("a") || nature.startsWith("d") || nature.startsWith("m")
                || nature.startsWith("q") || nature.startsWith("r") || nature.startsWith("p") || nature.startsWith("c")
                || nature.startsWith("u") || nature.startsWith("f")) return false;
        for (int k = 0; k < stem.length(); k++) if (notPlace.contains(stem.substring(k))) return false;
        return !notPlace.contains(stem.substring(0, 1)) || stem.length() > 2;
    }

    /** Deictic words and enumerations: 我区, 全市, 本省, 省级, 省、市、区, 市县两级; outside 《》 titles. */
    List<RegionPlace> deixis(String text, boolean[] inTitle) {
        List<RegionPlace> out = new ArrayList<>();
        Matcher m = DEIXIS.matcher(text);
        while (m.find()) {
            if (inTitle[m.start()]) continue;
            String level = m.group(2) != null ? m.group(2) : m.group(3);
            out.add(deictic(m.start(), m.end(), text, level));
        }
        Matcher list = DEIXIS_LIST.matcher(text);
        while (list.find()) {
            int from = list.start();
            if (inTitle[from] || !deicticPrefixAt(text, from) || (from > 0 && "（(".indexOf(text.charAt(from - 1)) >= 0)) continue;
            String chars = list.group(1) != null ? list.group(1) + list.group(2) : list.group(3) + list.group(4);
            int offset = from;
            for (int k = 0; k < chars.length(); k++) {
                char c = chars.charAt(k);
                if (c == '、') { offset++; continue; }
                String level = c == '街' ? "街道" : String.valueOf(c);
                out.add(deictic(offset, offset + 1, text, level));
                offset++;
            }
        }
        out.sort(Comparator.comparingInt(RegionPlace::start));
        return out;
    }

    static RegionPlace deictic(int start, int end, String text, String level) {
        return new RegionPlace(start, end, text.substring(start, end), RegionPlace.Form.DEIXIS, "{" + level + "}", levelHint(level));
    }

    static String levelHint(String deicticLevel) {
        return switch (deicticLevel) {
            case "省", "自治区" -> "province";
            case "市", "州", "自治州", "盟" -> "city";
            case "区" -> "district";
            case "镇", "乡", "街道", "街" -> "subdistrict";
            case "县", "旗" -> "county";
            default -> "subdistrict";
        };
    }

    /** Whether the 区/市/省/县/州/旗/盟 at {@code p} is a deictic prefix (区 in 区委, 市 in 市司法局), not part of a word. */
    boolean deicticPrefixAt(String text, int p) {
        if (p >= text.length() || PREFIX_CHARS.indexOf(text.charAt(p)) < 0) return false;
        if (p > 0 && NOT_BEFORE_PREFIX.indexOf(text.charAt(p - 1)) >= 0) return false;
        for (int k = 1; k <= 3 && p - k >= 0; k++) {
            if (notDeixis.contains(text.substring(p - k, p + 1))) return false;
        }
        return p + 2 > text.length() || !notPrefix.contains(text.substring(p, p + 2));
    }

    /** Marks the characters inside 《》 titles (the brackets included). */
    static boolean[] titleMask(String text) {
        boolean[] mask = new boolean[text.length() + 1];
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《') open = i;
            else if (c == '》' && open >= 0) {
                for (int k = open; k <= i; k++) mask[k] = true;
                open = -1;
            } else if (c == '\n') open = -1;
        }
        return mask;
    }

    /** Whether a zone word (示范区, 高新区, 开发区…) starts at {@code p}. */
    boolean zoneWordAt(String text, int p) {
        for (String z : zoneWords) if (text.startsWith(z, p)) return true;
        return false;
    }

    /** Whether {@code word} (a word before 街道/社区/镇…) makes no place name. */
    boolean notPlace(String word) {
        return notPlace.contains(word);
    }
}
