package org.fazhikg.extract;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The kind of a policy document (法律, 条例, 办法, 意见, 方案 …) told by the head word of its title,
 * from data/vocab/document-kinds.tsv, with national laws (data/vocab/national-laws.txt and every
 * 中华人民共和国…法) recognised as 法律.
 *
 * <pre>
 * DocumentKinds kinds = DocumentKinds.load();
 * kinds.kindOf("湖北省人民政府重大行政决策程序规定(试行)");   // "规定"
 * kinds.kindOf("民法典");                                   // "法律"
 * </pre>
 */
final class DocumentKinds {
    static final String LAW = "法律";
    /** Notes after the head word that do not change the kind: (试行) (草案) (2020年版) 〔2021〕5号. */
    private static final Pattern TRAILING_NOTES = Pattern.compile(
            "(?:\\s*(?:[(（][^()（）]{0,20}[)）]|〔[^〕]*〕\\S*号|第[一二三四五六七八九十]+[号次]))+$");
    /** Endings in 法 that are not laws: 办法 is its own kind, 做法/方法/说法 are not documents of law. */
    private static final Pattern NOT_A_LAW = Pattern.compile(".*(?:办法|做法|方法|说法|看法|想法|用法|手法|技法|写法|疗法)$");

    private final List<Map.Entry<String, String>> headsLongestFirst;
    private final Set<String> nationalLaws;

    private DocumentKinds(Map<String, String> kindByHead, Set<String> nationalLaws) {
        this.headsLongestFirst = kindByHead.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()))
                .toList();
        this.nationalLaws = Set.copyOf(nationalLaws);
    }

    static DocumentKinds load() {
        Map<String, String> kindByHead = new LinkedHashMap<>();
        for (VocabFile.Row row : MechanismVocabulary.rows("document-kinds.tsv", 2, 2)) {
            if (kindByHead.putIfAbsent(row.column(0), row.column(1)) != null) {
                throw row.error("head word '" + row.column(0) + "' is listed twice");
            }
        }
        Set<String> laws = MechanismVocabulary.rows("national-laws.txt", 1, 1).stream()
                .map(r -> r.column(0)).collect(Collectors.toSet());
        return new DocumentKinds(kindByHead, laws);
    }

    /** The kind of the document with this title (without 《》), or null when the head word is unknown. */
    String kindOf(String title) {
        String core = TRAILING_NOTES.matcher(title.strip()).replaceAll("");
        String unprefixed = core.startsWith("中华人民共和国") ? core.substring("中华人民共和国".length()) : core;
        if (nationalLaws.contains(unprefixed)) return LAW;
        if (core.startsWith("中华人民共和国") && core.endsWith("法")) return LAW;
        for (Map.Entry<String, String> e : headsLongestFirst) {
            if (!core.endsWith(e.getKey())) continue;
            if (e.getValue().equals(LAW) && NOT_A_LAW.matcher(core).matches()) continue;
            return e.getValue();
        }
        return null;
    }
}
