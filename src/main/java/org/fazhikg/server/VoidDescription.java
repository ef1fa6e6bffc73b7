package org.fazhikg.server;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.fazhikg.rdf.FZ;
import org.fazhikg.store.ExportFormat;
import org.fazhikg.store.GraphStore;

/**
 * The VoID and DCAT description of the dataset, counted from the store: triples, entities per
 * class ({@code void:classPartition}), triples per property ({@code void:propertyPartition}),
 * the named graphs, the dumps and the endpoint (under the base IRI, which maps to this server's
 * root), the licence (CC BY 4.0) and the date of the store's last change.
 */
final class VoidDescription {
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    private static final String CLASSES = "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class FILTER isIRI(?class) } GROUP BY ?class ORDER BY ?class";
    private static final String PROPERTIES = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p";

    private VoidDescription() {}

    /** The IRI of the dataset itself: a fragment of the description's own URL, so it resolves. */
    static String datasetIri(String baseIri) {
        return baseIri + ".well-known/void#dataset";
    }

    static Model build(GraphStore store, String baseIri) {
        Optional<Instant> modified = store.lastModified();
        return store.read(ds -> build(ds, baseIri, modified));
    }

    private static Model build(Dataset ds, String baseIri, Optional<Instant> modified) {
        Model m = ModelFactory.createDefaultModel().setNsPrefixes(Labels.PREFIXES);
        Resource dataset = m.createResource(datasetIri(baseIri))
                .addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, m.createLiteral("法治政府建设年度报告知识图谱", "zh"))
                .addProperty(DCTerms.title, m.createLiteral("Knowledge graph of Chinese rule-of-law government annual reports", "en"))
                .addProperty(DCTerms.description, m.createLiteral(
                        "从法治政府建设年度报告中抽取的地区、机关、机制、政策文件、指标与首创表述，每一事实附原文句子。", "zh"))
                .addProperty(DCTerms.description, m.createLiteral("Regions, government bodies, mechanisms, policy documents, "
                        + "indicators and pioneering claims read from the reports, each fact with its source sentence.", "en"))
                .addProperty(DCTerms.license, m.createResource(LICENSE))
                .addProperty(VOID.sparqlEndpoint, m.createResource(baseIri + "sparql"))
                .addProperty(VOID.uriSpace, baseIri + "resource/")
                .addProperty(VOID.rootResource, m.createResource(baseIri))
                .addProperty(VOID.vocabulary, m.createResource(FZ.NS))
                .addLiteral(VOID.triples, count(m, ds.getUnionModel().size()));
        // the store is what a build creates, so its last change is both the dataset's creation and modification
        modified.ifPresent(t -> dataset.addLiteral(DCTerms.created, m.createTypedLiteral(calendar(t)))
                .addLiteral(DCTerms.modified, m.createTypedLiteral(calendar(t))));

        List<QuerySolution> classes = classCounts(ds);
        dataset.addLiteral(VOID.classes, count(m, classes.size()));
        for (QuerySolution row : classes) {
            dataset.addProperty(VOID.classPartition, m.createResource()
                    .addProperty(VOID._class, row.getResource("class"))
                    .addLiteral(VOID.entities, count(m, row.getLiteral("n").getLong())));
        }
        List<QuerySolution> properties = select(ds, PROPERTIES);
        dataset.addLiteral(VOID.properties, count(m, properties.size()));
        for (QuerySolution row : properties) {
            dataset.addProperty(VOID.propertyPartition, m.createResource()
                    .addProperty(VOID.property, row.getResource("p"))
                    .addLiteral(VOID.triples, count(m, row.getLiteral("n").getLong())));
        }
        List<String> graphs = new ArrayList<>();
        ds.listModelNames().forEachRemaining(g -> graphs.add(g.getURI()));
        graphs.sort(null);
        for (String g : graphs) {
            dataset.addProperty(VOID.subset, m.createResource(g).addProperty(RDF.type, VOID.Dataset)
                    .addProperty(SD.name, m.createResource(g))
                    .addLiteral(VOID.triples, count(m, ds.getNamedModel(g).size()))
                    .addProperty(VOID.dataDump, m.createResource(baseIri + "data?graph=" + URLEncoder.encode(g, StandardCharsets.UTF_8))));
        }
        distributions(m, dataset, baseIri);
        return m;
    }

    private static void distributions(Model m, Resource dataset, String baseIri) {
        for (ExportFormat f : ExportFormat.values()) {
            Resource url = m.createResource(baseIri + "dumps/" + Downloads.dumpFileName(f));
            dataset.addProperty(VOID.dataDump, url);
            dataset.addProperty(DCAT.distribution, distribution(m, url, Negotiation.mediaType(f.mediaType())));
        }
        for (String table : DatasetExport.TABLES)
            dataset.addProperty(DCAT.distribution, distribution(m, m.createResource(baseIri + "dumps/" + table + ".csv"), "text/csv"));
    }

    private static Resource distribution(Model m, Resource url, String mediaType) {
        return m.createResource(url.getURI() + "#distribution").addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCAT.downloadURL, url)
                .addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/" + mediaType))
                .addProperty(DCTerms.license, m.createResource(LICENSE));
    }

    /** Rows of ?class and ?n, the number of its instances, by class IRI. */
    static List<QuerySolution> classCounts(Dataset ds) {
        return select(ds, CLASSES);
    }

    private static List<QuerySolution> select(Dataset ds, String query) {
        try (QueryExecution exec = QueryExecution.dataset(ds).query(query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            exec.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    /** A count as xsd:integer, the type VoID's examples use. */
    private static Literal count(Model m, long n) {
        return m.createTypedLiteral(BigInteger.valueOf(n));
    }

    private static Calendar calendar(Instant t) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(t.toEpochMilli());
        return c;
    }
}
