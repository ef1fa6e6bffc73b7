/**
 * Extraction in, linked report out: resolves each mention against the report's issuing region and
 * body (我区, 区司法局, 本局, 法院) to a canonical name and an entity keyed by division code or name.
 */
package org.fazhikg.link;
