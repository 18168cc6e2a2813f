package dev.tandem.cli;

import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.stats.CohortStatistics;
import dev.tandem.stats.Correlation;
import dev.tandem.stats.Descriptives;
import dev.tandem.stats.InternalConsistency;
import dev.tandem.stats.ItemFlag;
import dev.tandem.stats.ItemStatistics;
import dev.tandem.stats.QuestionnaireStatistics;
import dev.tandem.stats.ScaleStatistics;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalDouble;

/** The readable form of cohort statistics: one block per questionnaire, then the correlations. */
final class StatsTable {

  private static final String SCALE_ROW =
      "%-22s %7s %6s %6s %6s %6s %6s %6s %6s %6s %6s %-14s %6s%n";
  private static final String ITEM_ROW = "    %-18s %7s %6s %6s %6s %6s%n";

  private StatsTable() {}

  static void write(CohortStatistics statistics, PrintWriter out) {
    out.println(
        "Figures from " + statistics.clients() + " clients, " + CohortStatistics.BASIS + ".");
    for (QuestionnaireStatistics q : statistics.questionnaires()) {
      out.println();
      out.println(q.questionnaire().title() + " (" + q.id() + "), " + q.respondents() + " clients");
      out.printf(
          Locale.ROOT,
          SCALE_ROW,
          "scale",
          "n",
          "mean",
          "sd",
          "median",
          "min",
          "max",
          "skew",
          "kurt",
          "se",
          "alpha",
          "95% CI",
          "std.a");
      for (ScaleStatistics s : q.scales()) {
        scale(q.questionnaire(), s, out);
      }
    }
    out.println();
    out.println(
        "(R) reverse-keyed item, scored as min + max - answer; r.drop: the item against the rest of"
            + " its scale; a.drop: alpha without the item.");
    if (!statistics.correlations().isEmpty()) {
      out.println();
      out.println(
          "Correlations between scale scores (clients with both scores; p not adjusted for multiple tests)");
      out.printf(Locale.ROOT, "%-40s %-40s %6s %7s %9s%n", "a", "b", "r", "n", "p");
      for (Correlation c : statistics.correlations()) {
        out.printf(
            Locale.ROOT, "%-40s %-40s %6s %7d %9s%n", c.a(), c.b(), fmt(c.r()), c.n(), p(c.p()));
      }
    }
  }

  private static void scale(Questionnaire questionnaire, ScaleStatistics s, PrintWriter out) {
    Descriptives d = s.descriptives();
    InternalConsistency c = s.consistency();
    String ci =
        c.alphaCiLow().isPresent() && c.alphaCiHigh().isPresent()
            ? "[" + fmt(c.alphaCiLow()) + ", " + fmt(c.alphaCiHigh()) + "]"
            : "-";
    out.printf(
        Locale.ROOT,
        SCALE_ROW,
        s.id(),
        d.n(),
        fmt(d.mean()),
        fmt(d.sd()),
        fmt(d.median()),
        fmt(d.min()),
        fmt(d.max()),
        fmt(d.skew()),
        fmt(d.kurtosis()),
        fmt(d.se()),
        fmt(c.alpha()),
        ci,
        fmt(c.stdAlpha()));
    for (String note : d.notes()) {
      out.println("    note: " + note);
    }
    for (String note : c.notes()) {
      out.println("    note: " + note);
    }
    if (c.items().isEmpty()) {
      return;
    }
    out.printf(Locale.ROOT, ITEM_ROW, "item", "n", "mean", "sd", "r.drop", "a.drop");
    for (ItemStatistics i : c.items()) {
      boolean reversed = questionnaire.item(i.itemId()).map(Item::reversed).orElse(false);
      out.printf(
          Locale.ROOT,
          ITEM_ROW,
          i.itemId() + (reversed ? " (R)" : ""),
          i.n(),
          fmt(i.mean()),
          fmt(i.sd()),
          fmt(i.rDrop()),
          fmt(i.alphaIfDropped()));
      for (ItemFlag flag : i.flags()) {
        out.println("      ! " + flag.advice());
      }
      for (String note : i.notes()) {
        out.println("      note: " + note);
      }
    }
  }

  private static String fmt(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "-";
  }

  private static String p(OptionalDouble value) {
    if (value.isEmpty()) {
      return "-";
    }
    double p = value.getAsDouble();
    return p < 0.001 ? "<.001" : String.format(Locale.ROOT, "%.3f", p);
  }
}
