package dev.tandem.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The responses of a block being filled, and whether one more still fits: a block holds at most
 * {@value ResponseBlocks#SIZE} responses and at most {@value ResponseBlock#MAX_BYTES} packed bytes,
 * so that however long a hostile export's texts are, a block read or written whole stays small. A
 * response that alone packs to more than the cap fits an empty block, and is stored alone.
 */
final class BlockFill {

  private final List<PackedResponse> responses = new ArrayList<>(ResponseBlocks.SIZE);
  private long bytes = ResponseBlock.HEADER_BYTES;

  /** Whether the response may join the block, or the block must be written first. */
  boolean fits(PackedResponse response) {
    return responses.isEmpty()
        || (responses.size() < ResponseBlocks.SIZE
            && bytes + ResponseBlock.packedBytes(response) <= ResponseBlock.MAX_BYTES);
  }

  void add(PackedResponse response) {
    responses.add(response);
    bytes += ResponseBlock.packedBytes(response);
  }

  /** The responses added since the last {@link #clear()}, in their order (a live view). */
  List<PackedResponse> responses() {
    return responses;
  }

  /** At most the bytes the responses pack to. */
  long bytes() {
    return bytes;
  }

  boolean isEmpty() {
    return responses.isEmpty();
  }

  void clear() {
    responses.clear();
    bytes = ResponseBlock.HEADER_BYTES;
  }
}
