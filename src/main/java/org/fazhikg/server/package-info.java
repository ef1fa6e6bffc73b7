/**
 * The graph over HTTP (Javalin, only here): a read-only SPARQL 1.1 endpoint, Graph Store
 * Protocol, dereferenceable IRIs as pages or RDF, VoID and dumps, all read from a
 * {@link org.fazhikg.store.GraphStore}; entry points {@link org.fazhikg.server.SparqlServer} and
 * {@link org.fazhikg.server.DatasetExport}.
 */
package org.fazhikg.server;
