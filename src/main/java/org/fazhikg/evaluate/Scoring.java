package org.fazhikg.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.fazhikg.extract.Kind;

/**
 * The scoring rules, per type, for one report: which predicted rows count, and when a predicted
 * row matches a gold item. A predicted item matches at most one gold item.
 */
final class Scoring {
    private static final Pattern QUOTES_BRACKETS_SPACE = Pattern.compile("[“”‘’\"'「」『』《》〈〉\\s\\u00a0\\u3000]");
    private static final Pattern LEADING_PARTY = Pattern.compile("^(中国共产党|中共)");

    private Scoring() {}

    /** Outcome for one type in one report. */
    record Outcome(List<MentionRow> matched, List<MentionRow> unexpected, List<GoldItem> missing) {}

    static String plain(String s) {
        return s == null ? "" : QUOTES_BRACKETS_SPACE.matcher(s).replaceAll("");
    }

    static String organization(String s) {
        return LEADING_PARTY.matcher(plain(s)).replaceFirst("").replace("人民政府", "政府");
    }

    /** Predicted rows that count as items: regions and documents once per canonical, bodies and mechanisms once per (mention, canonical). */
    static List<MentionRow> items(Kind type, List<MentionRow> rows) {
        Map<String, MentionRow> distinct = new LinkedHashMap<>();
        List<MentionRow> all = new ArrayList<>();
        for (MentionRow r : rows) {
            if (r.type() != type) continue;
            switch (type) {
                case REGION, DOCUMENT -> distinct.putIfAbsent(plain(r.canonical()), r);
                case ORGANIZATION, MECHANISM -> distinct.putIfAbsent(r.mention() + "\u0000" + r.canonical(), r);
                default -> all.add(r);
            }
        }
        return distinct.isEmpty() ? all : new ArrayList<>(distinct.values());
    }

    static Outcome score(Kind type, List<MentionRow> predicted, List<GoldItem> gold) {
        List<GoldItem> counted = new ArrayList<>();
        List<GoldItem> neutral = new ArrayList<>();
        for (GoldItem g : gold) {
            if (g.type() != type) continue;
            (type == Kind.MECHANISM && g.isSlogan() ? neutral : counted).add(g);
        }
        boolean[] used = new boolean[counted.size()];
        MentionRow[] pairedWith = new MentionRow[counted.size()];
        List<MentionRow> left = new ArrayList<>(predicted);
        // exact matches first, so that a loose match never takes an item another row matches exactly
        for (boolean exact : new boolean[] {true, false}) {
            List<MentionRow> stillLeft = new ArrayList<>();
            for (MentionRow p : left) {
                int hit = -1;
                for (int i = 0; i < counted.size() && hit < 0; i++)
                    if (!used[i] && matches(type, p, counted.get(i), exact)) hit = i;
                if (hit >= 0) {
                    used[hit] = true;
                    pairedWith[hit] = p;
                } else {
                    stillLeft.add(p);
                }
            }
            left = stillLeft;
        }
        List<MentionRow> unexpected = new ArrayList<>();
        for (MentionRow p : left) {
            boolean isNeutral = neutral.stream().anyMatch(g -> matches(type, p, g, false));
            if (!isNeutral) unexpected.add(p);
        }
        List<MentionRow> matched = new ArrayList<>();
        List<GoldItem> missing = new ArrayList<>();
        for (int i = 0; i < counted.size(); i++) {
            if (used[i]) matched.add(pairedWith[i]);
            else missing.add(counted.get(i));
        }
        return new Outcome(matched, unexpected, missing);
    }

    static boolean matches(Kind type, MentionRow p, GoldItem g, boolean exactOnly) {
        return switch (type) {
            case REGION, DOCUMENT -> plain(p.canonical()).equals(plain(g.canonical()));
            case ORGANIZATION -> organization(p.canonical()).equals(organization(g.canonical()));
            case MECHANISM -> mechanism(p, g, exactOnly);
            case METRIC -> p.value() != null && g.value() != null && p.value().compareTo(g.value()) == 0
                    && plain(p.unit()).equals(plain(g.unit()));
            case FIRST -> {
                String pm = plain(p.mention()), gm = plain(g.mention());
                yield !pm.isEmpty() && !gm.isEmpty() && (pm.contains(gm) || gm.contains(pm));
            }
        };
    }

    private static boolean mechanism(MentionRow p, GoldItem g, boolean exactOnly) {
        for (String a : new String[] {plain(p.canonical()), plain(p.mention())}) {
            for (String b : new String[] {plain(g.canonical()), plain(g.mention())}) {
                if (a.isEmpty() || b.isEmpty()) continue;
                if (a.equals(b)) return true;
                if (exactOnly) continue;
                String shorter = a.length() <= b.length() ? a : b;
                String longer = a.length() <= b.length() ? b : a;
                if (longer.contains(shorter) && shorter.length() * 2 >= longer.length()) return true;
            }
        }
        return false;
    }
}
