package org.fazhikg.gazetteer;

import java.util.List;

/**
 * One administrative division of the gazetteer.
 *
 * @param code       NBS division code: 2 digits for a province, 4 for a city, 6 for a county-level unit
 * @param name       full name (成都市, 广西壮族自治区, 武侯区)
 * @param level      province, city, district or county
 * @param parentCode code of the enclosing division, or null for a province
 * @param shortNames short forms that name it in running text (成都, 广西, 黔西南州), without the full name
 */
public record Division(String code, String name, Level level, String parentCode, List<String> shortNames) {
    public Division {
        shortNames = List.copyOf(shortNames);
    }

    public boolean isMunicipality() {
        return level == Level.PROVINCE && name.endsWith("市");
    }
}
