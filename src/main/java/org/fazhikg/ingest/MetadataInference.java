package org.fazhikg.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhikg.Digits;
import org.fazhikg.ReportMetadata;
import org.fazhikg.gazetteer.Gazetteer;
import org.fazhikg.gazetteer.Level;

/**
 * Title, issuer, region, year and publication date of a report, read from the way Chinese government
 * reports and their web pages are laid out: header cells (来源: …, 发布时间: …), a title line ending in 报告,
 * a signature (issuing body, then a date line) at the end. What the caller already knows (the manifest)
 * is kept and used to derive the rest. Immutable; safe from any thread.
 */
final class MetadataInference {
    /** How far into a report its header and first paragraphs reach, and how far from the end its signature. */
    private static final int HEAD_LINES = 30;
    private static final int FIRST_PARAGRAPHS = 12;
    private static final int TAIL_LINES = 15;

    private static final Pattern TITLE_TOPIC = Pattern.compile("法治政府建设|法治政府|依法行政|法治建设");
    private static final Pattern NOT_IN_TITLE = Pattern.compile("[>\\uFF1E»,\\uFF0C。;\\uFF1B]");
    private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})\\s*年");
    /** A year opening a statement about that year: 2023年,… / 2020年是… / 2020年以来 / 2021年全年 / 2022年度工作. */
    private static final Pattern STATEMENT_YEAR = Pattern.compile("(\\d{4})\\s*年度?(?=\\s*[,\\uFF0C、]|以来|是|全年|工作|来|我)");
    /** A header key before a colon; the value runs to the next key. */
    private static final Pattern HEADER_KEY = Pattern.compile("(?<!\\p{IsHan})(\\p{IsHan}{2,6})\\s*[:\\uFF1A]");
    private static final List<String> TITLE_KEYS = List.of("标题", "题名");
    static final List<String> ISSUER_KEYS = List.of("发布机构", "发文机关", "发布单位", "信息来源", "来源");
    private static final List<String> DATE_KEYS = List.of("发布时间", "发布日期", "公开日期", "发文日期", "成文日期");
    /** The shape of a body's name: anything Han (a region chain, a department) ending in a body word. */
    private static final Pattern BODY_NAME = Pattern.compile(
            "[\\p{IsHan}()\\uFF08\\uFF09]{1,28}?(人民政府|政府|委员会|管委会|办公室|办公厅|办事处|局|厅|委|办)");
    private static final Pattern OFFICE = Pattern.compile(".*(办公室|办公厅|办)$");
    private static final Pattern TITLE_PREFIX_END = Pattern.compile("关于|\\d{4}\\s*年");
    /** One region name of a chain when the gazetteer does not know it (a newer or renamed division). */
    private static final Pattern REGION_WORD = Pattern.compile(
            "\\p{IsHan}{1,8}?(特别行政区|自治区|自治州|自治县|自治旗|省|市|州|地区|盟|区|县|旗)");
    /** A signature on one line: 某县司法局 2020年12月24日. */
    private static final Pattern BODY_AND_DATE = Pattern.compile("(\\S+)\\s+(\\S+)");
    private static final Pattern SELF_REFERENCE = Pattern.compile("我局|本局");
    /** A subdistrict or town after the issuer's region chain: 德胜街道 of 西城区德胜街道办事处, 乌镇镇 of 乌镇镇人民政府. */
    private static final Pattern LOCALITY = Pattern.compile("\\p{IsHan}{2,6}?(?:街道|镇|乡)(?=办事处|人民政府|政府|党工委|党委|$)");
    /** A recipient line under the title, naming the government the report is submitted to: 桐乡市人民政府： */
    private static final Pattern RECIPIENT = Pattern.compile("(\\p{IsHan}{2,20}?(?:人民政府|政府|党委|委员会))[:\\uFF1A]");

    private final Gazetteer gazetteer;

    MetadataInference(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Fills each field {@code known} leaves null from {@code text}; fields still unknown stay null. */
    ReportMetadata infer(String text, ReportMetadata known) {
        List<String> lines = lines(Digits.ascii(text));
        Map<String, String> headers = headers(lines.subList(0, Math.min(HEAD_LINES, lines.size())));
        Signature signature = signature(lines).orElse(null);

        String title = known.title() != null ? known.title() : first(headers, TITLE_KEYS).map(MetadataInference::unquote)
                .orElseGet(() -> title(lines).orElse(null));
        LocalDate published = known.published() != null ? known.published() : first(headers, DATE_KEYS)
                .flatMap(ChineseDates::find).orElse(signature != null ? signature.date() : null);
        String issuer = known.issuer() != null ? known.issuer() : issuer(headers, signature, title).orElse(null);
        String region = known.region() != null ? known.region() : Optional.ofNullable(issuer).flatMap(i -> region(i, lines))
                .or(() -> Optional.ofNullable(title).map(MetadataInference::titlePrefix).flatMap(p -> region(p, lines)))
                .or(() -> mostFrequentRegion(lines.subList(0, Math.min(FIRST_PARAGRAPHS, lines.size()))))
                .orElse(null);
        if (issuer == null && region != null && SELF_REFERENCE.matcher(text).find()) issuer = region + "司法局";
        Integer year = known.year() != null ? known.year() : year(title, lines, published).orElse(null);
        return new ReportMetadata(title, issuer, region, year, published, known.sourceUrl());
    }

    /** Whether a line reads as the title of a rule-of-law report: short, one phrase, on the topic, ending in 报告. */
    static boolean looksLikeTitle(String line) {
        String t = unquote(line);
        return t.length() >= 6 && t.length() <= 80 && t.endsWith("报告")
                && TITLE_TOPIC.matcher(t).find() && !NOT_IN_TITLE.matcher(t).find();
    }

    /** The first title-like line in the head of the report, preferring one that names a year. */
    static Optional<String> title(List<String> lines) {
        List<String> head = lines.subList(0, Math.min(HEAD_LINES, lines.size()));
        Optional<String> withYear = head.stream().filter(MetadataInference::looksLikeTitle)
                .filter(l -> TITLE_YEAR.matcher(l).find()).findFirst();
        return withYear.or(() -> head.stream().filter(MetadataInference::looksLikeTitle).findFirst())
                .map(MetadataInference::unquote);
    }

    /**
     * The year reported on: the title's year; else the year most often opening a statement in the first
     * paragraphs; else the publication year, less one when published by April (reports on the past year).
     */
    static Optional<Integer> year(String title, List<String> lines, LocalDate published) {
        if (title != null) {
            Matcher m = TITLE_YEAR.matcher(title);
            if (m.find()) return Optional.of(Integer.parseInt(m.group(1)));
        }
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (String line : lines.subList(0, Math.min(FIRST_PARAGRAPHS, lines.size()))) {
            Matcher m = STATEMENT_YEAR.matcher(line);
            while (m.find()) counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        }
        Optional<Integer> frequent = mostFrequent(counts);
        if (frequent.isPresent()) return frequent;
        if (published == null) return Optional.empty();
        return Optional.of(published.getMonthValue() <= 4 ? published.getYear() - 1 : published.getYear());
    }

    /**
     * The issuing body: the signature, the title's prefix, a header that names a body other than an office,
     * then an office header (offices publish on behalf of the government that signs).
     */
    static Optional<String> issuer(Map<String, String> headers, Signature signature, String title) {
        if (signature != null && signature.body() != null) return Optional.of(signature.body());
        List<String> bodies = ISSUER_KEYS.stream().map(headers::get).filter(Objects::nonNull)
                .flatMap(v -> bodyName(v).stream()).toList();
        if (title != null) {
            Optional<String> fromTitle = bodyName(titlePrefix(title));
            if (fromTitle.isPresent()) {
                // a header may name the same body with its regions (西城区德胜街道办事处 for 德胜街道办事处)
                String t = fromTitle.get();
                return bodies.stream().filter(b -> b.length() > t.length() && b.endsWith(t)).findFirst().or(() -> fromTitle);
            }
        }
        return bodies.stream().filter(b -> !OFFICE.matcher(b).matches()).findFirst().or(() -> bodies.stream().findFirst());
    }

    /**
     * The issuer's region as written: the innermost of the region names it starts with (合肥市蜀山区人民政府 →
     * 蜀山区), with the subdistrict or town that follows them (西城区德胜街道办事处 → 西城区德胜街道). A town
     * named alone (乌镇镇人民政府) is placed under the government it reports to, or else under the county
     * its first paragraphs name most: 桐乡市乌镇镇.
     */
    Optional<String> region(String name, List<String> lines) {
        Optional<String> chain = region(name);
        String rest = name.strip();
        if (chain.isPresent()) rest = rest.substring(rest.indexOf(chain.get()) + chain.get().length());
        Matcher locality = LOCALITY.matcher(rest);
        if (!locality.lookingAt()) return chain;
        String local = locality.group();
        if (chain.isPresent()) return Optional.of(chain.get() + local);
        return superior(lines).map(s -> s + local).or(() -> Optional.of(local));
    }

    /** The county-level region a town's report answers to: its recipient line's, else the county named most. */
    private Optional<String> superior(List<String> lines) {
        for (String line : lines.subList(0, Math.min(HEAD_LINES, lines.size()))) {
            Matcher m = RECIPIENT.matcher(line);
            if (m.matches() || (m.lookingAt() && line.length() <= m.end() + 1)) {
                Optional<String> r = region(m.group(1));
                if (r.isPresent()) return r;
            }
        }
        Map<String, Integer> counts = regionCounts(lines.subList(0, Math.min(FIRST_PARAGRAPHS, lines.size())));
        counts.keySet().removeIf(n -> gazetteer.byName(n).stream().noneMatch(d -> d.level() == Level.COUNTY || d.level() == Level.DISTRICT));
        return mostFrequent(counts);
    }

    /** The issuer's innermost region as written (合肥市蜀山区人民政府 → 蜀山区), from the chain of region names it starts with. */
    Optional<String> region(String name) {
        String rest = name.strip();
        if (rest.startsWith("中共")) rest = rest.substring(2);
        String innermost = null;
        while (!rest.isEmpty()) {
            String word = longestRegionAt(rest).orElse(null);
            String w = word;
            if (LOCALITY.matcher(rest).lookingAt() && (w == null || gazetteer.byName(w).stream().noneMatch(d -> d.name().equals(w)))) {
                break; // 南湖街道: a district's short name (南湖) opening a subdistrict's
            }
            if (word == null) {
                Matcher m = REGION_WORD.matcher(rest);
                if (!m.lookingAt() || m.end() < 3) break;
                word = m.group();
            }
            innermost = word;
            rest = rest.substring(word.length());
        }
        return Optional.ofNullable(innermost);
    }

    private Optional<String> longestRegionAt(String s) {
        for (int len = Math.min(12, s.length()); len >= 2; len--) {
            if (!gazetteer.byName(s.substring(0, len)).isEmpty()) return Optional.of(s.substring(0, len));
        }
        return Optional.empty();
    }

    /** The region named most often (full names of three or more characters), ties going to the first named. */
    Optional<String> mostFrequentRegion(List<String> lines) {
        return mostFrequent(regionCounts(lines));
    }

    private Map<String, Integer> regionCounts(List<String> lines) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String line : lines) {
            int i = 0;
            while (i < line.length()) {
                String found = null;
                for (int len = Math.min(12, line.length() - i); len >= 3 && found == null; len--) {
                    String candidate = line.substring(i, i + len);
                    if (gazetteer.byName(candidate).stream().anyMatch(d -> d.name().equals(candidate))) found = candidate;
                }
                if (found != null) counts.merge(found, 1, Integer::sum);
                i += found != null ? found.length() : 1;
            }
        }
        return counts;
    }

    /** The issuing body and date that close a report: a body-name line followed by a date line, near the end. */
    record Signature(String body, LocalDate date) {}

    static Optional<Signature> signature(List<String> lines) {
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - TAIL_LINES); i--) {
            String line = lines.get(i);
            Optional<LocalDate> date = ChineseDates.parseExact(line);
            if (date.isPresent()) {
                String body = i > 0 ? bodyName(lines.get(i - 1)).orElse(null) : null;
                return Optional.of(new Signature(body, date.get()));
            }
            Matcher m = BODY_AND_DATE.matcher(line);
            if (m.matches() && bodyName(m.group(1)).isPresent()) {
                Optional<LocalDate> signed = ChineseDates.parseExact(m.group(2));
                if (signed.isPresent()) return Optional.of(new Signature(m.group(1), signed.get()));
            }
        }
        return Optional.empty();
    }

    /** Header values by key, first occurrence wins: 来源:蜀山区司法局 发布时间:2020-12-25 or 发布机构: | 滁州市司法局 |. */
    static Map<String, String> headers(List<String> lines) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines) {
            Matcher m = HEADER_KEY.matcher(line);
            List<int[]> keys = new ArrayList<>();
            while (m.find()) keys.add(new int[] {m.start(1), m.end(1), m.end()});
            for (int k = 0; k < keys.size(); k++) {
                int end = k + 1 < keys.size() ? keys.get(k + 1)[0] : line.length();
                String value = line.substring(keys.get(k)[2], end).replaceAll("^[\\s|\\u00a0\\u3000]+|[\\s|\\u00a0\\u3000]+$", "");
                String key = line.substring(keys.get(k)[0], keys.get(k)[1]);
                if (!value.isEmpty()) out.putIfAbsent(key, value);
            }
        }
        return out;
    }

    /** {@code s} when it is the name of a body as a whole (蜀山区司法局), else empty. */
    static Optional<String> bodyName(String s) {
        String t = s.strip();
        return t.length() <= 30 && BODY_NAME.matcher(t).matches() ? Optional.of(t) : Optional.empty();
    }

    /** The part of a title before its year or 关于: 蜀山区司法局2020年… → 蜀山区司法局. */
    static String titlePrefix(String title) {
        Matcher m = TITLE_PREFIX_END.matcher(title);
        return m.find() ? title.substring(0, m.start()).strip() : "";
    }

    private static Optional<String> first(Map<String, String> headers, List<String> keys) {
        return keys.stream().map(headers::get).filter(Objects::nonNull).findFirst();
    }

    private static <K> Optional<K> mostFrequent(Map<K, Integer> countsInOrder) {
        K best = null;
        for (Map.Entry<K, Integer> e : countsInOrder.entrySet()) {
            if (best == null || e.getValue() > countsInOrder.get(best)) best = e.getKey();
        }
        return Optional.ofNullable(best);
    }

    private static String unquote(String s) {
        return s.strip().replaceAll("^[《“\"]+|[》”\"|\\s]+$", "").strip();
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\r?\n|\r")) {
            String t = line.replaceAll("^[\\s\\u00a0\\u3000]+|[\\s\\u00a0\\u3000]+$", "");
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }
}
