/**
 * Couples: pairing partners by couple code or partner e-mail ({@link dev.tandem.couples.Pairing}),
 * comparing their scale scores and item answers ({@link dev.tandem.couples.CoupleComparison}), the
 * couple patterns of {@code couple-patterns.yaml} ({@link dev.tandem.couples.CouplePatterns}), and
 * the partners' similarity across a cohort (intraclass correlations as psych's {@code ICC}, paired
 * tests). {@link dev.tandem.couples.CouplesAnalysis} is the entry point.
 *
 * <p>May use {@code questionnaire}, {@code ingest} and {@code scoring}, and Commons Math; the rules
 * of a pattern and their evaluation are internal to this package.
 */
package dev.tandem.couples;
