package dev.tandem.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A client's erasure: which responses were removed, counted per questionnaire. The client is named
 * by respondent id (an email is matched in any case) or by name, when exactly one client has it.
 */
public record Erasure(Map<String, Integer> removedPerQuestionnaire, int openSessionsRemoved) {

  public Erasure {
    removedPerQuestionnaire = Map.copyOf(removedPerQuestionnaire);
  }

  public int responsesRemoved() {
    return removedPerQuestionnaire.values().stream().mapToInt(Integer::intValue).sum();
  }

  static Erasure run(Connection connection, String client) {
    try {
      connection.setAutoCommit(false);
      ResponseBlocks blocks = new ResponseBlocks(connection);
      String respondent = Clients.find(connection, blocks, client.strip()).theOne();
      Map<String, Integer> removed = new TreeMap<>();
      // each block holding the client is written again without them
      Map<Integer, List<PackedResponse>> kept = new TreeMap<>();
      blocks.scan(
          block -> {
            if (block.responses().stream().anyMatch(r -> r.respondentId().equals(respondent))) {
              kept.put(block.id(), new ArrayList<>());
              for (PackedResponse response : block.responses()) {
                if (response.respondentId().equals(respondent)) {
                  removed.merge(response.questionnaireId(), 1, Integer::sum);
                } else {
                  kept.get(block.id()).add(response);
                }
              }
            }
          });
      for (Map.Entry<Integer, List<PackedResponse>> block : kept.entrySet()) {
        blocks.replace(block.getKey(), block.getValue());
      }
      int sessions = Sessions.forget(connection, respondent);
      Handovers.forget(connection, respondent);
      // a file's path may name the client
      ImportSources.removeUnused(connection);
      connection.commit();
      return new Erasure(removed, sessions);
    } catch (SQLException e) {
      throw new StoreException(
          "could not erase the client (H2 error "
              + e.getErrorCode()
              + "); nothing was removed, try again",
          e);
    } finally {
      PracticeStore.endTransaction(connection);
    }
  }

  /**
   * The clients the coach may have meant: those whose respondent id is the one given (in any case),
   * stored, in an open assessment or in a couple's planned turn, else those with the name given.
   */
  private record Clients(Set<String> byId, Set<String> byName) {

    static Clients find(Connection connection, ResponseBlocks blocks, String given)
        throws SQLException {
      String lower = given.toLowerCase(Locale.ROOT);
      Set<String> byId = new TreeSet<>(Sessions.respondents(connection, given));
      byId.addAll(Handovers.respondents(connection, given));
      Set<String> byName = new TreeSet<>();
      blocks.scan(
          block -> {
            for (PackedResponse response : block.responses()) {
              if (response.respondentId().toLowerCase(Locale.ROOT).equals(lower)) {
                byId.add(response.respondentId());
              }
              if (response
                  .name()
                  .filter(name -> name.toLowerCase(Locale.ROOT).equals(lower))
                  .isPresent()) {
                byName.add(response.respondentId());
              }
            }
          });
      return new Clients(byId, byName);
    }

    /** The one respondent id the coach meant; a name held by several clients is refused. */
    String theOne() {
      Set<String> matches = byId.isEmpty() ? byName : byId;
      if (matches.isEmpty()) {
        throw new StoreException(
            "no client in the store has this email, code or name; nothing was removed."
                + " tandem clients --store DIR lists them");
      }
      if (matches.size() > 1) {
        throw new StoreException(
            matches.size()
                + " clients in the store have this name; nothing was removed."
                + " Give the client's email or code as tandem clients lists it");
      }
      return matches.iterator().next();
    }
  }
}
