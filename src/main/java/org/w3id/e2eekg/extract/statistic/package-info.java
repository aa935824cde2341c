/**
 * The statistic stage: figures in every common format ({@code NumberFinder}), made into
 * statistics with the year they refer to, who produced them and which documents cite them
 * ({@link org.w3id.e2eekg.extract.statistic.StatisticReader}). Which documents cite figures is
 * learnt across sentences in the article run's {@link
 * org.w3id.e2eekg.extract.statistic.Citations}.
 */
package org.w3id.e2eekg.extract.statistic;
