package org.fazhikg;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Model;
import org.fazhikg.extract.Kind;
import org.fazhikg.ingest.Corpus;
import org.fazhikg.ingest.IngestException;
import org.fazhikg.link.Entity;
import org.fazhikg.link.Linked;
import org.fazhikg.store.GraphStore;

/**
 * Builds the knowledge graph of a corpus: workers read, extract, link and map reports to RDF in
 * parallel, and this thread alone writes each report's graph to the store, so at most a few
 * reports are in memory at once whatever the size of the corpus.
 *
 * <pre>
 * Build.Summary s = Build.run(Corpus.open(dir), pipeline, store, 2, line -&gt; {});
 * </pre>
 */
public final class Build {
    /** What a build did. */
    public record Summary(int reports, int mentions, Map<Kind, Integer> entitiesByKind, long triples,
                          List<String> skipped, double seconds) {
        public Summary {
            entitiesByKind = Map.copyOf(entitiesByKind);
            skipped = List.copyOf(skipped);
        }
    }

    /** Progress of a build: one report done (stored or skipped). */
    public record Step(String file, boolean skipped, String warning) {}

    private record Done(Corpus.Source source, Linked linked, Model graph, String warning) {}

    private Build() {}

    public static Summary run(Corpus corpus, Pipeline pipeline, GraphStore store, int workers, Consumer<Step> progress) {
        long t0 = System.nanoTime();
        store.putOntology(pipeline.ontology());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, workers));
        CompletionService<Done> done = new ExecutorCompletionService<>(pool);
        int reports = 0, mentions = 0;
        long triples = 0;
        List<String> skipped = new ArrayList<>();
        Map<Kind, Set<String>> entities = new EnumMap<>(Kind.class);
        try {
            List<Corpus.Source> sources = corpus.sources();
            int next = 0, inFlight = 0, window = Math.max(2, 2 * workers);
            while (next < sources.size() || inFlight > 0) {
                while (inFlight < window && next < sources.size()) {
                    Corpus.Source s = sources.get(next++);
                    done.submit(() -> analyse(corpus, s, pipeline));
                    inFlight++;
                }
                Done d = take(done);
                inFlight--;
                if (d.warning() != null) {
                    skipped.add(d.warning());
                    progress.accept(new Step(d.source().file(), true, d.warning()));
                    continue;
                }
                store.replaceReport(d.source().id(), d.graph());
                reports++;
                mentions += d.linked().mentions().size();
                triples += d.graph().size();
                for (Entity e : d.linked().entities()) entities.computeIfAbsent(e.kind(), k -> new HashSet<>()).add(e.key());
                progress.accept(new Step(d.source().file(), false, null));
            }
        } finally {
            pool.shutdownNow();
        }
        store.compact();
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        entities.forEach((k, v) -> counts.put(k, v.size()));
        return new Summary(reports, mentions, counts, triples, skipped, (System.nanoTime() - t0) / 1e9);
    }

    private static Done analyse(Corpus corpus, Corpus.Source source, Pipeline pipeline) {
        Document doc;
        try {
            doc = corpus.read(source);
        } catch (IngestException e) {
            return new Done(source, null, null, e.getMessage());
        }
        Linked linked = pipeline.analyse(doc);
        return new Done(source, linked, pipeline.toRdf(linked), null);
    }

    private static Done take(CompletionService<Done> done) {
        try {
            return done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }
}
