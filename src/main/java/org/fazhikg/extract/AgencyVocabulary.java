package org.fazhikg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of the body-name grammar, from data/vocab: head words (body-heads.tsv), departments and
 * their short forms (departments.tsv), central bodies (national-bodies.tsv), and the words around
 * names (body-words.tsv). Immutable once built.
 */
final class AgencyVocabulary {
    /** How a head word makes a body; see body-heads.tsv. */
    enum Rule { NAMED, PLACED, LOCAL, SUB, DEPARTMENT, NATIONAL, PARTY }

    /**
     * A word that ends a body name.
     *
     * @param text      the word as written (住建局)
     * @param canonical its expanded form (住房和城乡建设局)
     */
    record Head(String text, String canonical, String type, Rule rule) {}

    /** Levels a 依法治X committee can name: the X of 依法治区, 依法治市 … */
    static final String RULE_OF_LAW_LEVELS = "区市县省州旗盟街镇乡";
    /** The topics of the coordination groups under a 全面依法治X委员会. */
    static final List<String> RULE_OF_LAW_GROUPS = List.of("立法", "执法", "司法", "守法普法", "普法", "规范性文件",
            "法治督察", "法治政府建设", "行政执法", "公共法律服务");

    private final Map<String, Head> heads = new HashMap<>();
    private final int longestHead;
    private final Set<String> boundaries = new HashSet<>();
    private final Set<String> plurals = new HashSet<>();
    private final Set<String> generics = new HashSet<>();
    private final Set<String> types = new HashSet<>();
    private final Set<String> leads = new HashSet<>();

    AgencyVocabulary() {
        for (VocabFile.Row row : VocabFile.read("body-heads.tsv", 3)) {
            Rule rule = switch (row.column(2)) {
                case "named" -> Rule.NAMED;
                case "placed" -> Rule.PLACED;
                case "local" -> Rule.LOCAL;
                case "sub" -> Rule.SUB;
                default -> throw row.error("unknown rule '" + row.column(2) + "', expected named, placed, local or sub");
            };
            put(new Head(row.column(0), row.column(3).isEmpty() ? row.column(0) : row.column(3), checkedType(row), rule), row);
        }
        for (VocabFile.Row row : VocabFile.read("departments.tsv", 2)) {
            String canonical = row.column(0);
            String type = checkedType(row);
            Rule rule = row.column(3).equals("委") ? Rule.PARTY : Rule.DEPARTMENT;
            put(new Head(canonical, canonical, type, rule), row);
            for (String alias : aliases(row)) put(new Head(alias, canonical, type, rule), row);
            if (canonical.endsWith("局") && rule == Rule.DEPARTMENT) {
                // 区规划资源分局, 公安分局: a district branch of the city's bureau
                String stem = canonical.substring(0, canonical.length() - 1);
                put(new Head(stem + "分局", stem + "分局", type, Rule.DEPARTMENT), row);
                for (String alias : aliases(row)) {
                    if (alias.endsWith("局")) put(new Head(alias.substring(0, alias.length() - 1) + "分局", stem + "分局", type, Rule.DEPARTMENT), row);
                }
            }
        }
        for (VocabFile.Row row : VocabFile.read("national-bodies.tsv", 2)) {
            String canonical = row.column(0);
            String type = checkedType(row);
            heads.put(canonical, new Head(canonical, canonical, type, Rule.NATIONAL));
            for (String alias : aliases(row)) heads.put(alias, new Head(alias, canonical, type, Rule.NATIONAL));
        }
        for (char level : RULE_OF_LAW_LEVELS.toCharArray()) {
            String x = "依法治" + level;
            String committee = "全面" + x + "委员会";
            for (String form : List.of(x + "委员会", "全面" + x + "委员会", x + "委", "全面" + x + "委"))
                heads.put(form, new Head(form, committee, "committee", Rule.PARTY));
            for (String form : List.of(x + "办", "全面" + x + "办", x + "办公室", x + "委员会办公室", "全面" + x + "委员会办公室", x + "委办"))
                heads.put(form, new Head(form, committee + "办公室", "committee", Rule.PARTY));
        }
        for (VocabFile.Row row : VocabFile.read("body-words.tsv", 2)) {
            String word = row.column(0);
            switch (row.column(1)) {
                case "boundary" -> boundaries.add(word);
                case "plural" -> plurals.add(word);
                case "generic" -> generics.add(word);
                case "type" -> types.add(word);
                case "lead" -> leads.add(word);
                default -> throw row.error("unknown role '" + row.column(1) + "', expected boundary, lead, plural, generic or type");
            }
        }
        Set<String> stripped = new HashSet<>();
        for (String type : types) stripped.add(withoutGenericWords(type));
        types.addAll(stripped);
        this.longestHead = heads.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    private void put(Head head, VocabFile.Row row) {
        Head old = heads.get(head.text());
        if (old != null && !old.canonical().equals(head.canonical()))
            throw row.error("'" + head.text() + "' already names " + old.canonical());
        if (old == null || old.rule() != Rule.DEPARTMENT) heads.put(head.text(), head);
    }

    private static List<String> aliases(VocabFile.Row row) {
        String column = row.column(2);
        return column.isEmpty() ? List.of() : List.of(column.split("[,，]"));
    }

    private static String checkedType(VocabFile.Row row) {
        String type = row.column(1);
        if (!List.of("bureau", "committee", "centre", "court", "procuratorate", "party_body", "mediation_org",
                "association", "enterprise", "school", "other").contains(type))
            throw row.error("unknown body type '" + type + "', expected bureau, committee, centre, court, procuratorate, "
                    + "party_body, mediation_org, association, enterprise, school or other");
        return type;
    }

    /** The longest head word starting at {@code start}, or null. */
    Head headAt(String text, int start) {
        for (int len = Math.min(longestHead, text.length() - start); len >= 1; len--) {
            Head h = heads.get(text.substring(start, start + len));
            if (h != null) return h;
        }
        return null;
    }

    /** The head word ending at {@code end} that starts leftmost, or null. */
    Head headEndingAt(String text, int end) {
        for (int len = Math.min(longestHead, end); len >= 1; len--) {
            Head h = heads.get(text.substring(end - len, end));
            if (h != null) return h;
        }
        return null;
    }

    Head head(String text) {
        return heads.get(text);
    }

    boolean isBoundary(String word) { return boundaries.contains(word); }

    boolean isPlural(String word) { return plurals.contains(word); }

    boolean isLead(String word) { return leads.contains(word); }

    /** The longest boundary or plural word ending at {@code end}, or null. */
    String boundaryEndingAt(String text, int end) {
        for (int len = Math.min(4, end); len >= 1; len--) {
            String w = text.substring(end - len, end);
            if (boundaries.contains(w) || plurals.contains(w)) return w;
        }
        return null;
    }

    /** The longest boundary word starting at {@code start}, or null. */
    String boundaryAt(String text, int start) {
        for (int len = Math.min(4, text.length() - start); len >= 1; len--) {
            String w = text.substring(start, start + len);
            if (boundaries.contains(w)) return w;
        }
        return null;
    }

    /**
     * Whether a name without region is only a type of body (人民调解委员会, 街道司法所, 园区公法中心):
     * what is left after removing generic words is a type, or has fewer than two characters before its head.
     */
    boolean isGenericName(String name, String head) {
        String rest = withoutGenericWords(name);
        if (rest.isEmpty() || types.contains(rest) || types.contains(name)) return true;
        String strippedHead = withoutGenericWords(head);
        return rest.endsWith(strippedHead) && rest.length() - strippedHead.length() < 2;
    }

    private String withoutGenericWords(String name) {
        String rest = name;
        boolean changed = true;
        while (changed && !rest.isEmpty()) {
            changed = false;
            for (String g : generics) {
                if (g.length() >= 2 && rest.contains(g) && !rest.equals(g)) {
                    rest = rest.replace(g, "");
                    changed = true;
                } else if (rest.startsWith(g) && rest.length() > g.length()) {
                    rest = rest.substring(g.length());
                    changed = true;
                }
            }
        }
        return rest;
    }
}
