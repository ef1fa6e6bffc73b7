package org.fazhikg.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.fazhikg.UserException;
import org.fazhikg.rdf.FZ;
import org.fazhikg.rdf.Iris;

/**
 * The knowledge graph on disk (Apache Jena TDB2): one named graph per report, one for the
 * ontology, and queries over their union as the default graph. The only place that knows about
 * TDB2 and transactions: every write is one transaction, every read runs inside one. Safe to share
 * between threads (TDB2 serialises writers and lets readers run alongside); open one store per
 * directory per process and share it, since closing it releases the directory for everyone.
 *
 * <pre>
 * try (GraphStore store = GraphStore.open(Path.of("target/kg"))) {
 *     store.putOntology(RdfMapper.ontology());
 *     store.replaceReport("000_x", mapper.toRdf(linked));
 *     store.query("SELECT * { ?s a fz:Report }", ResultFormat.TABLE, System.out);
 * }
 * </pre>
 */
public final class GraphStore implements AutoCloseable {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final Dataset dataset;
    private final DatasetGraph dsg;
    private final Iris iris;
    private final boolean onDisk;

    private GraphStore(Dataset dataset, Iris iris, boolean onDisk) {
        this.dataset = dataset;
        this.dsg = dataset.asDatasetGraph();
        this.iris = Objects.requireNonNull(iris, "iris");
        this.onDisk = onDisk;
        // queries see every named graph (reports and ontology) as one default graph
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens the TDB2 database in {@code dir}, creating the directory and database if missing.
     *
     * @throws UserException when {@code dir} is a file, a directory of other files (not a TDB2
     *                       database), or a database another process holds open
     */
    public static GraphStore open(Path dir) {
        return open(dir, Iris.DEFAULT);
    }

    /** As {@link #open(Path)}, naming graphs under {@code iris}' base. */
    public static GraphStore open(Path dir, Iris iris) {
        if (Files.exists(dir) && !Files.isDirectory(dir))
            throw new UserException("database location " + dir + " is a file; give a directory (it is created if missing)");
        StoreDirectory.requireDatabaseOrEmpty(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create database directory " + dir, e);
        }
        try {
            return new GraphStore(TDB2Factory.connectDataset(Location.create(dir)), iris, true);
        } catch (DBOpEnvException | TDBException e) {
            throw StoreDirectory.cannotOpen(dir, e);
        }
    }

    /** An in-memory TDB2 database that behaves as one on disk; for tests and one-off runs. */
    public static GraphStore inMemory() {
        return inMemory(Iris.DEFAULT);
    }

    public static GraphStore inMemory(Iris iris) {
        return new GraphStore(TDB2Factory.createDataset(), iris, false);
    }

    /**
     * Replaces the named graph of report {@code reportId} by {@code graph} in one write
     * transaction: running it twice leaves the same store, and a failure midway (even while
     * reading {@code graph}) leaves the report's previous graph and every other report as they were.
     */
    public void replaceReport(String reportId, Model graph) {
        if (reportId == null || reportId.isBlank()) throw new IllegalArgumentException("report id must not be blank");
        replaceGraph(NodeFactory.createURI(iris.reportGraph(reportId)), graph);
    }

    /** Removes the named graph of report {@code reportId}; false when there was none. */
    public boolean removeReport(String reportId) {
        Node name = NodeFactory.createURI(iris.reportGraph(reportId));
        return Txn.calculateWrite(dsg, () -> {
            boolean present = dsg.contains(name, Node.ANY, Node.ANY, Node.ANY);
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            return present;
        });
    }

    /** Replaces the ontology graph by {@code ontology} (usually {@code RdfMapper.ontology()}). */
    public void putOntology(Model ontology) {
        replaceGraph(NodeFactory.createURI(iris.ontologyGraph()), ontology);
    }

    private void replaceGraph(Node name, Model graph) {
        Objects.requireNonNull(graph, "graph");
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            graph.getGraph().find().forEach(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            graph.getNsPrefixMap().forEach(dsg.prefixes()::add);
        });
    }

    /** The ids of the reports stored, sorted. */
    public List<String> reportIds() {
        return Txn.calculateRead(dsg, () -> Iter.toList(dsg.listGraphNodes()).stream()
                .filter(Node::isURI)
                .flatMap(n -> iris.reportIdOfGraph(n.getURI()).stream())
                .sorted().toList());
    }

    /** Runs {@code sparql} with the {@linkplain #DEFAULT_TIMEOUT default timeout}; see {@link #query(String, ResultFormat, Duration, OutputStream)}. */
    public String query(String sparql, ResultFormat format, OutputStream out) {
        return query(sparql, format, DEFAULT_TIMEOUT, out);
    }

    /**
     * Runs {@code sparql} over the union of all graphs in a read transaction and writes the
     * results to {@code out} in {@code format}; returns their media type. Prefixes declared in the
     * store (fz:, skos: …) shorten IRIs in table output and may be used by the query undeclared.
     *
     * @throws BadQueryException on a syntax error (with the parser's first line), a format that
     *                           does not fit the query form, or when {@code timeout} runs out
     */
    public String query(String sparql, ResultFormat format, Duration timeout, OutputStream out) {
        Objects.requireNonNull(format, "format");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        return Txn.calculateRead(dsg, () -> QueryRunner.run(dataset, sparql,
                PrefixMapping.Factory.create().setNsPrefixes(prefixes()), format, timeout, out));
    }

    /**
     * Runs {@code action} on the dataset inside a read transaction, for callers (the server) that
     * run their own queries; the default graph is the union of all graphs. Whatever {@code action}
     * returns must not be read after the transaction (copy results out, do not return iterators).
     */
    public <T> T read(Function<Dataset, T> action) {
        return Txn.calculateRead(dsg, () -> action.apply(dataset));
    }

    /**
     * Writes the store: triple formats the union graph (ontology included), quad formats every
     * named graph, one graph after the other in the order of their names.
     */
    public void export(ExportFormat format, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            if (!format.quads()) {
                RDFDataMgr.write(out, unionGraph(), format.rdfFormat());
                return;
            }
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.rdfFormat());
            stream.start();
            prefixes().forEach(stream::prefix);
            Iter.toList(dsg.listGraphNodes()).stream().sorted(Comparator.comparing(Node::toString))
                    .forEach(g -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad));
            stream.finish();
        });
    }

    /** The store's prefixes, sorted so that written output does not depend on hashing. */
    private Map<String, String> prefixes() {
        return new TreeMap<>(dsg.prefixes().getMapping());
    }

    /** Validates the union graph against {@code shapes} (usually {@code RdfMapper.shapes()}). */
    public Validation validate(Graph shapes) {
        return Txn.calculateRead(dsg, () -> {
            ValidationReport report = ShaclValidator.get().validate(shapes, dsg.getUnionGraph());
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            ShLib.printReport(text, report);
            return new Validation(report.conforms(), report.getEntries().size(), text.toString(StandardCharsets.UTF_8));
        });
    }

    /** Counts of what the store holds. */
    public Stats stats() {
        return Txn.calculateRead(dsg, () -> {
            Node ontology = NodeFactory.createURI(iris.ontologyGraph());
            Map<String, Set<Node>> byClass = new HashMap<>();
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getGraph().equals(ontology) || !q.getObject().isURI() || !q.getObject().getURI().startsWith(FZ.NS)) return;
                byClass.computeIfAbsent(FZ.PREFIX + ":" + q.getObject().getLocalName(), k -> new HashSet<>()).add(q.getSubject());
            });
            SortedMap<String, Long> counts = new TreeMap<>();
            byClass.forEach((c, subjects) -> counts.put(c, (long) subjects.size()));
            long reports = Iter.toList(dsg.listGraphNodes()).stream()
                    .filter(n -> n.isURI() && iris.reportIdOfGraph(n.getURI()).isPresent()).count();
            return new Stats(reports, Iter.count(unionGraph().find()), Iter.count(dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)), counts);
        });
    }

    /**
     * The union of the named graphs carrying the store's prefixes for writers; TDB2's own union
     * view has none, and giving it some would be a write.
     */
    private Graph unionGraph() {
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(prefixes());
        return new WrappedGraph(dsg.getUnionGraph()) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return prefixes;
            }
        };
    }

    /**
     * When the data last changed on disk: the newest file of the TDB2 directory, leaving out the
     * lock file written on every open; empty for an in-memory store. (For the VoID description.)
     */
    /**
     * Reclaims the space earlier versions of replaced graphs still hold on disk: TDB2 writes
     * copy-on-write, so every replaced report leaves its old pages behind until compaction.
     */
    public void compact() {
        if (onDisk) DatabaseMgr.compact(dsg, true);
    }

    public Optional<Instant> lastModified() {
        if (!onDisk) return Optional.empty();
        Path dir = Path.of(DatabaseMgr.location(dsg).getDirectoryPath());
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().equals("tdb.lock"))
                    .map(GraphStore::modified).max(Comparator.naturalOrder());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the database directory " + dir, e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the modification time of " + file, e);
        }
    }

    @Override
    public void close() {
        // releasing the location lets another process (or a later open in this one) use it
        if (onDisk) TDBInternal.expel(dsg);
        else dataset.close();
    }

    /**
     * The outcome of {@link #validate}.
     *
     * @param conforms   whether the graph satisfies every shape
     * @param violations number of validation results
     * @param report     the SHACL report, one block per result, readable as text
     */
    public record Validation(boolean conforms, int violations, String report) {}

    /**
     * What {@link #stats} counted.
     *
     * @param reports         number of report graphs
     * @param triples         distinct triples of the union graph (ontology included)
     * @param quads           quads of all named graphs
     * @param entitiesByClass distinct subjects typed with each fz: class in the report graphs, by prefixed name
     */
    public record Stats(long reports, long triples, long quads, SortedMap<String, Long> entitiesByClass) {
        public Stats {
            entitiesByClass = Collections.unmodifiableSortedMap(new TreeMap<>(entitiesByClass));
        }
    }
}
