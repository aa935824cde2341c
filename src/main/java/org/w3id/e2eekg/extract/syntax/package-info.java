/**
 * The syntax stages. {@link org.w3id.e2eekg.extract.syntax.DependencyParser} parses each
 * sentence statistically into a {@link org.w3id.e2eekg.extract.syntax.DependencyTree}, which
 * stance composition reads. {@link org.w3id.e2eekg.extract.syntax.ClauseParser} is the shallow
 * clause stage under the document, statistic and window-stance rules: from tags, mentions and
 * word lists it splits a sentence into {@link org.w3id.e2eekg.extract.syntax.Clause}s, each with
 * its subject region, predicate and window, which it returns frozen. Both are thread-safe and
 * their outputs immutable.
 */
package org.w3id.e2eekg.extract.syntax;
