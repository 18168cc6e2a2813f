package dev.tandem.questionnaire;

/**
 * How far apart two partners' scores on a scale must be to count as "some difference" and as a
 * "large difference"; closer than {@code some} is "similar".
 */
public record PartnerDifference(double some, double large) {

  public static final PartnerDifference DEFAULT = new PartnerDifference(0.75, 1.5);

  public DifferenceSize classify(double difference) {
    double size = Math.abs(difference);
    if (size >= large) {
      return DifferenceSize.LARGE;
    }
    return size >= some ? DifferenceSize.SOME : DifferenceSize.SIMILAR;
  }

  public enum DifferenceSize {
    SIMILAR("similar"),
    SOME("some difference"),
    LARGE("large difference");

    private final String words;

    DifferenceSize(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }
}
