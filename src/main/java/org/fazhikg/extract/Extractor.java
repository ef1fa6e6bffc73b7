package org.fazhikg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fazhikg.Document;
import org.fazhikg.gazetteer.Gazetteer;

/**
 * Finds regions, government bodies, mechanisms, policy documents, metrics and first claims in a
 * report. The only user of HanLP. Build one per process (dictionaries load once, in the
 * constructor); {@link #extract} is safe to call from many threads, each gets its own segmenter.
 *
 * <pre>
 * Extractor extractor = new Extractor(Gazetteer.load());
 * Extraction found = extractor.extract(document);
 * found.mentions().forEach(m -&gt; System.out.println(m.kind() + " " + m.text()));
 * </pre>
 */
public final class Extractor {
    /** One character in this many differing from its simplified form marks a text written in traditional ones. */
    private static final int TRADITIONAL_SHARE = 10;
    private final DynamicCustomDictionary dictionary;
    private final ThreadLocal<Segment> segments;
    private final RegionRecognizer regions;
    private final BodyRecognizer bodies;
    private final MechanismRecognizer mechanisms;
    private final DocumentRecognizer documents;
    private final MetricRecognizer metrics;
    private final FirstRecognizer firsts;

    public Extractor(Gazetteer gazetteer) {
        this.dictionary = new DynamicCustomDictionary();
        for (String name : gazetteer.names()) dictionary.insert(name, "ns 1000");
        this.segments = ThreadLocal.withInitial(() -> HanLP.newSegment()
                .enableCustomDictionary(dictionary)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableOffset(true));
        this.regions = new RegionRecognizer(gazetteer);
        this.bodies = new BodyRecognizer(gazetteer);
        this.mechanisms = new MechanismRecognizer();
        this.documents = new DocumentRecognizer();
        this.metrics = new MetricRecognizer();
        this.firsts = new FirstRecognizer();
    }

    public Extraction extract(Document document) {
        String text = simplified(document.text());
        List<Sentence> sentences = Sentences.split(text);
        Analysis analysis = new Analysis(text, sentences, tokens(text), document.metadata());
        List<Mention> found = new ArrayList<>();
        found.addAll(regions.find(analysis));
        found.addAll(bodies.find(analysis));
        found.addAll(mechanisms.find(analysis));
        found.addAll(documents.find(analysis));
        found.addAll(metrics.find(analysis));
        found.addAll(firsts.find(analysis));
        List<Mention> placed = found.stream().map(m -> place(m, analysis))
                .sorted(Comparator.comparingInt(Mention::start).thenComparing(Mention::kind).thenComparingInt(Mention::end))
                .toList();
        return new Extraction(document.withText(text), sentences, placed);
    }

    /**
     * The report in simplified characters. A report already written in them is kept as it is: the
     * converter also maps characters that simplified place names keep (乾县, 於潜镇, 曾厝垵), so only a
     * text where it changes a sizeable share of the characters is taken to be in traditional ones.
     */
    static String simplified(String text) {
        String converted = HanLP.convertToSimplifiedChinese(text);
        int han = 0;
        int changed = 0;
        for (int i = 0; i < Math.min(text.length(), converted.length()); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HAN) continue;
            han++;
            if (text.charAt(i) != converted.charAt(i)) changed++;
        }
        return changed * TRADITIONAL_SHARE > han ? converted : text;
    }

    private List<Token> tokens(String text) {
        List<Term> terms = segments.get().seg(text);
        List<Token> out = new ArrayList<>(terms.size());
        for (Term t : terms) out.add(new Token(t.word, t.nature == null ? "" : t.nature.toString(), t.offset));
        return out;
    }

    private static Mention place(Mention m, Analysis analysis) {
        Sentence s = analysis.sentenceAt(m.start());
        return s == null ? m.placed(-1, Section.OTHER) : m.placed(s.index(), s.section());
    }
}
