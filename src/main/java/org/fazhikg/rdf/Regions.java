package org.fazhikg.rdf;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.fazhikg.extract.Kind;
import org.fazhikg.gazetteer.Division;
import org.fazhikg.gazetteer.Gazetteer;
import org.fazhikg.gazetteer.Level;
import org.fazhikg.link.Entity;

/**
 * Describes the regions of one report's graph, each with its chain of ancestors up to the
 * province: from the linked entity where there is one, else from the gazetteer by division code,
 * else (a subdistrict's "code/name" key) from the key itself.
 */
final class Regions {
    private final Iris iris;
    private final Gazetteer gazetteer;
    private final Model model;
    private final Map<String, Entity> linked;
    private final Set<String> described = new HashSet<>();

    /** {@code linked}: the report's region entities by key. */
    Regions(Iris iris, Gazetteer gazetteer, Model model, Map<String, Entity> linked) {
        this.iris = iris;
        this.gazetteer = gazetteer;
        this.model = model;
        this.linked = linked;
    }

    /** The region's resource, described (with its ancestors) the first time it is asked for. */
    Resource region(String key) {
        Resource r = model.createResource(iris.entity(Kind.REGION, key));
        if (!described.add(key)) return r;
        Entity e = linked.get(key);
        Division division = gazetteer.byCode(e != null && e.code() != null ? e.code() : key).orElse(null);
        if (e != null) {
            Level level = levelOf(e.category()).orElse(division == null ? null : division.level());
            String parent = e.regionKey() != null ? e.regionKey() : division == null ? null : division.parentCode();
            describe(r, e.label(), level, e.code(), parent);
        } else if (division != null) {
            describe(r, division.name(), division.level(), division.code(), division.parentCode());
        } else if (key.lastIndexOf('/') > 0) {
            // "code/name" of a subdistrict or community: the name is all we know, the code its parent
            int slash = key.lastIndexOf('/');
            describe(r, key.substring(slash + 1), null, null, key.substring(0, slash));
        }
        return r;
    }

    private void describe(Resource r, String label, Level level, String code, String parentKey) {
        r.addProperty(RDF.type, FZ.Region).addProperty(RDFS.label, model.createLiteral(label, "zh"));
        if (level != null) r.addProperty(FZ.level, levelResource(level));
        if (code != null) r.addProperty(FZ.divisionCode, code);
        if (parentKey != null) r.addProperty(FZ.partOf, region(parentKey));
    }

    private static Optional<Level> levelOf(String category) {
        return Arrays.stream(Level.values()).filter(l -> l.id().equals(category)).findFirst();
    }

    private static Resource levelResource(Level level) {
        return switch (level) {
            case PROVINCE -> FZ.Province;
            case CITY -> FZ.City;
            case DISTRICT -> FZ.District;
            case COUNTY -> FZ.County;
            case SUBDISTRICT -> FZ.Subdistrict;
            case COMMUNITY -> FZ.Community;
        };
    }
}
