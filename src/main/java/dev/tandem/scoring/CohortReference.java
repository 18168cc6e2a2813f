package dev.tandem.scoring;

import java.util.OptionalDouble;

/**
 * What a coach's own cohort says about one scale: the mean and standard deviation of the scored
 * clients' latest scores, how many clients that is, and the scale's alpha in the cohort where it
 * could be computed. The statistics layer supplies it; standings and reliable change fall back on
 * it when the definition has no norms or no reliability.
 */
public record CohortReference(double mean, double sd, int n, OptionalDouble alpha) {

  /** The smallest cohort whose mean and SD stand in for a definition's norms. */
  public static final int MIN_NORM_SIZE = 30;

  public boolean canNorm() {
    return n >= MIN_NORM_SIZE && sd > 0;
  }
}
