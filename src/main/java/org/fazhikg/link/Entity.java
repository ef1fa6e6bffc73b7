package org.fazhikg.link;

import java.util.Objects;
import org.fazhikg.extract.Kind;

/**
 * A thing the graph describes once, however many mentions point at it.
 *
 * @param kind      region, organization, mechanism or document (metrics and first claims are per mention)
 * @param key       stable key, unique within the kind, from which the IRI is minted: a region's
 *                  division code (subdistricts and communities: the enclosing code + "/" + name);
 *                  other kinds: their canonical name, prefixed by the region code where the name
 *                  alone is not unique
 * @param label     canonical name (武侯区司法局, 行政执法三项制度, 中华人民共和国民法典)
 * @param category  region level, body type, mechanism kind, document kind; null when unknown
 * @param regionKey key of the region this entity belongs to (a region's parent, a body's region); null if none
 * @param parentKey key of the enclosing body of the same kind (司法局党支部 → 司法局); null if none
 * @param code      administrative division code for gazetteer regions; null otherwise
 */
public record Entity(Kind kind, String key, String label, String category, String regionKey,
                     String parentKey, String code) {
    public Entity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
    }
}
