package org.w3id.e2eekg.fact;

import java.util.List;
import org.w3id.e2eekg.ingest.Article;

/**
 * Everything extraction found in one article.
 *
 * @param article    the article
 * @param actors     the named actors, in order of first mention
 * @param roles      posts held
 * @param stances    positions on end-to-end encryption
 * @param statistics figures
 * @param documents  documents and public acts
 * @param relations  relations between actors
 */
public record ArticleFacts(Article article, List<Actor> actors, List<RoleFact> roles, List<StanceFact> stances,
                           List<StatisticFact> statistics, List<DocumentFact> documents,
                           List<ActorRelation> relations) {}
