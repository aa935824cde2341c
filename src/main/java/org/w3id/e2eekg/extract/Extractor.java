package org.w3id.e2eekg.extract;

import org.w3id.e2eekg.fact.ArticleFacts;
import org.w3id.e2eekg.ingest.Article;

/** Turns one article into facts. Implementations are stateless between articles and thread-safe. */
public interface Extractor {
    ArticleFacts extract(Article article);
}
