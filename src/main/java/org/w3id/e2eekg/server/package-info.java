/**
 * The SPARQL endpoint: {@code e2ee-kg serve}, an embedded Fuseki over the TDB2 store.
 * {@link org.w3id.e2eekg.server.KgServer} wires it: the dataset at {@code /kg} (SPARQL
 * query, Graph Store Protocol reads, the union of the named graphs as default graph),
 * Fuseki's own UI at {@code /}, the project's named queries at {@code /queries}, linked data
 * pages for every IRI minted under the IRI root ({@code <root>id/org/nspcc} at
 * {@code /id/org/nspcc}), the VoID description at {@code /.well-known/void} and the dumps
 * at {@code /dump/}. This package owns what is served and how it is guarded: read-only to
 * the world, writes and administration behind HTTP Basic authentication, a query timeout
 * and a request size limit. It reads the store only through SPARQL and TDB2 transactions;
 * loading is done elsewhere. The graph exports ({@code /export/{format}}) and the explorer
 * page ({@code /explore}, with its scripts from WebJars in the jar) are served here too.
 */
package org.w3id.e2eekg.server;
