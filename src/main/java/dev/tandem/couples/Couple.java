package dev.tandem.couples;

import dev.tandem.scoring.Client;
import java.util.Objects;

/** Two clients who share a couple code; {@code a} is partner A and {@code b} partner B. */
public record Couple(String code, Client a, Client b) {

  public Couple {
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(a, "a must not be null");
    Objects.requireNonNull(b, "b must not be null");
  }

  public Client partner(Partner partner) {
    return partner == Partner.A ? a : b;
  }

  /** Safe to log: the couple code only, never a name or an answer. */
  @Override
  public String toString() {
    return "Couple[" + code + "]";
  }
}
