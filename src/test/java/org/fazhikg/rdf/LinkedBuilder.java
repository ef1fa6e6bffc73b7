package org.fazhikg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhikg.Document;
import org.fazhikg.ReportMetadata;
import org.fazhikg.extract.Extraction;
import org.fazhikg.extract.Kind;
import org.fazhikg.extract.Mention;
import org.fazhikg.extract.Section;
import org.fazhikg.extract.Sentence;
import org.fazhikg.link.Entity;
import org.fazhikg.link.Linked;
import org.fazhikg.link.Resolved;

/**
 * Builds a {@link Linked} by hand from a report text in the test resources, so the RDF tests do
 * not depend on the extractor or linker: sentences are split at 。；！？ and line ends, top-level
 * headings (一、 二、 …) open the sections given, and each mention is found by its text and
 * occurrence, so no offset is counted by hand.
 */
final class LinkedBuilder {
    private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern SENTENCE = Pattern.compile("[^。；！？\\n]+[。；！？]?");

    private final Document document;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Resolved> mentions = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();

    LinkedBuilder(String id, String resource, ReportMetadata metadata, Section... headings) {
        this.document = new Document(id, id + ".txt", metadata, read(resource));
        split(headings);
    }

    private void split(Section... headings) {
        Deque<Section> next = new ArrayDeque<>(List.of(headings));
        Section section = Section.OTHER;
        String text = document.text();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            if (HEADING.matcher(text.substring(lineStart, lineEnd)).find()) section = next.removeFirst();
            Matcher m = SENTENCE.matcher(text).region(lineStart, lineEnd);
            while (m.find()) sentences.add(new Sentence(sentences.size(), m.start(), m.end(), section));
            lineStart = lineEnd + 1;
        }
        if (!next.isEmpty()) throw new IllegalStateException(document.id() + ": fewer headings than sections " + List.of(headings));
    }

    Entity region(String key, String label, String level, String parentKey, String code) {
        return add(new Entity(Kind.REGION, key, label, level, parentKey, null, code));
    }

    Entity body(String key, String type, String regionKey, String parentKey) {
        return add(new Entity(Kind.ORGANIZATION, key, key, type, regionKey, parentKey, null));
    }

    Entity mechanism(String key, String kind) {
        return add(new Entity(Kind.MECHANISM, key, key, kind, null, null, null));
    }

    Entity document(String title, String kind) {
        return add(new Entity(Kind.DOCUMENT, title, title, kind, null, null, null));
    }

    private Entity add(Entity e) {
        entities.add(e);
        return e;
    }

    /** The {@code occurrence}-th (from 1) span {@code text} names {@code entity}. */
    LinkedBuilder mention(String text, int occurrence, Entity entity) {
        mentions.add(new Resolved(place(Mention.of(entity.kind(), offset(text, occurrence), offset(text, occurrence) + text.length(),
                text, entity.label(), entity.category())), entity.label(), entity.key()));
        return this;
    }

    LinkedBuilder metric(String text, int occurrence, String subject, String value, String unit, String indicator) {
        int start = offset(text, occurrence);
        Mention m = Mention.of(Kind.METRIC, start, start + text.length(), text, subject, indicator)
                .withMeasure(new BigDecimal(value), unit);
        mentions.add(new Resolved(place(m), subject, null));
        return this;
    }

    LinkedBuilder first(String text, int occurrence, String what, String scope) {
        int start = offset(text, occurrence);
        Mention m = Mention.of(Kind.FIRST, start, start + text.length(), text, what, null).withScope(scope);
        mentions.add(new Resolved(place(m), what, null));
        return this;
    }

    Linked linked(Entity issuer, Entity issuerRegion, Integer year) {
        List<Resolved> sorted = mentions.stream().sorted(Comparator.comparingInt((Resolved r) -> r.mention().start())
                .thenComparing(r -> r.mention().kind()).thenComparingInt(r -> r.mention().end())).toList();
        List<Entity> distinct = entities.stream().distinct()
                .sorted(Comparator.comparing(Entity::kind).thenComparing(Entity::key)).toList();
        Extraction extraction = new Extraction(document, sentences, sorted.stream().map(Resolved::mention).toList());
        return new Linked(extraction, issuer, issuerRegion, year, sorted, distinct);
    }

    private Mention place(Mention m) {
        Sentence s = sentences.stream().filter(x -> x.contains(m.start())).findFirst()
                .orElseThrow(() -> new IllegalStateException(document.id() + ": no sentence at offset " + m.start()));
        return m.placed(s.index(), s.section());
    }

    private int offset(String text, int occurrence) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = document.text().indexOf(text, at + 1);
            if (at < 0) throw new IllegalArgumentException(document.id() + ": occurrence " + occurrence + " of '" + text + "' not found");
        }
        return at;
    }

    private static String read(String resource) {
        try (InputStream in = LinkedBuilder.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("test resource missing: " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
