package org.fazhikg.extract;

import java.util.ArrayList;
import java.util.List;
import org.fazhikg.gazetteer.Gazetteer;

/**
 * Finds the government bodies a report names, by the grammar of agency names ({@link AgencyGrammar}):
 * 成都市司法局, 区住建局, 省委依法治省办, 我局, 法院, 武侯商事调解中心 … Each mention's name is a template
 * with the region left to the linker ({区}司法局, {}法院, {本机关}党组); its category is the body type
 * (bureau, committee, centre, court, procuratorate, party_body, mediation_org, association, enterprise,
 * school, other). An enumeration sharing a head (市、区两级法院) gives one mention per body on the same span.
 */
final class BodyRecognizer {
    private final RegionFinder finder;
    private final AgencyGrammar grammar;

    BodyRecognizer(Gazetteer gazetteer) {
        AgencyVocabulary words = new AgencyVocabulary();
        this.finder = new RegionFinder(gazetteer, words);
        this.grammar = new AgencyGrammar(words, finder);
    }

    List<Mention> find(Analysis analysis) {
        String text = analysis.text();
        RegionTokens tokens = new RegionTokens(text, analysis.tokens());
        RegionTokens words = finder.plainWords(text);
        boolean[] inTitle = RegionFinder.titleMask(text);
        List<Mention> out = new ArrayList<>();
        for (AgencyGrammar.Found body : grammar.find(text, words, finder.places(text, tokens, words), inTitle)) {
            for (String name : body.names()) {
                out.add(Mention.of(Kind.ORGANIZATION, body.start(), body.end(), text.substring(body.start(), body.end()), name, body.type()));
            }
        }
        return out;
    }
}
