package dev.tandem.store;

import dev.tandem.ingest.Answers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a block of stored responses is packed into the bytes of one database row: the block's
 * questionnaire ids once, then each response with its strings length-prefixed, its time as seconds
 * and nanoseconds, and its answers one byte each where they are small whole numbers (most are).
 * Text is kept as UTF-8, not compressed, so that the erasure test can look for a client's bytes in
 * the decrypted file.
 *
 * <p>Layout: a format byte ({@value #FORMAT}); the number of questionnaire ids and each id; the
 * number of responses; each response as a flags byte (time, name, couple code present), the index
 * of its questionnaire id, the respondent, the time, the name, the couple code, the line and the
 * answers. Numbers are unsigned variable-length integers (7 bits a byte), the seconds zigzag-coded.
 * An answer is 0 when missing, 1 + its value for the whole numbers 0 to {@value #LARGEST_SMALL},
 * and otherwise {@value #DOUBLE} followed by the value's eight bytes.
 */
final class ResponseBlock {

  private static final int FORMAT = 1;
  private static final int HAS_TIME = 1;
  private static final int HAS_NAME = 2;
  private static final int HAS_COUPLE = 4;
  private static final int MISSING = 0;
  private static final int LARGEST_SMALL = 250;
  private static final int DOUBLE = 255;
  // the most bytes a variable-length int and long take
  private static final int VARINT = 5;
  private static final int VARLONG = 10;

  /**
   * The most packed bytes a block of more than one response holds ({@link BlockFill}): 500
   * responses of 40 answers each take about 40 KB; a response with the longest texts that ingest
   * lets through (three cells of 32,767 characters and 2,000 answers, about 320 KB) is stored
   * alone.
   */
  static final int MAX_BYTES = 256 * 1024;

  /** The most bytes a block's fixed fields take: format, number of ids, number of responses. */
  static final int HEADER_BYTES = 1 + 2 * VARINT;

  private ResponseBlock() {}

  static byte[] pack(List<PackedResponse> responses) {
    Map<String, Integer> questionnaires = new LinkedHashMap<>();
    for (PackedResponse response : responses) {
      questionnaires.putIfAbsent(response.questionnaireId(), questionnaires.size());
    }
    Writer out = new Writer(responses.size() * 48 + 64);
    out.varint(FORMAT);
    out.varint(questionnaires.size());
    questionnaires.keySet().forEach(out::string);
    out.varint(responses.size());
    for (PackedResponse response : responses) {
      out.varint(
          (response.submitted().isPresent() ? HAS_TIME : 0)
              | (response.name().isPresent() ? HAS_NAME : 0)
              | (response.coupleCode().isPresent() ? HAS_COUPLE : 0));
      out.varint(questionnaires.get(response.questionnaireId()));
      out.string(response.respondentId());
      if (response.submitted().isPresent()) {
        LocalDateTime time = response.submitted().get();
        long seconds = time.toEpochSecond(ZoneOffset.UTC);
        out.varlong((seconds << 1) ^ (seconds >> 63));
        out.varint(time.getNano());
      }
      response.name().ifPresent(out::string);
      response.coupleCode().ifPresent(out::string);
      out.varint(response.line());
      Answers answers = response.answers();
      out.varint(answers.size());
      for (int item = 0; item < answers.size(); item++) {
        out.answer(answers, item);
      }
    }
    return out.bytes();
  }

  static List<PackedResponse> unpack(byte[] bytes) {
    Reader in = new Reader(bytes);
    int format = in.varint();
    if (format != FORMAT) {
      throw new StoreException(
          "the store holds a block of responses in format "
              + format
              + ", which this Tandem does not read; use the Tandem version that wrote it");
    }
    String[] questionnaires = new String[in.varint()];
    for (int i = 0; i < questionnaires.length; i++) {
      questionnaires[i] = in.string();
    }
    int count = in.varint();
    List<PackedResponse> responses = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int flags = in.varint();
      String questionnaire = questionnaires[in.varint()];
      String respondent = in.string();
      Optional<LocalDateTime> submitted = Optional.empty();
      if ((flags & HAS_TIME) != 0) {
        long zigzag = in.varlong();
        long seconds = (zigzag >>> 1) ^ -(zigzag & 1);
        submitted = Optional.of(LocalDateTime.ofEpochSecond(seconds, in.varint(), ZoneOffset.UTC));
      }
      Optional<String> name = (flags & HAS_NAME) != 0 ? Optional.of(in.string()) : Optional.empty();
      Optional<String> couple =
          (flags & HAS_COUPLE) != 0 ? Optional.of(in.string()) : Optional.empty();
      int line = in.varint();
      double[] values = new double[in.varint()];
      for (int item = 0; item < values.length; item++) {
        values[item] = in.answer();
      }
      responses.add(
          new PackedResponse(
              questionnaire, respondent, submitted, name, couple, line, Answers.of(values)));
    }
    return responses;
  }

  /**
   * At most the bytes the response adds to a block, counting its questionnaire id as if it were the
   * block's first response to that questionnaire.
   */
  static long packedBytes(PackedResponse response) {
    long bytes = 1 + VARINT + stringBytes(response.questionnaireId());
    bytes += stringBytes(response.respondentId());
    bytes += response.submitted().isPresent() ? VARLONG + VARINT : 0;
    bytes += response.name().map(ResponseBlock::stringBytes).orElse(0L);
    bytes += response.coupleCode().map(ResponseBlock::stringBytes).orElse(0L);
    bytes += 2 * VARINT;
    Answers answers = response.answers();
    for (int item = 0; item < answers.size(); item++) {
      bytes += answers.isMissing(item) || isSmall(answers.get(item)) ? 1 : 9;
    }
    return bytes;
  }

  // its length prefix and at most its UTF-8 bytes (a surrogate pair's four counted as six)
  private static long stringBytes(String text) {
    long bytes = VARINT;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return bytes;
  }

  private static boolean isSmall(double value) {
    return value >= 0 && value <= LARGEST_SMALL && value == Math.rint(value);
  }

  /** The fingerprints of the responses' keys, eight bytes each in the responses' order. */
  static byte[] fingerprints(List<PackedResponse> responses) {
    Writer out = new Writer(responses.size() * 8);
    for (PackedResponse response : responses) {
      out.fixedLong(response.fingerprint());
    }
    return out.bytes();
  }

  static long[] readFingerprints(byte[] bytes) {
    Reader in = new Reader(bytes);
    long[] fingerprints = new long[bytes.length / 8];
    for (int i = 0; i < fingerprints.length; i++) {
      fingerprints[i] = in.fixedLong();
    }
    return fingerprints;
  }

  /** The distinct questionnaire ids of the responses, in their order. */
  static String[] questionnaireIds(List<PackedResponse> responses) {
    return responses.stream()
        .map(PackedResponse::questionnaireId)
        .distinct()
        .toArray(String[]::new);
  }

  private static final class Writer {
    private byte[] buffer;
    private int size;

    Writer(int capacity) {
      buffer = new byte[Math.max(capacity, 16)];
    }

    void varint(int value) {
      varlong(Integer.toUnsignedLong(value));
    }

    void varlong(long value) {
      while ((value & ~0x7fL) != 0) {
        put((int) (value & 0x7f) | 0x80);
        value >>>= 7;
      }
      put((int) value);
    }

    void fixedLong(long value) {
      for (int shift = 56; shift >= 0; shift -= 8) {
        put((int) (value >>> shift));
      }
    }

    void string(String text) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      varint(utf8.length);
      ensure(utf8.length);
      System.arraycopy(utf8, 0, buffer, size, utf8.length);
      size += utf8.length;
    }

    void answer(Answers answers, int item) {
      if (answers.isMissing(item)) {
        put(MISSING);
        return;
      }
      double value = answers.get(item);
      if (isSmall(value)) {
        put(1 + (int) value);
      } else {
        put(DOUBLE);
        fixedLong(Double.doubleToLongBits(value));
      }
    }

    byte[] bytes() {
      return Arrays.copyOf(buffer, size);
    }

    private void put(int value) {
      ensure(1);
      buffer[size++] = (byte) value;
    }

    private void ensure(int more) {
      if (size + more > buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
      }
    }
  }

  private static final class Reader {
    private final byte[] bytes;
    private int position;

    Reader(byte[] bytes) {
      this.bytes = bytes;
    }

    int varint() {
      return Math.toIntExact(varlong());
    }

    long varlong() {
      long value = 0;
      for (int shift = 0; ; shift += 7) {
        int next = bytes[position++] & 0xff;
        value |= (long) (next & 0x7f) << shift;
        if ((next & 0x80) == 0) {
          return value;
        }
      }
    }

    long fixedLong() {
      long value = 0;
      for (int i = 0; i < 8; i++) {
        value = (value << 8) | (bytes[position++] & 0xff);
      }
      return value;
    }

    String string() {
      int length = varint();
      String text = new String(bytes, position, length, StandardCharsets.UTF_8);
      position += length;
      return text;
    }

    double answer() {
      int code = bytes[position++] & 0xff;
      if (code == MISSING) {
        return Double.NaN;
      }
      if (code == DOUBLE) {
        return Double.longBitsToDouble(fixedLong());
      }
      return code - 1;
    }
  }
}
