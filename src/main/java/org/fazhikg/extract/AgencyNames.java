package org.fazhikg.extract;

import java.util.List;
import java.util.Map;
import org.fazhikg.extract.AgencyVocabulary.Head;
import org.fazhikg.extract.AgencyVocabulary.Rule;

/**
 * Builds a body's name template from its prefix and segments: heads in their canonical form (住建局 →
 * 住房和城乡建设局, 政府 → 人民政府), 委 where a party department needs it (区政法委 → {区}委政法委), the
 * issuing region as {} for bare departments and courts, and the customary long forms (管委会 →
 * 管理委员会). Also the body type, from the last head.
 */
final class AgencyNames {
    /** Short forms inside names and their customary long forms, applied in this order. */
    private static final List<Map.Entry<String, String>> NAME_FORMS = List.of(
            Map.entry("管委会", "管理委员会"), Map.entry("高新区", "高新技术产业开发区"), Map.entry("经开区", "经济技术开发区"),
            Map.entry("人民代表大会常务委员会", "人大常委会"), Map.entry("中院", "中级人民法院"), Map.entry("高院", "高级人民法院"),
            Map.entry("法工委", "法制工作委员会"));

    private AgencyNames() {}

    /** The name template of a body: {@code template} is the prefix's region part, null without prefix. */
    static String name(String template, AgencyPrefix prefix, List<AgencySegment> segments) {
        StringBuilder sb = new StringBuilder();
        if (template != null) sb.append(template);
        boolean partyOpen = !segments.isEmpty() && segments.get(0).head().text().matches("委|委员会") && segments.get(0).head().canonical().equals("委");
        for (int k = 0; k < segments.size(); k++) {
            AgencySegment s = segments.get(k);
            Head head = s.head();
            String canonical = head.canonical();
            boolean first = k == 0 || k == 1 && partyOpen;
            if (first && s.modifier().isEmpty() && head.rule() == Rule.PARTY && !canonical.equals("委")) {
                if (!partyOpen && prefix != null && (prefix.kind() == AgencyPrefix.Kind.REGION || prefix.kind() == AgencyPrefix.Kind.DEIXIS)) sb.append('委');
                else if (prefix == null) sb.append(canonical.contains("依法治") ? "{" + ruleOfLawLevel(canonical) + "}委" : "{}委");
            } else if (k == 0 && s.modifier().isEmpty() && prefix == null
                    && (head.rule() == Rule.LOCAL || head.rule() == Rule.DEPARTMENT)) {
                sb.append("{}");
            }
            sb.append(s.modifier());
            if (canonical.equals("仲裁委员会") && k == 0 && s.modifier().isEmpty() && (prefix == null || prefix.kind() == AgencyPrefix.Kind.DEIXIS)) {
                sb.setLength(0);
                sb.append("{市简}"); // 绵阳仲裁委员会: arbitration commissions carry the city's short name
            }
            if (head.text().equals("政府")) canonical = "人民政府";
            else if (head.text().equals("人大")) canonical = "人大常委会";
            else if (head.text().equals("中心组") || head.text().equals("理论学习中心组")) canonical = "理论学习中心组";
            sb.append(canonical);
        }
        String name = sb.toString().replace("“", "").replace("”", "").replace("\"", "");
        for (Map.Entry<String, String> form : NAME_FORMS) {
            if (!name.contains(form.getValue())) name = name.replace(form.getKey(), form.getValue());
        }
        return name;
    }

    private static char ruleOfLawLevel(String canonical) {
        int k = canonical.indexOf("依法治");
        return canonical.charAt(k + 3);
    }

    /** The body type, from the last head: 区司法局党支部 is a party_body. */
    static String type(List<AgencySegment> segments) {
        AgencySegment last = segments.get(segments.size() - 1);
        return last.head().type();
    }

    /** The type a first-person word implies: 我局 a bureau, 我委 a committee, 我街道 (its office) other. */
    static String issuerType(String word) {
        if (word.contains("委")) return "committee";
        if (word.contains("中心")) return "centre";
        if (word.contains("街道")) return "other";
        return "bureau";
    }
}
