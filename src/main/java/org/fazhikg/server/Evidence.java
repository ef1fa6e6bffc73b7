package org.fazhikg.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.fazhikg.rdf.FZ;

/**
 * One sentence of a report that mentions a resource, with where the mention sits in it. The
 * mention is placed by its offsets when the graph gives the sentence's own offset
 * ({@code fz:inSentence} / {@code fz:startOffset}) and they agree with the text, else by searching the mention text in
 * the sentence; when neither works the sentence is shown without a highlight.
 *
 * @param mention        the fz:Mention resource
 * @param sentence       the whole sentence
 * @param highlightStart start of the mention in {@code sentence}, -1 when it could not be placed
 * @param highlightEnd   end (exclusive) of the mention in {@code sentence}
 * @param report         the report it comes from, or null
 * @param section        the report section, or null
 * @param offset         the mention's offset in the report, for ordering (Integer.MAX_VALUE if unknown)
 */
record Evidence(Resource mention, String sentence, int highlightStart, int highlightEnd,
                Resource report, Resource section, int offset) {

    static final Comparator<Evidence> ORDER = Comparator
            .comparing((Evidence e) -> e.report == null ? "" : e.report.getURI())
            .thenComparingInt(Evidence::offset)
            .thenComparing(e -> e.mention.toString());

    String before() {
        return highlightStart < 0 ? sentence : sentence.substring(0, highlightStart);
    }

    String highlighted() {
        return highlightStart < 0 ? "" : sentence.substring(highlightStart, highlightEnd);
    }

    String after() {
        return highlightStart < 0 ? "" : sentence.substring(highlightEnd);
    }

    /**
     * The mentions behind {@code r}: what it is {@code fz:mentionedIn} or {@code prov:wasDerivedFrom},
     * what {@code fz:mentions} it, and {@code r} itself when it is a mention; only those with a sentence.
     */
    static Set<Resource> mentionsOf(Model model, Resource r) {
        Set<Resource> found = new LinkedHashSet<>();
        if (model.contains(r, FZ.sentenceText)) found.add(r);
        for (Property p : List.of(FZ.mentionedIn, GraphTerms.wasDerivedFrom))
            model.listObjectsOfProperty(r, p).forEachRemaining(o -> { if (o.isResource()) found.add(o.asResource()); });
        model.listSubjectsWithProperty(FZ.mentions, r).forEachRemaining(found::add);
        found.removeIf(m -> !model.contains(m, FZ.sentenceText));
        return found;
    }

    /** The evidence for {@code r}, in report and offset order. */
    static List<Evidence> of(Model model, Resource r) {
        List<Evidence> all = new ArrayList<>();
        for (Resource m : mentionsOf(model, r)) all.add(read(model, m));
        all.sort(ORDER);
        return all;
    }

    private static Evidence read(Model model, Resource m) {
        String sentence = string(model, m, FZ.sentenceText).orElse("");
        String text = string(model, m, FZ.mentionText).orElse("");
        int start = integer(model, m, FZ.startOffset).orElse(-1);
        int end = integer(model, m, FZ.endOffset).orElse(-1);
        int at = -1;
        Optional<Integer> sentenceStart = resource(model, m, FZ.inSentence).flatMap(sentence0 -> integer(model, sentence0, FZ.startOffset));
        if (sentenceStart.isPresent() && start >= 0 && end > start) {
            int local = start - sentenceStart.get();
            if (local >= 0 && local + (end - start) <= sentence.length()
                    && (text.isEmpty() || sentence.startsWith(text, local))) {
                at = local;
                text = sentence.substring(local, local + (end - start));
            }
        }
        if (at < 0 && !text.isEmpty()) at = sentence.indexOf(text);
        Resource report = resource(model, m, FZ.inReport).orElse(null);
        Resource section = resource(model, m, FZ.section).orElse(null);
        return new Evidence(m, sentence, at, at < 0 ? -1 : at + text.length(), report, section,
                start < 0 ? Integer.MAX_VALUE : start);
    }

    private static Optional<String> string(Model model, Resource r, Property p) {
        Statement s = model.getProperty(r, p);
        return s != null && s.getObject().isLiteral() ? Optional.of(s.getString()) : Optional.empty();
    }

    private static Optional<Integer> integer(Model model, Resource r, Property p) {
        Statement s = model.getProperty(r, p);
        if (s == null || !s.getObject().isLiteral()) return Optional.empty();
        try {
            return Optional.of(Integer.parseInt(s.getLiteral().getLexicalForm().strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Resource> resource(Model model, Resource r, Property p) {
        Statement s = model.getProperty(r, p);
        RDFNode o = s == null ? null : s.getObject();
        return o != null && o.isURIResource() ? Optional.of(o.asResource()) : Optional.empty();
    }
}
