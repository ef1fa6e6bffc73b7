package org.fazhikg.link;

import org.fazhikg.extract.Mention;

/**
 * A mention with the canonical name it was linked to and the key of the entity it names
 * (null for metrics and first claims, which are facts of the mention itself).
 */
public record Resolved(Mention mention, String canonical, String entityKey) {
}
