package org.fazhikg.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.fazhikg.UserException;
import org.fazhikg.store.GraphStore;

/**
 * The downloadable forms of the dataset, shared by the server's {@code /dumps/} and
 * {@code /.well-known/void} and by the {@code export} command: the whole graph in an RDF syntax,
 * three CSV tables (entities, mentions, observations) and the VoID / DCAT description. Each call
 * reads the store in one read transaction and writes as it reads where the format allows.
 *
 * <pre>
 * try (OutputStream out = Files.newOutputStream(Path.of("mentions.csv"))) {
 *     DatasetExport.writeTable(store, "mentions", out);
 * }
 * DatasetExport.writeDump(store, "nquads", System.out);
 * Model voidDescription = DatasetExport.describe(store, "https://fazhi-kg.org/");
 * </pre>
 */
public final class DatasetExport {
    /** The CSV tables, by name. */
    public static final List<String> TABLES = List.of("entities", "mentions", "observations");
    /** The RDF syntaxes of {@link #writeDump}, by {@code format=} name. */
    public static final List<String> DUMP_FORMATS = List.of("turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml");

    private static final Map<String, String> TABLE_QUERIES = Map.of(
            "entities", TableQueries.ENTITIES, "mentions", TableQueries.MENTIONS, "observations", TableQueries.OBSERVATIONS);

    private DatasetExport() {}

    /**
     * Writes the whole dataset: with graph names in N-Quads and TriG, as the union of all graphs
     * (each triple once) in Turtle, N-Triples, JSON-LD and RDF/XML.
     *
     * @param format one of {@link #DUMP_FORMATS}
     */
    public static void writeDump(GraphStore store, String format, OutputStream out) {
        Format f = dumpFormat(format);
        store.read(ds -> {
            if (f == Format.NQUADS || f == Format.TRIG) f.writeStreaming(ds.asDatasetGraph(), out);
            else f.writeStreaming(ds.getUnionModel().getGraph(), out);
            return null;
        });
    }

    /**
     * Writes one CSV table (UTF-8, header row, rows sorted): {@code entities} (regions, bodies,
     * mechanisms, documents, indicators with labels and mention counts), {@code mentions} (one row
     * per mention and what it mentions, with offsets and sentence) or {@code observations}
     * (indicator values with region, year, unit and source sentence).
     *
     * @param table one of {@link #TABLES}
     */
    public static void writeTable(GraphStore store, String table, OutputStream out) {
        String query = TABLE_QUERIES.get(table);
        if (query == null)
            throw new UserException("unknown table '" + table + "'; tables: " + String.join(", ", TABLES));
        store.read(ds -> {
            writeCsv(ds, query, out);
            return null;
        });
    }

    /** The VoID and DCAT description of the dataset, with the dump and endpoint URLs under {@code baseIri}. */
    public static Model describe(GraphStore store, String baseIri) {
        return VoidDescription.build(store, baseIri);
    }

    /** The description of {@link #describe} in Turtle. */
    public static void writeDescription(GraphStore store, String baseIri, OutputStream out) {
        Format.TURTLE.writePretty(describe(store, baseIri).getGraph(), out);
    }

    static Format dumpFormat(String name) {
        if (name == null || !DUMP_FORMATS.contains(name))
            throw new UserException("unknown dump format '" + name + "'; formats: " + String.join(", ", DUMP_FORMATS));
        return Format.byName(name, Format.concat(Format.GRAPHS, Format.DATASETS)).orElseThrow();
    }

    /** The file name of a dump in {@code /dumps/}, e.g. fazhi-kg.ttl. */
    static String dumpFileName(Format f) {
        return "fazhi-kg." + f.extension();
    }

    private static void writeCsv(Dataset ds, String query, OutputStream out) {
        try (QueryExecution exec = QueryExecution.dataset(ds).query(query).build()) {
            ResultSet rows = exec.execSelect();
            List<String> columns = rows.getResultVars();
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new))
                    .setRecordSeparator("\n").get().print(writer);
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                for (String column : columns) csv.print(cell(row.get(column)));
                csv.println();
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(RDFNode node) {
        if (node == null) return "";
        if (node.isLiteral()) return node.asLiteral().getLexicalForm();
        return node.isAnon() ? "_:" + node.asResource().getId().getLabelString() : node.asResource().getURI();
    }
}
