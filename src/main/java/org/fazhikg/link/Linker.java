package org.fazhikg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.fazhikg.extract.Extraction;
import org.fazhikg.extract.Kind;
import org.fazhikg.extract.Mention;
import org.fazhikg.gazetteer.Gazetteer;

/**
 * Turns an extraction into linked facts: each mention gets its canonical name and the entity it
 * names; deictic and abbreviated names (我区, 区司法局, 本局) resolve against the issuing region,
 * which comes from the report's metadata or, without a manifest, from its heading, signature and
 * deixis. Regions are keyed by division code (subdistricts and communities by the enclosing key +
 * "/" + name); bodies by canonical name, prefixed with their region's key when the name alone names
 * no place. Pure Java: no HanLP, no Jena. Immutable and thread-safe.
 *
 * <pre>
 * Linker linker = new Linker(Gazetteer.load());
 * Linked linked = linker.link(extraction);
 * linked.issuerRegion().label();   // 武侯区
 * </pre>
 */
public final class Linker {
    /** Names of central bodies, one entity whatever the report: 中共中央, 国务院, 司法部, 全国人大常委会 … */
    private static final Pattern CENTRAL = Pattern.compile("^(?:中共中央|中国共产党中央|中央|党中央|国务院|全国|最高人民|国家|中国|中华|新华社|人民日报|光明日报|法治日报)"
            + "|^\\p{IsHan}{1,10}部$|^\\p{IsHan}{2,6}(?:总局|总署|署)$");

    private final RegionNames names;
    private final RegionResolver regions;
    private final BodyResolver bodies;

    public Linker(Gazetteer gazetteer) {
        this.names = new RegionNames(gazetteer);
        this.regions = new RegionResolver(names);
        this.bodies = new BodyResolver(names);
    }

    public Linked link(Extraction extraction) {
        Map<Mention, String> written = new HashMap<>();
        for (Mention m : extraction.mentions()) {
            if (m.kind() == Kind.ORGANIZATION && !m.name().startsWith("{")) written.put(m, m.name());
        }
        ReportContext ctx = ContextInference.infer(extraction, names, written);
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<Mention, Resolved> resolved = new LinkedHashMap<>();
        List<Region> known = new ArrayList<>();
        Map<Integer, Region> regionEndingAt = new HashMap<>();
        Map<Mention, BodyResolver.Resolution> bodyOf = new LinkedHashMap<>();
        Mention lastBody = null; // the body named last, for 市局 in a government's report
        for (Mention m : extraction.mentions()) {
            switch (m.kind()) {
                case REGION -> {
                    Region r = regions.resolve(m, ctx, known, regionEndingAt.get(m.start()));
                    if (r == null) continue;
                    known.add(r);
                    regionEndingAt.put(m.end(), r);
                    entities.putIfAbsent(Kind.REGION + " " + r.key(), r.entity());
                    resolved.put(m, new Resolved(m, r.name(), r.key()));
                }
                case ORGANIZATION -> {
                    BodyResolver.Resolution b = bodies.resolve(m.name(), ctx, lastBody != null && lastBody.sentence() == m.sentence() ? bodyOf.get(lastBody) : null);
                    if (b != null) {
                        bodyOf.put(m, b);
                        lastBody = m;
                    }
                }
                case MECHANISM, DOCUMENT -> {
                    Entity e = new Entity(m.kind(), m.name(), m.name(), m.category(), null, null, null);
                    entities.putIfAbsent(m.kind() + " " + e.key(), e);
                    resolved.put(m, new Resolved(m, m.name(), e.key()));
                }
                default -> resolved.put(m, new Resolved(m, m.name(), null));
            }
        }
        dropIncompleteEnumerations(extraction.mentions(), bodyOf);
        resolveShortReferences(bodyOf);
        Map<String, Entity> bodyEntities = bodyEntities(bodyOf, ctx);
        for (Map.Entry<Mention, BodyResolver.Resolution> e : bodyOf.entrySet()) {
            Entity body = bodyEntities.get(e.getValue().canonical());
            entities.putIfAbsent(Kind.ORGANIZATION + " " + body.key(), body);
            resolved.put(e.getKey(), new Resolved(e.getKey(), body.label(), body.key()));
        }
        List<Resolved> inOrder = extraction.mentions().stream().filter(resolved::containsKey).map(resolved::get).toList();
        List<Entity> sorted = entities.values().stream()
                .sorted(Comparator.comparing(Entity::kind).thenComparing(Entity::key)).toList();
        Entity issuer = ctx.issuer() == null ? null : bodyEntities.getOrDefault(ctx.issuer(), bodyEntity(ctx.issuer(), typeOf(ctx.issuer()), ctx.division(), null));
        Entity issuerRegion = ctx.home() == null ? null : ctx.home().entity();
        Integer year = extraction.document().metadata().year();
        return new Linked(extraction, issuer, issuerRegion, year, inOrder, sorted);
    }

    /** 市、区两级法院 names two bodies; in a report where one of them has no referent, it names a kind of body. */
    private static void dropIncompleteEnumerations(List<Mention> mentions, Map<Mention, BodyResolver.Resolution> bodyOf) {
        Map<String, List<Mention>> bySpan = new HashMap<>();
        for (Mention m : mentions) {
            if (m.kind() == Kind.ORGANIZATION) bySpan.computeIfAbsent(m.start() + ":" + m.end(), k -> new ArrayList<>()).add(m);
        }
        for (List<Mention> group : bySpan.values()) {
            if (group.size() > 1 && group.stream().anyMatch(m -> !bodyOf.containsKey(m))) group.forEach(bodyOf::remove);
        }
    }

    /** A body named again by the tail of its name (法务审查委员会 after 越秀区司法局法务审查委员会) is the same body. */
    private static void resolveShortReferences(Map<Mention, BodyResolver.Resolution> bodyOf) {
        List<BodyResolver.Resolution> all = List.copyOf(bodyOf.values());
        for (Map.Entry<Mention, BodyResolver.Resolution> e : bodyOf.entrySet()) {
            BodyResolver.Resolution b = e.getValue();
            if (b.region() != null || b.canonical().length() < 4 || CENTRAL.matcher(b.canonical()).find()) continue;
            BodyResolver.Resolution longer = null;
            for (BodyResolver.Resolution other : all) {
                if (other.canonical().length() > b.canonical().length() && other.canonical().endsWith(b.canonical())
                        && (longer == null || other.canonical().length() > longer.canonical().length())) longer = other;
            }
            if (longer != null) e.setValue(longer);
        }
    }

    /** One entity per canonical name, with its region and the body it belongs to (司法局党支部 → 司法局). */
    private Map<String, Entity> bodyEntities(Map<Mention, BodyResolver.Resolution> bodyOf, ReportContext ctx) {
        Map<String, BodyResolver.Resolution> byName = new LinkedHashMap<>();
        Map<String, String> types = new HashMap<>();
        for (Map.Entry<Mention, BodyResolver.Resolution> e : bodyOf.entrySet()) {
            byName.putIfAbsent(e.getValue().canonical(), e.getValue());
            types.putIfAbsent(e.getValue().canonical(), e.getKey().category());
        }
        if (ctx.issuer() != null) byName.putIfAbsent(ctx.issuer(), new BodyResolver.Resolution(ctx.issuer(), ctx.division()));
        Map<String, Entity> out = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (BodyResolver.Resolution b : byName.values()) keys.put(b.canonical(), key(b, ctx));
        for (BodyResolver.Resolution b : byName.values()) {
            String parent = null;
            for (int len = b.canonical().length() - 2; len >= 3 && parent == null; len--) {
                String prefix = b.canonical().substring(0, len);
                if (keys.containsKey(prefix)) parent = keys.get(prefix);
            }
            Region region = b.region() != null ? b.region() : CENTRAL.matcher(b.canonical()).find() ? null : ctx.division();
            String type = types.getOrDefault(b.canonical(), typeOf(b.canonical()));
            out.put(b.canonical(), new Entity(Kind.ORGANIZATION, keys.get(b.canonical()), b.canonical(), type,
                    region == null ? null : region.key(), parent, null));
        }
        return out;
    }

    private static Entity bodyEntity(String canonical, String type, Region region, String parent) {
        return new Entity(Kind.ORGANIZATION, canonical, canonical, type, region == null ? null : region.key(), parent, null);
    }

    /** Bodies are keyed by name; a name that names no place (园区企业合规服务中心) is keyed under its region. */
    private String key(BodyResolver.Resolution b, ReportContext ctx) {
        String name = b.canonical();
        if (b.region() != null || CENTRAL.matcher(name).find() || ctx.division() == null) return name;
        for (String n : names.gazetteer().names()) {
            if (n.length() >= 2 && name.contains(n)) return name; // 武侯商事调解中心, 成都监狱
        }
        return ctx.division().key() + "/" + name;
    }

    /** The body type a name's last head implies, for a body known only by name (the issuer). */
    private static String typeOf(String name) {
        if (name.endsWith("政府")) return "other";
        if (name.endsWith("委员会") || name.endsWith("委")) return "committee";
        if (name.endsWith("中心")) return "centre";
        if (name.endsWith("法院")) return "court";
        if (name.endsWith("检察院")) return "procuratorate";
        if (name.endsWith("局") || name.endsWith("厅") || name.endsWith("办") || name.endsWith("办公室") || name.endsWith("部")) return "bureau";
        return "other";
    }
}
