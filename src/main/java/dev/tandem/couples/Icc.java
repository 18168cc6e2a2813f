package dev.tandem.couples;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Intraclass correlations of Shrout and Fleiss (1979) for n targets each rated by the same k judges
 * (here: couples, and their two partners' scores), computed from the two-way analysis of variance
 * as psych {@code ICC(x, lmer = FALSE)} does, with the same F tests and 95% confidence bounds.
 * {@code ICC1} treats the judges as interchangeable, so it does not depend on which partner is in
 * which column; ICC2 and ICC3 do, and are meaningful only when the partners' roles are
 * distinguishable.
 */
public record Icc(
    int targets,
    int judges,
    double msBetween,
    double msJudges,
    double msError,
    double msWithin,
    List<Estimate> estimates) {

  /** The confidence level psych uses by default (alpha = 0.05). */
  public static final double ALPHA = 0.05;

  public Icc {
    estimates = List.copyOf(estimates);
  }

  /** One form, named as psych names it: ICC1, ICC2, ICC3, ICC1k, ICC2k, ICC3k. */
  public record Estimate(
      String type,
      double icc,
      double f,
      double df1,
      double df2,
      double p,
      double lower,
      double upper) {}

  public Estimate estimate(String type) {
    return estimates.stream()
        .filter(e -> e.type().equals(type))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no ICC form " + type));
  }

  /**
   * Computes every form from a complete table: {@code ratings[target][judge]}, at least two targets
   * and two judges, no missing values. Empty when the table has no residual variation (every
   * judge's ratings differ from the others' by the same amount for every target), where the F tests
   * and bounds are undefined.
   */
  public static Optional<Icc> of(double[][] ratings) {
    Objects.requireNonNull(ratings, "ratings must not be null");
    int n = ratings.length;
    if (n < 2) {
      throw new IllegalArgumentException("an ICC needs at least two targets");
    }
    int k = ratings[0].length;
    if (k < 2) {
      throw new IllegalArgumentException("an ICC needs at least two judges");
    }
    double grand = 0;
    double[] rowMeans = new double[n];
    double[] colMeans = new double[k];
    for (int i = 0; i < n; i++) {
      if (ratings[i].length != k) {
        throw new IllegalArgumentException("every target needs " + k + " ratings");
      }
      for (int j = 0; j < k; j++) {
        double x = ratings[i][j];
        if (Double.isNaN(x)) {
          throw new IllegalArgumentException("ratings must be complete");
        }
        grand += x;
        rowMeans[i] += x / k;
        colMeans[j] += x / n;
      }
    }
    grand /= n * k;
    double ssRows = 0;
    for (double m : rowMeans) {
      ssRows += k * (m - grand) * (m - grand);
    }
    double ssCols = 0;
    for (double m : colMeans) {
      ssCols += n * (m - grand) * (m - grand);
    }
    double ssError = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        double r = ratings[i][j] - rowMeans[i] - colMeans[j] + grand;
        ssError += r * r;
      }
    }
    double dfB = n - 1;
    double dfJ = k - 1;
    double dfE = (n - 1.0) * (k - 1.0);
    double msb = ssRows / dfB;
    double msj = ssCols / dfJ;
    double mse = ssError / dfE;
    double msw = (ssCols + ssError) / (dfJ + dfE);
    if (mse <= 1e-12 * Math.max(1, Math.max(msb, msj))) {
      return Optional.empty();
    }

    double icc1 = (msb - msw) / (msb + (k - 1) * msw);
    double icc2 = (msb - mse) / (msb + (k - 1) * mse + k * (msj - mse) / n);
    double icc3 = (msb - mse) / (msb + (k - 1) * mse);
    double icc1k = (msb - msw) / msb;
    double icc2k = (msb - mse) / (msb + (msj - mse) / n);
    double icc3k = (msb - mse) / msb;

    double f1 = msb / msw;
    double df1n = n - 1;
    double df1d = (double) n * (k - 1);
    double p1 = Distributions.fUpperTail(f1, df1n, df1d);
    double f3 = msb / mse;
    double df3n = n - 1;
    double df3d = dfE;
    double p3 = Distributions.fUpperTail(f3, df3n, df3d);

    double upperP = 1 - ALPHA / 2;
    double f1Low = f1 / Distributions.fQuantile(upperP, df1n, df1d);
    double f1High = f1 * Distributions.fQuantile(upperP, df1d, df1n);
    double f3Low = f3 / Distributions.fQuantile(upperP, df3n, df3d);
    double f3High = f3 * Distributions.fQuantile(upperP, df3d, df3n);

    // ICC2's bounds use Satterthwaite's approximate degrees of freedom, as Shrout and Fleiss give
    // them.
    double fj = msj / mse;
    double vn = (k - 1) * (n - 1) * sq(k * icc2 * fj + n * (1 + (k - 1) * icc2) - k * icc2);
    double vd =
        (n - 1) * (double) k * k * icc2 * icc2 * fj * fj + sq(n * (1 + (k - 1) * icc2) - k * icc2);
    double v = vn / vd;
    double fStarHigh = Distributions.fQuantile(upperP, n - 1, v);
    double fStarLow = Distributions.fQuantile(upperP, v, n - 1);
    double denominator = k * msj + (k * n - k - n) * mse;
    double low2 = n * (msb - fStarHigh * mse) / (fStarHigh * denominator + n * msb);
    double high2 = n * (fStarLow * msb - mse) / (denominator + n * fStarLow * msb);

    List<Estimate> estimates =
        List.of(
            new Estimate(
                "ICC1",
                icc1,
                f1,
                df1n,
                df1d,
                p1,
                (f1Low - 1) / (f1Low + k - 1),
                (f1High - 1) / (f1High + k - 1)),
            new Estimate("ICC2", icc2, f3, df3n, df3d, p3, low2, high2),
            new Estimate(
                "ICC3",
                icc3,
                f3,
                df3n,
                df3d,
                p3,
                (f3Low - 1) / (f3Low + k - 1),
                (f3High - 1) / (f3High + k - 1)),
            new Estimate("ICC1k", icc1k, f1, df1n, df1d, p1, 1 - 1 / f1Low, 1 - 1 / f1High),
            new Estimate(
                "ICC2k",
                icc2k,
                f3,
                df3n,
                df3d,
                p3,
                low2 * k / (1 + low2 * (k - 1)),
                high2 * k / (1 + high2 * (k - 1))),
            new Estimate("ICC3k", icc3k, f3, df3n, df3d, p3, 1 - 1 / f3Low, 1 - 1 / f3High));
    return Optional.of(new Icc(n, k, msb, msj, mse, msw, estimates));
  }

  private static double sq(double x) {
    return x * x;
  }
}
