package org.fazhikg.store;

import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;

/** Parses a query, runs it and writes its results in a {@link ResultFormat}; the caller holds the read transaction. */
final class QueryRunner {
    private QueryRunner() {}

    /** Runs {@code sparql} on {@code dataset}, predeclaring {@code prefixes}; returns the media type written. */
    static String run(Dataset dataset, String sparql, PrefixMapping prefixes, ResultFormat format, Duration timeout, OutputStream out) {
        Query query = parse(sparql, prefixes);
        check(query, format);
        PrefixMapping shown = PrefixMapping.Factory.create().setNsPrefixes(prefixes).setNsPrefixes(query.getPrefixMapping());
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(query)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            return write(exec, query, format, shown, out);
        } catch (QueryCancelledException e) {
            throw new BadQueryException("query stopped after its timeout of " + timeout.toSeconds()
                    + " s; narrow it (LIMIT, VALUES) or allow more time");
        }
    }

    /** Parses with {@code prefixes} predeclared, so saved and typed queries may omit PREFIX lines. */
    static Query parse(String sparql, PrefixMapping prefixes) {
        Query query = new Query();
        query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(prefixes));
        try {
            return QueryFactory.parse(query, sparql, null, Syntax.syntaxARQ);
        } catch (QueryException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            // only the first line: Jena goes on to list every token it would have accepted
            throw new BadQueryException("SPARQL syntax error: " + message.lines().findFirst().orElse(message));
        }
    }

    /** Rejects a format that cannot carry the results of the query's form, before anything runs. */
    private static void check(Query query, ResultFormat format) {
        boolean graph = query.isConstructType() || query.isDescribeType();
        if (graph && !format.writesGraphs())
            throw new BadQueryException(form(query) + " results are a graph; write them as table, turtle, ntriples, jsonld, rdfxml, json or xml, not " + format.id());
        if (!graph && !format.writesRows())
            throw new BadQueryException(form(query) + " results are rows; write them as table, csv, tsv, json or xml, not " + format.id());
    }

    /** Writes the results and returns their media type. */
    private static String write(QueryExecution exec, Query query, ResultFormat format, PrefixMapping prefixes, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rows = exec.execSelect();
            switch (format) {
                case TABLE -> ResultSetFormatter.out(out, rows, prefixes);
                case CSV -> ResultSetFormatter.outputAsCSV(out, rows);
                case TSV -> ResultSetFormatter.outputAsTSV(out, rows);
                case JSON -> ResultSetFormatter.outputAsJSON(out, rows);
                case XML -> ResultSetFormatter.outputAsXML(out, rows);
                default -> throw new IllegalStateException("checked before: " + format);
            }
            return format.mediaType(false);
        }
        if (query.isAskType()) {
            boolean answer = exec.execAsk();
            switch (format) {
                case TABLE -> ResultSetFormatter.out(out, answer);
                case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
                case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
                case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
                case XML -> ResultSetFormatter.outputAsXML(out, answer);
                default -> throw new IllegalStateException("checked before: " + format);
            }
            return format.mediaType(false);
        }
        Model graph = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
        graph.setNsPrefixes(prefixes);
        RDFDataMgr.write(out, graph, switch (format) {
            case TABLE, TURTLE -> RDFFormat.TURTLE;
            case NTRIPLES -> RDFFormat.NTRIPLES_UTF8;
            case JSON, JSONLD -> RDFFormat.JSONLD11;
            case XML, RDFXML -> RDFFormat.RDFXML_ABBREV;
            default -> throw new IllegalStateException("checked before: " + format);
        });
        return format.mediaType(true);
    }

    private static String form(Query query) {
        return query.isConstructType() ? "CONSTRUCT" : query.isDescribeType() ? "DESCRIBE" : query.isAskType() ? "ASK" : "SELECT";
    }
}
