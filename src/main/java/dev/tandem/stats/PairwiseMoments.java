package dev.tandem.stats;

import java.util.Arrays;

/**
 * Streaming first and second moments of k variables over pairwise-complete cases: for every pair of
 * variables (and every variable with itself) the number of cases where both are present and the
 * sums, sums of squares and sum of cross-products over those cases. From them come R's {@code
 * cov(x, use = "pairwise")} and {@code cor(x, use = "pairwise")}, where each pair has its own
 * complete cases and its own means, without keeping the cases: memory grows with k squared, not
 * with the number of respondents, and each case costs a few additions per pair.
 *
 * <p>Each variable is shifted by its first observed value before it is summed, so the sums stay
 * small and the covariance (Sxy - Sx Sy / n) / (n - 1) loses no precision to cancellation; for
 * answers on a whole-numbered scale every sum is an exact integer in a double (below 2^53), so the
 * covariances are exact up to the final division. Cases with every variable present share their
 * per-variable sums, so they cost one multiply-add per pair. Missing values are {@code NaN}. Not
 * thread safe.
 */
final class PairwiseMoments {

  private final int k;
  private final long[] n;
  private final double[] sumA;
  private final double[] sumB;
  private final double[] squaresA;
  private final double[] squaresB;
  private final double[] products;
  private final double[] shift;
  private final boolean[] shifted;
  private final int[] present;
  private final double[] centred;
  private long complete;
  private final double[] completeSums;
  private final double[] completeSquares;
  private final double[] completeProducts;

  PairwiseMoments(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("at least one variable is needed");
    }
    this.k = k;
    int pairs = k * (k + 1) / 2;
    n = new long[pairs];
    sumA = new double[pairs];
    sumB = new double[pairs];
    squaresA = new double[pairs];
    squaresB = new double[pairs];
    products = new double[pairs];
    shift = new double[k];
    shifted = new boolean[k];
    present = new int[k];
    centred = new double[k];
    completeSums = new double[k];
    completeSquares = new double[k];
    completeProducts = new double[pairs];
  }

  int variables() {
    return k;
  }

  /** Adds one case; {@code values[i]} is variable i, NaN when missing. */
  void add(double[] values) {
    int count = 0;
    for (int i = 0; i < k; i++) {
      double value = values[i];
      if (!Double.isNaN(value)) {
        if (!shifted[i]) {
          shift[i] = value;
          shifted[i] = true;
        }
        centred[i] = value - shift[i];
        present[count++] = i;
      }
    }
    if (count == k) {
      addComplete();
      return;
    }
    for (int a = 0; a < count; a++) {
      int i = present[a];
      double x = centred[i];
      double xx = x * x;
      int row = rowStart(i);
      for (int b = a; b < count; b++) {
        int j = present[b];
        double y = centred[j];
        int p = row + j - i;
        n[p]++;
        sumA[p] += x;
        sumB[p] += y;
        squaresA[p] += xx;
        squaresB[p] += y * y;
        products[p] += x * y;
      }
    }
  }

  /**
   * A case with every variable present (most cases) adds to sums kept once for all such cases: per
   * variable the sum and the sum of squares, per pair only the cross-product. Each pair's sums are
   * those plus its own from the incomplete cases ({@link #settle}), so a complete case costs one
   * multiply-add per pair instead of five additions.
   */
  private void addComplete() {
    complete++;
    for (int i = 0; i < k; i++) {
      double x = centred[i];
      completeSums[i] += x;
      completeSquares[i] += x * x;
      int row = rowStart(i) - i;
      for (int j = i; j < k; j++) {
        completeProducts[row + j] += x * centred[j];
      }
    }
  }

  /** Folds the complete cases' sums into every pair's own; done before any result is read. */
  private void settle() {
    if (complete == 0) {
      return;
    }
    for (int i = 0; i < k; i++) {
      int row = rowStart(i) - i;
      for (int j = i; j < k; j++) {
        int p = row + j;
        n[p] += complete;
        sumA[p] += completeSums[i];
        sumB[p] += completeSums[j];
        squaresA[p] += completeSquares[i];
        squaresB[p] += completeSquares[j];
        products[p] += completeProducts[p];
      }
    }
    complete = 0;
    Arrays.fill(completeSums, 0);
    Arrays.fill(completeSquares, 0);
    Arrays.fill(completeProducts, 0);
  }

  /** Cases where both variables are present (for i == j: where i is present). */
  long n(int i, int j) {
    settle();
    return n[index(i, j)];
  }

  /** The mean of variable i over the cases where it is present; NaN when there are none. */
  double mean(int i) {
    settle();
    int p = index(i, i);
    return n[p] == 0 ? Double.NaN : shift[i] + sumA[p] / n[p];
  }

  /**
   * The sample covariance over the pair's complete cases, with the pair's own means; NaN below 2
   * cases.
   */
  double covariance(int i, int j) {
    settle();
    int p = index(i, j);
    return n[p] < 2 ? Double.NaN : coMoment(p) / (n[p] - 1);
  }

  /**
   * Pearson's correlation over the pair's complete cases, each variable centred and scaled on those
   * cases only (R's {@code cor(x, use = "pairwise")}); NaN below 2 cases or when either is
   * constant.
   */
  double correlation(int i, int j) {
    settle();
    int p = index(i, j);
    if (n[p] < 2) {
      return Double.NaN;
    }
    double a = Math.max(0, squaresA[p] - sumA[p] * sumA[p] / n[p]);
    double b = Math.max(0, squaresB[p] - sumB[p] * sumB[p] / n[p]);
    if (a <= 0 || b <= 0) {
      return Double.NaN;
    }
    double r = coMoment(p) / Math.sqrt(a * b);
    return Math.max(-1, Math.min(1, r));
  }

  private double coMoment(int p) {
    return products[p] - sumA[p] * sumB[p] / n[p];
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
