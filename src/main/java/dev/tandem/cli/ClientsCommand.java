package dev.tandem.cli;

import dev.tandem.store.PracticeStore;
import dev.tandem.store.RetestSchedule;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the clients of the practice store with their assessments and when each is due again. */
@Command(
    name = "clients",
    mixinStandardHelpOptions = true,
    description = {
      "List every client in the practice store: email or code, name, couple code, how many times they were"
          + " assessed, when last, and when they are due again ("
          + RetestSchedule.DEFAULT_DAYS
          + " days after"
          + " their last assessment of a questionnaire; due dates already passed are marked with !)."
    })
final class ClientsCommand implements Callable<Integer> {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  @Spec CommandSpec spec;

  @Mixin StoreAccess store = new StoreAccess();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    LocalDate today = LocalDate.now();
    String format = "%-32s %-24s %-8s %11s %-13s %s%n";
    int listed;
    try (PracticeStore practice = store.open()) {
      out.printf(format, "client", "name", "couple", "assessments", "last assessed", "due");
      listed =
          practice.clients(
              RetestSchedule.DEFAULT,
              client -> {
                String due =
                    client
                        .due()
                        .map(day -> DAY.format(day) + (day.isBefore(today) ? " !" : ""))
                        .orElse("-");
                out.printf(
                    format,
                    client.respondentId(),
                    client.name().orElse("-"),
                    client.coupleCode().orElse("-"),
                    client.assessments(),
                    client.lastAssessed().map(time -> DAY.format(time.toLocalDate())).orElse("-"),
                    due);
              });
    }
    out.flush();
    spec.commandLine()
        .getErr()
        .println(listed + (listed == 1 ? " client" : " clients") + " in the store " + store.folder);
    return ExitCode.OK;
  }
}
