package org.fazhikg.extract;

import java.util.List;

/**
 * What stands before a body's name and places it: a region (成都市武侯区), a short form (武侯), a deictic
 * word (区, 区级, 市、区两级), a subdistrict (玉林街道), the issuer itself (局 in 局党组) or a zone (高新区).
 *
 * @param templates the region part of the name template, one per body in an enumeration
 * @param deixis    the deictic words, which name regions too
 * @param communist whether 中共 or 中国共产党 comes first (中共武侯区委员会 is the party committee)
 */
record AgencyPrefix(int start, int end, Kind kind, List<String> templates, List<RegionPlace> deixis, boolean communist) {
    enum Kind { REGION, SHORT, DEIXIS, LOCALITY, ISSUER, ZONE }

    boolean regional() {
        return kind == Kind.REGION || kind == Kind.DEIXIS;
    }
}
