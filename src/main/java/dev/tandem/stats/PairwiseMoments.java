package dev.tandem.stats;

/**
 * Streaming first and second moments of k variables over pairwise-complete cases: for every pair of
 * variables (and every variable with itself) the number of cases where both are present, both
 * means over those cases, both sums of squared deviations and the sum of cross-products, updated one
 * case at a time (Welford's method extended to two variables). This reproduces R's
 * {@code cov(x, use = "pairwise")}, where each pair has its own complete cases and its own means,
 * without keeping the cases: memory grows with k squared, not with the number of respondents.
 * Missing values are {@code NaN}. Not thread safe.
 */
final class PairwiseMoments {

  private final int k;
  private final long[] n;
  private final double[] meanA;
  private final double[] meanB;
  private final double[] squaresA;
  private final double[] squaresB;
  private final double[] products;
  private final int[] present;

  PairwiseMoments(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("at least one variable is needed");
    }
    this.k = k;
    int pairs = k * (k + 1) / 2;
    n = new long[pairs];
    meanA = new double[pairs];
    meanB = new double[pairs];
    squaresA = new double[pairs];
    squaresB = new double[pairs];
    products = new double[pairs];
    present = new int[k];
  }

  int variables() {
    return k;
  }

  /** Adds one case; {@code values[i]} is variable i, NaN when missing. */
  void add(double[] values) {
    int count = 0;
    for (int i = 0; i < k; i++) {
      if (!Double.isNaN(values[i])) {
        present[count++] = i;
      }
    }
    for (int a = 0; a < count; a++) {
      int i = present[a];
      double x = values[i];
      int row = rowStart(i);
      for (int b = a; b < count; b++) {
        int j = present[b];
        double y = values[j];
        int p = row + j - i;
        long m = ++n[p];
        double dx = x - meanA[p];
        double dy = y - meanB[p];
        meanA[p] += dx / m;
        meanB[p] += dy / m;
        double ry = y - meanB[p];
        squaresA[p] += dx * (x - meanA[p]);
        squaresB[p] += dy * ry;
        products[p] += dx * ry;
      }
    }
  }

  /** Cases where both variables are present (for i == j: where i is present). */
  long n(int i, int j) {
    return n[index(i, j)];
  }

  /** The mean of variable i over the cases where it is present; NaN when there are none. */
  double mean(int i) {
    int p = index(i, i);
    return n[p] == 0 ? Double.NaN : meanA[p];
  }

  /** The sample covariance over the pair's complete cases, with the pair's own means; NaN below 2 cases. */
  double covariance(int i, int j) {
    int p = index(i, j);
    return n[p] < 2 ? Double.NaN : products[p] / (n[p] - 1);
  }

  /**
   * Pearson's correlation over the pair's complete cases, each variable centred and scaled on those
   * cases only (R's {@code cor(x, use = "pairwise")}); NaN below 2 cases or when either is constant.
   */
  double correlation(int i, int j) {
    int p = index(i, j);
    if (n[p] < 2 || squaresA[p] <= 0 || squaresB[p] <= 0) {
      return Double.NaN;
    }
    double r = products[p] / Math.sqrt(squaresA[p] * squaresB[p]);
    return Math.max(-1, Math.min(1, r));
  }

  private int index(int i, int j) {
    if (i > j) {
      return index(j, i);
    }
    return rowStart(i) + j - i;
  }

  private int rowStart(int i) {
    return i * k - i * (i - 1) / 2;
  }
}
