package dev.tandem.stats;

import dev.tandem.ingest.Answers;
import dev.tandem.ingest.Response;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.scoring.QuestionnaireScores;
import dev.tandem.scoring.Scorer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Cohort statistics from responses read twice in the same order, for inputs too large to hold: the
 * first pass notes which response is each client's latest for each questionnaire, the second scores
 * those responses and accumulates them. The result equals {@link CohortStatistics#of} on the same
 * input: a client's latest response is the one with the latest time, and among equal times (or
 * none) the last in the input. Memory grows by a few dozen bytes per client; responses are not
 * kept, except the scores of a client whose latest answers to different questionnaires are in
 * different responses, until the last of them arrives.
 *
 * <p>While no client has come twice, the first pass also scores and counts every response: if that
 * holds to the end (as in most large exports), every response is its client's latest, the counts
 * are already the result and {@link #needsSecondPass} says the second reading can be skipped. Not
 * thread safe.
 */
public final class StreamingStatistics {

  private static final int SEQUENCE_BITS = 30;
  private static final long MAX_SEQUENCE = (1L << SEQUENCE_BITS) - 1;
  private static final long TIME_BASE = LocalDateTime.of(1900, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
  private static final long MAX_TIME = (1L << 33) - 1;

  private final List<Questionnaire> questionnaires;
  private final List<Scorer> scorers;
  private final LatestIndex latest;
  private CohortStatistics.Builder builder;
  private boolean repeated;
  private boolean second;
  private final Map<Long, List<QuestionnaireScores>> waiting = new HashMap<>();
  private long firstSequence;
  private long secondSequence;

  public StreamingStatistics(List<Questionnaire> questionnaires) {
    this.questionnaires = List.copyOf(questionnaires);
    this.scorers = this.questionnaires.stream().map(Scorer::new).toList();
    this.latest = new LatestIndex(Math.max(1, questionnaires.size()));
    this.builder = CohortStatistics.builder(this.questionnaires);
  }

  /** First pass: one response, in input order. */
  public void note(Response response) {
    Objects.requireNonNull(response, "response must not be null");
    long order = order(response, ++firstSequence);
    long id = LatestIndex.hash(response.respondentId());
    if (!repeated && latest.contains(id)) {
      repeated = true;
    }
    List<QuestionnaireScores> parts = new ArrayList<>();
    for (int q = 0; q < questionnaires.size(); q++) {
      Optional<Answers> answers = answered(response, q);
      if (answers.isPresent()) {
        latest.offer(id, q, order);
        if (!repeated) {
          parts.add(scorers.get(q).score(answers.get()));
        }
      }
    }
    if (!parts.isEmpty()) {
      builder.add(parts);
    }
  }

  /**
   * Whether the responses must be read a second time ({@link #add}): only when some client answered
   * more than once, so that all but their latest responses are left out.
   */
  public boolean needsSecondPass() {
    return repeated;
  }

  /** Second pass: the same responses in the same order; the latest ones are scored and counted. */
  public void add(Response response) {
    Objects.requireNonNull(response, "response must not be null");
    if (!second) {
      second = true;
      builder = CohortStatistics.builder(questionnaires);
    }
    long order = order(response, ++secondSequence);
    if (secondSequence > firstSequence) {
      throw new IllegalStateException("the second pass has more responses than the first");
    }
    long id = LatestIndex.hash(response.respondentId());
    List<QuestionnaireScores> parts = new ArrayList<>();
    int expected = 0;
    for (int q = 0; q < questionnaires.size(); q++) {
      long latestOrder = latest.latest(id, q);
      if (latestOrder != 0) {
        expected++;
      }
      Optional<Answers> answers = answered(response, q);
      if (latestOrder == order && answers.isPresent()) {
        parts.add(scorers.get(q).score(answers.get()));
      }
    }
    if (parts.isEmpty()) {
      return;
    }
    if (parts.size() == expected && !waiting.containsKey(id)) {
      builder.add(parts);
      return;
    }
    List<QuestionnaireScores> collected = waiting.computeIfAbsent(id, k -> new ArrayList<>());
    collected.addAll(parts);
    if (collected.size() == expected) {
      builder.add(waiting.remove(id));
    }
  }

  public CohortStatistics result() {
    if (!second) {
      if (repeated) {
        throw new IllegalStateException("a client answered more than once, so a second pass is needed");
      }
      return builder.build();
    }
    if (secondSequence != firstSequence) {
      throw new IllegalStateException("the second pass saw " + secondSequence + " responses, the first "
          + firstSequence);
    }
    waiting.values().forEach(builder::add);
    waiting.clear();
    return builder.build();
  }

  private Optional<Answers> answered(Response response, int q) {
    return response.answersTo(questionnaires.get(q).id()).filter(a -> !a.isEmpty());
  }

  /** Orders responses by time (none first), then by place in the input; always above 0. */
  private static long order(Response response, long sequence) {
    if (sequence > MAX_SEQUENCE) {
      throw new IllegalStateException("more than " + MAX_SEQUENCE + " responses in one run");
    }
    long time = response.submitted()
        .map(t -> Math.max(1, Math.min(MAX_TIME, t.toEpochSecond(ZoneOffset.UTC) - TIME_BASE + 1)))
        .orElse(0L);
    return time << SEQUENCE_BITS | sequence;
  }
}
