package org.fazhikg.link;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhikg.gazetteer.Division;
import org.fazhikg.gazetteer.Level;

/**
 * Turns a body's name template from the extractor into its canonical name in a report: {区}司法局 →
 * 武侯区司法局, {区}委 → 武侯区委 (广西壮族自治区党委), {}法院 → 绵阳市中级人民法院, {本机关}党组 →
 * 武侯区司法局党组, {市}局 in a district report → 成都市司法局, {省}厅 → 四川省司法厅,
 * {区}规划和自然资源分局 → 广州市规划和自然资源局越秀区分局, {市简}仲裁委员会 → 绵阳仲裁委员会.
 */
final class BodyResolver {
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\{([^}]*)\\}");
    private static final Pattern BRANCH = Pattern.compile("^(\\p{IsHan}{2,12})分局$");

    /** A township or subdistrict with one of its own bodies: 城关镇司法所, 北山街道办事处. */
    private static final Pattern TOWNSHIP_BODY = Pattern.compile("\\p{IsHan}{2,4}(?:镇|乡|街道)(?=司法所|派出所|人民政府|政府|党委|党工委|办事处"
            + "|人大|纪委|综治中心|综合行政执法|财政所|人民调解委员会|为民服务中心|便民服务中心|人民法庭)");

    /** 和平公安分局: a district's public security branch under the district's short name. */
    private static final Pattern SHORT_POLICE_BRANCH = Pattern.compile("(\\p{IsHan}{2,3}?)公安分局");

    private static final Pattern PEOPLES_TRIBUNAL = Pattern.compile("\\p{IsHan}{2,4}人民法庭");

    private static final Pattern SHORT_COURT = Pattern.compile("(\\p{IsHan}{2,3}?)(人民)?(法院|检察院)");

    private final RegionNames names;

    BodyResolver(RegionNames names) {
        this.names = names;
    }

    /** A resolved body name and the region it belongs to (null for central bodies and unplaced names). */
    record Resolution(String canonical, Region region) {}

    /** The canonical name of a template in this report, or null when the template names no body here. */
    Resolution resolve(String template, ReportContext ctx) {
        return resolve(template, ctx, null);
    }

    /**
     * As {@link #resolve(String, ReportContext)}, with the body named nearest before it in its sentence (or null):
     * in a government's report 市局 is that body's department at the city level (与遵义市司法局合作…到市局跟班).
     */
    Resolution resolve(String template, ReportContext ctx, Resolution before) {
        if (template.startsWith("{本机关}")) {
            return ctx.issuer() == null ? null : new Resolution(ctx.issuer() + template.substring("{本机关}".length()), ctx.division());
        }
        if (template.startsWith("{本部门}")) {
            // 法制科 named bare: a unit of the issuing department; a government names its units with their body
            if (issuingDepartment(ctx) == null) return null;
            return new Resolution(ctx.issuer() + template.substring("{本部门}".length()), ctx.division());
        }
        if (template.startsWith("{驻本机关}")) {
            // 驻局纪检监察组: sent by the discipline commission of the issuing department's region
            Region home = ctx.division();
            if (home == null || issuingDepartment(ctx) == null) return null;
            return new Resolution(home.name() + "纪委监委驻" + ctx.issuer() + template.substring("{驻本机关}".length()), home);
        }
        if (template.startsWith("{本级}")) {
            // a leading group named bare: the issuing department's own, else the issuing region's
            String rest = template.substring("{本级}".length());
            if (issuingDepartment(ctx) != null) return new Resolution(ctx.issuer() + rest, ctx.division());
            Region home = ctx.home();
            return home == null ? new Resolution(rest, null) : new Resolution(home.name() + rest, home);
        }
        if (template.startsWith("{市简}")) {
            Region home = ctx.division();
            Division city = home == null ? null : names.city(home.division());
            if (city == null) return null;
            Region r = Region.of(city);
            return new Resolution(RegionNames.shortName(r) + template.substring("{市简}".length()), r);
        }
        Matcher m = PLACEHOLDER.matcher(template);
        if (!m.find()) return explicit(template, ctx);
        Region r = ctx.deictic(m.group(1));
        if (r == null) return null;
        String rest = template.substring(m.end());
        String name;
        if (rest.startsWith("委")) name = RegionNames.partyCommittee(r) + rest.substring(1);
        else if (rest.startsWith("党委")) name = RegionNames.partyCommittee(r) + rest.substring(2);
        else if (rest.startsWith("局") || rest.startsWith("厅")) {
            // 市局, 省厅, 市局执法稽查支队: the issuer's department at that level, and its units
            String department = issuingDepartment(ctx);
            if (department == null) department = departmentOf(before);
            if (department == null) return null;
            name = r.name() + atLevel(department, rest.substring(0, 1)) + rest.substring(1);
        } else {
            Matcher branch = BRANCH.matcher(rest);
            Division city = r.division() == null ? null : names.city(r.division());
            if (branch.matches() && city != null && !city.code().equals(r.key())
                    && (r.division().level() == Level.DISTRICT || r.division().level() == Level.COUNTY)) {
                String stem = branch.group(1);
                String shortName = RegionNames.shortName(r);
                // 生态环境局雁塔分局: the branch already written with its district's short name
                if (stem.endsWith(shortName) && stem.length() > shortName.length() + 1) {
                    String bureau = stem.substring(0, stem.length() - shortName.length());
                    name = city.name() + bureau + (bureau.endsWith("局") ? "" : "局") + shortName + "分局";
                } else {
                    // public security branches carry the district's short name: 合肥市公安局蜀山分局
                    name = city.name() + stem + "局" + (stem.equals("公安") ? shortName : r.name()) + "分局";
                }
            } else {
                name = r.name() + rest;
            }
        }
        name = name.replace("依法治{}", "依法治" + RegionNames.ruleOfLawLevel(r));
        return new Resolution(judicial(name, r), r);
    }

    /**
     * A body's name after its division prefix: 某县某镇司法所 keeps only the township, as 某市某区人民政府 keeps
     * only the district.
     */
    static String lowestDivision(String division, String rest) {
        return TOWNSHIP_BODY.matcher(rest).lookingAt() ? rest : division + rest;
    }

    /** A name written out: its region is the division it starts with, if any. */
    private Resolution explicit(String name, ReportContext ctx) {
        if (name.startsWith("党工委")) {
            // a bare 党工委 is the issuing subdistrict's; in other reports it names none we can place
            Region home = ctx.home();
            return home != null && home.name().endsWith("街道") ? new Resolution(home.name() + name, home) : null;
        }
        Resolution autonomous = autonomousCountyShort(name, ctx);
        if (autonomous != null) return autonomous;
        String lead = names.leadingDivisionName(name);
        if (lead == null && PEOPLES_TRIBUNAL.matcher(name).matches()) return tribunal(name, ctx);
        if (lead == null && SHORT_POLICE_BRANCH.matcher(name).matches()) return shortPoliceBranch(name, ctx);
        if (lead == null) return shortCourt(name, ctx);
        Division d = names.choose(lead, ctx.lineage(), true);
        if (d == null) return new Resolution(name, null);
        Region r = Region.of(d);
        String rest = name.substring(lead.length());
        if (TOWNSHIP_BODY.matcher(rest).lookingAt()) return new Resolution(rest, r);

        String department = ctx.issuerDepartment();
        if (rest.equals("局") && department != null && (department.endsWith("局") || department.endsWith("厅"))) {
            // 洛龙区局 in a city bureau's report: that district's branch of the issuer's department
            return new Resolution(judicial(lead + atLevel(department, "局"), r), r);
        }
        // 广西壮族自治区委 → 广西壮族自治区党委, 城关镇委 → 城关镇党委: the customary form
        if (rest.startsWith("委") && !rest.startsWith("委员")) name = RegionNames.partyCommittee(r) + rest.substring(1);
        return new Resolution(judicial(name, r), r);
    }

    /**
     * A county or district court or procuratorate under the short name of its division (某某法院 for 某某区人民法院),
     * when the report's own regions settle which division it is; other names stay as written.
     */
    private Resolution shortCourt(String name, ReportContext ctx) {
        Matcher m = SHORT_COURT.matcher(name);
        if (!m.matches()) return new Resolution(name, null);
        // 浦东 of 浦东新区 has no short form in the gazetteer
        for (String written : List.of(m.group(1), m.group(1) + "新区")) {
            Division d = names.choose(written, ctx.lineage(), written.endsWith("新区"));
            if (d == null || d.name().equals(m.group(1)) || !(d.level() == Level.DISTRICT || d.level() == Level.COUNTY)
                    || ctx.lineage().stream().noneMatch(r -> r.division() != null && names.gazetteer().within(d, r.division()))) continue;
            Region r = Region.of(d);
            return new Resolution(judicial(d.name() + m.group(3), r), r);
        }
        return new Resolution(name, null);
    }

    /**
     * 酉阳县人民政府办公室 for 酉阳土家族苗族自治县: an autonomous county written as 某某县 (no gazetteer name) takes its
     * full official name, when it is one of the report's regions or within them; null otherwise.
     */
    private Resolution autonomousCountyShort(String name, ReportContext ctx) {
        for (int len = 2; len <= 3 && len + 1 < name.length(); len++) {
            // 务川自治县: the short stem with 自治 kept, written for the full name
            int skip = name.startsWith("自治", len) ? 2 : 0;
            if (len + skip + 1 >= name.length()) continue;
            char level = name.charAt(len + skip);
            if (level != '县' && level != '旗' && (skip == 0 || level != '州')) continue;
            String stem = name.substring(0, len);
            Division d = names.choose(stem + level, ctx.lineage(), false); // 酉阳县: the short form
            if (d == null || !d.name().contains("自治") || !d.name().startsWith(stem) || d.name().charAt(d.name().length() - 1) != level
                    || ctx.lineage().stream().noneMatch(r -> r.division() != null
                    && (r.division().equals(d) || names.gazetteer().within(d, r.division())))) continue;
            Region r = Region.of(d);
            return new Resolution(judicial(d.name() + name.substring(len + skip + 1), r), r);
        }
        return null;
    }

    /** 和平公安分局 → 天津市公安局和平分局, when the short name is a district of the report's city; else as written. */
    private Resolution shortPoliceBranch(String name, ReportContext ctx) {
        String written = name.substring(0, name.length() - "公安分局".length());
        Division d = names.choose(written, ctx.lineage(), false);
        if (d == null || d.name().equals(written) || d.level() != Level.DISTRICT) return new Resolution(name, null);
        Division city = names.city(d);
        if (city == null || ctx.lineage().stream().noneMatch(r -> r.division() != null && names.gazetteer().within(d, r.division())
                || r.division() != null && r.division().equals(city))) return new Resolution(name, null);
        Region r = Region.of(d);
        return new Resolution(city.name() + "公安局" + RegionNames.shortName(r) + "分局", r);
    }

    /**
     * 城南人民法庭: a tribunal of the basic court of the report's county or district (城关区人民法院城南人民法庭);
     * above that level the court is unknown and the name stays as written.
     */
    private Resolution tribunal(String name, ReportContext ctx) {
        Region county = ctx.division();
        if (county == null || !(county.level().equals("county") || county.level().equals("district"))) return new Resolution(name, null);
        return new Resolution(judicial(county.name() + "法院", county) + name, county);
    }

    /** The issuer's department (司法局 of 某区司法局), or null when the issuer is a government or unknown. */
    private static String issuingDepartment(ReportContext ctx) {
        String department = ctx.issuerDepartment();
        return department == null || department.endsWith("政府") ? null : department;
    }

    /** The department of a placed bureau (遵义市司法局 → 司法局); null for other bodies. */
    private static String departmentOf(Resolution body) {
        if (body == null || body.region() == null) return null;
        String c = body.canonical();
        String n = body.region().name();
        if (!c.startsWith(n) || c.length() <= n.length() + 1 || !(c.endsWith("局") || c.endsWith("厅"))) return null;
        String department = c.substring(n.length());
        return department.endsWith("分局") ? null : department;
    }

    /** The same department at another level: 司法局 as 厅 → 司法厅. */
    private static String atLevel(String department, String head) {
        if (department.endsWith("局") || department.endsWith("厅")) return department.substring(0, department.length() - 1) + head;
        return department;
    }

    /** 法院 and 检察院 in their full forms by level: 绵阳市中级人民法院, 青羊区人民法院, 绵阳市人民检察院. */
    private static String judicial(String name, Region r) {
        String n = r.name();
        if (name.equals(n + "法院") || name.equals(n + "人民法院")) {
            return switch (r.level()) {
                case "province" -> n + "高级人民法院";
                case "city" -> n + "中级人民法院";
                default -> n + "人民法院";
            };
        }
        if (name.equals(n + "检察院")) return n + "人民检察院";
        if (name.equals(n + "中级法院") || name.equals(n + "高级法院")) return n + name.substring(n.length(), n.length() + 2) + "人民法院";
        return name;
    }
}
