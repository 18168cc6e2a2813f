package dev.tandem.stats;

/**
 * For every client who answered more than once and every questionnaire, which response is the
 * latest: a primitive open-addressing table from a 64-bit hash of the respondent id to one long per
 * questionnaire, the order key of the latest response seen (0 when none). Memory is about 8 *
 * (questionnaires + 1) bytes per client with the table at most 60% full, so a million clients fit
 * in tens of megabytes. Two ids with the same 64-bit hash would count as one client; with a million
 * clients the chance is below one in ten million. Not thread safe.
 */
final class LatestIndex {

  private final int questionnaires;
  private long[] keys;
  private long[] latest;
  private boolean[] used;
  private int size;

  LatestIndex(int questionnaires) {
    this.questionnaires = questionnaires;
    allocate(1 << 10);
  }

  /**
   * Records a response of client {@code id} to questionnaire {@code q} with order key {@code order}
   * (> 0).
   */
  void offer(long id, int q, long order) {
    int slot = find(id);
    if (!used[slot]) {
      if (size + 1 > keys.length * 0.6) {
        grow();
        slot = find(id);
      }
      used[slot] = true;
      keys[slot] = id;
      size++;
    }
    int at = slot * questionnaires + q;
    if (order > latest[at]) {
      latest[at] = order;
    }
  }

  /** The order key of the client's latest response to questionnaire {@code q}; 0 when none. */
  long latest(long id, int q) {
    int slot = find(id);
    return used[slot] ? latest[slot * questionnaires + q] : 0;
  }

  private int find(long id) {
    int mask = keys.length - 1;
    int slot = (int) (id ^ (id >>> 32)) & mask;
    while (used[slot] && keys[slot] != id) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    used = new boolean[capacity];
    latest = new long[capacity * questionnaires];
  }

  private void grow() {
    long[] oldKeys = keys;
    boolean[] oldUsed = used;
    long[] oldLatest = latest;
    allocate(keys.length * 2);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldUsed[i]) {
        int slot = find(oldKeys[i]);
        used[slot] = true;
        keys[slot] = oldKeys[i];
        System.arraycopy(
            oldLatest, i * questionnaires, latest, slot * questionnaires, questionnaires);
      }
    }
  }

  /**
   * A well-mixed 64-bit hash of a respondent id (FNV-1a over the characters, then a finalising
   * mix).
   */
  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
