/**
 * The SPARQL endpoint: {@code e2ee-kg serve}, an embedded Fuseki over the TDB2 store.
 * {@link org.w3id.e2eekg.server.KgServer} wires it: the dataset at {@code /kg} (SPARQL
 * query, Graph Store Protocol reads, the union of the named graphs as default graph),
 * Fuseki's own UI at {@code /}, the project's named queries at {@code /queries}, linked data
 * pages for every IRI minted under the IRI root ({@code <root>id/org/nspcc} at
 * {@code /id/org/nspcc}), the VoID description at {@code /.well-known/void} and the dumps
 * at {@code /dump/}. This package owns what is served and how it is guarded: read-only to
 * the world, writes and administration only with a password and then behind Jetty's and
 * Fuseki's own authentication on canonical paths ({@link org.w3id.e2eekg.server.AccessRules}),
 * a timeout that stops every query, regular expressions included
 * ({@link org.w3id.e2eekg.server.GuardedOptimizer}), no outbound {@code SERVICE} calls unless
 * allowed ({@link org.w3id.e2eekg.server.FederatedQuery}), answers made whole and bounded
 * ({@link org.w3id.e2eekg.server.AnswerBudget}), request size limits, cached dumps, CORS
 * without credentials for the public, and optional TLS. It reads the store only through
 * SPARQL and TDB2 transactions, its answers copied out inside them; loading is done
 * elsewhere (a Graph Store write through the server is the administrator's).
 * The graph exports ({@code /export/{format}}) and the explorer page ({@code /explore}, with
 * its scripts from WebJars in the jar) are served here too, and what makes the server easy
 * to find one's way in: full-text search ({@code /search}, {@link org.w3id.e2eekg.server.Search}),
 * the index of resources by kind ({@code /id/}), pages that read as sentences, the named
 * queries' parameters bound as terms ({@link org.w3id.e2eekg.server.QueryParameter}), Fuseki's
 * UI given the project's examples and prefixes ({@link org.w3id.e2eekg.server.QueryUi}), and
 * a Service Description at the query endpoints
 * ({@link org.w3id.e2eekg.server.ServiceDescriptionFilter}).
 */
package org.w3id.e2eekg.server;
