package org.fazhikg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The knowledge graph in Apache Jena TDB2: one named graph per report, the ontology in its own
 * graph, queries over the union of all graphs. The only place that knows about transactions.
 *
 * <pre>
 * try (GraphStore store = GraphStore.open(Path.of("store"))) {
 *     store.replaceReport("https://fazhi-kg.org/graph/report/x", model);
 *     long n = store.read(ds -&gt; ds.getUnionModel().size());
 * }
 * </pre>
 */
public final class GraphStore implements AutoCloseable {
    private final Dataset dataset;

    private GraphStore(Dataset dataset) {
        this.dataset = dataset;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    public static GraphStore open(Path dir) {
        return new GraphStore(TDB2Factory.connectDataset(dir.toString()));
    }

    /** An in-memory TDB2 store that behaves like one on disk (for tests). */
    public static GraphStore inMemory() {
        return new GraphStore(TDB2Factory.createDataset());
    }

    /** Runs {@code action} in a read transaction; queries see the union of all graphs as default graph. */
    public <T> T read(Function<Dataset, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    /** Replaces the named graph {@code graphIri} with {@code graph} in one write transaction. */
    public void replaceGraph(String graphIri, Model graph) {
        Txn.executeWrite(dataset, () -> dataset.replaceNamedModel(graphIri, graph));
    }

    @Override
    public void close() {
        dataset.close();
    }

    /**
     * When the data last changed on disk: the newest file of the TDB2 directory, leaving out the
     * lock file written on every open. Empty for an in-memory store.
     */
    public Optional<Instant> lastModified() {
        Location location = DatabaseMgr.location(dataset.asDatasetGraph());
        if (location == null || location.isMem()) return Optional.empty();
        try (Stream<Path> files = Files.walk(Path.of(location.getDirectoryPath()))) {
            return files.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().equals("tdb.lock"))
                    .map(f -> {
                        try {
                            return Files.getLastModifiedTime(f).toInstant();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .max(Comparator.naturalOrder());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the store directory " + location.getDirectoryPath(), e);
        }
    }
}
