package dev.tandem.form;

import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.ResponseScale;
import dev.tandem.questionnaire.Scale;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * One form handed to clients: one or more questionnaires in the order given. Owns what every target
 * needs beyond the definitions themselves: the form's title and file name, the column each
 * statement gets in Tandem's plain layout, and which statements the scales' minimums make required.
 */
public record Form(List<Questionnaire> questionnaires) {

  /** The identity columns of Tandem's plain layout, as {@code tandem template} writes them. */
  public static final List<String> IDENTITY_HEADERS = List.of("Client", "Couple code", "Date");

  /** The couple-code question every target asks, and the help shown under it. */
  static final String COUPLE_CODE = "Couple code";

  static final String COUPLE_CODE_HELP =
      "The short code your coach gave you. If your partner answers too, they type the same code.";

  public Form {
    Objects.requireNonNull(questionnaires, "questionnaires must not be null");
    questionnaires = List.copyOf(questionnaires);
    if (questionnaires.isEmpty()) {
      throw new IllegalArgumentException("a form needs at least one questionnaire");
    }
    Set<String> ids = new HashSet<>();
    for (Questionnaire questionnaire : questionnaires) {
      if (!ids.add(questionnaire.id())) {
        throw new IllegalArgumentException(
            "questionnaire " + questionnaire.id() + " is in the form twice");
      }
    }
  }

  /** The titles, joined: "Need for solitude", or "Need for solitude and Insecurity triggers". */
  public String title() {
    List<String> titles = questionnaires.stream().map(Questionnaire::title).toList();
    if (titles.size() == 1) {
      return titles.get(0);
    }
    return String.join(", ", titles.subList(0, titles.size() - 1))
        + " and "
        + titles.get(titles.size() - 1);
  }

  /** The language of the form's page: that of its first questionnaire. */
  public String language() {
    return questionnaires.get(0).language();
  }

  /** The name of the form's files without extension: the questionnaire ids joined by "+". */
  public String fileStem() {
    return String.join("+", questionnaires.stream().map(Questionnaire::id).toList());
  }

  /**
   * The header of a statement's column in Tandem's plain layout: the item id, or
   * questionnaire-id.item-id when another questionnaire of the form has an item with the same id.
   */
  public String column(Questionnaire questionnaire, Item item) {
    Map<String, Integer> uses = new HashMap<>();
    for (Questionnaire q : questionnaires) {
      for (Item i : q.items()) {
        uses.merge(i.id(), 1, Integer::sum);
      }
    }
    return uses.get(item.id()) > 1 ? questionnaire.id() + "." + item.id() : item.id();
  }

  /** True when the statement's scale needs every one of its statements answered. */
  public static boolean required(Questionnaire questionnaire, Item item) {
    return questionnaire
        .scale(item.scaleId())
        .map(scale -> scale.minimumAnswered() >= scale.itemIds().size())
        .orElse(false);
  }

  /** The labels of a response scale, lowest value first. */
  static List<String> labels(ResponseScale scale) {
    return IntStream.rangeClosed(scale.min(), scale.max()).mapToObj(scale::label).toList();
  }

  /** The scored scales of a questionnaire that have statements, each with its minimum. */
  static List<Scale> itemScales(Questionnaire questionnaire) {
    return questionnaire.scales().stream()
        .filter(s -> !s.isComposite() && !s.itemIds().isEmpty())
        .toList();
  }
}
