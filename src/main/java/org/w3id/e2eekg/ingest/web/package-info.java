/**
 * Saved web pages as articles: the article's own text taken out of the page, without its
 * navigation, banners and advertisements, and the headline, date, authors and address the
 * page gives in its metadata. Used by {@link org.w3id.e2eekg.ingest.ArticleReader}; knows
 * nothing of the checks and normalisation the reader applies to the text afterwards.
 */
package org.w3id.e2eekg.ingest.web;
