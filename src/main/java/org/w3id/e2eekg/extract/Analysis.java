package org.w3id.e2eekg.extract;

import java.util.List;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.syntax.DependencyTree;
import org.w3id.e2eekg.extract.text.TextDocument;
import org.w3id.e2eekg.fact.Actor;
import org.w3id.e2eekg.fact.ActorRelation;
import org.w3id.e2eekg.ingest.Article;

/**
 * An article after named-entity recognition: its sentences with mentions and titles, and
 * the actors the mentions resolve to.
 */
record Analysis(Article article, TextDocument doc, List<AnalysedSentence> sentences, List<DependencyTree> trees, List<Actor> actors,
                List<ActorRelation> relations) {}
