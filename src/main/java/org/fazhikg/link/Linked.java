package org.fazhikg.link;

import java.util.List;
import org.fazhikg.extract.Extraction;

/**
 * One report after linking: its extraction, the issuing body and region as entities, every
 * mention with its canonical name, and the entities the mentions name (sorted by kind, then key).
 */
public record Linked(Extraction extraction, Entity issuer, Entity issuerRegion, Integer year,
                     List<Resolved> mentions, List<Entity> entities) {
    public Linked {
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
    }
}
