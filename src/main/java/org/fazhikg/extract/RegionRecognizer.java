package org.fazhikg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fazhikg.gazetteer.Gazetteer;

/**
 * Finds the regions a report names or implies: gazetteer divisions (深圳市, 深圳, 黔西南州),
 * subdistricts and communities (南华西街道, 坪环社区), deictic words (我区, 全市, 省、市、区) and the
 * deictic prefixes of bodies (区 in 区委, 省 in 省司法厅). Mentions carry the division's full name when
 * the form names one (else the text), deixis as {区}/{市}/{省}…, and a level hint as category;
 * the linker resolves them against the report's region.
 */
final class RegionRecognizer {
    private final RegionFinder finder;
    private final AgencyGrammar grammar;

    RegionRecognizer(Gazetteer gazetteer) {
        AgencyVocabulary words = new AgencyVocabulary();
        this.finder = new RegionFinder(gazetteer, words);
        this.grammar = new AgencyGrammar(words, finder);
    }

    /**
     * Whether a place is a bare city name right before 局 (督察广州局, 铁路监督管理局上海局): a national body's
     * dispatched bureau named after its seat, not evidence of the city; 成都市局 names the city's own bureau.
     */
    private static boolean dispatchedBureau(String text, RegionPlace p) {
        String name = p.text();
        return p.form() == RegionPlace.Form.SHORT && text.startsWith("局", p.end())
                && !(name.length() >= 3 && (name.endsWith("州") || name.endsWith("盟"))); // 黔西南州局 is the prefecture's
    }

    /**
     * Whether a short name is the first part of a zone's or an anonymised body's name (济源示范区, 南昌高新区,
     * 山东某律师事务所): README leaves development and pilot zones out, and 某 hides a firm, not a place the report is about.
     */
    private boolean insideZoneOrAnonymisedName(String text, RegionPlace p) {
        return p.form() == RegionPlace.Form.SHORT && (text.startsWith("某", p.end()) || finder.zoneWordAt(text, p.end()));
    }

    List<Mention> find(Analysis analysis) {
        String text = analysis.text();
        RegionTokens tokens = new RegionTokens(text, analysis.tokens());
        RegionTokens words = finder.plainWords(text);
        boolean[] inTitle = RegionFinder.titleMask(text);
        List<RegionPlace> places = finder.places(text, tokens, words);
        List<RegionPlace> all = new ArrayList<>(places);
        for (RegionPlace d : finder.deixis(text, inTitle)) {
            if (places.stream().noneMatch(p -> p.start() < d.end() && d.start() < p.end())) all.add(d);
        }
        for (AgencyGrammar.Found body : grammar.find(text, words, places, inTitle)) all.addAll(body.deixis());
        all.removeIf(p -> dispatchedBureau(text, p) || insideZoneOrAnonymisedName(text, p));
        all.sort(Comparator.comparingInt(RegionPlace::start).thenComparingInt(RegionPlace::end));
        Set<String> seen = new HashSet<>();
        List<Mention> out = new ArrayList<>();
        for (RegionPlace p : all) {
            if (!seen.add(p.form() == RegionPlace.Form.DEIXIS ? p.start() + ":deixis" : p.start() + ":" + p.end())) continue;
            out.add(Mention.of(Kind.REGION, p.start(), p.end(), p.text(), p.name(), p.level()));
        }
        return out;
    }
}
