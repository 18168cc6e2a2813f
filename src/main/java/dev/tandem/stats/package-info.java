/**
 * Cohort statistics that agree with R's psych package: descriptives, Cronbach's alpha with its
 * confidence interval, standardised alpha, item-rest correlations, alpha if an item is dropped, and
 * correlations. {@link dev.tandem.stats.CohortStatistics} works on scored clients in memory; {@link
 * dev.tandem.stats.StreamingStatistics} computes the same figures in one streaming pass over
 * co-moments, for imports too large to hold.
 *
 * <p>May use {@code questionnaire}, {@code ingest} and {@code scoring}, and Commons Math.
 */
package dev.tandem.stats;
