package org.fazhikg.server;

import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.fazhikg.rdf.FZ;

/**
 * The SPARQL behind the CSV tables of {@link DatasetExport}; their variables are the columns, in
 * order. Every column is OPTIONAL but the row's subject, so a graph that lacks a property still
 * gives its rows; ORDER BY makes the files the same for the same store.
 */
final class TableQueries {
    private static final String PREFIXES = "PREFIX fz: <" + FZ.NS + ">\n"
            + "PREFIX prov: <" + GraphTerms.PROV + ">\n"
            + "PREFIX rdfs: <" + RDFS.uri + ">\n"
            + "PREFIX skos: <" + SKOS.uri + ">\n";

    static final String ENTITIES = PREFIXES + """
            SELECT ?entity ?class (MIN(?zh) AS ?label) (MIN(?en) AS ?label_en)
                   (COUNT(DISTINCT ?mention) AS ?mentions) (COUNT(DISTINCT ?report) AS ?reports)
                   (COUNT(DISTINCT ?observation) AS ?observations)
            WHERE {
              VALUES ?class { fz:Region fz:GovernmentBody fz:Mechanism fz:PolicyDocument fz:Indicator }
              ?entity a ?class .
              OPTIONAL { ?entity rdfs:label ?zh FILTER (lang(?zh) = "" || langMatches(lang(?zh), "zh")) }
              OPTIONAL { ?entity rdfs:label ?en FILTER (langMatches(lang(?en), "en")) }
              OPTIONAL { ?entity fz:mentionedIn ?mention OPTIONAL { ?mention fz:inReport ?report } }
              OPTIONAL { ?observation fz:indicator ?entity }
            }
            GROUP BY ?entity ?class
            ORDER BY ?class ?entity
            """;

    static final String MENTIONS = PREFIXES + """
            SELECT ?mention ?report ?section ?start ?end ?text ?sentence ?mentions
            WHERE {
              ?mention a fz:Mention .
              OPTIONAL { ?mention fz:inReport ?report }
              OPTIONAL { ?mention fz:section ?section }
              OPTIONAL { ?mention fz:startOffset ?start }
              OPTIONAL { ?mention fz:endOffset ?end }
              OPTIONAL { ?mention fz:mentionText ?text }
              OPTIONAL { ?mention fz:sentenceText ?sentence }
              OPTIONAL { ?mention fz:mentions ?mentions }
            }
            ORDER BY ?report ?start ?end ?mention ?mentions
            """;

    static final String OBSERVATIONS = PREFIXES + """
            SELECT ?observation ?report ?region ?region_label ?year ?indicator ?indicator_label
                   ?subject ?value ?unit ?text ?sentence
            WHERE {
              ?observation a fz:Observation .
              OPTIONAL { ?observation fz:inReport ?report }
              OPTIONAL { ?observation fz:region ?region OPTIONAL { ?region rdfs:label ?region_label FILTER (lang(?region_label) = "" || langMatches(lang(?region_label), "zh")) } }
              OPTIONAL { ?observation fz:year ?year }
              OPTIONAL { ?observation fz:indicator ?indicator 
                         OPTIONAL { ?indicator skos:prefLabel ?indicator_label FILTER (lang(?indicator_label) = "" || langMatches(lang(?indicator_label), "zh")) } }
              OPTIONAL { ?observation fz:subject ?subject }
              OPTIONAL { ?observation fz:value ?value }
              OPTIONAL { ?observation fz:unit ?unit }
              OPTIONAL { ?observation prov:wasDerivedFrom ?m . ?m fz:mentionText ?text ; fz:sentenceText ?sentence }
            }
            ORDER BY ?report ?observation
            """;

    private TableQueries() {}
}
