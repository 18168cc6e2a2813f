package dev.tandem.scoring;

/** Where a score's reference group comes from. */
public enum NormSource {
  /** The norms stated in the questionnaire definition. */
  DEFINITION,
  /** The coach's own cohort (at least {@link CohortReference#MIN_NORM_SIZE} scored clients). */
  COHORT,
  /** No reference group: no norms in the definition and too few clients in the cohort. */
  NONE
}
