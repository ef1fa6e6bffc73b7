package org.fazhikg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhikg.extract.AgencyVocabulary.Head;

/** Finds what can stand before a body's name (see {@link AgencyPrefix}) at a position of the text. */
final class AgencyPrefixes {
    private static final Pattern ISSUER_WORD = Pattern.compile("(?<!自)[我本](局|厅|委|办|院|中心)(?![长里面势部])|我街道|(?<![\\p{IsHan}&&[^和及、与为将对经由向在召开组织实强范]])[局厅]"
            + "(?=机关|党组|党委|党支部|理论学习中心组|机关党委|办公室|[\\p{IsHan}]{2,6}[处科](?![理置罚分级员学技研普室]))"
            // after a verb too (充实局依法行政工作领导小组, 制定局党组…), but not the 局 of 格局, 大局, 当局, 邮局
            + "|(?<![格布大当开结全时僵骗饭出变残赌邮分总药])[局厅](?=党组|党委|党支部|理论学习中心组|[\\p{IsHan}]{2,8}领导小组)"
            // a ministry speaking of itself: 我部, 部机关, 部党组, 部法规司 (not 干部, 全部, 内部, 部署, 部门)
            // a subdistrict office named bare beside its party body: 街道党工委、办事处
            + "|(?<=[、和与及])办事处(?![主副])"
            + "|(?<!自)我部(?![长里分门署位队])|(?<![\\p{IsHan}&&[^和及、与为将对经由向在召开组织]])部(?=机关|党组|[\\p{IsHan}]{2,6}司(?![法机令]))");
    private static final Pattern DEICTIC_LIST = Pattern.compile("[省市区县](?:、[省市区县])+(?:[两三四]级)?|[省市区县][市区县]{1,2}(?=[两三四]级)");
    private static final Pattern LEVEL_SPAN = Pattern.compile("(?:乡镇|街道|社区|乡|镇|村|组)+[两三四五]级");
    /** Functional zones that prefix bodies (高新区管委会), longest first, with their full form. */
    private static final List<Map.Entry<String, String>> ZONES = List.of(
            Map.entry("高新技术产业开发区", "高新技术产业开发区"), Map.entry("经济技术开发区", "经济技术开发区"),
            Map.entry("高新区", "高新技术产业开发区"), Map.entry("经开区", "经济技术开发区"));
    private static final Pattern TOWNSHIP_BODY = Pattern.compile("党委|人民政府|政府|人大|纪委|司法所|派出所|综治中心|综合行政执法");

    private final AgencyVocabulary vocab;
    private final RegionFinder regions;

    AgencyPrefixes(AgencyVocabulary vocab, RegionFinder regions) {
        this.vocab = vocab;
        this.regions = regions;
    }

    AgencyPrefix at(AgencyText ctx, int p) {
        String text = ctx.text();
        boolean communist = false;
        int start = p;
        for (String party : List.of("中国共产党", "中共")) {
            if (text.startsWith(party, p) && ctx.placeAt().containsKey(p + party.length())
                    && ctx.placeAt().get(p + party.length()).form() == RegionPlace.Form.FULL) {
                communist = true;
                p += party.length();
                break;
            }
        }
        RegionPlace place = ctx.placeAt().get(p);
        if (place != null) {
            switch (place.form()) {
                case FULL -> {
                    RegionPlace last = place;
                    for (RegionPlace next = ctx.placeAt().get(last.end()); next != null && next.form() == RegionPlace.Form.FULL;
                         next = ctx.placeAt().get(last.end())) last = next;
                    // 北京市西城区德胜街道办事处: the subdistrict's own body, written out with its district and city
                    RegionPlace below = ctx.placeAt().get(last.end());
                    if (below != null && below.form() == RegionPlace.Form.SUBDISTRICT && !communist)
                        return new AgencyPrefix(start, below.end(), AgencyPrefix.Kind.LOCALITY, List.of(below.name()), List.of(), false);
                    return new AgencyPrefix(start, last.end(), AgencyPrefix.Kind.REGION, List.of(last.name()), List.of(), communist);
                }
                case SHORT -> {
                    // 黔西南州, 恩施州: the customary short name of an autonomous division names its bodies as the
                    // full name does (黔西南州人民政府); other short forms are part of a proper name (深圳监狱)
                    // (苏州, 杭州: the 州 of a two-character name is part of it, not the level word)
                    boolean customary = place.text().length() >= 3 && (place.text().endsWith("州") || place.text().endsWith("盟"));
                    if (customary && !place.name().equals(place.text()))
                        return new AgencyPrefix(p, place.end(), AgencyPrefix.Kind.REGION, List.of(place.name()), List.of(), false);
                    return new AgencyPrefix(p, place.end(), AgencyPrefix.Kind.SHORT, List.of(place.text()), List.of(), false);
                }
                case SUBDISTRICT -> {
                    // 组织街道工委…: a verb before the level word is no place name; the level word is the issuer's
                    String level = place.text().endsWith("街道") ? "街道" : place.text().substring(place.text().length() - 1);
                    int stemEnd = place.end() - level.length();
                    String verb = vocab.boundaryEndingAt(text, stemEnd);
                    if (verb != null && verb.length() == stemEnd - p) {
                        RegionPlace d = RegionFinder.deictic(stemEnd, place.end(), text, level);
                        return new AgencyPrefix(stemEnd, place.end(), AgencyPrefix.Kind.DEIXIS, List.of(d.name()), List.of(d), false);
                    }
                    return new AgencyPrefix(p, place.end(), AgencyPrefix.Kind.LOCALITY, List.of(place.name()), List.of(), false);
                }
                default -> { return null; }
            }
        }
        Matcher issuer = ISSUER_WORD.matcher(text).region(p, Math.min(text.length(), p + 3)).useTransparentBounds(true);
        if (issuer.lookingAt() && !ctx.inTitle()[p]) {
            int end = issuer.end();
            if (text.startsWith("机关", end) && !text.startsWith("机关党", end)) end += 2;
            return new AgencyPrefix(p, end, AgencyPrefix.Kind.ISSUER, List.of("{本机关}"), List.of(), false);
        }
        for (Map.Entry<String, String> zone : ZONES) {
            if (text.startsWith(zone.getKey(), p) && (p == 0 || !AgencyText.isHan(text.charAt(p - 1)) || ctx.tokens().startsAt(p)))
                return new AgencyPrefix(p, p + zone.getKey().length(), AgencyPrefix.Kind.ZONE, List.of("{市简}" + zone.getValue()), List.of(), false);
        }
        AgencyPrefix township = townshipPrefix(ctx, p);
        if (township != null) return township;
        if (text.startsWith("自治区", p) || text.startsWith("自治州", p)) {
            String level = text.substring(p, p + 3);
            RegionPlace d = RegionFinder.deictic(p, p + 3, text, level);
            return new AgencyPrefix(p, p + 3, AgencyPrefix.Kind.DEIXIS, List.of(d.name()), List.of(d), false);
        }
        if (!regions.deicticPrefixAt(text, p)) return null;
        Head word = vocab.headAt(text, p);
        if (word != null && word.text().length() > 1) return null; // 市场监管局, 市民服务中心: no 市 prefix
        // 县乡村三级调解组织, 县乡两级政府: the bodies of several levels together, no one body
        if (LEVEL_SPAN.matcher(text).region(p + 1, text.length()).lookingAt()) return null;
        Matcher list = DEICTIC_LIST.matcher(text).region(p, Math.min(text.length(), p + 9)).useTransparentBounds(true);
        if (list.lookingAt()) {
            List<RegionPlace> deixis = new ArrayList<>();
            for (int k = p; k < list.end(); k++) {
                char c = text.charAt(k);
                if ("省市区县".indexOf(c) >= 0) deixis.add(RegionFinder.deictic(k, k + 1, text, String.valueOf(c)));
            }
            if (deixis.size() > 1) {
                return new AgencyPrefix(p, list.end(), AgencyPrefix.Kind.DEIXIS, deixis.stream().map(RegionPlace::name).toList(), deixis, false);
            }
        }
        RegionPlace d = RegionFinder.deictic(p, p + 1, text, String.valueOf(text.charAt(p)));
        int end = text.startsWith("级", p + 1) ? p + 2 : p + 1;
        return new AgencyPrefix(p, end, AgencyPrefix.Kind.DEIXIS, List.of(d.name()), List.of(d), false);
    }

    /**
     * 街道 in 街道党工委 and 镇/乡 in 镇政府, 乡党委: the issuing subdistrict or township. In a district's
     * report they name no body (every 街道 has one) and the linker drops them.
     */
    private AgencyPrefix townshipPrefix(AgencyText ctx, int p) {
        String text = ctx.text();
        if (p > 0 && AgencyText.isHan(text.charAt(p - 1)) && !ctx.tokens().startsAt(p) || ctx.inPlace()[p]) return null;
        if (p > 0 && "各全本该我每乡镇城村集".indexOf(text.charAt(p - 1)) >= 0) return null;
        String level = null;
        if (text.startsWith("街道", p)) level = "街道";
        else if ((text.charAt(p) == '镇' || text.charAt(p) == '乡') && (TOWNSHIP_BODY.matcher(text).region(p + 1, text.length()).lookingAt()
                || ctx.tokens().aligned(p, p + 1) || ctx.tokens().aligned(p, p + 2) && text.startsWith("级", p + 1)))
            level = String.valueOf(text.charAt(p));
        if (level == null) return null;
        RegionPlace d = RegionFinder.deictic(p, p + level.length(), text, level);
        // 镇级互联网法律服务中心: the township's own
        int end = p + level.length() + (text.startsWith("级", p + level.length()) ? 1 : 0);
        return new AgencyPrefix(p, end, AgencyPrefix.Kind.DEIXIS, List.of(d.name()), List.of(d), false);
    }

    /** The full region names listed right before a prefix, separated by 、 (南宁市、柳州市、 before 桂林市). */
    List<RegionPlace> sharedRegions(AgencyText ctx, int prefixStart) {
        List<RegionPlace> out = new ArrayList<>();
        int k = prefixStart;
        while (k > 1 && ctx.text().charAt(k - 1) == '、') {
            RegionPlace before = ctx.placeEndingAt(k - 1);
            if (before == null || before.form() != RegionPlace.Form.FULL) break;
            out.add(0, before);
            k = before.start();
        }
        return out;
    }
}
