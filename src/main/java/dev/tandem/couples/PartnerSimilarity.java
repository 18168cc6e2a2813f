package dev.tandem.couples;

import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.Scale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Partner similarity per scale across complete couples.
 *
 * <p>Partner roles are distinguishable when every partner of every compared couple has a role, the
 * two partners of each couple have different roles, and all couples use the same two labels
 * (compared ignoring case). Then the first role is the label that sorts first (A before B, female
 * before male), the paired t-test is first minus second, and ICC2/ICC3 use that column order.
 * Otherwise the paired t-test is not computed and says why: which partner is "first" would be
 * arbitrary, and so would the sign of t. ICC1 never depends on the order and is the form to read
 * without roles.
 *
 * <p>Each statistic needs at least {@link #MINIMUM_COUPLES} couples with both scores and scores
 * that vary; otherwise it says why it is missing.
 */
public record PartnerSimilarity(
    List<ScaleSimilarity> scales,
    Optional<List<String>> roles,
    Optional<String> rolesUnavailableBecause) {

  public static final int MINIMUM_COUPLES = 3;

  public PartnerSimilarity {
    scales = List.copyOf(scales);
    roles = roles.map(List::copyOf);
  }

  public Optional<ScaleSimilarity> scale(String reference) {
    return scales.stream().filter(s -> s.reference().equals(reference)).findFirst();
  }

  public static PartnerSimilarity of(
      List<Questionnaire> questionnaires, List<CoupleComparison> couples, PartnerRoles roles) {
    Objects.requireNonNull(questionnaires, "questionnaires must not be null");
    Objects.requireNonNull(couples, "couples must not be null");
    Objects.requireNonNull(roles, "roles must not be null");
    Optional<String> rolesProblem = roleProblem(couples, roles);
    Optional<List<String>> roleOrder =
        rolesProblem.isPresent() ? Optional.empty() : Optional.of(order(couples, roles));
    List<ScaleSimilarity> out = new ArrayList<>();
    for (Questionnaire questionnaire : questionnaires) {
      for (Scale scale : questionnaire.scales()) {
        out.add(scale(questionnaire, scale, couples, roles, roleOrder, rolesProblem));
      }
    }
    return new PartnerSimilarity(out, roleOrder, rolesProblem);
  }

  private static ScaleSimilarity scale(
      Questionnaire questionnaire,
      Scale scale,
      List<CoupleComparison> couples,
      PartnerRoles roles,
      Optional<List<String>> roleOrder,
      Optional<String> rolesProblem) {
    String reference = questionnaire.id() + "." + scale.id();
    List<double[]> pairs = new ArrayList<>();
    for (CoupleComparison couple : couples) {
      Optional<ScaleComparison> scores = couple.scale(reference);
      if (scores.isEmpty() || scores.get().difference().isEmpty()) {
        continue;
      }
      double a = scores.get().a().value().getAsDouble();
      double b = scores.get().b().value().getAsDouble();
      boolean swap =
          roleOrder.isPresent()
              && !sameLabel(roles.role(couple.couple().a()).orElseThrow(), roleOrder.get().get(0));
      pairs.add(swap ? new double[] {b, a} : new double[] {a, b});
    }
    int n = pairs.size();
    Optional<String> tooFew =
        n < MINIMUM_COUPLES
            ? Optional.of(
                n
                    + " couple"
                    + (n == 1 ? " has" : "s have")
                    + " both partners scored on this scale; at least "
                    + MINIMUM_COUPLES
                    + " are needed")
            : Optional.empty();
    Optional<Icc> icc = Optional.empty();
    Optional<String> iccReason = tooFew;
    if (tooFew.isEmpty()) {
      icc = Icc.of(pairs.toArray(double[][]::new));
      if (icc.isEmpty()) {
        iccReason =
            Optional.of(
                "the partners' scores differ by the same amount in every couple, so an ICC is "
                    + "undefined");
      }
    }
    Optional<PairedTest> test = Optional.empty();
    Optional<String> testReason = rolesProblem.or(() -> tooFew);
    if (testReason.isEmpty()) {
      test =
          PairedTest.of(
              pairs.stream().mapToDouble(p -> p[0]).toArray(),
              pairs.stream().mapToDouble(p -> p[1]).toArray());
      if (test.isEmpty()) {
        testReason =
            Optional.of(
                "the partners' differences (or their scores) do not vary, so t or d is undefined");
      }
    }
    return new ScaleSimilarity(questionnaire, scale, n, icc, iccReason, test, testReason);
  }

  private static Optional<String> roleProblem(List<CoupleComparison> couples, PartnerRoles roles) {
    if (couples.isEmpty()) {
      return Optional.of("there are no complete couples");
    }
    int withoutRole = 0;
    int sameRole = 0;
    Set<String> labels = new HashSet<>();
    for (CoupleComparison comparison : couples) {
      Optional<String> a = roles.role(comparison.couple().a());
      Optional<String> b = roles.role(comparison.couple().b());
      withoutRole += (a.isEmpty() ? 1 : 0) + (b.isEmpty() ? 1 : 0);
      a.ifPresent(r -> labels.add(r.toLowerCase(Locale.ROOT)));
      b.ifPresent(r -> labels.add(r.toLowerCase(Locale.ROOT)));
      if (a.isPresent() && b.isPresent() && sameLabel(a.get(), b.get())) {
        sameRole++;
      }
    }
    String consequence =
        "; without distinguishable roles, which partner counts as first is arbitrary, so no "
            + "paired t-test is computed (read ICC1, which does not depend on the order)";
    if (withoutRole == 2 * couples.size()) {
      return Optional.of(
          "the data gives no partner role (such as an A/B or a gender column)" + consequence);
    }
    if (withoutRole > 0) {
      return Optional.of(
          withoutRole
              + " of the "
              + 2 * couples.size()
              + " partners in complete couples have no "
              + "role"
              + consequence);
    }
    if (sameRole > 0) {
      return Optional.of(
          "in "
              + sameRole
              + " couple"
              + (sameRole == 1 ? "" : "s")
              + " both partners have the same role"
              + consequence);
    }
    if (labels.size() != 2) {
      return Optional.of(
          "the couples use "
              + labels.size()
              + " different role labels, not the same two"
              + consequence);
    }
    return Optional.empty();
  }

  /** The two role labels, first the one that sorts first, as the first couple writes them. */
  private static List<String> order(List<CoupleComparison> couples, PartnerRoles roles) {
    TreeSet<String> sorted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    sorted.add(roles.role(couples.get(0).couple().a()).orElseThrow());
    sorted.add(roles.role(couples.get(0).couple().b()).orElseThrow());
    return List.copyOf(sorted);
  }

  private static boolean sameLabel(String x, String y) {
    return x.equalsIgnoreCase(y);
  }
}
