package dev.tandem.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.stats.CohortStatistics;
import dev.tandem.stats.Correlation;
import dev.tandem.stats.Descriptives;
import dev.tandem.stats.InternalConsistency;
import dev.tandem.stats.ItemFlag;
import dev.tandem.stats.ItemStatistics;
import dev.tandem.stats.QuestionnaireStatistics;
import dev.tandem.stats.ScaleStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The JSON form of cohort statistics. The field names are a contract: questionnaires[id, scales[id,
 * n, mean, sd, median, min, max, skew, kurtosis, se, alpha, stdAlpha, alphaCi, items[id, n, mean,
 * sd, rDrop, alphaIfDropped]]], correlations[a, b, r, n, p]. Numbers are written in full precision;
 * a statistic that cannot be computed is null, and an object with a null (or a weak item) has a
 * "notes" array saying why.
 */
final class StatsJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private StatsJson() {}

  static String write(CohortStatistics statistics) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode questionnaires = root.putArray("questionnaires");
    for (QuestionnaireStatistics q : statistics.questionnaires()) {
      ObjectNode questionnaire = questionnaires.addObject();
      questionnaire.put("id", q.id());
      ArrayNode scales = questionnaire.putArray("scales");
      for (ScaleStatistics s : q.scales()) {
        scales.add(scale(s));
      }
    }
    ArrayNode correlations = root.putArray("correlations");
    for (Correlation c : statistics.correlations()) {
      ObjectNode correlation = correlations.addObject();
      correlation.put("a", c.a());
      correlation.put("b", c.b());
      number(correlation, "r", c.r());
      correlation.put("n", c.n());
      number(correlation, "p", c.p());
      notes(correlation, c.notes());
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("statistics could not be written as JSON", e);
    }
  }

  private static ObjectNode scale(ScaleStatistics s) {
    Descriptives d = s.descriptives();
    InternalConsistency c = s.consistency();
    ObjectNode scale = MAPPER.createObjectNode();
    scale.put("id", s.id());
    scale.put("n", d.n());
    number(scale, "mean", d.mean());
    number(scale, "sd", d.sd());
    number(scale, "median", d.median());
    number(scale, "min", d.min());
    number(scale, "max", d.max());
    number(scale, "skew", d.skew());
    number(scale, "kurtosis", d.kurtosis());
    number(scale, "se", d.se());
    number(scale, "alpha", c.alpha());
    number(scale, "stdAlpha", c.stdAlpha());
    if (c.alphaCiLow().isPresent() && c.alphaCiHigh().isPresent()) {
      ArrayNode ci = scale.putArray("alphaCi");
      ci.add(finite(c.alphaCiLow().getAsDouble()));
      ci.add(finite(c.alphaCiHigh().getAsDouble()));
    } else {
      scale.putNull("alphaCi");
    }
    ArrayNode items = scale.putArray("items");
    for (ItemStatistics i : c.items()) {
      ObjectNode item = items.addObject();
      item.put("id", i.itemId());
      item.put("n", i.n());
      number(item, "mean", i.mean());
      number(item, "sd", i.sd());
      number(item, "rDrop", i.rDrop());
      number(item, "alphaIfDropped", i.alphaIfDropped());
      List<String> notes = new ArrayList<>(i.notes());
      i.flags().stream().map(ItemFlag::advice).map(a -> "weak item: " + a).forEach(notes::add);
      notes(item, notes);
    }
    List<String> notes = new ArrayList<>(d.notes());
    notes.addAll(c.notes());
    notes(scale, notes);
    return scale;
  }

  private static void number(ObjectNode node, String name, OptionalDouble value) {
    if (value.isPresent() && Double.isFinite(value.getAsDouble())) {
      node.put(name, value.getAsDouble());
    } else {
      node.putNull(name);
    }
  }

  private static double finite(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalStateException("a statistic is not a finite number");
    }
    return value;
  }

  private static void notes(ObjectNode node, List<String> notes) {
    if (!notes.isEmpty()) {
      ArrayNode array = node.putArray("notes");
      notes.forEach(array::add);
    }
  }
}
