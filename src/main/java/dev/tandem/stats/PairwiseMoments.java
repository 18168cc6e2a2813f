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
 * per-variable sums, so they cost one multiply-add per pair. Missing values are {@code NaN}.
 *
 * <p>Moments {@linkplain #ofWholeNumbers of whole numbers} (item answers) treat a case with a few
 * values missing the same way, a missing value counting as 0 in the shared sums, and keep per
 * missing variable what the others added beside it; each pair's sums are the shared ones less those
 * ({@link #settle}). Such a case costs one multiply-add per pair and a few additions per missing
 * value, instead of five additions per pair. Every sum is an exact integer either way, so the
 * results are the same to the last bit. Not thread safe.
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
  private long shared;
  private final double[] sharedSums;
  private final double[] sharedSquares;
  private final double[] sharedProducts;
  // with gaps taken as corrections: per missing variable j and variable i, over the cases where j
  // is
  // missing, the count of those where i is missing too and the sum and sum of squares of i
  private final boolean gapsAsCorrections;
  private final long[] missingCounts;
  private final double[] missingSums;
  private final double[] missingSquares;
  private final int[] absent;

  /** Moments of any values. */
  PairwiseMoments(int k) {
    this(k, false);
  }

  /**
   * Moments of values that are usually whole numbers, such as answers on a response scale: a case
   * with some missing, when the rest are whole and within {@link #WHOLE_LIMIT} of the first, costs
   * about what a complete case does.
   */
  static PairwiseMoments ofWholeNumbers(int k) {
    return new PairwiseMoments(k, true);
  }

  /**
   * The largest distance from a variable's first value that a whole value may have to be taken as a
   * correction: products of at most 2^20, so that even 2^32 cases sum exactly in a double.
   */
  static final double WHOLE_LIMIT = 1024;

  private PairwiseMoments(int k, boolean gapsAsCorrections) {
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
    sharedSums = new double[k];
    sharedSquares = new double[k];
    sharedProducts = new double[pairs];
    this.gapsAsCorrections = gapsAsCorrections;
    int square = gapsAsCorrections ? k * k : 0;
    missingCounts = new long[square];
    missingSums = new double[square];
    missingSquares = new double[square];
    absent = new int[k];
  }

  int variables() {
    return k;
  }

  /** Adds one case; {@code values[i]} is variable i, NaN when missing. */
  void add(double[] values) {
    int count = 0;
    int missing = 0;
    boolean whole = gapsAsCorrections;
    for (int i = 0; i < k; i++) {
      double value = values[i];
      if (Double.isNaN(value)) {
        centred[i] = 0;
        absent[missing++] = i;
      } else {
        if (!shifted[i]) {
          shift[i] = value;
          shifted[i] = true;
        }
        double x = value - shift[i];
        centred[i] = x;
        present[count++] = i;
        whole &= x == Math.rint(x) && Math.abs(x) <= WHOLE_LIMIT;
      }
    }
    if (count == k) {
      addShared();
      return;
    }
    if (whole) {
      addShared();
      addCorrections(missing);
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
   * A case with every variable present (most cases), or of whole numbers with gaps taken as
   * corrections, adds to sums kept once for all such cases: per variable the sum and the sum of
   * squares, per pair only the cross-product. Each pair's sums are those plus its own from the
   * other incomplete cases ({@link #settle}), so such a case costs one multiply-add per pair
   * instead of five additions.
   */
  private void addShared() {
    shared++;
    for (int i = 0; i < k; i++) {
      double x = centred[i];
      sharedSums[i] += x;
      sharedSquares[i] += x * x;
      int row = rowStart(i) - i;
      for (int j = i; j < k; j++) {
        sharedProducts[row + j] += x * centred[j];
      }
    }
  }

  /**
   * A case added to the shared sums with its missing values as 0: notes, for each missing variable,
   * what every variable added (a pair's sums count only the cases where both are present).
   */
  private void addCorrections(int missing) {
    for (int m = 0; m < missing; m++) {
      int j = absent[m];
      int row = j * k;
      for (int i = 0; i < k; i++) {
        double x = centred[i];
        missingSums[row + i] += x;
        missingSquares[row + i] += x * x;
      }
      for (int other = 0; other < missing; other++) {
        missingCounts[row + absent[other]]++;
      }
    }
  }

  /**
   * Folds the shared sums into every pair's own, less what was added beside a missing value; done
   * before any result is read.
   */
  private void settle() {
    if (shared == 0) {
      return;
    }
    for (int i = 0; i < k; i++) {
      int row = rowStart(i) - i;
      for (int j = i; j < k; j++) {
        int p = row + j;
        n[p] += shared;
        sumA[p] += sharedSums[i];
        sumB[p] += sharedSums[j];
        squaresA[p] += sharedSquares[i];
        squaresB[p] += sharedSquares[j];
        products[p] += sharedProducts[p];
        if (gapsAsCorrections) {
          n[p] -= missingCounts[i * k + i] + missingCounts[j * k + j] - missingCounts[i * k + j];
          sumA[p] -= missingSums[j * k + i];
          sumB[p] -= missingSums[i * k + j];
          squaresA[p] -= missingSquares[j * k + i];
          squaresB[p] -= missingSquares[i * k + j];
        }
      }
    }
    shared = 0;
    Arrays.fill(sharedSums, 0);
    Arrays.fill(sharedSquares, 0);
    Arrays.fill(sharedProducts, 0);
    Arrays.fill(missingCounts, 0);
    Arrays.fill(missingSums, 0);
    Arrays.fill(missingSquares, 0);
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
