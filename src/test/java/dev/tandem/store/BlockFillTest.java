package dev.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.ingest.Answers;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlockFillTest {

  private static PackedResponse response(String name, double... answers) {
    return new PackedResponse(
        "need-for-solitude",
        "zoe@example.org",
        Optional.of(LocalDateTime.of(2026, 3, 2, 9, 30, 15, 5)),
        Optional.of(name),
        Optional.of("C07"),
        123_456,
        Answers.of(answers));
  }

  @Test
  void theBoundIsNeverBelowWhatABlockPacksTo() {
    List<PackedResponse> responses =
        List.of(
            response("Zoë Ångström 😀", 1, 250, 251, -1, 2.5, Double.NaN),
            response("€".repeat(1_000), 3),
            response("", 0, 0));
    BlockFill fill = new BlockFill();
    responses.forEach(fill::add);
    assertThat(fill.bytes()).isGreaterThanOrEqualTo(ResponseBlock.pack(responses).length);
    for (PackedResponse one : responses) {
      assertThat(ResponseBlock.HEADER_BYTES + ResponseBlock.packedBytes(one))
          .isGreaterThanOrEqualTo(ResponseBlock.pack(List.of(one)).length);
    }
  }

  @Test
  void aBlockClosesAtItsCountOrItsBytesAndAHugeResponseIsStoredAlone() {
    BlockFill fill = new BlockFill();
    for (int i = 0; i < ResponseBlocks.SIZE; i++) {
      assertThat(fill.fits(response("Client", 1, 2))).isTrue();
      fill.add(response("Client", 1, 2));
    }
    assertThat(fill.fits(response("Client", 1, 2))).isFalse();

    fill.clear();
    PackedResponse third = response("x".repeat(ResponseBlock.MAX_BYTES / 3), 1);
    fill.add(third);
    fill.add(third);
    assertThat(fill.fits(third)).isFalse();
    assertThat(fill.fits(response("Client", 1))).isTrue();

    fill.clear();
    PackedResponse huge = response("x".repeat(ResponseBlock.MAX_BYTES), 1);
    assertThat(fill.fits(huge)).isTrue();
    fill.add(huge);
    assertThat(fill.fits(response("Client", 1))).isFalse();
  }
}
