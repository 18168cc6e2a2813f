package dev.tandem.couples;

import dev.tandem.questionnaire.Band;
import dev.tandem.questionnaire.DefinitionException;
import dev.tandem.questionnaire.Fields;
import dev.tandem.questionnaire.Position;
import dev.tandem.questionnaire.Problem;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.Scale;
import dev.tandem.questionnaire.YamlNode;
import dev.tandem.questionnaire.YamlReader;
import dev.tandem.scoring.ScaleScore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The couple patterns of one file ({@code questionnaires/couple-patterns.yaml}, format in the
 * README there and in {@code couple-patterns.schema.json}), checked against the questionnaires they
 * read, and their evaluation for a couple.
 *
 * <p>Loading reports every problem at once with file, line and column: unknown keys, missing keys,
 * duplicate pattern ids, a scale that no given questionnaire has, a band label the scale does not
 * have, a condition with both bands and a score range or with neither, an empty range, a
 * non-positive distance. A pattern never silently matches nothing because of a typo.
 */
public final class CouplePatterns {

  private static final Pattern PATTERN_ID = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern SCALE_REFERENCE =
      Pattern.compile("([a-z][a-z0-9-]*)\\.([a-z][a-z0-9_-]*)");
  private static final Set<String> TOP_KEYS = Set.of("patterns");
  private static final Set<String> PATTERN_KEYS =
      Set.of("id", "name", "when", "guidance", "forCouple", "tryTogether");
  private static final Set<String> WHEN_KEYS = Set.of("oneAndOther", "both", "apart");
  private static final Set<String> ONE_AND_OTHER_KEYS = Set.of("one", "other");
  private static final Set<String> CONDITION_KEYS = Set.of("scale", "band", "atLeast", "below");
  private static final Set<String> APART_KEYS = Set.of("scale", "atLeast");

  private final List<CouplePattern> patterns;

  public CouplePatterns(List<CouplePattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** No patterns: for a definitions folder without a patterns file. */
  public static CouplePatterns none() {
    return new CouplePatterns(List.of());
  }

  /**
   * The patterns that only use questionnaires of this run. A pattern about a questionnaire the
   * input does not hold cannot apply to any couple here; callers list it once instead of on every
   * page.
   */
  public CouplePatterns usableWith(List<Questionnaire> questionnaires) {
    return new CouplePatterns(patterns.stream().filter(p -> usable(p, questionnaires)).toList());
  }

  /**
   * The patterns that use a questionnaire the run does not have: the complement of {@link
   * #usableWith}.
   */
  public List<CouplePattern> unusableWith(List<Questionnaire> questionnaires) {
    return patterns.stream().filter(p -> !usable(p, questionnaires)).toList();
  }

  private static boolean usable(CouplePattern pattern, List<Questionnaire> questionnaires) {
    return pattern.scales().stream()
        .allMatch(scale -> questionnaires.stream().anyMatch(q -> scale.startsWith(q.id() + ".")));
  }

  public List<CouplePattern> patterns() {
    return patterns;
  }

  /**
   * Reads and checks a patterns file against the questionnaires that may be scored with it (usually
   * every definition in the folder, not only those the current input answers).
   */
  public static CouplePatterns load(Path file, List<Questionnaire> questionnaires) {
    Objects.requireNonNull(file, "file must not be null");
    List<Problem> problems = new ArrayList<>();
    YamlNode root = YamlReader.read(file, problems);
    List<CouplePattern> patterns = new Reading(questionnaires, problems).patterns(root);
    if (!problems.isEmpty()) {
      throw new DefinitionException(problems);
    }
    return new CouplePatterns(patterns);
  }

  /** Checks every pattern against a couple's comparison. */
  public PatternEvaluation evaluate(CoupleComparison comparison) {
    Objects.requireNonNull(comparison, "comparison must not be null");
    List<PatternMatch> fired = new ArrayList<>();
    List<PatternEvaluation.Undecided> undecided = new ArrayList<>();
    for (CouplePattern pattern : patterns) {
      Optional<PatternMatch> match = match(pattern, comparison);
      if (match.isPresent()) {
        fired.add(match.get());
        continue;
      }
      List<String> gaps = new ArrayList<>();
      for (String scale : pattern.scales()) {
        Optional<ScaleComparison> scores = comparison.scale(scale);
        for (Partner partner : Partner.values()) {
          if (scores.isEmpty() || !scores.get().score(partner).isScored()) {
            gaps.add(partner.label() + " has no score on " + scale);
          }
        }
      }
      if (!gaps.isEmpty()) {
        undecided.add(
            new PatternEvaluation.Undecided(
                pattern, "not fully checked: " + String.join("; ", gaps)));
      }
    }
    return new PatternEvaluation(fired, undecided);
  }

  private static Optional<PatternMatch> match(CouplePattern pattern, CoupleComparison comparison) {
    List<Partner> oneSide = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    for (PatternRule rule : pattern.when()) {
      boolean holds;
      if (rule instanceof PatternRule.Both both) {
        holds = true;
        for (Partner partner : Partner.values()) {
          holds &= meetsAll(both.conditions(), partner, comparison, evidence);
        }
      } else if (rule instanceof PatternRule.OneAndOther split) {
        for (Partner one : Partner.values()) {
          List<String> found = new ArrayList<>();
          if (meetsAll(split.one(), one, comparison, found)
              && meetsAll(split.other(), one.other(), comparison, found)) {
            oneSide.add(one);
            found.replaceAll(
                line ->
                    line.replaceFirst(
                        ": ", line.startsWith(one.label()) ? " (one side): " : " (other side): "));
            evidence.addAll(found);
          }
        }
        holds = !oneSide.isEmpty();
      } else {
        holds = apart((PatternRule.Apart) rule, comparison, evidence);
      }
      if (!holds) {
        return Optional.empty();
      }
    }
    return Optional.of(new PatternMatch(pattern, oneSide, evidence));
  }

  private static boolean meetsAll(
      List<ScaleCondition> conditions,
      Partner partner,
      CoupleComparison comparison,
      List<String> evidence) {
    List<String> found = new ArrayList<>();
    for (ScaleCondition condition : conditions) {
      Optional<ScaleComparison> scores = comparison.scale(condition.scale());
      if (scores.isEmpty() || !condition.holds(scores.get().score(partner))) {
        return false;
      }
      found.add(partner.label() + ": " + describe(scores.get(), scores.get().score(partner)));
    }
    evidence.addAll(found);
    return true;
  }

  private static boolean apart(
      PatternRule.Apart apart, CoupleComparison comparison, List<String> evidence) {
    Optional<ScaleComparison> scores = comparison.scale(apart.scale());
    if (scores.isEmpty() || scores.get().difference().isEmpty()) {
      return false;
    }
    double gap = Math.abs(scores.get().difference().getAsDouble());
    if (gap < apart.atLeast() - 1e-9) {
      return false;
    }
    evidence.add(
        scores.get().scale().name()
            + ": partner A "
            + CoupleText.score(scores.get().a().value().getAsDouble())
            + ", partner B "
            + CoupleText.score(scores.get().b().value().getAsDouble())
            + ", "
            + CoupleText.score(gap)
            + " apart (at least "
            + CoupleText.number(apart.atLeast())
            + ")");
    return true;
  }

  private static String describe(ScaleComparison scale, ScaleScore score) {
    return scale.scale().name()
        + " "
        + CoupleText.score(score.value().getAsDouble())
        + score.band().map(Band::label).map(l -> " (" + l + ")").orElse("");
  }

  /** One file's reading; collects problems and builds the patterns it can. */
  private static final class Reading {
    private final Map<String, Questionnaire> questionnaires = new HashMap<>();
    private final List<Problem> problems;

    Reading(List<Questionnaire> questionnaires, List<Problem> problems) {
      for (Questionnaire questionnaire : questionnaires) {
        this.questionnaires.put(questionnaire.id(), questionnaire);
      }
      this.problems = problems;
    }

    List<CouplePattern> patterns(YamlNode root) {
      if (root instanceof YamlNode.Null) {
        problems.add(
            new Problem(
                root.position(), "the file is empty; couple patterns need a \"patterns\" list"));
        return List.of();
      }
      Optional<Fields> top = Fields.of(root, "the couple patterns file", TOP_KEYS, problems);
      if (top.isEmpty()) {
        return List.of();
      }
      List<CouplePattern> out = new ArrayList<>();
      Map<String, Position> seen = new HashMap<>();
      for (YamlNode node : top.get().list("patterns", true)) {
        pattern(node, seen).ifPresent(out::add);
      }
      return out;
    }

    private Optional<CouplePattern> pattern(YamlNode node, Map<String, Position> seen) {
      Optional<String> written =
          node instanceof YamlNode.Mapping mapping
              ? mapping
                  .get("id")
                  .filter(YamlNode.Scalar.class::isInstance)
                  .map(n -> ((YamlNode.Scalar) n).text().strip())
                  .filter(t -> !t.isEmpty())
              : Optional.empty();
      String where = written.map(v -> "pattern \"" + v + "\"").orElse("a pattern");
      Optional<Fields> maybe = Fields.of(node, where, PATTERN_KEYS, problems);
      if (maybe.isEmpty()) {
        return Optional.empty();
      }
      Fields fields = maybe.get();
      Optional<String> id = fields.requiredText("id");
      if (id.isPresent()) {
        if (!PATTERN_ID.matcher(id.get()).matches()) {
          fields.problem(
              fields.positionOf("id"),
              "the pattern id \""
                  + id.get()
                  + "\" should use lower-case letters, digits and dashes, starting with a letter");
        }
        Position first = seen.putIfAbsent(id.get(), fields.positionOf("id"));
        if (first != null) {
          fields.problem(
              fields.positionOf("id"),
              "the pattern id \""
                  + id.get()
                  + "\" is already used at line "
                  + first.line()
                  + "; give each pattern its own id");
        }
      }
      Optional<String> name = fields.requiredText("name");
      List<PatternRule> rules =
          fields
              .node("when")
              .map(w -> when(w, where))
              .orElseGet(
                  () -> {
                    fields.requiredText("when");
                    return List.of();
                  });
      Optional<String> guidance = fields.requiredText("guidance");
      if (id.isEmpty() || name.isEmpty() || guidance.isEmpty() || rules.isEmpty()) {
        return Optional.empty();
      }
      Optional<String> forCouple = fields.text("forCouple");
      Optional<String> tryTogether = fields.text("tryTogether");
      if (tryTogether.isPresent() && forCouple.isEmpty()) {
        fields.problem(
            fields.positionOf("tryTogether"),
            where
                + " has \"tryTogether\" but no \"forCouple\"; the couple "
                + "handout shows the thing to try under the couple-facing text, so add \"forCouple\" too");
      }
      return Optional.of(
          new CouplePattern(
              id.get(),
              name.get(),
              rules,
              guidance.get(),
              forCouple,
              tryTogether,
              fields.position()));
    }

    private List<PatternRule> when(YamlNode node, String pattern) {
      Optional<Fields> maybe =
          Fields.of(node, "the conditions (\"when\") of " + pattern, WHEN_KEYS, problems);
      if (maybe.isEmpty()) {
        return List.of();
      }
      Fields fields = maybe.get();
      if (fields.mapping().entries().keySet().stream().noneMatch(WHEN_KEYS::contains)) {
        fields.problem(
            fields.position(),
            "the conditions (\"when\") of "
                + pattern
                + " are empty; give at least one of oneAndOther, both, apart");
        return List.of();
      }
      List<PatternRule> rules = new ArrayList<>();
      boolean complete = true;
      if (fields.node("oneAndOther").isPresent()) {
        Optional<PatternRule> rule = oneAndOther(fields.node("oneAndOther").get(), pattern);
        complete &= rule.isPresent();
        rule.ifPresent(rules::add);
      }
      if (fields.node("both").isPresent()) {
        List<ScaleCondition> conditions = conditions(fields, "both", pattern);
        complete &= !conditions.isEmpty();
        if (!conditions.isEmpty()) {
          rules.add(new PatternRule.Both(conditions));
        }
      }
      if (fields.node("apart").isPresent()) {
        Optional<PatternRule> rule = apart(fields.node("apart").get(), pattern);
        complete &= rule.isPresent();
        rule.ifPresent(rules::add);
      }
      return complete ? rules : List.of();
    }

    private Optional<PatternRule> oneAndOther(YamlNode node, String pattern) {
      Optional<Fields> maybe =
          Fields.of(node, "\"oneAndOther\" of " + pattern, ONE_AND_OTHER_KEYS, problems);
      if (maybe.isEmpty()) {
        return Optional.empty();
      }
      List<ScaleCondition> one = conditions(maybe.get(), "one", pattern);
      List<ScaleCondition> other = conditions(maybe.get(), "other", pattern);
      if (one.isEmpty() || other.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new PatternRule.OneAndOther(one, other));
    }

    /** A required list of conditions; empty when any of them is faulty. */
    private List<ScaleCondition> conditions(Fields fields, String key, String pattern) {
      List<YamlNode> nodes = fields.list(key, true);
      List<ScaleCondition> out = new ArrayList<>();
      for (YamlNode node : nodes) {
        condition(node, "\"" + key + "\" of " + pattern, pattern).ifPresent(out::add);
      }
      return out.size() == nodes.size() ? out : List.of();
    }

    private Optional<ScaleCondition> condition(YamlNode node, String where, String pattern) {
      Optional<Fields> maybe = Fields.of(node, "a condition in " + where, CONDITION_KEYS, problems);
      if (maybe.isEmpty()) {
        return Optional.empty();
      }
      Fields fields = maybe.get();
      Optional<String> reference = fields.requiredText("scale");
      Optional<Scale> scale = reference.flatMap(r -> scale(r, fields.positionOf("scale"), pattern));
      boolean hasBand = fields.node("band").isPresent();
      boolean hasRange = fields.node("atLeast").isPresent() || fields.node("below").isPresent();
      OptionalDouble atLeast = fields.number("atLeast");
      OptionalDouble below = fields.number("below");
      List<String> bands = fields.texts("band");
      String subject =
          "the condition on "
              + reference.map(r -> "\"" + r + "\"").orElse("a scale")
              + " in "
              + pattern;
      if (hasBand && hasRange) {
        fields.problem(
            fields.position(),
            subject
                + " gives both \"band\" and a score range (\"atLeast\"/\"below\"); use one or the other");
        return Optional.empty();
      }
      if (!hasBand && !hasRange) {
        fields.problem(
            fields.position(),
            subject + " needs \"band\" (a list of band labels) or \"atLeast\" and/or \"below\"");
        return Optional.empty();
      }
      if (atLeast.isPresent()
          && below.isPresent()
          && atLeast.getAsDouble() >= below.getAsDouble()) {
        fields.problem(
            fields.positionOf("below"),
            subject
                + " can never hold: \"atLeast\" ("
                + CoupleText.number(atLeast.getAsDouble())
                + ") must be smaller than \"below\" ("
                + CoupleText.number(below.getAsDouble())
                + ")");
        return Optional.empty();
      }
      boolean bandsOk = hasBand ? checkBands(fields, bands, scale, reference, pattern) : true;
      if (scale.isEmpty() || !bandsOk || (hasRange && atLeast.isEmpty() && below.isEmpty())) {
        return Optional.empty();
      }
      return Optional.of(new ScaleCondition(reference.get(), bands, atLeast, below));
    }

    private boolean checkBands(
        Fields fields,
        List<String> bands,
        Optional<Scale> scale,
        Optional<String> reference,
        String pattern) {
      if (bands.isEmpty()) {
        fields.problem(
            fields.positionOf("band"),
            "\"band\" in " + pattern + " is an empty list; name at least one band");
        return false;
      }
      boolean ok = true;
      Set<String> distinct = new LinkedHashSet<>();
      for (String band : bands) {
        if (!distinct.add(band)) {
          fields.problem(
              fields.positionOf("band"),
              "\"band\" in " + pattern + " lists \"" + band + "\" twice; keep one");
          ok = false;
        }
      }
      if (scale.isPresent()) {
        List<String> labels = scale.get().bands().stream().map(Band::label).toList();
        for (String band : distinct) {
          if (!labels.contains(band)) {
            fields.problem(
                fields.positionOf("band"),
                pattern
                    + " names the band \""
                    + band
                    + "\", but the scale \""
                    + reference.orElseThrow()
                    + "\" has no such band; its bands are "
                    + quoted(labels)
                    + " (labels must match exactly)");
            ok = false;
          }
        }
      }
      return ok;
    }

    private Optional<PatternRule> apart(YamlNode node, String pattern) {
      Optional<Fields> maybe = Fields.of(node, "\"apart\" of " + pattern, APART_KEYS, problems);
      if (maybe.isEmpty()) {
        return Optional.empty();
      }
      Fields fields = maybe.get();
      Optional<String> reference = fields.requiredText("scale");
      Optional<Scale> scale = reference.flatMap(r -> scale(r, fields.positionOf("scale"), pattern));
      OptionalDouble atLeast = fields.requiredNumber("atLeast");
      if (atLeast.isPresent() && atLeast.getAsDouble() <= 0) {
        fields.problem(
            fields.positionOf("atLeast"),
            "\"atLeast\" in \"apart\" of "
                + pattern
                + " must be a distance above 0, found "
                + CoupleText.number(atLeast.getAsDouble()));
        return Optional.empty();
      }
      if (scale.isEmpty() || atLeast.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new PatternRule.Apart(reference.get(), atLeast.getAsDouble()));
    }

    /** Resolves questionnaireId.scaleId, adding a problem when it names nothing loaded. */
    private Optional<Scale> scale(String reference, Position at, String pattern) {
      java.util.regex.Matcher parts = SCALE_REFERENCE.matcher(reference);
      if (!parts.matches()) {
        problems.add(
            new Problem(
                at,
                "the scale \""
                    + reference
                    + "\" in "
                    + pattern
                    + " should be written as questionnaireId.scaleId, e.g. need-for-solitude.recharge"));
        return Optional.empty();
      }
      Questionnaire questionnaire = questionnaires.get(parts.group(1));
      if (questionnaire == null) {
        problems.add(
            new Problem(
                at,
                pattern
                    + " reads the scale \""
                    + reference
                    + "\", but no loaded questionnaire has the id \""
                    + parts.group(1)
                    + "\"; loaded: "
                    + quoted(questionnaires.keySet().stream().sorted().toList())));
        return Optional.empty();
      }
      Optional<Scale> scale = questionnaire.scale(parts.group(2));
      if (scale.isEmpty()) {
        problems.add(
            new Problem(
                at,
                pattern
                    + " reads the scale \""
                    + reference
                    + "\", but the questionnaire \""
                    + questionnaire.id()
                    + "\" has no scale \""
                    + parts.group(2)
                    + "\"; its scales are "
                    + quoted(questionnaire.scales().stream().map(Scale::id).toList())));
      }
      return scale;
    }

    private static String quoted(List<String> values) {
      if (values.isEmpty()) {
        return "none";
      }
      return String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList());
    }
  }
}
