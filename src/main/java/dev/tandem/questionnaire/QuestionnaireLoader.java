package dev.tandem.questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads questionnaire definitions from YAML and checks everything a coach might get wrong when
 * editing one, reporting every problem at once with its line and column.
 */
public final class QuestionnaireLoader {

  /** The file beside the definitions that holds couple patterns, not a questionnaire. */
  public static final String PATTERNS_FILE = "couple-patterns.yaml";

  private static final Pattern QUESTIONNAIRE_ID = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern ITEM_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Pattern SCALE_ID = Pattern.compile("[a-z][a-z0-9_-]*");

  /**
   * A BCP 47 language tag of language, optional script, optional region and variants (en, en-GB,
   * sr-Latn-RS, de-CH-1996); the schema's {@code language} pattern is the same.
   */
  private static final Pattern LANGUAGE =
      Pattern.compile(
          "[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*");

  private static final double EPSILON = 1e-9;
  private static final double DEFAULT_MIN_ANSWERED = 0.8;

  private static final Set<String> TOP_KEYS =
      Set.of(
          "id",
          "version",
          "title",
          "instructions",
          "note",
          "retestAfterDays",
          "language",
          "responseScale",
          "partnerDifference",
          "items",
          "scales");
  private static final Set<String> RESPONSE_SCALE_KEYS = Set.of("min", "max", "labels");
  private static final Set<String> DIFFERENCE_KEYS = Set.of("some", "large");
  private static final Set<String> ITEM_KEYS = Set.of("id", "text", "scale", "reversed", "aliases");
  private static final Set<String> SCALE_KEYS =
      Set.of(
          "id",
          "name",
          "measures",
          "scoring",
          "minAnswered",
          "concern",
          "bands",
          "norms",
          "reliability",
          "partnerDifference",
          "composite");
  private static final Set<String> BAND_KEYS =
      Set.of("from", "to", "label", "guidance", "forClient", "toTry");

  /** A client handout lists at most this many things to try per band. */
  static final int MAX_TO_TRY = 2;

  private static final Set<String> NORM_KEYS = Set.of("mean", "sd", "n", "source");
  private static final Set<String> RELIABILITY_KEYS = Set.of("alpha", "source");

  private QuestionnaireLoader() {}

  /**
   * Every questionnaire in a folder (files ending in .yaml or .yml, but not the couple patterns).
   */
  public static List<Questionnaire> loadDirectory(Path directory) {
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files =
          listing
              .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
              .filter(p -> !p.getFileName().toString().equals(PATTERNS_FILE))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return loadAll(files);
  }

  /** Loads several files, reporting the problems of all of them together; ids must be unique. */
  public static List<Questionnaire> loadAll(List<Path> files) {
    List<Problem> problems = new ArrayList<>();
    List<Questionnaire> loaded = new ArrayList<>();
    Map<String, Questionnaire> byId = new HashMap<>();
    for (Path file : files) {
      try {
        Questionnaire questionnaire = load(file);
        Questionnaire other = byId.putIfAbsent(questionnaire.id(), questionnaire);
        if (other != null) {
          problems.add(
              new Problem(
                  Position.ofFile(file),
                  "the questionnaire id \""
                      + questionnaire.id()
                      + "\" is also used by "
                      + other.source()
                      + "; give the copy a new id"));
        } else {
          loaded.add(questionnaire);
        }
      } catch (DefinitionException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new DefinitionException(problems);
    }
    return List.copyOf(loaded);
  }

  public static Questionnaire load(Path file) {
    List<Problem> problems = new ArrayList<>();
    YamlNode root = YamlReader.read(file, problems);
    Optional<Questionnaire> questionnaire = new Reading(file, problems).questionnaire(root);
    if (!problems.isEmpty() || questionnaire.isEmpty()) {
      if (problems.isEmpty()) {
        problems.add(new Problem(Position.ofFile(file), "the definition could not be read"));
      }
      throw new DefinitionException(problems);
    }
    return questionnaire.get();
  }

  /** One file's reading; collects problems and builds the values it can. */
  private static final class Reading {
    private final Path file;
    private final List<Problem> problems;

    Reading(Path file, List<Problem> problems) {
      this.file = file;
      this.problems = problems;
    }

    Optional<Questionnaire> questionnaire(YamlNode root) {
      if (root instanceof YamlNode.Null) {
        problems.add(
            new Problem(
                root.position(),
                "the file is empty; a questionnaire needs id, title, "
                    + "responseScale, items and scales"));
        return Optional.empty();
      }
      Optional<Fields> maybeTop = Fields.of(root, "the questionnaire", TOP_KEYS, problems);
      if (maybeTop.isEmpty()) {
        return Optional.empty();
      }
      Fields top = maybeTop.get();
      Optional<String> id = top.requiredText("id");
      id.filter(v -> !QUESTIONNAIRE_ID.matcher(v).matches())
          .ifPresent(
              v ->
                  top.problem(
                      top.positionOf("id"),
                      "the id \""
                          + v
                          + "\" should use lower-case letters, digits and dashes, starting with a letter"));
      Optional<String> version = top.requiredText("version");
      top.node("version")
          .filter(n -> n instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.TEXT)
          .ifPresent(
              n ->
                  top.problem(
                      n.position(),
                      "write the version in quotes, such as \"1.0\", so that it is read as written (1.10 is not 1.1)"));
      Optional<String> title = top.requiredText("title");
      String instructions = top.text("instructions").orElse("");
      String note = top.text("note").orElse("");
      int retestAfterDays = retestAfterDays(top);
      String language = language(top);
      Optional<ResponseScale> responseScale =
          top.node("responseScale").isPresent()
              ? responseScale(top.node("responseScale").get())
              : missing(top, "responseScale");
      PartnerDifference difference =
          top.node("partnerDifference")
              .flatMap(this::partnerDifference)
              .orElse(PartnerDifference.DEFAULT);

      List<ItemDraft> items = top.each("items", true, this::item);
      List<YamlNode> scaleNodes = top.list("scales", true);
      List<Scale> scales = scales(scaleNodes, items, responseScale);
      checkItemIds(items);
      checkItemScales(items, scales);

      if (id.isEmpty() || title.isEmpty() || responseScale.isEmpty() || version.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new Questionnaire(
              id.get(),
              version.get(),
              title.get(),
              instructions,
              note,
              retestAfterDays,
              language,
              responseScale.get(),
              difference,
              items.stream().map(ItemDraft::item).toList(),
              scales,
              file));
    }

    /** Days until a re-assessment is due: a whole number of at least 1, else the default. */
    private int retestAfterDays(Fields top) {
      Optional<Integer> days = top.integer("retestAfterDays");
      if (days.isPresent() && days.get() < 1) {
        top.problem(
            top.positionOf("retestAfterDays"),
            "\"retestAfterDays\" should be a number of days of at least 1, "
                + "found "
                + days.get()
                + "; leave it out for "
                + Questionnaire.DEFAULT_RETEST_AFTER_DAYS
                + " days");
        return Questionnaire.DEFAULT_RETEST_AFTER_DAYS;
      }
      return days.orElse(Questionnaire.DEFAULT_RETEST_AFTER_DAYS);
    }

    /** The language tag of the texts: a well-formed BCP 47 tag, else the default. */
    private String language(Fields top) {
      Optional<String> language = top.text("language");
      if (language.isPresent() && !LANGUAGE.matcher(language.get()).matches()) {
        top.problem(
            top.positionOf("language"),
            "\"language\" should be a language tag such as en, en-GB, de or pt-BR (BCP 47), found \""
                + language.get()
                + "\"; leave it out for "
                + Questionnaire.DEFAULT_LANGUAGE);
        return Questionnaire.DEFAULT_LANGUAGE;
      }
      return language.orElse(Questionnaire.DEFAULT_LANGUAGE);
    }

    private <T> Optional<T> missing(Fields fields, String key) {
      problems.add(new Problem(fields.position(), "the questionnaire needs \"" + key + "\""));
      return Optional.empty();
    }

    private Optional<ResponseScale> responseScale(YamlNode node) {
      Optional<Fields> maybe = Fields.of(node, "responseScale", RESPONSE_SCALE_KEYS, problems);
      if (maybe.isEmpty()) {
        return Optional.empty();
      }
      Fields fields = maybe.get();
      Optional<Integer> min = fields.requiredInteger("min");
      Optional<Integer> max = fields.requiredInteger("max");
      if (min.isEmpty() || max.isEmpty()) {
        return Optional.empty();
      }
      if (min.get() >= max.get()) {
        fields.problem(
            fields.positionOf("max"),
            "responseScale max (" + max.get() + ") must be greater than min (" + min.get() + ")");
        return Optional.empty();
      }
      if (max.get() - min.get() > 100) {
        fields.problem(
            fields.positionOf("max"),
            "responseScale has "
                + (max.get() - min.get() + 1)
                + " points; at most 101 are supported");
        return Optional.empty();
      }
      Map<Integer, String> labels = new LinkedHashMap<>();
      Optional<YamlNode> labelNode = fields.node("labels");
      if (labelNode.isEmpty()) {
        fields.problem(
            fields.position(),
            "responseScale needs \"labels\": a label for every point from "
                + min.get()
                + " to "
                + max.get());
        return Optional.empty();
      }
      if (!(labelNode.get() instanceof YamlNode.Mapping labelMap)) {
        fields.problem(
            labelNode.get().position(),
            "responseScale labels should be a block like \"1: Strongly disagree\", found "
                + labelNode.get().kind());
        return Optional.empty();
      }
      for (YamlNode.Entry entry : labelMap.entries().values()) {
        int point;
        try {
          point = Integer.parseInt(entry.key().strip());
        } catch (NumberFormatException e) {
          fields.problem(
              entry.keyPosition(),
              "the label key \""
                  + entry.key()
                  + "\" should be a whole number between "
                  + min.get()
                  + " and "
                  + max.get());
          continue;
        }
        if (point < min.get() || point > max.get()) {
          fields.problem(
              entry.keyPosition(),
              "there is a label for "
                  + point
                  + ", outside the scale "
                  + min.get()
                  + " to "
                  + max.get());
          continue;
        }
        if (entry.value() instanceof YamlNode.Scalar scalar && !scalar.text().isBlank()) {
          labels.put(point, scalar.text().strip());
        } else {
          fields.problem(entry.value().position(), "the label for " + point + " should be text");
        }
      }
      List<String> uncovered = new ArrayList<>();
      for (int point = min.get(); point <= max.get(); point++) {
        if (!labels.containsKey(point)) {
          uncovered.add(Integer.toString(point));
        }
      }
      if (!uncovered.isEmpty()) {
        fields.problem(
            labelMap.position(),
            "the labels do not cover the scale "
                + min.get()
                + " to "
                + max.get()
                + ": no label for "
                + String.join(", ", uncovered));
      }
      Map<String, Integer> seen = new HashMap<>();
      for (Map.Entry<Integer, String> label : labels.entrySet()) {
        Integer other =
            seen.putIfAbsent(label.getValue().toLowerCase(java.util.Locale.ROOT), label.getKey());
        if (other != null) {
          fields.problem(
              labelMap.position(),
              "the label \""
                  + label.getValue()
                  + "\" is used for both "
                  + other
                  + " and "
                  + label.getKey()
                  + "; answers given as labels would be ambiguous");
        }
      }
      return Optional.of(new ResponseScale(min.get(), max.get(), labels));
    }

    private Optional<PartnerDifference> partnerDifference(YamlNode node) {
      Optional<Fields> maybe = Fields.of(node, "partnerDifference", DIFFERENCE_KEYS, problems);
      if (maybe.isEmpty()) {
        return Optional.empty();
      }
      Fields fields = maybe.get();
      OptionalDouble some = fields.requiredNumber("some");
      OptionalDouble large = fields.requiredNumber("large");
      if (some.isEmpty() || large.isEmpty()) {
        return Optional.empty();
      }
      if (some.getAsDouble() <= 0 || large.getAsDouble() <= some.getAsDouble()) {
        fields.problem(
            fields.position(),
            "partnerDifference needs 0 < some < large, found some "
                + some.getAsDouble()
                + " and large "
                + large.getAsDouble());
        return Optional.empty();
      }
      return Optional.of(new PartnerDifference(some.getAsDouble(), large.getAsDouble()));
    }

    private record ItemDraft(Item item, Position position, Position scalePosition) {}

    private Optional<ItemDraft> item(YamlNode node) {
      Optional<Fields> maybe = Fields.of(node, "an item", ITEM_KEYS, problems);
      if (maybe.isEmpty()) {
        return Optional.empty();
      }
      Fields fields = maybe.get();
      Optional<String> id = fields.requiredText("id");
      id.filter(v -> !ITEM_ID.matcher(v).matches())
          .ifPresent(
              v ->
                  fields.problem(
                      fields.positionOf("id"),
                      "the item id \""
                          + v
                          + "\" should use letters, digits and underscores, starting with a letter"));
      Optional<String> text = fields.requiredText("text");
      Optional<String> scale = fields.requiredText("scale");
      boolean reversed = fields.bool("reversed").orElse(false);
      List<String> aliases = fields.texts("aliases");
      if (id.isEmpty() || text.isEmpty() || scale.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new ItemDraft(
              new Item(id.get(), text.get(), scale.get(), reversed, aliases),
              fields.position(),
              fields.positionOf("scale")));
    }

    private void checkItemIds(List<ItemDraft> items) {
      Map<String, ItemDraft> seen = new HashMap<>();
      for (ItemDraft draft : items) {
        ItemDraft first = seen.putIfAbsent(draft.item().id(), draft);
        if (first != null) {
          problems.add(
              new Problem(
                  draft.position(),
                  "the item id \""
                      + draft.item().id()
                      + "\" is used twice (first at line "
                      + first.position().line()
                      + "); item ids must be unique"));
        }
      }
    }

    private void checkItemScales(List<ItemDraft> items, List<Scale> scales) {
      Map<String, Scale> byId = new HashMap<>();
      scales.forEach(s -> byId.putIfAbsent(s.id(), s));
      for (ItemDraft draft : items) {
        Scale scale = byId.get(draft.item().scaleId());
        if (scale == null) {
          problems.add(
              new Problem(
                  draft.scalePosition(),
                  "item \""
                      + draft.item().id()
                      + "\" belongs to the scale \""
                      + draft.item().scaleId()
                      + "\", which is not defined under scales"
                      + (byId.isEmpty()
                          ? ""
                          : "; the scales are "
                              + String.join(", ", byId.keySet().stream().sorted().toList()))));
        } else if (scale.isComposite()) {
          problems.add(
              new Problem(
                  draft.scalePosition(),
                  "item \""
                      + draft.item().id()
                      + "\" points at the composite scale \""
                      + scale.id()
                      + "\"; items belong to ordinary scales, composites combine those"));
        }
      }
    }

    private List<Scale> scales(
        List<YamlNode> nodes, List<ItemDraft> items, Optional<ResponseScale> responseScale) {
      Map<String, List<String>> itemsByScale = new LinkedHashMap<>();
      for (ItemDraft draft : items) {
        itemsByScale
            .computeIfAbsent(draft.item().scaleId(), k -> new ArrayList<>())
            .add(draft.item().id());
      }
      Map<String, Scale> built = new LinkedHashMap<>();
      Map<String, Position> positions = new HashMap<>();
      List<Fields> composites = new ArrayList<>();
      for (YamlNode node : nodes) {
        Optional<Fields> maybe = Fields.of(node, "a scale", SCALE_KEYS, problems);
        if (maybe.isEmpty()) {
          continue;
        }
        Fields fields = maybe.get();
        Optional<String> id = fields.requiredText("id");
        if (id.isEmpty()) {
          continue;
        }
        if (!SCALE_ID.matcher(id.get()).matches()) {
          fields.problem(
              fields.positionOf("id"),
              "the scale id \""
                  + id.get()
                  + "\" should use lower-case letters, digits, dashes and underscores, starting with a letter");
        }
        Position first = positions.putIfAbsent(id.get(), fields.position());
        if (first != null) {
          fields.problem(
              fields.positionOf("id"),
              "the scale id \""
                  + id.get()
                  + "\" is used twice (first at line "
                  + first.line()
                  + "); scale ids must be unique");
          continue;
        }
        if (fields.node("composite").isPresent()) {
          composites.add(fields);
          continue;
        }
        itemScale(fields, id.get(), itemsByScale.getOrDefault(id.get(), List.of()), responseScale)
            .ifPresent(s -> built.put(s.id(), s));
      }
      for (Fields fields : composites) {
        compositeScale(fields, built).ifPresent(s -> built.put(s.id(), s));
      }
      // keep the order of the file
      List<Scale> ordered = new ArrayList<>();
      for (String id :
          positions.keySet().stream()
              .sorted((a, b) -> comparePositions(positions.get(a), positions.get(b)))
              .toList()) {
        if (built.containsKey(id)) {
          ordered.add(built.get(id));
        }
      }
      return ordered;
    }

    private static int comparePositions(Position a, Position b) {
      return a.line() != b.line()
          ? Integer.compare(a.line(), b.line())
          : Integer.compare(a.column(), b.column());
    }

    private Optional<Scale> itemScale(
        Fields fields, String id, List<String> itemIds, Optional<ResponseScale> responseScale) {
      Optional<String> name = fields.requiredText("name");
      String measures = fields.text("measures").orElse("");
      Scoring scoring = fields.choice("scoring", Scoring.class).orElse(Scoring.MEAN);
      double minAnswered = fields.number("minAnswered").orElse(DEFAULT_MIN_ANSWERED);
      if (minAnswered <= 0 || minAnswered > 1) {
        fields.problem(
            fields.positionOf("minAnswered"),
            "minAnswered of scale \""
                + id
                + "\" is a share of its items between 0 and 1 (0.8 means 80%), found "
                + minAnswered);
      }
      Concern concern = fields.choice("concern", Concern.class).orElse(Concern.NONE);
      Optional<Norms> norms = fields.node("norms").flatMap(n -> norms(n, id));
      Optional<Reliability> reliability =
          fields.node("reliability").flatMap(n -> reliability(n, id));
      Optional<PartnerDifference> difference =
          fields.node("partnerDifference").flatMap(this::partnerDifference);
      if (itemIds.isEmpty()) {
        fields.problem(
            fields.positionOf("id"),
            "the scale \""
                + id
                + "\" has no items; give items \"scale: "
                + id
                + "\", or make it a composite of other scales");
      }
      if (responseScale.isEmpty() || name.isEmpty()) {
        fields.list("bands", true);
        return Optional.empty();
      }
      int k = Math.max(1, itemIds.size());
      double lowest =
          scoring == Scoring.SUM
              ? responseScale.get().min() * (double) k
              : responseScale.get().min();
      double highest =
          scoring == Scoring.SUM
              ? responseScale.get().max() * (double) k
              : responseScale.get().max();
      List<Band> bands = bands(fields, id, lowest, highest);
      return Optional.of(
          new Scale(
              id,
              name.get(),
              measures,
              scoring,
              minAnswered,
              concern,
              bands,
              norms,
              reliability,
              difference,
              itemIds,
              Map.of(),
              lowest,
              highest));
    }

    private Optional<Scale> compositeScale(Fields fields, Map<String, Scale> itemScales) {
      String id = fields.text("id").orElseThrow();
      Optional<String> name = fields.requiredText("name");
      String measures = fields.text("measures").orElse("");
      for (String key : List.of("scoring", "minAnswered")) {
        if (fields.node(key).isPresent()) {
          fields.problem(
              fields.positionOf(key),
              "the composite scale \""
                  + id
                  + "\" takes no \""
                  + key
                  + "\": it combines the scores of its component scales");
        }
      }
      Concern concern = fields.choice("concern", Concern.class).orElse(Concern.NONE);
      Optional<Norms> norms = fields.node("norms").flatMap(n -> norms(n, id));
      Optional<Reliability> reliability =
          fields.node("reliability").flatMap(n -> reliability(n, id));
      Optional<PartnerDifference> difference =
          fields.node("partnerDifference").flatMap(this::partnerDifference);
      YamlNode node = fields.node("composite").orElseThrow();
      Map<String, Double> weights = new LinkedHashMap<>();
      double lowest = 0;
      double highest = 0;
      boolean complete = true;
      if (node instanceof YamlNode.Mapping mapping && !mapping.entries().isEmpty()) {
        for (YamlNode.Entry entry : mapping.entries().values()) {
          OptionalDouble weight =
              fields.asNumber(
                  entry.value(),
                  "the weight of \"" + entry.key() + "\" in composite \"" + id + "\"");
          Scale component = itemScales.get(entry.key());
          if (component == null) {
            fields.problem(
                entry.keyPosition(),
                "the composite scale \""
                    + id
                    + "\" uses \""
                    + entry.key()
                    + "\", which is not an ordinary scale of this questionnaire"
                    + (itemScales.isEmpty()
                        ? ""
                        : "; the scales are " + String.join(", ", itemScales.keySet())));
            complete = false;
            continue;
          }
          if (weight.isEmpty()) {
            complete = false;
            continue;
          }
          double w = weight.getAsDouble();
          weights.put(entry.key(), w);
          lowest += w >= 0 ? w * component.lowest() : w * component.highest();
          highest += w >= 0 ? w * component.highest() : w * component.lowest();
        }
      } else {
        fields.problem(
            node.position(),
            "composite of scale \""
                + id
                + "\" should be a block of component scales and weights, like \"separateness: 1\"");
        complete = false;
      }
      if (!complete || name.isEmpty() || weights.isEmpty()) {
        fields.list("bands", true);
        return Optional.empty();
      }
      List<Band> bands = bands(fields, id, lowest, highest);
      return Optional.of(
          new Scale(
              id,
              name.get(),
              measures,
              Scoring.MEAN,
              1.0,
              concern,
              bands,
              norms,
              reliability,
              difference,
              List.of(),
              weights,
              lowest,
              highest));
    }

    private List<String> toTry(Fields band, String scaleId, String label) {
      List<String> things = band.texts("toTry");
      if (things.size() > MAX_TO_TRY) {
        band.problem(
            band.positionOf("toTry"),
            "\"toTry\" in the band \""
                + label
                + "\" of scale \""
                + scaleId
                + "\" lists "
                + things.size()
                + " things; give one or two, so that the client handout stays short");
      }
      return things;
    }

    /**
     * The client handout reads {@code forClient} and {@code toTry} of whichever band a score falls
     * in, so a scale that has them on one band needs them on all.
     */
    private void handoutTextsOnEveryBand(
        List<Band> bands, List<Position> positions, String scaleId) {
      boolean anyText = bands.stream().anyMatch(b -> b.forClient().isPresent());
      boolean anyTry = bands.stream().anyMatch(b -> !b.toTry().isEmpty());
      for (int i = 0; i < bands.size(); i++) {
        Band band = bands.get(i);
        List<String> lacking = new ArrayList<>();
        if (anyText && band.forClient().isEmpty()) {
          lacking.add("\"forClient\"");
        }
        if (anyTry && band.toTry().isEmpty()) {
          lacking.add("\"toTry\"");
        }
        if (!lacking.isEmpty()) {
          problems.add(
              new Problem(
                  positions.get(i),
                  "the band \""
                      + band.label()
                      + "\" of scale \""
                      + scaleId
                      + "\" has no "
                      + String.join(" or ", lacking)
                      + " while other bands of the scale have them; the "
                      + "client handout needs them on every band, so add them here"));
        }
      }
    }

    private List<Band> bands(Fields fields, String scaleId, double lowest, double highest) {
      List<Band> bands = new ArrayList<>();
      List<Position> positions = new ArrayList<>();
      for (YamlNode node : fields.list("bands", true)) {
        Optional<Fields> maybe =
            Fields.of(node, "a band of scale \"" + scaleId + "\"", BAND_KEYS, problems);
        if (maybe.isEmpty()) {
          continue;
        }
        Fields band = maybe.get();
        OptionalDouble from = band.requiredNumber("from");
        OptionalDouble to = band.requiredNumber("to");
        Optional<String> label = band.requiredText("label");
        Optional<String> guidance = band.requiredText("guidance");
        if (from.isEmpty() || to.isEmpty() || label.isEmpty() || guidance.isEmpty()) {
          continue;
        }
        if (from.getAsDouble() >= to.getAsDouble()) {
          band.problem(
              band.positionOf("to"),
              "the band \""
                  + label.get()
                  + "\" of scale \""
                  + scaleId
                  + "\" ends ("
                  + fmt(to.getAsDouble())
                  + ") where it should be above its start ("
                  + fmt(from.getAsDouble())
                  + ")");
          continue;
        }
        bands.add(
            new Band(
                from.getAsDouble(),
                to.getAsDouble(),
                label.get(),
                guidance.get(),
                band.text("forClient"),
                toTry(band, scaleId, label.get())));
        positions.add(band.position());
      }
      handoutTextsOnEveryBand(bands, positions, scaleId);
      if (bands.isEmpty()) {
        return bands;
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < bands.size(); i++) {
        order.add(i);
      }
      order.sort((a, b) -> Double.compare(bands.get(a).from(), bands.get(b).from()));
      Band first = bands.get(order.get(0));
      if (first.from() > lowest + EPSILON) {
        problems.add(
            new Problem(
                positions.get(order.get(0)),
                "the bands of scale \""
                    + scaleId
                    + "\" leave a gap: scores from "
                    + fmt(lowest)
                    + " to "
                    + fmt(first.from())
                    + " are in no band (the lowest possible score is "
                    + fmt(lowest)
                    + ")"));
      } else if (first.from() < lowest - EPSILON) {
        problems.add(
            new Problem(
                positions.get(order.get(0)),
                "the band \""
                    + first.label()
                    + "\" of scale \""
                    + scaleId
                    + "\" starts at "
                    + fmt(first.from())
                    + ", below the lowest possible score "
                    + fmt(lowest)));
      }
      for (int n = 1; n < order.size(); n++) {
        Band previous = bands.get(order.get(n - 1));
        Band current = bands.get(order.get(n));
        Position at = positions.get(order.get(n));
        if (current.from() < previous.to() - EPSILON) {
          problems.add(
              new Problem(
                  at,
                  "the bands \""
                      + previous.label()
                      + "\" and \""
                      + current.label()
                      + "\" of scale \""
                      + scaleId
                      + "\" overlap: "
                      + fmt(current.from())
                      + " to "
                      + fmt(Math.min(previous.to(), current.to()))
                      + " is in both"));
        } else if (current.from() > previous.to() + EPSILON) {
          problems.add(
              new Problem(
                  at,
                  "the bands of scale \""
                      + scaleId
                      + "\" leave a gap: scores from "
                      + fmt(previous.to())
                      + " to "
                      + fmt(current.from())
                      + " are in no band; let \""
                      + current.label()
                      + "\" start where \""
                      + previous.label()
                      + "\" ends"));
        }
      }
      Band last = bands.get(order.get(order.size() - 1));
      if (last.to() < highest - EPSILON) {
        problems.add(
            new Problem(
                positions.get(order.get(order.size() - 1)),
                "the bands of scale \""
                    + scaleId
                    + "\" leave a gap: scores from "
                    + fmt(last.to())
                    + " to "
                    + fmt(highest)
                    + " are in no band (the highest possible score is "
                    + fmt(highest)
                    + ")"));
      } else if (last.to() > highest + EPSILON) {
        problems.add(
            new Problem(
                positions.get(order.get(order.size() - 1)),
                "the band \""
                    + last.label()
                    + "\" of scale \""
                    + scaleId
                    + "\" ends at "
                    + fmt(last.to())
                    + ", above the highest possible score "
                    + fmt(highest)));
      }
      return order.stream().map(bands::get).toList();
    }

    private Optional<Norms> norms(YamlNode node, String scaleId) {
      Optional<Fields> maybe =
          Fields.of(node, "the norms of scale \"" + scaleId + "\"", NORM_KEYS, problems);
      if (maybe.isEmpty()) {
        return Optional.empty();
      }
      Fields fields = maybe.get();
      OptionalDouble mean = fields.requiredNumber("mean");
      OptionalDouble sd = fields.requiredNumber("sd");
      Optional<Integer> n = fields.requiredInteger("n");
      Optional<String> source = fields.requiredText("source");
      if (sd.isPresent() && sd.getAsDouble() <= 0) {
        fields.problem(
            fields.positionOf("sd"), "the norms' sd of scale \"" + scaleId + "\" must be above 0");
        return Optional.empty();
      }
      if (n.isPresent() && n.get() < 2) {
        fields.problem(
            fields.positionOf("n"), "the norms' n of scale \"" + scaleId + "\" must be at least 2");
        return Optional.empty();
      }
      if (mean.isEmpty() || sd.isEmpty() || n.isEmpty() || source.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Norms(mean.getAsDouble(), sd.getAsDouble(), n.get(), source.get()));
    }

    private Optional<Reliability> reliability(YamlNode node, String scaleId) {
      Optional<Fields> maybe =
          Fields.of(
              node, "the reliability of scale \"" + scaleId + "\"", RELIABILITY_KEYS, problems);
      if (maybe.isEmpty()) {
        return Optional.empty();
      }
      Fields fields = maybe.get();
      OptionalDouble alpha = fields.requiredNumber("alpha");
      Optional<String> source = fields.requiredText("source");
      if (alpha.isPresent() && (alpha.getAsDouble() <= 0 || alpha.getAsDouble() >= 1)) {
        fields.problem(
            fields.positionOf("alpha"),
            "the reliability alpha of scale \""
                + scaleId
                + "\" must be between 0 and 1 (exclusive), found "
                + alpha.getAsDouble());
        return Optional.empty();
      }
      if (alpha.isEmpty() || source.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Reliability(alpha.getAsDouble(), source.get()));
    }

    private static String fmt(double value) {
      return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
  }
}
