package org.fazhikg.server;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.fazhikg.store.GraphStore;

/**
 * The SPARQL 1.1 Service Description answered by {@code GET /sparql} without a query: the
 * endpoint, its language and result formats, and its dataset (the default graph is the union of
 * the named graphs, each listed with its size). Browsers get a page with a query form instead.
 */
final class ServiceDescription {
    static final List<Format> OFFERS = Format.concat(Format.GRAPHS, List.of(Format.HTML));

    private final GraphStore store;

    ServiceDescription(GraphStore store) {
        this.store = store;
    }

    void handle(Context ctx, String formatParam) {
        Format format = Negotiation.choose(formatParam, ctx.header(Header.ACCEPT), OFFERS);
        if (format == Format.HTML) {
            Responses.page(ctx, QueryFormPage.render());
            return;
        }
        String endpoint = ctx.scheme() + "://" + ctx.host() + "/sparql";
        Model description = store.read(ds -> {
            Model m = ModelFactory.createDefaultModel().setNsPrefix("sd", SD.NS).setNsPrefix("void", VOID.NS);
            Resource dataset = m.createResource().addProperty(RDF.type, SD.Dataset)
                    .addProperty(SD.defaultGraph, m.createResource().addProperty(RDF.type, SD.Graph)
                            .addLiteral(VOID.triples, ds.getUnionModel().size()));
            ds.listModelNames().forEachRemaining(name -> dataset.addProperty(SD.namedGraph, m.createResource()
                    .addProperty(RDF.type, SD.NamedGraph).addProperty(SD.name, name)
                    .addProperty(SD.graph, m.createResource().addProperty(RDF.type, SD.Graph)
                            .addLiteral(VOID.triples, ds.getNamedModel(name).size()))));
            Resource service = m.createResource().addProperty(RDF.type, SD.Service)
                    .addProperty(SD.endpoint, m.createResource(endpoint))
                    .addProperty(SD.supportedLanguage, SD.SPARQL11Query)
                    .addProperty(SD.feature, SD.UnionDefaultGraph)
                    .addProperty(SD.defaultDataset, dataset);
            for (Format f : Format.concat(Format.RESULTS, Format.GRAPHS)) service.addProperty(SD.resultFormat, m.createResource(w3cFormat(f)));
            return m;
        });
        format.writePretty(description.getGraph(), Responses.begin(ctx, format));
    }

    /** The W3C's IRI for a format (https://www.w3.org/ns/formats/). */
    static String w3cFormat(Format f) {
        String name = switch (f) {
            case JSON -> "SPARQL_Results_JSON";
            case XML -> "SPARQL_Results_XML";
            case CSV -> "SPARQL_Results_CSV";
            case TSV -> "SPARQL_Results_TSV";
            case TURTLE -> "Turtle";
            case JSONLD -> "JSON-LD";
            case NTRIPLES -> "N-Triples";
            case RDFXML -> "RDF_XML";
            case NQUADS -> "N-Quads";
            case TRIG -> "TriG";
            case HTML -> throw new IllegalArgumentException("HTML has no W3C format IRI");
        };
        return "http://www.w3.org/ns/formats/" + name;
    }
}
