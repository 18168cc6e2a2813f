package dev.tandem.report;

import dev.tandem.couples.CoupleComparison;
import dev.tandem.couples.Partner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The space agreement worksheet of the couple handout: the questions a couple answers together
 * (each partner's time alone, keeping in touch, what reassurance helps, when to review it), each
 * with a suggestion from their scores and room to write by hand. A high "Recharging alone" suggests
 * a fixed evening; a high "Need for contact while apart" a check-in message; a high "Sensitivity to
 * being left" equal time to voice worries first.
 */
record SpaceAgreement(List<Question> questions) {

  static final String TITLE = "Our space agreement";
  static final String INTRO =
      "Time apart works best when it is concrete and agreed by you both. Talk these "
          + "questions through together, give each of you equal time to speak, and write down what you agree. The "
          + "suggestions come from your answers; change them freely.";

  static final String RECHARGE = "need-for-solitude.recharge";
  static final String REASSURANCE = "insecurity-triggers.reassurance";
  static final String ABANDONMENT = "insecurity-triggers.abandonment";
  private static final String HIGH = "High";

  SpaceAgreement {
    questions = List.copyOf(questions);
  }

  /** One question, the suggestion from the scores, and the lines left to write on. */
  record Question(String question, String suggestion) {}

  static SpaceAgreement of(CoupleComparison comparison, String nameA, String nameB) {
    List<Question> questions = new ArrayList<>();
    questions.add(alone(comparison, Partner.A, nameA));
    questions.add(alone(comparison, Partner.B, nameB));
    List<String> contact = who(comparison, REASSURANCE, nameA, nameB);
    questions.add(
        new Question(
            "How we keep in touch while apart",
            contact.isEmpty()
                ? "A short message when one of you heads off and another when you are back."
                : "A check-in message at an agreed time, for example at lunchtime and before bed, helps "
                    + String.join(" and ", contact)
                    + " feel connected."));
    List<String> worried = who(comparison, ABANDONMENT, nameA, nameB);
    questions.add(
        new Question(
            "What reassurance helps",
            worried.isEmpty()
                ? "A small gesture while apart, such as a good-morning message or a plan for when you "
                    + "meet again."
                : String.join(" and ", worried)
                    + " first gets as much time to say what worries them as the other "
                    + "gets to explain the need for space; then add a small gesture, such as a plan for when you meet "
                    + "again."));
    questions.add(
        new Question(
            "When we look at this again",
            "In about four weeks. Write the date here, and what you will keep or change."));
    return new SpaceAgreement(questions);
  }

  private static Question alone(CoupleComparison comparison, Partner partner, String name) {
    Optional<String> band = CoupleHandout.band(comparison, RECHARGE, partner);
    String suggestion =
        band.map(
                b ->
                    switch (b) {
                      case HIGH ->
                          "Time alone restores "
                              + name
                              + " a lot: a fixed evening each week, for example Tuesday "
                              + "from 7 pm, and say when you will be back in touch.";
                      case "Moderate" ->
                          "A shorter, regular slot, such as an hour after work twice a week.";
                      default ->
                          "Perhaps little time alone; name what refuels "
                              + name
                              + " instead, alone or together.";
                    })
            .orElse("Say when, how long, and when you will be back in touch.");
    return new Question("Time alone for " + name + ": when, and for how long", suggestion);
  }

  private static List<String> who(
      CoupleComparison comparison, String reference, String nameA, String nameB) {
    List<String> names = new ArrayList<>();
    if (CoupleHandout.band(comparison, reference, Partner.A).filter(HIGH::equals).isPresent()) {
      names.add(nameA);
    }
    if (CoupleHandout.band(comparison, reference, Partner.B).filter(HIGH::equals).isPresent()) {
      names.add(nameB);
    }
    return names;
  }
}
