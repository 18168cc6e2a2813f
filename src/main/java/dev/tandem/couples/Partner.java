package dev.tandem.couples;

/**
 * The two sides of a couple. Partner A is the client whose first response comes first in the input
 * (file order), partner B the other; the letters carry no meaning beyond that.
 */
public enum Partner {
  A,
  B;

  public Partner other() {
    return this == A ? B : A;
  }

  /** "partner A" or "partner B", the way reports and messages name a side. */
  public String label() {
    return "partner " + name();
  }
}
