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
 * The dataset's tables and description, shared by the server ({@code /dumps/*.csv},
 * {@code /.well-known/void}) and the {@code export} command: three CSV tables (entities,
 * mentions, observations) and the VoID / DCAT description. RDF dumps are
 * {@code GraphStore.export}. Each call reads the store in one read transaction.
 *
 * <pre>
 * try (OutputStream out = Files.newOutputStream(Path.of("mentions.csv"))) {
 *     DatasetExport.writeTable(store, "mentions", out);
 * }
 * DatasetExport.writeDescription(store, "https://fazhi-kg.org/", System.out);   // Turtle
 * </pre>
 */
public final class DatasetExport {
    /** The CSV tables, by name. */
    public static final List<String> TABLES = List.of("entities", "mentions", "observations");

    private static final Map<String, String> TABLE_QUERIES = Map.of(
            "entities", TableQueries.ENTITIES, "mentions", TableQueries.MENTIONS, "observations", TableQueries.OBSERVATIONS);

    private DatasetExport() {}

    /**
     * Writes one CSV table (UTF-8, header row, rows sorted): {@code entities} (regions, bodies,
     * mechanisms, documents, indicators with labels, counts of mentions and reports, and of
     * observations for indicators), {@code mentions} (one row
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

    /**
     * The VoID and DCAT description of the dataset: counts, class and property partitions, named
     * graphs, licence, last change, and the dump and endpoint URLs under {@code baseIri} (which
     * the server maps to its root).
     */
    public static Model describe(GraphStore store, String baseIri) {
        return VoidDescription.build(store, baseIri);
    }

    /** The description of {@link #describe} in Turtle. */
    public static void writeDescription(GraphStore store, String baseIri, OutputStream out) {
        Format.TURTLE.writePretty(describe(store, baseIri).getGraph(), out);
    }

    private static void writeCsv(Dataset ds, String query, OutputStream out) {        try (QueryExecution exec = QueryExecution.dataset(ds).query(query).build()) {
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
