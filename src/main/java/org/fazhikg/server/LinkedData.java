package org.fazhikg.server;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.List;
import org.fazhikg.store.GraphStore;

/**
 * Dereferencing: a GET of a path under one of the graph's IRI spaces answers with what the store
 * knows about {@code <base + path>}, as an HTML page or in an RDF syntax by content negotiation;
 * 404 when it knows nothing.
 */
final class LinkedData {
    /** The paths under which the graph mints IRIs: resources, graph names, the ontology. */
    static final List<String> PATHS = List.of("/resource/*", "/graph/*", "/ontology", "/ontology/*");
    static final List<Format> OFFERS = Format.concat(List.of(Format.HTML), Format.GRAPHS);

    private final GraphStore store;
    private final IriMapping iris;

    LinkedData(GraphStore store, IriMapping iris) {
        this.store = store;
        this.iris = iris;
    }

    void handle(Context ctx) {
        String iri = iris.iriOf(ctx.path());
        Format format = Negotiation.choose(ctx.queryParam("format"), ctx.header(Header.ACCEPT), OFFERS);
        store.read(ds -> {
            ResourceDescription d = ResourceDescription.find(ds, iri)
                    .orElseThrow(() -> HttpError.notFound("nothing is known about <" + iri + "> in this graph"));
            if (format == Format.HTML) Responses.page(ctx, new ResourcePage(d, iris).render());
            else if (d.isOnlyGraphName()) format.writeStreaming(d.graph().getGraph(), Responses.begin(ctx, format));
            else format.writePretty(d.graph().getGraph(), Responses.begin(ctx, format));
            return null;
        });
    }
}
