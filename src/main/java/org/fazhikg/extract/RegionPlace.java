package org.fazhikg.extract;

/**
 * A span of text that names a region: a gazetteer name (full or short form), a subdistrict or
 * community named by pattern, or a deictic word (我区, 全市) or prefix (区 in 区委).
 *
 * @param name  the full division name when the form names exactly one name, else the text; for
 *              deixis the level word in braces ({区}, {市})
 * @param level level hint (province, city, district, county, subdistrict, community), null when unsure
 */
record RegionPlace(int start, int end, String text, Form form, String name, String level) {
    enum Form { FULL, SHORT, SUBDISTRICT, COMMUNITY, DEIXIS }

    boolean isDivision() {
        return form == Form.FULL || form == Form.SHORT;
    }
}
