package org.fazhikg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhikg.ReportMetadata;
import org.fazhikg.extract.Extraction;
import org.fazhikg.extract.Kind;
import org.fazhikg.extract.Mention;
import org.fazhikg.gazetteer.Division;

/**
 * Finds where a report stands ({@link ReportContext}): from its metadata when known, else from the
 * text: the bodies and regions named in the heading and the signature, the regions named most, and
 * the deictic word the report uses for itself (我区, 本县).
 */
final class ContextInference {
    private static final Pattern LOCALITY = Pattern.compile("([\\p{IsHan}]{2,6}?(?:街道|镇|乡))(?:办事处|人民政府|党工委)?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)\\}");
    /** How far the heading may reach: a page header, the title, a recipient line. */
    private static final int HEADING = 200;
    private static final int HEADING_LINES = 3;
    /** What follows the issuer in a report's title: 武侯区司法局2020年…, 越秀区司法局关于…, 青羊区人民政府法治政府建设报告. */
    private static final Pattern TITLE_AFTER = Pattern.compile("\\s*(?:\\d{4}年|关于|法治政府建设|[（(]?\\d{4})");
    private static final int SIGNATURE = 600;
    /** A ministry or national administration: 自然资源部, 审计署, 国家税务总局, 中国气象局. */
    private static final Pattern CENTRAL_ISSUER = Pattern.compile("\\p{IsHan}{2,12}[部署]|(?:国家|中国|国务院)\\p{IsHan}{2,14}");

    private ContextInference() {}

    static ReportContext infer(Extraction extraction, RegionNames names, Map<Mention, String> bodyNames) {
        ReportMetadata meta = extraction.document().metadata();
        String text = extraction.document().text();
        List<Region> known = supportingRegions(extraction, names);
        Division stated = fromMetadata(meta, names, known);
        Division read = fromText(extraction, names, known);
        if (stated != null && read != null && !names.gazetteer().within(read, stated) && !names.gazetteer().within(stated, read)
                && statedByShortFormOnly(meta, stated) && headingNamesInFull(extraction, read)) {
            // metadata that kept only a stem (宁海 of 宁海路街道) yields to a heading that names its division in full
            stated = null;
        }
        Division home = stated == null ? read : stated;
        if (stated != null && read != null && read != stated && names.gazetteer().within(read, stated)) {
            // metadata inferred from the text can stop at the city of a district's report: 我区 settles it
            String self = selfDeixis(extraction);
            if (self != null && RegionNames.answers(Region.of(read), self) && !RegionNames.answers(Region.of(stated), self)) home = read;
        }
        List<Region> lineage = new ArrayList<>();
        if (home != null) {
            for (Division d : names.gazetteer().lineage(home)) lineage.add(Region.of(d));
            String written = (meta.issuer() == null ? "" : meta.issuer()) + " " + (meta.region() == null ? "" : meta.region());
            String bare = written;
            for (String n : names.divisionNames(written)) bare = bare.replace(n, " "); // 杭州市西湖区北山街道 → 北山街道
            Matcher locality = LOCALITY.matcher(bare);
            if (locality.find()) {
                String local = locality.group(1);
                if (local.length() >= 3) lineage.add(0, Region.local(local, "subdistrict", Region.of(home)));
            }
        }
        if (home != null && lineage.get(0).division() != null && meta.issuer() == null
                && (meta.region() == null || !meta.region().strip().equals(home.name()))) {
            Region local = subdistrictFromText(extraction, Region.of(home));
            if (local != null) lineage.add(0, local);
        }
        ReportContext partial = new ReportContext(lineage, null);
        return new ReportContext(lineage, issuer(meta, extraction, text, partial, names, bodyNames));
    }

    /**
     * A 街道 or 镇 report names its subdistrict in the heading and speaks of 我街道/全镇 or signs with
     * it (北山街道办事处): then the subdistrict is the issuing region.
     */
    private static Region subdistrictFromText(Extraction extraction, Region division) {
        String text = extraction.document().text();
        String signature = text.substring(Math.max(0, text.length() - SIGNATURE));
        boolean localDeixis = extraction.mentions().stream().anyMatch(m -> m.kind() == Kind.REGION
                && m.text().length() > 1 && (m.name().equals("{街道}") || m.name().equals("{镇}") || m.name().equals("{乡}")));
        for (Mention m : extraction.mentions()) {
            if (m.start() >= headingEnd(text)) break;
            if (m.kind() == Kind.REGION && "subdistrict".equals(m.category()) && !m.name().startsWith("{")
                    && (localDeixis || signature.contains(m.name()))) {
                return Region.local(m.name(), "subdistrict", division);
            }
        }
        return null;
    }

    /** Whether the metadata names its region only by a short form (宁海), never by a full division name. */
    private static boolean statedByShortFormOnly(ReportMetadata meta, Division stated) {
        String written = (meta.issuer() == null ? "" : meta.issuer()) + " " + (meta.region() == null ? "" : meta.region());
        return !written.contains(stated.name());
    }

    /** Whether the heading writes a division's full name (鼓楼区 in 南京市鼓楼区宁海路街道办事处…报告). */
    private static boolean headingNamesInFull(Extraction extraction, Division d) {
        String text = extraction.document().text();
        return text.substring(0, headingEnd(text)).contains(d.name());
    }

    /** Divisions the text names unambiguously: they decide between namesakes (two 朝阳区). */
    private static List<Region> supportingRegions(Extraction extraction, RegionNames names) {
        List<Region> out = new ArrayList<>();
        for (Mention m : extraction.mentions()) {
            if (m.kind() != Kind.REGION || m.name().startsWith("{")) continue;
            List<Division> ds = names.gazetteer().byName(m.name());
            if (ds.size() == 1) out.add(Region.of(ds.get(0)));
        }
        return out;
    }

    private static Division fromMetadata(ReportMetadata meta, RegionNames names, List<Region> known) {
        Division found = null;
        List<Region> context = new ArrayList<>(known);
        for (String written : new String[] {meta.issuer(), meta.region()}) {
            if (written == null) continue;
            for (String name : names.divisionNames(written)) {
                List<Region> near = new ArrayList<>();
                if (found != null) near.add(Region.of(found));
                near.addAll(context);
                Division d = names.choose(name, near, true);
                if (d != null) found = found == null || names.gazetteer().within(d, found) || !names.gazetteer().within(found, d) ? d : found;
            }
            if (found == null && meta.region() != null && written.equals(meta.region())) {
                Division d = names.choose(written.strip(), context, false);
                if (d != null) found = d;
            }
        }
        return found;
    }

    /**
     * The issuing region from the text. The heading names it, often with its enclosing regions (中共泉州市
     * 丰泽区委…, 成都市武侯区人民政府): the innermost division of the bodies named there wins, else of the
     * regions named there, else the signature's, else the division named most. When the report's
     * first-person deixis (我区, 本县) does not fit that division, a division inside it that fits and is named in the text
     * takes its place (a district report addressed to 成都市人民政府), else the enclosing one that fits.
     */
    private static Division fromText(Extraction extraction, RegionNames names, List<Region> known) {
        String text = extraction.document().text();
        Map<String, Integer> count = new HashMap<>();
        Map<String, Division> byCode = new HashMap<>();
        List<Division> headingBodies = new ArrayList<>();
        List<Division> heading = new ArrayList<>();
        List<Division> signature = new ArrayList<>();
        for (Mention m : extraction.mentions()) {
            if (m.kind() == Kind.REGION && m.name().startsWith("{")) continue;
            String written = m.kind() == Kind.REGION ? m.text() : m.kind() == Kind.ORGANIZATION ? names.leadingDivisionName(m.name()) : null;
            if (written == null || m.kind() == Kind.REGION && !"province city district county".contains(String.valueOf(m.category()))) continue;
            Division d = names.choose(written, known, false);
            if (d == null) continue;
            byCode.put(d.code(), d);
            count.merge(d.code(), 1, Integer::sum);
            if (m.start() < headingEnd(text)) (m.kind() == Kind.ORGANIZATION ? headingBodies : heading).add(d);
            else if (m.start() > text.length() - SIGNATURE) signature.add(d);
        }
        Division best = innermost(headingBodies, names, count);
        if (best == null) best = innermost(heading, names, count);
        if (best == null) best = innermost(signature, names, count);
        if (best == null) {
            best = count.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> byCode.get(e.getKey())).orElse(null);
        }
        String dominant = selfDeixis(extraction);
        if (best != null && dominant != null && !RegionNames.answers(Region.of(best), dominant)) {
            Division inner = null;
            for (Division d : byCode.values()) {
                if (d != best && names.gazetteer().within(d, best) && RegionNames.answers(Region.of(d), dominant)
                        && (inner == null || count.get(d.code()) > count.get(inner.code()))) inner = d;
            }
            if (inner != null) best = inner;
            else for (Division up : names.gazetteer().lineage(best)) {
                if (RegionNames.answers(Region.of(up), dominant)) {
                    best = up; // 全省 in a report whose heading also names one of its cities
                    break;
                }
            }
        }
        return best;
    }

    /**
     * Where the heading ends: after the title line (one ending in 报告), else after the first three
     * non-empty lines, and within {@link #HEADING} characters. The recipient line after a title (金华市
     * 人民政府：) and the first paragraph stay out.
     */
    static int headingEnd(String text) {
        int lines = 0;
        int at = 0;
        while (at < text.length() && at < HEADING) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(at, end).strip();
            if (!line.isEmpty()) {
                lines++;
                if (line.contains("报告") || lines >= HEADING_LINES) return Math.min(end, HEADING);
            }
            at = end + 1;
        }
        return Math.min(at, HEADING);
    }

    /**
     * The level word the report uses most for itself (区 for 我区, 市 for 本市), or null. Only first-person
     * words count: 全市 often names the enclosing city (全市首个 in a district's report).
     */
    private static String selfDeixis(Extraction extraction) {
        Map<String, Integer> deixis = new HashMap<>();
        for (Mention m : extraction.mentions()) {
            if (m.kind() == Kind.REGION && m.name().startsWith("{") && (m.text().startsWith("我") || m.text().startsWith("本")))
                deixis.merge(m.name().substring(1, m.name().length() - 1), 1, Integer::sum);
        }
        return deixis.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The innermost of some divisions when they nest; between unrelated ones, the one named most. */
    private static Division innermost(List<Division> divisions, RegionNames names, Map<String, Integer> count) {
        Division best = null;
        for (Division d : divisions) {
            if (best == null || names.gazetteer().within(d, best)) best = d;
            else if (!names.gazetteer().within(best, d) && count.get(d.code()) > count.get(best.code())) best = d;
        }
        return best;
    }

    /** Whether a report's issuer is a central body (自然资源部, 国家税务总局): its name takes no region. */
    private static boolean central(ReportMetadata meta, String written) {
        String region = meta.region() == null ? "" : meta.region().strip();
        return region.equals("中华人民共和国") || region.equals("全国") || region.equals("中国")
                || CENTRAL_ISSUER.matcher(written).matches();
    }

    /** The issuer's canonical name: from the metadata, else the body named in the heading or signature. */
    private static String issuer(ReportMetadata meta, Extraction extraction, String text, ReportContext ctx,
                                 RegionNames names, Map<Mention, String> bodyNames) {
        Region home = ctx.division();
        Region local = ctx.home();
        if (meta.issuer() != null && !meta.issuer().isBlank()) {
            String written = meta.issuer().strip().replaceAll("\\s+", "").replaceFirst("^(中国共产党|中共)", "");
            List<String> prefixes = names.divisionNames(written);
            String innermost = null;
            int at = 0;
            for (String p : prefixes) {
                if (!written.startsWith(p, at)) break;
                innermost = p;
                at += p.length();
            }
            String rest = written.substring(at).replaceFirst("^政府", "人民政府").replaceFirst("^委员会", "委");
            if (innermost != null) return BodyResolver.lowestDivision(innermost, rest);
            return home == null || central(meta, written) ? rest : home.name() + rest;
        }
        if (home == null) return null;
        boolean speaksAsBureau = extraction.mentions().stream().anyMatch(m -> m.kind() == Kind.ORGANIZATION && m.name().startsWith("{本机关}"));
        String best = null;
        int bestScore = 0;
        for (Mention m : extraction.mentions()) {
            String name = bodyNames.get(m);
            if (m.kind() != Kind.ORGANIZATION || name == null || !name.startsWith(home.name()) && !name.startsWith(local.name())) continue;
            boolean inHeading = m.start() < headingEnd(text);
            boolean inSignature = m.start() > text.length() - SIGNATURE;
            if (!inHeading && !inSignature) continue;
            int score = inHeading ? 1 : 2;
            if (TITLE_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 12)).lookingAt()) score += 3;
            if (speaksAsBureau != name.endsWith("政府")) score += 3;
            if (score > bestScore) {
                best = name;
                bestScore = score;
            }
        }
        return best != null ? best : mostNamedBureau(extraction, ctx, bodyNames);
    }

    /** Without a heading or signature, the home region's bureau the report names most often (twice at least). */
    private static String mostNamedBureau(Extraction extraction, ReportContext ctx, Map<Mention, String> bodyNames) {
        Region home = ctx.division();
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : extraction.mentions()) {
            if (m.kind() != Kind.ORGANIZATION || !"bureau".equals(m.category())) continue;
            String name = bodyNames.get(m);
            Matcher placeholder = PLACEHOLDER.matcher(m.name());
            if (name == null && placeholder.lookingAt() && ctx.deictic(placeholder.group(1)) == home) {
                String rest = m.name().substring(placeholder.end());
                if (rest.length() > 1 && !rest.contains("{")) name = home.name() + rest;
            }
            if (name != null && name.startsWith(home.name())) counts.merge(name, 1, Integer::sum);
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
