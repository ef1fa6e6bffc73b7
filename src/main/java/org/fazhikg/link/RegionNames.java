package org.fazhikg.link;

import java.util.ArrayList;
import java.util.List;
import org.fazhikg.gazetteer.Division;
import org.fazhikg.gazetteer.Gazetteer;
import org.fazhikg.gazetteer.Level;

/**
 * How Chinese government language names a region in a body's name: the party committee (武侯区委,
 * 广西壮族自治区党委, 黔西南布依族苗族自治州委), the level word of 依法治区/依法治市, the short name (绵阳), and the
 * division names inside a string (成都市武侯区人民政府 → 成都市, 武侯区).
 */
final class RegionNames {
    private final Gazetteer gazetteer;
    private final int longestName;

    RegionNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.longestName = gazetteer.names().stream().mapToInt(String::length).max().orElse(0);
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * The party committee of a region in its customary form: 武侯区委, 广西壮族自治区党委, 黔西南布依族苗族自治州委,
     * 北山街道党工委, 城关镇党委.
     */
    static String partyCommittee(Region r) {
        if (r.name().endsWith("自治区") || r.name().endsWith("镇") || r.name().endsWith("乡")) return r.name() + "党委";
        if (r.name().endsWith("街道")) return r.name() + "党工委";
        // an autonomous prefecture or county keeps its full name: 黔西南布依族苗族自治州委, not 黔西南州委
        return r.name() + "委";
    }

    /** The level word of 依法治X for a region: 区, 市, 县, 省, 州, 旗, 街, 镇, 乡. */
    static char ruleOfLawLevel(Region r) {
        String n = r.name();
        if (n.endsWith("街道")) return '街';
        if (n.endsWith("自治区")) return '区';
        return n.charAt(n.length() - 1);
    }

    /** The short name a city goes by (绵阳 for 绵阳市), or its full name when it has none. */
    static String shortName(Region r) {
        if (r.division() == null || r.division().shortNames().isEmpty()) return r.name();
        return r.division().shortNames().get(0);
    }

    /** Whether a region's name answers a deictic level word: 区 → 武侯区 or 广西壮族自治区, 街道 → 玉林街道. */
    static boolean answers(Region r, String levelWord) {
        String n = r.name();
        return switch (levelWord) {
            case "街", "街道" -> n.endsWith("街道");
            case "自治区", "自治州" -> n.endsWith(levelWord);
            case "" -> r.division() != null;
            default -> n.endsWith(levelWord) && !(levelWord.equals("区") && n.endsWith("林区"));
        };
    }

    /** The gazetteer names in a string, left to right, longest first at each position (成都市武侯区 → 成都市, 武侯区). */
    List<String> divisionNames(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            String found = null;
            for (int len = Math.min(longestName, s.length() - i); len >= 2 && found == null; len--) {
                String candidate = s.substring(i, i + len);
                if (gazetteer.byName(candidate).stream().anyMatch(d -> d.name().equals(candidate))) found = candidate;
            }
            if (found == null) {
                i++;
            } else {
                out.add(found);
                i += found.length();
            }
        }
        return out;
    }

    /** The full (or former) division name a string starts with, or null (成都市武侯区司法局 → 成都市). */
    String leadingDivisionName(String s) {
        for (int len = Math.min(longestName, s.length()); len >= 2; len--) {
            String candidate = s.substring(0, len);
            if (gazetteer.byName(candidate).stream().anyMatch(d -> d.name().equals(candidate))
                    || gazetteer.formerNameOf(candidate).isPresent()) return candidate;
        }
        return null;
    }

    /** The division of a name that best fits the regions already known (nearest first); null if none. */
    Division choose(String name, List<Region> known, boolean fullNameOnly) {
        List<Division> candidates = gazetteer.byName(name).stream()
                .filter(d -> !fullNameOnly || d.name().equals(name) || gazetteer.formerNameOf(name).isPresent()).toList();
        if (candidates.isEmpty()) return null;
        if (candidates.size() == 1) return candidates.get(0);
        Division best = null;
        int bestScore = -1;
        for (Division d : candidates) {
            int score = 0;
            for (int k = 0; k < known.size(); k++) {
                Division k2 = known.get(k).division();
                if (k2 == null) continue;
                if (k2.code().equals(d.code())) score += 100;
                else if (gazetteer.within(d, k2) || gazetteer.within(k2, d)) score += 10;
                else if (sameProvince(d, k2)) score += 1;
            }
            if (d.level() == Level.PROVINCE || d.level() == Level.CITY) score += 2; // 吉林, 海南: the bigger place
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    boolean sameProvince(Division a, Division b) {
        return province(a).code().equals(province(b).code());
    }

    Division province(Division d) {
        List<Division> lineage = gazetteer.lineage(d);
        return lineage.get(lineage.size() - 1);
    }

    /** The prefecture-level division a division lies in (itself for a city or municipality), or null. */
    Division city(Division d) {
        for (Division x : gazetteer.lineage(d)) {
            if (x.level() == Level.CITY || x.isMunicipality()) return x;
        }
        return null;
    }
}
