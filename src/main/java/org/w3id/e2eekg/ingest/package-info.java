/**
 * Reading articles: files, folders and the bundled main article become {@link
 * org.w3id.e2eekg.ingest.Article}s, or a one-line {@link
 * org.w3id.e2eekg.ingest.ArticleException} that names the file and the problem. This package
 * owns what counts as an article (plain text or a saved web page, told apart by content;
 * anything else refused), the normalised text every offset counts into, the article id a
 * file name gives, and the limits on what one article may cost. Saved pages are taken apart
 * in {@code ingest.web}. Nothing in this package knows about RDF.
 */
package org.w3id.e2eekg.ingest;
