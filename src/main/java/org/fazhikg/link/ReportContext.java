package org.fazhikg.link;

import java.util.List;

/**
 * Where a report stands: its issuing region with the regions enclosing it (nearest first), and its
 * issuing body; deictic level words (区, 市, 省) resolve against it. Built by {@link ContextInference}.
 */
final class ReportContext {
    private final List<Region> lineage;
    private final String issuer;

    ReportContext(List<Region> lineage, String issuer) {
        this.lineage = List.copyOf(lineage);
        this.issuer = issuer;
    }

    /** The issuing region and its enclosing regions, nearest first; empty when unknown. */
    List<Region> lineage() {
        return lineage;
    }

    /** The issuing region (a subdistrict for a 街道 report), or null. */
    Region home() {
        return lineage.isEmpty() ? null : lineage.get(0);
    }

    /** The nearest gazetteer division of the issuer (the district of a 街道 report), or null. */
    Region division() {
        return lineage.stream().filter(r -> r.division() != null).findFirst().orElse(null);
    }

    /** The region a deictic level word points to (区 → the district, or the autonomous region), or null. */
    Region deictic(String levelWord) {
        if (levelWord.isEmpty()) return division();
        return lineage.stream().filter(r -> RegionNames.answers(r, levelWord)).findFirst().orElse(null);
    }

    /** The issuing body's canonical name (武侯区司法局), or null when unknown. */
    String issuer() {
        return issuer;
    }

    /** The issuer's department without its region (司法局 for 武侯区司法局), or null. */
    String issuerDepartment() {
        if (issuer == null) return null;
        for (Region r : lineage) {
            if (issuer.startsWith(r.name()) && issuer.length() > r.name().length()) return issuer.substring(r.name().length());
        }
        return null;
    }
}
