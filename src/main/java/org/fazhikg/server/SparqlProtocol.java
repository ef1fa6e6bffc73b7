package org.fazhikg.server;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.NotImplemented;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.fazhikg.store.GraphStore;

/**
 * The SPARQL 1.1 Protocol query operation at {@code /sparql}, read-only and closed to the outside:
 * SERVICE is refused before execution and disabled in ARQ's context, FROM / FROM NAMED and the
 * dataset parameters select named graphs of the store and never load anything, and each query
 * runs in its own read transaction under a time limit. SELECT rows and CONSTRUCT triples are
 * written as they come.
 */
final class SparqlProtocol {
    private final GraphStore store;
    private final String baseIri;
    private final Duration timeout;
    private final ServiceDescription description;

    SparqlProtocol(GraphStore store, String baseIri, Duration timeout) {
        this.store = store;
        this.baseIri = baseIri;
        this.timeout = timeout;
        this.description = new ServiceDescription(store);
    }

    void handle(Context ctx) {
        SparqlRequest request = SparqlRequest.from(ctx);
        if (request.query() == null) {
            if (ctx.method().name().equals("POST")) throw HttpError.badRequest("the form has no query= parameter");
            description.handle(ctx, request.format());
            return;
        }
        Query query = parse(request.query());
        refuseService(query);
        List<Format> offers = query.isSelectType() || query.isAskType() ? Format.RESULTS : Format.GRAPHS;
        Format format = Negotiation.choose(request.format(), ctx.header(Header.ACCEPT), offers);
        store.read(ds -> {
            execute(ctx, ds, query, request, format);
            return null;
        });
    }

    private Query parse(String text) {
        try {
            return QueryFactory.create(text, baseIri, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            String message = e.getMessage() == null ? "syntax error" : e.getMessage().strip().lines().findFirst().orElse("");
            throw HttpError.badRequest("query syntax error: " + message);
        } catch (QueryException e) {
            throw HttpError.badRequest("bad query: " + e.getMessage());
        }
    }

    /** 400 for any SERVICE clause, also inside sub-queries and EXISTS, before anything runs. */
    static void refuseService(Query query) {
        boolean[] found = {false};
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                found[0] = true;
            }
        }, new ExprVisitorBase());
        if (found[0])
            throw HttpError.badRequest("SERVICE (federated query) is not allowed: this endpoint makes no outbound requests");
    }

    private void execute(Context ctx, Dataset ds, Query query, SparqlRequest request, Format format) {
        QueryExecDatasetBuilder builder = QueryExec.newBuilder().query(query)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .set(ARQ.httpServiceAllowed, false)
                .set(ARQConstants.registryServiceExecutors, new ServiceExecutorRegistry());
        builder.dataset(dataset(ds.asDatasetGraph(), query, request, builder));
        boolean started = false;
        try (QueryExec exec = builder.build()) {
            if (query.isSelectType()) {
                RowSet rows = exec.select();
                rows.hasNext(); // runs the query up to its first row, so a late failure is still a status
                started = true;
                ResultsWriter.create().lang(format.lang).write(Responses.begin(ctx, format), rows);
            } else if (query.isAskType()) {
                boolean answer = exec.ask();
                started = true;
                ResultsWriter.create().lang(format.lang).write(Responses.begin(ctx, format), answer);
            } else if (query.isConstructType() || query.isDescribeType()) {
                Iterator<Triple> triples = query.isConstructType() ? exec.constructTriples() : exec.describeTriples();
                triples.hasNext();
                started = true;
                OutputStream out = Responses.begin(ctx, format);
                format.writeStreaming(triples, PrefixMapFactory.create(query.getPrefixMapping()), out);
            } else {
                throw HttpError.badRequest("only SELECT, ASK, CONSTRUCT and DESCRIBE queries are answered");
            }
        } catch (QueryCancelledException e) {
            if (started) Responses.abort(ctx, e);
            else throw new HttpError(503, "query stopped after the time limit of " + timeout.toSeconds()
                    + " s; narrow it (LIMIT, more specific patterns) and try again");
        } catch (QueryBuildException | NotImplemented e) {
            throw HttpError.badRequest("cannot run the query: " + e.getMessage());
        } catch (QueryException e) {
            if (started) Responses.abort(ctx, e);
            else throw HttpError.badRequest("query failed: " + e.getMessage());
        }
    }

    /**
     * The dataset the query sees: the whole store (its default graph being the union of all
     * graphs), or, when the request or the query names graphs, those graphs of the store only.
     * The protocol's parameters override the query's FROM (SPARQL 1.1 Protocol §2.1.4); a name
     * the store does not hold is an empty graph, so nothing is ever read from elsewhere.
     */
    private static DatasetGraph dataset(DatasetGraph store, Query query, SparqlRequest request, QueryExecDatasetBuilder builder) {
        DatasetDescription description;
        if (!request.defaultGraphs().isEmpty() || !request.namedGraphs().isEmpty())
            description = new DatasetDescription(request.defaultGraphs(), request.namedGraphs());
        else if (query.hasDatasetDescription()) description = query.getDatasetDescription();
        else return store;
        // the engine would otherwise apply the query's own FROM again, on top of this view
        builder.set(ARQConstants.sysDatasetDescription, new DatasetDescription());
        return DynamicDatasets.dynamicDataset(description, store, false);
    }
}
