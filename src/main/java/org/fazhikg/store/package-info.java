/**
 * Report graphs in, SPARQL results and exports out: the TDB2 database with one named graph per
 * report and their union as default graph, the only package with transactions; entry point
 * {@link org.fazhikg.store.GraphStore}.
 */
package org.fazhikg.store;
