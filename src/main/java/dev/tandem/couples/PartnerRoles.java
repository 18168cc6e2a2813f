package dev.tandem.couples;

import dev.tandem.scoring.Client;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A label per client that tells the partners of a couple apart in the same way across couples, such
 * as A/B from the coach's forms or a gender column, keyed by client id. The sample exports carry no
 * such column, so the default is {@link #NONE}; a paired t-test across couples needs roles (see
 * {@link PartnerSimilarity}).
 */
public record PartnerRoles(Map<String, String> byClientId) {

  public static final PartnerRoles NONE = new PartnerRoles(Map.of());

  public PartnerRoles {
    byClientId = Map.copyOf(byClientId);
  }

  public Optional<String> role(Client client) {
    Objects.requireNonNull(client, "client must not be null");
    return Optional.ofNullable(byClientId.get(client.id()))
        .map(String::strip)
        .filter(r -> !r.isEmpty());
  }
}
