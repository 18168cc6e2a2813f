package dev.tandem.stats;

import dev.tandem.ingest.Answers;
import dev.tandem.ingest.Response;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.scoring.Assessment;
import dev.tandem.scoring.CohortScorer;
import dev.tandem.scoring.QuestionnaireScores;
import dev.tandem.scoring.Scorer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Cohort statistics from responses read more than once in the same order, for inputs too large to
 * hold. The result equals {@link CohortStatistics#of} on the same input: a client's latest response
 * is the one with the latest time, and among equal times (or none) the last in the input.
 *
 * <ol>
 *   <li>{@link #note}: every response is scored and counted, and its respondent's fingerprint kept
 *       (about 4.3 bytes a response, {@link RespondentLog}). When no client answered more than
 *       once, as in most large exports, these counts are the result and {@link #needsSecondPass} is
 *       false.
 *   <li>Otherwise {@link #noteRepeated}: the responses of the clients who came more than once say
 *       which of theirs is the latest for each questionnaire (a few dozen bytes a repeating
 *       client).
 *   <li>{@link #add}: counting starts again; a client who came once counts with their response, a
 *       client who came more than once with their latest responses. Their scores wait only while
 *       their latest answers to different questionnaires are in different responses.
 * </ol>
 *
 * Not thread safe.
 */
public final class StreamingStatistics {

  private static final int SEQUENCE_BITS = 30;
  private static final long MAX_SEQUENCE = (1L << SEQUENCE_BITS) - 1;
  private static final long TIME_BASE =
      LocalDateTime.of(1900, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
  private static final long MAX_TIME = (1L << 33) - 1;

  private final List<Questionnaire> questionnaires;
  private final List<Scorer> scorers;
  private final LatestIndex latest;
  private final RespondentLog log = new RespondentLog();
  private CohortStatistics.Builder builder;
  private long[] repeated;
  private long repeatedSequence;
  private boolean counting;
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
    note(new Assessment(response, scored(response)));
  }

  /**
   * First pass, with the response already scored as {@link CohortScorer#assess} scores it: a caller
   * may score on another thread (the scorers are thread safe) while this one counts.
   */
  public void note(Assessment assessment) {
    Objects.requireNonNull(assessment, "assessment must not be null");
    if (repeated != null) {
      throw new IllegalStateException("the first pass is over");
    }
    firstSequence++;
    log.add(LatestIndex.hash(assessment.response().respondentId()));
    if (!assessment.scores().isEmpty()) {
      builder.add(assessment.scores());
    }
  }

  /**
   * Whether the responses must be read again ({@link #noteRepeated}, then {@link #add}): only when
   * some client answered more than once, so that all but their latest responses are left out. Ends
   * the first pass.
   */
  public boolean needsSecondPass() {
    if (repeated == null) {
      repeated = log.repeated();
    }
    return repeated.length > 0;
  }

  /**
   * Second pass, when needed: the same responses in the same order; notes the repeating clients'
   * latest.
   */
  public void noteRepeated(Response response) {
    Objects.requireNonNull(response, "response must not be null");
    if (!needsSecondPass()) {
      throw new IllegalStateException(
          "no client answered more than once, so no second pass is needed");
    }
    long order = order(response, ++repeatedSequence);
    long id = LatestIndex.hash(response.respondentId());
    if (Arrays.binarySearch(repeated, RespondentLog.key(id)) < 0) {
      return;
    }
    for (int q = 0; q < questionnaires.size(); q++) {
      if (answered(response, q).isPresent()) {
        latest.offer(id, q, order);
      }
    }
  }

  /** Third pass: the same responses in the same order; the latest ones are scored and counted. */
  public void add(Response response) {
    Objects.requireNonNull(response, "response must not be null");
    if (!needsSecondPass()) {
      throw new IllegalStateException(
          "no client answered more than once, so the first pass is the result");
    }
    if (!counting) {
      if (repeatedSequence != firstSequence) {
        throw new IllegalStateException(
            "the second pass saw " + repeatedSequence + " responses, the first " + firstSequence);
      }
      counting = true;
      builder = CohortStatistics.builder(questionnaires);
    }
    long order = order(response, ++secondSequence);
    if (secondSequence > firstSequence) {
      throw new IllegalStateException("the third pass has more responses than the first");
    }
    long id = LatestIndex.hash(response.respondentId());
    if (Arrays.binarySearch(repeated, RespondentLog.key(id)) < 0) {
      List<QuestionnaireScores> parts = scored(response);
      if (!parts.isEmpty()) {
        builder.add(parts);
      }
      return;
    }
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
    if (!needsSecondPass()) {
      return builder.build();
    }
    if (secondSequence != firstSequence) {
      throw new IllegalStateException(
          "the third pass saw " + secondSequence + " responses, the first " + firstSequence);
    }
    waiting.values().forEach(builder::add);
    waiting.clear();
    return builder.build();
  }

  /** The response's scores on every questionnaire it answered, in questionnaire order. */
  private List<QuestionnaireScores> scored(Response response) {
    List<QuestionnaireScores> parts = new ArrayList<>();
    for (int q = 0; q < questionnaires.size(); q++) {
      Optional<Answers> answers = answered(response, q);
      if (answers.isPresent()) {
        parts.add(scorers.get(q).score(answers.get()));
      }
    }
    return parts;
  }

  private Optional<Answers> answered(Response response, int q) {
    return response.answersTo(questionnaires.get(q).id()).filter(a -> !a.isEmpty());
  }

  /** Orders responses by time (none first), then by place in the input; always above 0. */
  private static long order(Response response, long sequence) {
    if (sequence > MAX_SEQUENCE) {
      throw new IllegalStateException("more than " + MAX_SEQUENCE + " responses in one run");
    }
    long time =
        response
            .submitted()
            .map(
                t ->
                    Math.max(
                        1, Math.min(MAX_TIME, t.toEpochSecond(ZoneOffset.UTC) - TIME_BASE + 1)))
            .orElse(0L);
    return time << SEQUENCE_BITS | sequence;
  }
}
