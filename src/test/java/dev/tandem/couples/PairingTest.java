package dev.tandem.couples;

import static dev.tandem.couples.CoupleFixtures.client;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.scoring.Client;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairingTest {

  private final Client ann = client("ann").code("C01").build();
  private final Client ben = client("ben").code(" c01 ").build();
  private final Client cat = client("cat").code("C02").build();
  private final Client dan = client("dan").code("C03").build();
  private final Client eve = client("eve").code("C03").build();
  private final Client fay = client("fay").code("C03").build();
  private final Client gus = client("gus").code(null).build();
  private final Client hal = client("hal").code("  ").build();

  @Test
  void clientsSharingACodeBecomeACoupleInInputOrder() {
    Pairing pairing = Pairing.of(List.of(ann, cat, ben));

    assertThat(pairing.couples())
        .singleElement()
        .satisfies(
            couple -> {
              assertThat(couple.code()).isEqualTo("C01");
              assertThat(couple.a()).isSameAs(ann);
              assertThat(couple.b()).isSameAs(ben);
            });
  }

  @Test
  void everyClientLandsInExactlyOneGroup() {
    Pairing pairing = Pairing.of(List.of(ann, ben, cat, dan, eve, fay, gus, hal));

    assertThat(pairing.couples()).extracting(Couple::code).containsExactly("C01");
    assertThat(pairing.waiting())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo("C02");
              assertThat(w.client()).isSameAs(cat);
            });
    assertThat(pairing.overfull())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.code()).isEqualTo("C03");
              assertThat(o.clients()).containsExactly(dan, eve, fay);
            });
    assertThat(pairing.unpaired()).containsExactly(gus, hal);
    assertThat(pairing.clientCount()).isEqualTo(8);
  }

  @Test
  void threePeopleOnOneCodeAreReportedWithoutNamingAnyone() {
    Pairing pairing = Pairing.of(List.of(dan, eve, fay));

    assertThat(pairing.couples()).isEmpty();
    assertThat(pairing.overfull().get(0).problem())
        .isEqualTo(
            "the couple code \"C03\" is used by 3 clients; a couple code must belong to exactly two people. "
                + "Correct the code in the input so each couple has its own; these clients are not compared "
                + "until then");
  }

  @Test
  void aSinglePartnerWaitsAndIsNotCompared() {
    Pairing pairing = Pairing.of(List.of(cat));

    assertThat(pairing.couples()).isEmpty();
    assertThat(pairing.waiting()).extracting(Pairing.Waiting::client).containsExactly(cat);
  }
}
