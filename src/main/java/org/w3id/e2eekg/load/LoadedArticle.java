package org.w3id.e2eekg.load;

/**
 * An article a load wrote (or found already in the store as it was): what its report line
 * says. Small, so that a load can report articles as they go without holding their graphs.
 *
 * @param source    how the user named the file (or the bundled resource)
 * @param id        the article's id
 * @param graph     its graph's name
 * @param sha256    the digest of the file's bytes
 * @param summary   what the graph holds
 * @param unchanged true when the store already held the graph with this content, and nothing was written
 */
public record LoadedArticle(String source, String id, String graph, String sha256, ArticleSummary summary,
                            boolean unchanged) {

    static LoadedArticle of(PreparedArticle p, boolean unchanged) {
        return new LoadedArticle(p.source(), p.article().id(), p.graph().name(), p.article().sha256(), p.summary(),
                unchanged);
    }

    /** The one-line report of a loaded article. */
    public String reportLine() {
        return "loaded " + source + ": " + summary.describe() + " in <" + graph + ">";
    }
}
