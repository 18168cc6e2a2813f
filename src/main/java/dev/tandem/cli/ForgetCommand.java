package dev.tandem.cli;

import dev.tandem.store.Erasure;
import dev.tandem.store.PracticeStore;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Erases a client and every response of theirs from the practice store: the right to erasure. */
@Command(
    name = "forget",
    mixinStandardHelpOptions = true,
    description = {
      "Erase a client and every response of theirs from the practice store, then compact the store so that"
          + " the erased data is no longer in its file. Backups made before still hold it."
    })
final class ForgetCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "CLIENT",
      description =
          "The client's email or code, or their name when no other client"
              + " has it, as tandem clients lists them.")
  String client;

  @Mixin StoreAccess store = new StoreAccess();

  @Override
  public Integer call() {
    Erasure erasure;
    try (PracticeStore practice = store.open()) {
      erasure = practice.forget(client);
    }
    String perQuestionnaire =
        erasure.removedPerQuestionnaire().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(entry -> entry.getValue() + " to " + entry.getKey())
            .collect(Collectors.joining(", "));
    spec.commandLine()
        .getOut()
        .println(
            "Removed the client: "
                + erasure.responsesRemoved()
                + " responses"
                + (perQuestionnaire.isEmpty() ? "" : " (" + perQuestionnaire + ")")
                + " and "
                + erasure.openSessionsRemoved()
                + " unfinished assessments. The store was compacted: the erased data is no"
                + " longer in its file. Backups made before still hold it.");
    return ExitCode.OK;
  }
}
