package org.fazhikg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhikg.extract.MetricScanner.Measure;

/**
 * Finds metrics: a measured number of the reporting period with the subject it counts
 * (受理行政复议案件622件 → subject 受理行政复议案件, 622 件). Numbers in next year's plans and in
 * targets (力争…, 不少于…) are left out. Coordinated subjects sharing one figure (参考率、优秀率均为100%;
 * A、B各3次) give one metric each; an elliptical figure (…43宗,审结34宗) takes its object from the
 * figure before it. The indicator is named when it is a common one (data/vocab/indicators.tsv).
 *
 * <pre>
 * List&lt;Mention&gt; metrics = new MetricRecognizer().find(analysis);
 * </pre>
 */
final class MetricRecognizer {
    /**
     * Words of a target rather than a result. A bare 不低于 / 不少于 / 不超过 states a fact of the period
     * (权重不低于5%); after 应 / 须 / 要 it is a requirement (每年应不少于40学时).
     */
    private static final Pattern TARGET = Pattern.compile(
            "力争|争取|预计|拟于|拟将|计划于|目标是|目标为|确保|(?:应|须|要)当?(?:不少于|不低于|不超过|不得)");
    private static final String COORDINATION = "、和及与";
    /**
     * A numbered name explained after 即 (“721”工作法，即70%的问题…; “1+3+N”模式，即1个中心…): its figures belong to
     * the name, up to the end of the clause that explains it.
     */
    private static final Pattern NAME_EXPLAINED = Pattern.compile("“[^”]{0,12}[0-9０-９一二三四五六七八九十+＋][^”]{0,12}”[^，,。；;“]{0,8}[，,：:]?即");
    /** Lines of the web page around a report (浏览次数：356次), not of the report. */
    private static final Pattern PAGE_COUNTER = Pattern.compile("(?:浏览|阅读|点击|访问)(?:次数|量|数)?[\\s\\u00a0]*[:：]");
    private static final int MAX_SHARED = 8;
    private static final List<String> WORDS_OF_CONJUNCTIONS = List.of("及时", "和解", "和谐", "与会");

    private final MetricVocabulary vocabulary;
    private final MetricScanner scanner;

    MetricRecognizer() {
        this(MetricVocabulary.load());
    }

    MetricRecognizer(MetricVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.scanner = new MetricScanner(vocabulary);
    }

    List<Mention> find(Analysis analysis) {
        String text = analysis.text();
        boolean[] quoted = Sentences.quoted(text);
        List<Mention> out = new ArrayList<>();
        for (Sentence s : analysis.sentences()) {
            if (s.section() == Section.PLANS || PAGE_COUNTER.matcher(text.substring(s.start(), s.end())).find()) continue;
            Subject previous = null;
            int previousEnd = s.start();
            Matcher explained = NAME_EXPLAINED.matcher(text).region(s.start(), s.end());
            int explanationFrom = explained.find() ? explained.end() : s.end();
            int explanationEnd = explanationFrom < s.end() ? Sentences.clauseEnd(text, explanationFrom, s.end()) : s.end();
            List<Integer> counted = new ArrayList<>();
            for (Measure m : scanner.scan(text, s.start(), s.end(), quoted)) {
                if (m.start() >= explanationFrom && m.start() < explanationEnd) continue;
                Subject subject = subject(text, s, m, previousEnd, previous);
                previousEnd = Math.max(m.end(), subject == null ? 0 : subject.end());
                if (subject == null) continue;
                previous = subject;
                List<Mention> found = mentions(text, m, subject, text.substring(s.start(), Math.min(subject.start(), m.start())));
                int each = rateOfEach(text, s, m, subject, counted);
                for (int k = 0; k < each; k++) out.addAll(found);
                counted.add(m.start());
            }
        }
        return out;
    }

    /**
     * How many metrics one rate stands for: 办理建议218件、提案305件，办复率均为100% gives the rate of each of the
     * figures listed in the clause before (two); a rate without 均 / 都, or after a single figure, stands for one.
     */
    private static int rateOfEach(String text, Sentence s, Measure m, Subject subject, List<Integer> counted) {
        if (!subject.sharedBy().isEmpty() || !subject.name().endsWith("率")
                || !MetricSubjects.shared(text.substring(subject.start(), m.start()))) return 1;
        int clause = Sentences.clauseStart(text, s.start(), m.start());
        if (clause <= s.start()) return 1;
        int clauseBefore = Sentences.clauseStart(text, s.start(), clause - 1);
        long figures = counted.stream().filter(at -> at >= clauseBefore && at < clause).count();
        return figures >= 2 && figures <= MAX_SHARED ? (int) figures : 1;
    }

    /** The subject of one figure, or null when the figure is a target rather than a result. */
    private Subject subject(String text, Sentence s, Measure m, int previousEnd, Subject previous) {
        int clause = Sentences.clauseStart(text, s.start(), m.start());
        if (TARGET.matcher(text.substring(clause, m.start())).find()) return null;
        int begin = Math.min(m.start(), Math.max(clause, previousEnd));
        while (begin < m.start() && "、和及与,，".indexOf(text.charAt(begin)) >= 0) begin++;
        int subjectEnd = m.start();
        if (begin < m.start() && (text.charAt(begin) == ')' || text.charAt(begin) == '）')) {
            // 办理案件（含刑事案件98件）265件: the subject stands before the brackets
            int open = Math.max(text.lastIndexOf('(', begin), text.lastIndexOf('（', begin));
            if (open > clause) {
                subjectEnd = open;
                begin = clause;
            }
        }
        int from = begin + MetricSubjects.leading(text.substring(begin, subjectEnd));
        String before = text.substring(from, subjectEnd);
        boolean shared = MetricSubjects.shared(before);
        String name = MetricSubjects.withoutTail(before);
        int start = name.isEmpty() ? m.start() : from;
        int end = m.end();
        if (m.label() != null) return new Subject(s.start(), start, end, MetricSubjects.plain(name) + m.label(), List.of());
        List<Part> parts = shared ? coordinated(text, from, subjectEnd) : List.of();
        int nounStart = MetricSubjects.nounStart(text, m.end());
        int nounEnd = MetricSubjects.nounEnd(text, m.end(), Sentences.clauseEnd(text, m.end(), s.end()));
        boolean sameSentence = previous != null && previous.sentenceStart() == s.start();
        if (nounEnd > m.end()) {
            name = name + text.substring(nounStart, nounEnd); // 成立14个小区物业调解室: the noun after is what is counted
            end = nounEnd;
        } else if (sameSentence && name.isEmpty()) {
            name = previous.name();                        // 发布信息70余期近400篇
            start = previous.start();
        } else if (sameSentence && MetricSubjects.isVerbOnly(name) && MetricSubjects.object(previous.name()) != null) {
            name = name + MetricSubjects.object(previous.name()); // 接收行政复议案件43宗,审结34宗
            start = previous.start();
        }
        return new Subject(s.start(), start, end, MetricSubjects.plain(name), parts.size() > 1 ? parts : List.of());
    }

    /**
     * One metric per subject sharing the figure; each spans from its own words to the figure
     * (学法考试参考率、优秀率均为100% and 优秀率均为100%), so that no two metrics share a span.
     */
    private List<Mention> mentions(String text, Measure m, Subject subject, String context) {
        List<Part> parts = subject.sharedBy().isEmpty() ? List.of(new Part(subject.start(), subject.name())) : subject.sharedBy();
        List<Mention> out = new ArrayList<>();
        for (Part part : parts) {
            // a later part of 参考率、优秀率均为100% reads the parts before it as context
            String partContext = parts.size() > 1 ? context + subject.name() : context;
            String category = vocabulary.indicatorOf(part.name(), m.unit(), partContext);
            int start = parts.size() > 1 ? part.start() : subject.start();
            out.add(Mention.of(Kind.METRIC, start, subject.end(), text.substring(start, subject.end()), part.name(), category)
                    .withMeasure(m.value(), m.unit()));
        }
        return out;
    }

    /** 参考率、优秀率均为 → [参考率, 优秀率] with their offsets; separators inside quotes (“双随机、一公开”) don't count. */
    private static List<Part> coordinated(String text, int from, int to) {
        boolean[] quoted = Sentences.quoted(text.substring(from, to));
        List<Part> out = new ArrayList<>();
        int partStart = from;
        for (int i = from; i <= to && out.size() < MAX_SHARED; i++) {
            if (i < to && (quoted[i - from] || COORDINATION.indexOf(text.charAt(i)) < 0 || wordOfConjunction(text, i))) continue;
            String name = MetricSubjects.plain(MetricSubjects.withoutTail(text.substring(partStart, i)));
            if (!name.isEmpty()) out.add(new Part(partStart, name));
            partStart = i + 1;
        }
        return ratesOnly(text, out, to);
    }

    /** Words that begin with a conjunction character (及时率, 和解率, 与会率): no separator. */
    private static boolean wordOfConjunction(String text, int i) {
        return WORDS_OF_CONJUNCTIONS.stream().anyMatch(w -> text.startsWith(w, i));
    }

    /**
     * Rates sharing a figure are each named by a rate (备案率、及时率均为100%); words that are none (报市政府 of
     * 报市政府和区人大常委会备案率) qualify the rate after them and join it.
     */
    private static List<Part> ratesOnly(String text, List<Part> parts, int to) {
        if (parts.isEmpty() || !parts.get(parts.size() - 1).name().endsWith("率")) return parts;
        List<Part> out = new ArrayList<>();
        int joined = -1;
        for (int k = 0; k < parts.size(); k++) {
            Part part = parts.get(k);
            int start = joined >= 0 ? joined : part.start();
            if (!part.name().endsWith("率") && k < parts.size() - 1) {
                joined = start;
                continue;
            }
            String name = joined >= 0 ? MetricSubjects.plain(MetricSubjects.withoutTail(
                    text.substring(start, k + 1 < parts.size() ? parts.get(k + 1).start() - 1 : to))) : part.name();
            out.add(new Part(start, name));
            joined = -1;
        }
        return out;
    }

    /** One of the subjects sharing a figure: where its words start, and its name. */
    private record Part(int start, String name) {}

    /** A metric's subject: its span [start, end) in the text, its name, and the subjects sharing its figure (各, 均为). */
    private record Subject(int sentenceStart, int start, int end, String name, List<Part> sharedBy) {}
}
