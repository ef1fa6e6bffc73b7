package org.fazhikg.link;

import java.util.ArrayList;
import java.util.List;
import org.fazhikg.extract.Mention;
import org.fazhikg.gazetteer.Division;
import org.fazhikg.gazetteer.Level;

/**
 * Resolves region mentions against a report's context: deixis ({区}, {市}) to the issuer's regions,
 * division names to the namesake that fits the report (two 朝阳区), short forms of districts and
 * counties only inside the report's city (武侯 in a 成都 report, not 和平 in general text), and
 * subdistricts and communities under the region named right before them or the issuer's region.
 */
final class RegionResolver {
    private final RegionNames names;

    RegionResolver(RegionNames names) {
        this.names = names;
    }

    /**
     * The region a mention names, or null when it names none in this report.
     *
     * @param before the region resolved for a mention ending right where this one starts, or null
     */
    Region resolve(Mention m, ReportContext ctx, List<Region> known, Region before) {
        String name = m.name();
        if (name.startsWith("{") && name.endsWith("}")) return ctx.deictic(name.substring(1, name.length() - 1));
        String level = m.category();
        if ("subdistrict".equals(level) || "community".equals(level)) {
            Region parent = before != null ? before : "community".equals(level) && ctx.home() != null ? ctx.home() : ctx.division();
            return parent == null ? null : Region.local(name, level, parent);
        }
        String written = m.text();
        boolean full = names.gazetteer().byName(written).stream().anyMatch(d -> d.name().equals(written));
        Region home = ctx.home();
        if (!full && home != null && home.division() == null && home.name().startsWith(written)) {
            return null; // 法治宁海 in a report of 宁海路街道: the subdistrict's own stem, not 宁海县
        }
        List<Region> context = new ArrayList<>(ctx.lineage());
        if (before != null) context.add(0, before);
        context.addAll(known);
        Division d = names.choose(written, context, full);
        if (d == null) return null;
        if (!full && !acceptShortForm(d, ctx)) return null;
        if (names.gazetteer().formerNameOf(written).isPresent()) {
            return new Region(d.code(), written, "county", d.parentCode(), d); // 偃师市 of a 2018 report: today's 偃师区
        }
        return Region.of(d);
    }

    /**
     * A short form names a province or city anywhere, but a district or county (武侯, 都江堰) only when it
     * lies in the report's own city, or province for a provincial report: elsewhere it is most likely
     * a word (和平, 新华, 长安) or a person's name.
     */
    private boolean acceptShortForm(Division d, ReportContext ctx) {
        if (d.level() == Level.PROVINCE || d.level() == Level.CITY) return true;
        Region home = ctx.division();
        if (home == null) return false;
        Division h = home.division();
        if (names.gazetteer().within(d, h) || names.gazetteer().within(h, d)) return true;
        Division city = names.city(h);
        if (city != null) return names.gazetteer().within(d, city);
        return names.gazetteer().within(d, names.province(h));
    }
}
