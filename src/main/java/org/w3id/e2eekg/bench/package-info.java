/**
 * The benchmark corpus: a seeded generator of news articles about the encryption debate
 * ({@link org.w3id.e2eekg.bench.ArticleGenerator}), written from the project's own grammar
 * of templates and vocabulary ({@code bench/templates.txt}, {@code bench/vocabulary.txt} in
 * the jar), so that {@code scripts/bench.sh} can load 1,000, 10,000 or 100,000 articles that
 * read the way the debate is reported (actors, letters, statistics, stances, dates) and get
 * the same corpus on every machine. Nothing in the loader depends on this package.
 */
package org.w3id.e2eekg.bench;
