/**
 * Scores: reverse keying, scale means and prorated sums with the minimum-answered rule, bands,
 * norms (z, T, percentile) where a definition or a large enough cohort stands behind them, and
 * reliable change between a client's assessments. {@link dev.tandem.scoring.Scorer} scores one
 * response, {@link dev.tandem.scoring.CohortScorer} a whole import into {@link
 * dev.tandem.scoring.Client}s with their assessments; {@link dev.tandem.scoring.Pseudonyms} makes
 * the keyed client codes.
 *
 * <p>May use {@code questionnaire} and {@code ingest}, and Commons Math for distributions.
 */
package dev.tandem.scoring;
