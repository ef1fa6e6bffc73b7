package org.fazhikg.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The provinces, prefecture cities and county-level units of China, loaded from the
 * china-division CSV files shipped in data/gazetteer (see its README for source and licence).
 * Immutable and safe to share between threads.
 *
 * <pre>
 * Gazetteer g = Gazetteer.load();
 * g.byName("成都").get(0).code();          // "5101"
 * g.byName("朝阳区");                        // two divisions: 110105 (北京市) and 220104 (长春市)
 * g.parent(g.byCode("510107").get());       // 成都市
 * </pre>
 */
public final class Gazetteer {
    private static final String RESOURCE_DIR = "/gazetteer/";
    private static final Pattern FUNCTIONAL_ZONE = Pattern.compile("\\d{4}(7[1-9]|80)");
    private static final Pattern COUNTY_LEVEL_CITY = Pattern.compile("\\d{4}(8[1-9]|9\\d)");
    /** Ethnic-minority qualifiers dropped from autonomous names for their short forms, longest first. */
    private static final List<String> ETHNIC = List.of(
            "维吾尔", "哈萨克", "柯尔克孜", "布依族苗族", "苗族侗族", "土家族苗族", "藏族羌族", "傣族景颇族",
            "哈尼族彝族", "壮族苗族", "白族", "傣族", "彝族", "藏族", "回族", "蒙古族", "朝鲜族", "苗族", "侗族",
            "壮族", "土家族", "羌族", "傈僳族", "景颇族", "布依族", "黎族", "满族", "瑶族", "畲族", "仡佬族",
            "水族", "仫佬族", "毛南族", "土族", "撒拉族", "锡伯族", "达斡尔族", "鄂温克族", "塔吉克", "纳西族",
            "普米族", "独龙族", "怒族", "拉祜族", "佤族", "布朗族", "哈尼族", "各族", "保安族", "东乡族", "裕固族",
            "蒙古", "维吾尔族", "哈萨克族", "柯尔克孜族", "塔吉克族");

    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> byName;
    private final Map<String, Division> formerNames;

    private Gazetteer(Map<String, Division> byCode) {
        this.byCode = Map.copyOf(byCode);
        Map<String, List<Division>> names = new LinkedHashMap<>();
        for (Division d : byCode.values()) {
            names.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
            for (String s : d.shortNames()) names.computeIfAbsent(s, k -> new ArrayList<>()).add(d);
        }
        Map<String, Division> former = new LinkedHashMap<>();
        for (Division d : byCode.values()) {
            for (String f : formerForms(d)) if (!names.containsKey(f)) former.merge(f, d, (a, b) -> a.code().compareTo(b.code()) <= 0 ? a : b);
        }
        for (Map.Entry<String, Division> e : former.entrySet()) names.put(e.getKey(), List.of(e.getValue()));
        names.replaceAll((k, v) -> v.stream().sorted((a, b) -> a.code().compareTo(b.code())).toList());
        this.byName = Map.copyOf(names);
        this.formerNames = Map.copyOf(former);
    }

    /**
     * The names a district most likely bore before 撤县设区/撤市设区 (偃师区 ← 偃师市, 孟津区 ← 孟津县): reports
     * of earlier years use them. Only names no current division bears.
     */
    private static List<String> formerForms(Division d) {
        String n = d.name();
        if (d.level() != Level.DISTRICT || n.length() < 3 || n.endsWith("新区") || n.endsWith("矿区") || n.endsWith("城区")) return List.of();
        String stem = n.substring(0, n.length() - 1);
        // 郫都区 ← 郫县, 开州区 ← 开县: a one-character county took 州 or 都 when it became a district
        if (stem.length() == 2 && (stem.endsWith("州") || stem.endsWith("都"))) return List.of(stem + "县", stem + "市", stem.charAt(0) + "县");
        return List.of(stem + "县", stem + "市");
    }

    /**
     * The district that now bears a former county-level name (偃师市 → 偃师区), when {@code name} is no
     * current division's name; empty otherwise.
     */
    public Optional<Division> formerNameOf(String name) {
        return Optional.ofNullable(formerNames.get(name));
    }

    /** Loads the gazetteer from the classpath (data/gazetteer is packaged as /gazetteer). */
    public static Gazetteer load() {
        Map<String, Division> all = new LinkedHashMap<>();
        for (CSVRecord r : read("china-division-2.7.0-provinces.csv")) {
            String name = r.get("name");
            all.put(r.get("code"), new Division(r.get("code"), name, Level.PROVINCE, null, shortForms(name, Level.PROVINCE)));
        }
        for (CSVRecord r : read("china-division-2.7.0-cities.csv")) {
            String name = r.get("name");
            // placeholders: 市辖区/县 of the municipalities, 省直辖县级行政区划 of Hubei, Henan, Hainan, Xinjiang
            if (name.equals("市辖区") || name.equals("县") || name.contains("直辖县级")) continue;
            all.put(r.get("code"), new Division(r.get("code"), name, Level.CITY, r.get("provinceCode"), shortForms(name, Level.CITY)));
        }
        for (CSVRecord r : read("china-division-2.7.0-areas.csv")) {
            String code = r.get("code");
            String name = r.get("name");
            if (FUNCTIONAL_ZONE.matcher(code).matches()) continue;
            Division city = all.get(r.get("cityCode"));
            if (city != null && city.name().equals(name)) continue; // 东莞市 listed again under itself
            Level level = name.endsWith("区") && !name.endsWith("林区") ? Level.DISTRICT : Level.COUNTY;
            if (COUNTY_LEVEL_CITY.matcher(code).matches()) level = Level.COUNTY;
            String parent = all.containsKey(r.get("cityCode")) ? r.get("cityCode") : r.get("provinceCode");
            all.put(code, new Division(code, name, level, parent, shortForms(name, level)));
        }
        return new Gazetteer(all);
    }

    private static List<CSVRecord> read(String file) {
        String path = RESOURCE_DIR + file;
        try (InputStream in = Gazetteer.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("gazetteer resource missing from the classpath: " + path);
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + path, e);
        }
    }

    /** Short forms by which a division is named in running text; never the full name itself. */
    static List<String> shortForms(String name, Level level) {
        List<String> out = new ArrayList<>();
        String stem = name;
        for (String suffix : List.of("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
                "省", "市", "地区", "盟", "林区")) {
            if (stem.endsWith(suffix) && stem.length() > suffix.length()) {
                stem = stem.substring(0, stem.length() - suffix.length());
                break;
            }
        }
        if (name.endsWith("自治州") || name.endsWith("自治县")) {
            String core = stripEthnic(stem);
            if (core.length() >= 2) {
                out.add(core + (name.endsWith("自治州") ? "州" : "县"));
                if (level != Level.COUNTY) out.add(core);
            }
        } else if (name.endsWith("自治区")) {
            String core = stripEthnic(stem);
            if (core.length() >= 2) out.add(core);
        } else if (!stem.equals(name) && stem.length() >= 2 && level != Level.DISTRICT && level != Level.COUNTY) {
            out.add(stem);
        } else if ((level == Level.DISTRICT || level == Level.COUNTY) && name.length() >= 3
                && !name.endsWith("新区") && !name.endsWith("矿区")) {
            // 武侯区 → 武侯, 都江堰市 → 都江堰; two-character names (城区, 郊区) have no safe short form
            out.add(name.substring(0, name.length() - 1));
        }
        out.remove(name);
        return List.copyOf(out);
    }

    private static String stripEthnic(String stem) {
        String core = stem;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String e : ETHNIC) {
                if (core.endsWith(e) && core.length() > e.length()) {
                    core = core.substring(0, core.length() - e.length());
                    changed = true;
                    break;
                }
            }
        }
        return core;
    }

    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Divisions whose full name, short form or former name is {@code name}, ordered by code; empty when none. */
    public List<Division> byName(String name) {
        return byName.getOrDefault(name, List.of());
    }

    public Optional<Division> parent(Division d) {
        return d.parentCode() == null ? Optional.empty() : byCode(d.parentCode());
    }

    /** The division and its ancestors, nearest first. */
    public List<Division> lineage(Division d) {
        List<Division> out = new ArrayList<>();
        for (Division cur = d; cur != null; cur = cur.parentCode() == null ? null : byCode.get(cur.parentCode())) out.add(cur);
        return out;
    }

    /** Whether {@code inner} is {@code outer} or lies within it. */
    public boolean within(Division inner, Division outer) {
        return lineage(inner).stream().anyMatch(d -> d.code().equals(outer.code()));
    }

    /** Every name and short form, for loading into a segmenter's dictionary. */
    public Collection<String> names() {
        return byName.keySet();
    }

    public Collection<Division> divisions() {
        return byCode.values();
    }
}
