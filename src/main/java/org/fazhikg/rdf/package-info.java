/**
 * Linked reports in, one Jena {@code Model} per report out, under the fazhi-kg ontology
 * ({@link org.fazhikg.rdf.FZ}), with every IRI minted by {@link org.fazhikg.rdf.Iris} and every fact
 * pointing to the mention that supports it; entry point {@link org.fazhikg.rdf.RdfMapper}.
 */
package org.fazhikg.rdf;
