package org.w3id.e2eekg.load;

import org.w3id.e2eekg.ingest.Article;
import org.w3id.e2eekg.store.NamedGraph;

/**
 * An article read, extracted, built and validated: ready to be written.
 *
 * @param source  how the user named the file (or the bundled resource)
 * @param article the article as read
 * @param graph   its named graph
 * @param summary what the graph holds
 */
public record PreparedArticle(String source, Article article, NamedGraph graph, ArticleSummary summary) {}
