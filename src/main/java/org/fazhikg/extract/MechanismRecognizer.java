package org.fazhikg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the mechanisms a report names: quoted terms (“一网通办”, 行政执法“三项制度”), unquoted names
 * built on a head noun (证明事项告知承诺制, 行政执法案卷评查活动) and well-known names written without
 * quotes (枫桥经验, 关键少数). Each mention carries its canonical name (quote marks, leading region
 * word and 新 removed, variants unified by data/vocab/mechanism-aliases.tsv) and its kind: initiative
 * or slogan. Every occurrence is returned, in text order.
 */
final class MechanismRecognizer {
    private static final Pattern BODY_AFTER = Pattern.compile("工作室|中心|办公室|委员会|工作站|服务站|窗口|小组|室|站");
    private final MechanismVocabulary vocabulary;
    private final MechanismQuotes quotes;
    private final MechanismPhrases phrases;

    MechanismRecognizer() {
        this.vocabulary = MechanismVocabulary.load();
        MechanismGrammar grammar = MechanismGrammar.load();
        MechanismNames names = new MechanismNames(vocabulary, grammar);
        this.quotes = new MechanismQuotes(grammar, names, vocabulary);
        this.phrases = new MechanismPhrases(grammar, names);
    }

    List<Mention> find(Analysis analysis) {
        MechanismText t = MechanismText.of(analysis);
        List<Mention> found = new ArrayList<>(quotes.find(t));
        for (Mention m : phrases.find(t)) {
            if (found.stream().noneMatch(f -> overlap(f, m))) found.add(m);
        }
        for (MechanismVocabulary.BareMatch b : vocabulary.findBare(t.text())) {
            if (t.insideQuoteOrTitle(b.start()) || t.insideQuoteOrTitle(b.end() - 1)) continue;
            // 诉调对接工作室 names a body, not the mechanism.
            if (BODY_AFTER.matcher(t.text()).region(b.end(), t.text().length()).lookingAt()) continue;
            String mention = t.text().substring(b.start(), b.end());
            Mention m = Mention.of(Kind.MECHANISM, b.start(), b.end(), mention, b.entry().canonical(), b.entry().kind());
            // A longer name around a bare variant (行政执法三项制度 inside 落实行政执法三项制度) is kept as found.
            if (found.stream().noneMatch(f -> overlap(f, m))) found.add(m);
        }
        found.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return List.copyOf(found);
    }

    private static boolean overlap(Mention a, Mention b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
