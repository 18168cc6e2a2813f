package dev.tandem.couples;

import dev.tandem.scoring.Client;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every client of a cohort placed in exactly one group by couple code: complete couples (a code
 * shared by exactly two clients), clients waiting for their partner (a code only they carry),
 * over-full codes (three or more clients; an error in the data that the coach must resolve, so none
 * of those clients is paired), and unpaired clients (no code). Nobody is dropped: the four groups
 * together hold every client once.
 *
 * <p>Codes are compared after trimming and ignoring case, so {@code "c07"} and {@code " C07 "} are
 * the same couple; the code kept is the one written by the first client. A blank code counts as no
 * code. Within a couple, partner A is the client who comes first in the cohort's order.
 */
public record Pairing(
    List<Couple> couples,
    List<Waiting> waiting,
    List<OverfullCode> overfull,
    List<Client> unpaired) {

  public Pairing {
    couples = List.copyOf(couples);
    waiting = List.copyOf(waiting);
    overfull = List.copyOf(overfull);
    unpaired = List.copyOf(unpaired);
  }

  /** A client whose couple code no other client carries (yet). */
  public record Waiting(String code, Client client) {}

  /** A couple code carried by three or more clients. */
  public record OverfullCode(String code, List<Client> clients) {
    public OverfullCode {
      clients = List.copyOf(clients);
    }

    /** The message a coach reads; names the code and the count, never a client. */
    public String problem() {
      return "the couple code \""
          + code
          + "\" is used by "
          + clients.size()
          + " clients; a couple code must belong to exactly two people. Correct the code in the "
          + "input so each couple has its own; these clients are not compared until then";
    }
  }

  public static Pairing of(List<Client> clients) {
    Objects.requireNonNull(clients, "clients must not be null");
    Map<String, List<Client>> byCode = new LinkedHashMap<>();
    Map<String, String> firstSpelling = new LinkedHashMap<>();
    List<Client> unpaired = new ArrayList<>();
    for (Client client : clients) {
      Optional<String> code = client.coupleCode().map(String::strip).filter(c -> !c.isEmpty());
      if (code.isEmpty()) {
        unpaired.add(client);
        continue;
      }
      String key = code.get().toUpperCase(Locale.ROOT);
      firstSpelling.putIfAbsent(key, code.get());
      byCode.computeIfAbsent(key, k -> new ArrayList<>()).add(client);
    }
    List<Couple> couples = new ArrayList<>();
    List<Waiting> waiting = new ArrayList<>();
    List<OverfullCode> overfull = new ArrayList<>();
    for (Map.Entry<String, List<Client>> entry : byCode.entrySet()) {
      String code = firstSpelling.get(entry.getKey());
      List<Client> members = entry.getValue();
      switch (members.size()) {
        case 1 -> waiting.add(new Waiting(code, members.get(0)));
        case 2 -> couples.add(new Couple(code, members.get(0), members.get(1)));
        default -> overfull.add(new OverfullCode(code, members));
      }
    }
    return new Pairing(couples, waiting, overfull, unpaired);
  }

  /** How many clients the four groups hold together; equals the number of clients paired. */
  public int clientCount() {
    return 2 * couples.size()
        + waiting.size()
        + overfull.stream().mapToInt(o -> o.clients().size()).sum()
        + unpaired.size();
  }
}
