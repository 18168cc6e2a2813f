package dev.tandem.questionnaire;

import java.util.List;
import java.util.Objects;

/** One statement a client rates on the questionnaire's response scale. */
public record Item(String id, String text, String scaleId, boolean reversed, List<String> aliases) {

  public Item {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(scaleId, "scaleId must not be null");
    aliases = List.copyOf(aliases);
  }
}
