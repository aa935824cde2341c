/**
 * Reading articles: files, folders and the bundled main article become {@link
 * org.w3id.e2eekg.ingest.Article}s, or a one-line {@link
 * org.w3id.e2eekg.ingest.ArticleException} that names the file and the problem. Nothing in
 * this package knows about RDF.
 */
package org.w3id.e2eekg.ingest;
