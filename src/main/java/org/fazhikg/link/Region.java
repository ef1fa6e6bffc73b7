package org.fazhikg.link;

import org.fazhikg.gazetteer.Division;

/**
 * A region as the linker knows it: a gazetteer division, or a subdistrict or community named in the
 * report and placed under its enclosing region.
 *
 * @param key       the division code, or the enclosing region's key + "/" + name
 * @param name      full name (武侯区, 玉林街道)
 * @param level     province, city, district, county, subdistrict or community
 * @param parentKey key of the enclosing region, null for a province
 * @param division  the gazetteer division, null for subdistricts and communities
 */
record Region(String key, String name, String level, String parentKey, Division division) {
    static Region of(Division d) {
        return new Region(d.code(), d.name(), d.level().id(), d.parentCode(), d);
    }

    static Region local(String name, String level, Region parent) {
        return new Region(parent.key() + "/" + name, name, level, parent.key(), null);
    }

    Entity entity() {
        return new Entity(org.fazhikg.extract.Kind.REGION, key, name, level, parentKey, null, division == null ? null : division.code());
    }
}
