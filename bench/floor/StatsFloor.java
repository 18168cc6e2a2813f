import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor under {@code tandem stats} on bench/gen.py's files: the least work a JVM program can do
 * to get the same kind of figures, on both cores. Not Tandem and not a test; bench/run.sh times it
 * (as "floor") beside Tandem and the peers, so that a target can be compared with what the machine
 * allows in the same run.
 *
 * <p>What it does, per row, straight from the file's bytes: hashes the respondent and the submission
 * time into an open table (the repeat check, without its messages), keeps the respondent's hash (to
 * find clients who answered more than once), reads the answers as small integers, reverse-keys every
 * fourth item of a scale, scores each scale as the mean of its answers when at least 80% were given,
 * counts each distinct score, and sums the items' pairwise-complete co-moments (missing answers as
 * corrections, exact in longs) and the scale scores' cross-products. The file is split at a line
 * boundary near its middle, each half read on its own thread, and the halves merged at the end.
 *
 * <p>What it leaves out, and Tandem does not: reading a questionnaire definition and detecting the
 * file's layout, checking the encoding, quoted fields, CR line ends, answers other than single
 * digits, cell and row limits, rejections with their file, line and column, messages, the second
 * pass for clients who answered twice, bands, medians, skew and kurtosis, confidence intervals,
 * item statistics and the output. It assumes gen.py's shape: four identity columns, then items named
 * by scale prefix and number.
 *
 * <pre>
 *   javac -d bench/out/floor bench/floor/StatsFloor.java
 *   java -Xmx256m -cp bench/out/floor StatsFloor bench/data/peer-1000000.csv
 * </pre>
 */
public final class StatsFloor {

  private static final int IDENTITY_COLUMNS = 4;
  private static final int BUFFER = 1 << 20;

  private final Path file;
  private final int[] scaleOf; // per item column
  private final int[] firstItem; // per scale
  private final int[] size; // per scale
  private final String[] scaleNames;

  private StatsFloor(Path file, List<String> items) {
    this.file = file;
    Map<String, List<Integer>> scales = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      scales.computeIfAbsent(items.get(i).replaceAll("[0-9]+$", ""), s -> new ArrayList<>()).add(i);
    }
    scaleNames = scales.keySet().toArray(String[]::new);
    scaleOf = new int[items.size()];
    firstItem = new int[scaleNames.length];
    size = new int[scaleNames.length];
    int s = 0;
    for (List<Integer> columns : scales.values()) {
      firstItem[s] = columns.get(0);
      size[s] = columns.size();
      for (int column : columns) {
        scaleOf[column] = s;
      }
      s++;
    }
  }

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    try (FileChannel channel = FileChannel.open(file)) {
      byte[] head = new byte[64 * 1024];
      int read = channel.read(ByteBuffer.wrap(head), 0);
      int headerEnd = indexOf(head, 0, read, (byte) '\n');
      String[] header = new String(head, 0, headerEnd).strip().split(",");
      StatsFloor floor =
          new StatsFloor(
              file, Arrays.asList(header).subList(IDENTITY_COLUMNS, header.length));
      long length = channel.size();
      long middle = lineStartAfter(channel, length / 2, length);
      Half second = floor.new Half();
      Thread other =
          new Thread(
              () -> {
                try {
                  second.read(middle, length);
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              });
      other.start();
      Half first = floor.new Half();
      first.read(headerEnd + 1, middle);
      other.join();
      first.merge(second);
      first.print();
    }
  }

  private static int indexOf(byte[] bytes, int from, int to, byte wanted) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  private static long lineStartAfter(FileChannel channel, long position, long length)
      throws IOException {
    byte[] bytes = new byte[64 * 1024];
    int read = channel.read(ByteBuffer.wrap(bytes), position);
    int newline = indexOf(bytes, 0, Math.max(read, 0), (byte) '\n');
    return newline < 0 ? length : position + newline + 1;
  }

  /** One thread's share of the file and its sums. */
  private final class Half {
    private long[] keys = new long[1 << 16];
    private int keyCount;
    private long[] respondents = new long[1 << 16];
    private int rows;
    private final int[] answers = new int[scaleOf.length];
    private final boolean[] missing = new boolean[scaleOf.length];
    // per scale: items' sums over the rows, missing answers counted as 0, and per missing item the
    // others' counts, sums and squares in those rows (the squares, unused here, are what Tandem's
    // item correlations need)
    private final long[][] products = new long[size.length][];
    private final long[][] sums = new long[size.length][];
    private final long[][] squares = new long[size.length][];
    private final long[][] gapCounts = new long[size.length][];
    private final long[][] gapSums = new long[size.length][];
    private final long[][] gapSquares = new long[size.length][];
    private final long[][] scoreCounts = new long[size.length][];
    private final double[] scoreProducts = new double[size.length * size.length];
    private final long[] scorePairs = new long[size.length * size.length];
    private final double[] scores = new double[size.length];

    Half() {
      for (int s = 0; s < size.length; s++) {
        int k = size[s];
        products[s] = new long[k * k];
        sums[s] = new long[k];
        squares[s] = new long[k];
        gapCounts[s] = new long[k * k];
        gapSums[s] = new long[k * k];
        gapSquares[s] = new long[k * k];
        scoreCounts[s] = new long[(k + 1) * (5 * k + 1)];
      }
    }

    void read(long from, long to) throws IOException {
      try (FileChannel channel = FileChannel.open(file)) {
        byte[] bytes = new byte[BUFFER];
        long position = from;
        int carried = 0;
        while (position < to || carried > 0) {
          int wanted = (int) Math.min(bytes.length - carried, to - position);
          int read = wanted > 0 ? channel.read(ByteBuffer.wrap(bytes, carried, wanted), position) : 0;
          position += Math.max(read, 0);
          int end = carried + Math.max(read, 0);
          int start = 0;
          int newline;
          while ((newline = indexOf(bytes, start, end, (byte) '\n')) >= 0) {
            row(bytes, start, newline);
            start = newline + 1;
          }
          carried = end - start;
          if (read <= 0 && carried > 0) {
            row(bytes, start, end);
            carried = 0;
          }
          System.arraycopy(bytes, start, bytes, 0, carried);
        }
      }
    }

    private void row(byte[] b, int from, int to) {
      int i = from;
      long respondent = 0xcbf29ce484222325L;
      for (; b[i] != ','; i++) {
        respondent = (respondent ^ b[i]) * 0x100000001b3L;
      }
      i = skipCell(b, i + 1);
      i = skipCell(b, i);
      long time = 0;
      for (; b[i] != ','; i++) {
        if (b[i] >= '0' && b[i] <= '9') {
          time = time * 10 + b[i] - '0';
        }
      }
      i++;
      for (int item = 0; item < answers.length; item++) {
        boolean empty = i >= to || b[i] == ',';
        missing[item] = empty;
        answers[item] = empty ? 0 : b[i] - '0';
        i += empty ? 1 : 2;
      }
      remember(respondent, time);
      count();
    }

    private int skipCell(byte[] b, int i) {
      while (b[i] != ',') {
        i++;
      }
      return i + 1;
    }

    private void remember(long respondent, long time) {
      if (rows == respondents.length) {
        respondents = Arrays.copyOf(respondents, rows * 2);
      }
      respondents[rows++] = respondent;
      long key = (respondent ^ time * 0x9e3779b97f4a7c15L) | 1;
      if (keyCount * 2 >= keys.length) {
        long[] old = keys;
        keys = new long[old.length * 2];
        keyCount = 0;
        for (long kept : old) {
          if (kept != 0) {
            insert(kept);
          }
        }
      }
      insert(key);
    }

    private boolean insert(long key) {
      int mask = keys.length - 1;
      int slot = (int) (key ^ key >>> 32) & mask;
      while (keys[slot] != 0) {
        if (keys[slot] == key) {
          return false;
        }
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      keyCount++;
      return true;
    }

    private void count() {
      for (int s = 0; s < size.length; s++) {
        int k = size[s];
        int first = firstItem[s];
        int sum = 0;
        int answered = 0;
        for (int a = 0; a < k; a++) {
          if (!missing[first + a]) {
            int value = a % 4 == 3 ? 6 - answers[first + a] : answers[first + a];
            answers[first + a] = value;
            sum += value;
            answered++;
          }
        }
        long[] p = products[s];
        for (int a = 0; a < k; a++) {
          int x = answers[first + a];
          sums[s][a] += x;
          squares[s][a] += x * x;
          for (int c = a + 1; c < k; c++) {
            p[a * k + c] += x * answers[first + c];
          }
        }
        if (answered < k) {
          for (int a = 0; a < k; a++) {
            if (missing[first + a]) {
              for (int c = 0; c < k; c++) {
                int y = answers[first + c];
                gapCounts[s][a * k + c] += missing[first + c] ? 1 : 0;
                gapSums[s][a * k + c] += y;
                gapSquares[s][a * k + c] += y * y;
              }
            }
          }
        }
        boolean scored = answered * 5 >= k * 4;
        scores[s] = scored ? (double) sum / answered : Double.NaN;
        if (scored) {
          scoreCounts[s][answered * (5 * k + 1) + sum]++;
        }
      }
      for (int s = 0; s < size.length; s++) {
        for (int t = s; t < size.length; t++) {
          if (!Double.isNaN(scores[s]) && !Double.isNaN(scores[t])) {
            scorePairs[s * size.length + t]++;
            scoreProducts[s * size.length + t] += scores[s] * scores[t];
          }
        }
      }
    }

    void merge(Half other) {
      for (long key : other.keys) {
        if (key != 0) {
          insert(key);
        }
      }
      long[] all = Arrays.copyOf(respondents, rows + other.rows);
      System.arraycopy(other.respondents, 0, all, rows, other.rows);
      respondents = all;
      rows += other.rows;
      for (int s = 0; s < size.length; s++) {
        add(products[s], other.products[s]);
        add(sums[s], other.sums[s]);
        add(squares[s], other.squares[s]);
        add(gapCounts[s], other.gapCounts[s]);
        add(gapSums[s], other.gapSums[s]);
        add(gapSquares[s], other.gapSquares[s]);
        add(scoreCounts[s], other.scoreCounts[s]);
      }
      add(scorePairs, other.scorePairs);
      for (int i = 0; i < scoreProducts.length; i++) {
        scoreProducts[i] += other.scoreProducts[i];
      }
    }

    private void add(long[] into, long[] from) {
      for (int i = 0; i < into.length; i++) {
        into[i] += from[i];
      }
    }

    /** Per scale: scored respondents, mean score and alpha from pairwise covariances. */
    void print() {
      long[] sorted = Arrays.copyOf(respondents, rows);
      Arrays.sort(sorted);
      int repeated = 0;
      for (int i = 1; i < sorted.length; i++) {
        repeated += sorted[i] == sorted[i - 1] ? 1 : 0;
      }
      System.out.printf(
          "%d rows, %d distinct keys, %d repeated respondents%n", rows, keyCount, repeated);
      for (int s = 0; s < size.length; s++) {
        int k = size[s];
        long scored = 0;
        double total = 0;
        for (int answered = 1; answered <= k; answered++) {
          for (int sum = 0; sum <= 5 * k; sum++) {
            long count = scoreCounts[s][answered * (5 * k + 1) + sum];
            scored += count;
            total += count * ((double) sum / answered);
          }
        }
        System.out.printf(
            "%s: %d scored, mean %.4f, alpha %.4f%n",
            scaleNames[s], scored, total / scored, alpha(s, k));
      }
    }

    private double alpha(int s, int k) {
      double variances = 0;
      double all = 0;
      for (int a = 0; a < k; a++) {
        for (int c = 0; c < k; c++) {
          double cov = covariance(s, k, a, c);
          all += cov;
          if (a == c) {
            variances += cov;
          }
        }
      }
      return k / (k - 1.0) * (1 - variances / all);
    }

    /**
     * Pairwise-complete covariance of items a and c: the sums with missing answers as 0, less what
     * the rows missing the other item added.
     */
    private double covariance(int s, int k, int a, int c) {
      long n =
          rows - gap(gapCounts, s, k, a, a) - gap(gapCounts, s, k, c, c) + gap(gapCounts, s, k, a, c);
      long sx = sums[s][a] - gap(gapSums, s, k, c, a);
      long sy = sums[s][c] - gap(gapSums, s, k, a, c);
      long sxy = a == c ? squares[s][a] : products[s][Math.min(a, c) * k + Math.max(a, c)];
      return (sxy - (double) sx * sy / n) / (n - 1);
    }

    /** Over the rows missing {@code missingItem}, what {@code table} holds for {@code item}. */
    private long gap(long[][] table, int s, int k, int missingItem, int item) {
      return table[s][missingItem * k + item];
    }
  }
}
