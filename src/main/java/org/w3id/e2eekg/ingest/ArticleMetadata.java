package org.w3id.e2eekg.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a saved web page says about the article it holds, beside its text: the headline,
 * the authors and the canonical address. A plain-text article has none of these
 * ({@link #NONE}); its date, from either kind of file, is {@link Article#date()}.
 *
 * @param headline the title, without the site's name when the page gives it apart; or null
 * @param authors  the authors' names as the page writes them, in page order, no repeats
 * @param url      the canonical absolute http(s) address of the page; or null
 */
public record ArticleMetadata(String headline, List<String> authors, String url) {
    /** No metadata. */
    public static final ArticleMetadata NONE = new ArticleMetadata(null, List.of(), null);

    public ArticleMetadata {
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
    }

    public Optional<String> headlineIfKnown() {
        return Optional.ofNullable(headline);
    }

    public Optional<String> urlIfKnown() {
        return Optional.ofNullable(url);
    }
}
