package org.fazhikg.server;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.List;
import java.util.Map;
import org.fazhikg.store.ExportFormat;
import org.fazhikg.store.GraphStore;

/**
 * The SPARQL 1.1 Graph Store HTTP Protocol at {@code /data}, read-only: {@code ?graph=IRI} gives
 * a named graph, {@code ?default} the default graph (the union of all graphs, as queries see it),
 * no parameter the whole dataset in N-Quads or TriG. Writing methods are answered 405.
 */
final class GraphStoreProtocol {
    static final String ALLOW = "GET, HEAD, OPTIONS";

    private final GraphStore store;

    GraphStoreProtocol(GraphStore store) {
        this.store = store;
    }

    void get(Context ctx) {
        Map<String, List<String>> params = SparqlRequest.params(ctx.queryString());
        List<String> graph = params.getOrDefault("graph", List.of());
        boolean dflt = params.containsKey("default");
        if (graph.size() > 1 || (dflt && !graph.isEmpty()))
            throw HttpError.badRequest("give one of ?graph=IRI or ?default (or neither, for the whole dataset)");
        String formatParam = params.getOrDefault("format", List.of("")).get(0);
        String accept = ctx.header(Header.ACCEPT);
        if (graph.isEmpty() && !dflt) {
            Format format = Negotiation.choose(formatParam, accept, Format.DATASETS);
            store.export(ExportFormat.of(format.name), Responses.begin(ctx, format));
            return;
        }
        Format format = Negotiation.choose(formatParam, accept, Format.GRAPHS);
        store.read(ds -> {
            if (dflt) format.writeStreaming(ds.getUnionModel().getGraph(), Responses.begin(ctx, format));
            else if (!ds.containsNamedModel(graph.get(0)))
                throw HttpError.notFound("no graph named <" + graph.get(0) + "> in the store");
            else format.writeStreaming(ds.getNamedModel(graph.get(0)).getGraph(), Responses.begin(ctx, format));
            return null;
        });
    }

    /** PUT, POST, DELETE, PATCH: this store is written by the build only. */
    void refuse(Context ctx) {
        ctx.header(Header.ALLOW, ALLOW);
        throw new HttpError(405, ctx.method().name() + " is not allowed: the graph store is read-only (allowed: " + ALLOW + ")");
    }
}
