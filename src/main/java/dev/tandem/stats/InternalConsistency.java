package dev.tandem.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.FDistribution;

/**
 * How well a scale's items hang together, computed as R's psych {@code alpha} does from the item
 * covariance matrix with pairwise-complete observations: Cronbach's alpha, standardized alpha (from
 * the covariances scaled to correlations), Feldt's 95% confidence interval for alpha, and per-item
 * statistics. Items that every client answered alike are left out, as psych leaves them out, and
 * flagged. {@code respondents} is the number of clients whose answers went in (psych's number of
 * rows); {@code itemsUsed} the number of items alpha is computed from.
 */
public record InternalConsistency(
    long respondents,
    int itemsUsed,
    OptionalDouble alpha,
    OptionalDouble stdAlpha,
    OptionalDouble alphaCiLow,
    OptionalDouble alphaCiHigh,
    List<ItemStatistics> items,
    List<String> notes) {

  private static final OptionalDouble NONE = OptionalDouble.empty();

  public InternalConsistency {
    items = List.copyOf(items);
    notes = List.copyOf(notes);
  }

  /** For a scale that has no items of its own (a composite of other scales). */
  static InternalConsistency notApplicable(long respondents, String reason) {
    return new InternalConsistency(
        respondents, 0, NONE, NONE, NONE, NONE, List.of(), List.of(reason));
  }

  /**
   * Computes alpha and the item statistics from accumulated moments.
   *
   * @param itemIds the scale's item ids, in the order of the moments' variables
   * @param moments the reverse-keyed answers of every respondent, accumulated
   * @param respondents the number of respondents added (answered or not)
   */
  static InternalConsistency of(List<String> itemIds, PairwiseMoments moments, long respondents) {
    int k = itemIds.size();
    List<String> notes = new ArrayList<>();
    int[] used = new int[k];
    int m = 0;
    for (int i = 0; i < k; i++) {
      double variance = moments.covariance(i, i);
      if (variance > 0) {
        used[m++] = i;
      }
    }
    double[][] c = new double[m][m];
    boolean complete = true;
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        c[a][b] = moments.covariance(used[a], used[b]);
        complete &= !Double.isNaN(c[a][b]);
      }
    }
    double trace = 0;
    double sum = 0;
    double[] rowSums = new double[m];
    double[] sds = new double[m];
    double correlations = 0;
    for (int a = 0; a < m; a++) {
      trace += c[a][a];
      sds[a] = Math.sqrt(c[a][a]);
      for (int b = 0; b < m; b++) {
        rowSums[a] += c[a][b];
      }
      sum += rowSums[a];
    }
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        correlations += c[a][b] / (sds[a] * sds[b]);
      }
    }
    OptionalDouble alpha = NONE;
    OptionalDouble stdAlpha = NONE;
    OptionalDouble low = NONE;
    OptionalDouble high = NONE;
    boolean computable = false;
    if (k == 1) {
      notes.add("a scale of one item has no internal consistency to measure");
    } else if (respondents < 2) {
      notes.add("alpha needs answers from at least two clients");
    } else if (m < 2) {
      notes.add(
          "alpha needs at least two items that clients answered differently; this scale has " + m);
    } else if (!complete) {
      notes.add(
          "some pairs of items were answered together by fewer than two clients, so alpha cannot be computed");
    } else if (!(sum > 0)) {
      notes.add(
          "the items' answers vary in ways that cancel out completely, so alpha cannot be computed");
    } else {
      computable = true;
      double a = (1 - trace / sum) * m / (m - 1);
      alpha = OptionalDouble.of(a);
      stdAlpha = OptionalDouble.of((1 - m / correlations) * m / (m - 1));
      if (respondents >= 2) {
        double df1 = respondents - 1;
        double df2 = (respondents - 1.0) * (m - 1);
        FDistribution f = new FDistribution(null, df1, df2, 1e-15);
        low = OptionalDouble.of(1 - (1 - a) * f.inverseCumulativeProbability(0.975));
        high = OptionalDouble.of(1 - (1 - a) * f.inverseCumulativeProbability(0.025));
      } else {
        notes.add("the confidence interval for alpha needs at least two clients");
      }
      if (m < k) {
        notes.add(
            (k - m)
                + " of the "
                + k
                + " items did not vary between clients and were left out of alpha");
      }
    }
    List<ItemStatistics> items = new ArrayList<>(k);
    int a = 0;
    for (int i = 0; i < k; i++) {
      boolean isUsed = a < m && used[a] == i;
      items.add(
          item(
              itemIds.get(i),
              moments,
              i,
              isUsed ? a : -1,
              computable,
              alpha,
              c,
              trace,
              sum,
              rowSums));
      if (isUsed) {
        a++;
      }
    }
    return new InternalConsistency(respondents, m, alpha, stdAlpha, low, high, items, notes);
  }

  private static ItemStatistics item(
      String id,
      PairwiseMoments moments,
      int i,
      int a,
      boolean computable,
      OptionalDouble alpha,
      double[][] c,
      double trace,
      double sum,
      double[] rowSums) {
    long n = moments.n(i, i);
    List<ItemFlag> flags = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    OptionalDouble mean = n == 0 ? NONE : OptionalDouble.of(moments.mean(i));
    OptionalDouble sd = n < 2 ? NONE : OptionalDouble.of(Math.sqrt(moments.covariance(i, i)));
    if (n == 0) {
      notes.add("nobody answered this item");
    } else if (n == 1) {
      notes.add("only one client answered this item; its spread needs at least two");
    } else if (a < 0) {
      flags.add(
          new ItemFlag(
              ItemFlag.Kind.NO_VARIANCE,
              "every client gave this item the same answer, so it cannot"
                  + " tell clients apart and was left out of alpha; reword it so that people can disagree with it"));
    }
    OptionalDouble rDrop = NONE;
    OptionalDouble ifDropped = NONE;
    int m = c.length;
    if (a >= 0 && computable) {
      double rest = sum - 2 * rowSums[a] + c[a][a];
      double r = (rowSums[a] - c[a][a]) / Math.sqrt(c[a][a] * rest);
      rDrop = Double.isFinite(r) ? OptionalDouble.of(r) : NONE;
      if (m > 2) {
        double dropped = (1 - (trace - c[a][a]) / rest) * (m - 1) / (m - 2);
        ifDropped = OptionalDouble.of(dropped);
      } else {
        notes.add("without this item the scale has one item left, which has no alpha");
      }
    } else if (a >= 0) {
      notes.add(
          "the scale's alpha could not be computed, so neither could this item's r.drop or alpha if dropped");
    }
    if (rDrop.isPresent()) {
      double r = rDrop.getAsDouble();
      if (r < 0) {
        flags.add(
            new ItemFlag(
                ItemFlag.Kind.NEGATIVE,
                "runs against the rest of the scale (r.drop "
                    + two(r)
                    + "): clients who score high on the other items tend to answer this one low; check whether it"
                    + " should be reverse-keyed, or reword it"));
      } else if (r < ItemFlag.WEAK_BELOW) {
        flags.add(
            new ItemFlag(
                ItemFlag.Kind.WEAK,
                "agrees only weakly with the rest of the scale (r.drop "
                    + two(r)
                    + ", below "
                    + two(ItemFlag.WEAK_BELOW)
                    + "); consider rewording it so it asks about the same thing"));
      }
    }
    if (ifDropped.isPresent()
        && alpha.isPresent()
        && ifDropped.getAsDouble() > alpha.getAsDouble() + ItemFlag.ALPHA_RISE_MARGIN) {
      flags.add(
          new ItemFlag(
              ItemFlag.Kind.ALPHA_RISES,
              "the scale hangs together better without it (alpha "
                  + two(alpha.getAsDouble())
                  + " rises to "
                  + two(ifDropped.getAsDouble())
                  + " when it is dropped)"));
    }
    return new ItemStatistics(id, n, mean, sd, rDrop, ifDropped, flags, notes);
  }

  private static String two(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
