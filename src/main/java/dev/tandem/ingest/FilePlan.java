package dev.tandem.ingest;

import dev.tandem.ingest.ColumnMatcher.Assignment;
import dev.tandem.ingest.Layout.HeaderColumn;
import dev.tandem.questionnaire.Position;
import dev.tandem.questionnaire.Questionnaire;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything decided once per file before its rows are read: the layout and header, which column
 * holds which item, the identity columns, how answers and dates are read. {@link #run} then turns
 * each data row into a {@link Response} or a whole-row {@link Rejection} (see {@link Importer} for
 * the rules).
 */
final class FilePlan {

  /**
   * Rows whose places in the duplicate table are read together before they are decided ({@link
   * DuplicateResponses#prefetch}).
   */
  private static final int PREFETCHED = 64;

  /** Rows read ahead to decide whether dates are day or month first. */
  static final int DATE_SAMPLE = 500;

  private final Path file;
  private final RowSource source;
  private final Layout.Header header;
  private final IdentityColumns identity;
  private final ColumnMatcher matcher;
  private final List<Assignment> assignments;
  private final Map<Integer, String> unmatched;
  private final Deque<Row> pending;
  private final int width;
  private final List<String> notes = new ArrayList<>();
  private final boolean dayFirst;
  // per questionnaire: its columns per item (-1 absent), and how its cells are read
  private final Questionnaire[] questionnaires;
  private final int[][] itemColumns;
  private final Map<String, Integer> labels;
  private final String[] shortHeaders;
  private final boolean keepTestResponses;
  private final PartnerLinkCodes partnerLinks;
  private final MisspeltLabels misspelt;

  private FilePlan(
      Path file,
      RowSource source,
      Layout.Header header,
      IdentityColumns identity,
      ColumnMatcher matcher,
      ColumnMatcher.Outcome outcome,
      Deque<Row> pending,
      int width,
      List<Questionnaire> questionnaires,
      ColumnMapping mapping,
      ImportOptions options) {
    this.file = file;
    this.keepTestResponses = options.keepTestResponses();
    this.partnerLinks = options.partnerLinks();
    this.misspelt = new MisspeltLabels(file);
    this.source = source;
    this.header = header;
    this.identity = identity;
    this.matcher = matcher;
    this.assignments = outcome.assignments();
    this.unmatched = outcome.unmatched();
    this.pending = pending;
    this.width = width;
    this.questionnaires = questionnaires.toArray(new Questionnaire[0]);
    this.itemColumns = new int[this.questionnaires.length][];
    this.labels = mapping.labels();
    for (int q = 0; q < this.questionnaires.length; q++) {
      itemColumns[q] = new int[this.questionnaires[q].items().size()];
      java.util.Arrays.fill(itemColumns[q], -1);
    }
    for (Assignment a : assignments) {
      itemColumns[a.ref().questionnaire()][a.ref().item()] = a.column();
    }
    this.shortHeaders =
        header.columns().stream().map(c -> Text.shortHeader(c.display())).toArray(String[]::new);
    notes.addAll(source.notes());
    header.notes().forEach(note -> notes.add(file + ": " + note));
    this.dayFirst = decideDateOrder(mapping);
  }

  /**
   * Reads the header of a file and plans its import. With {@code strict}, a file without data rows,
   * without an id column or without any column matching an item is an {@link ImportException}.
   */
  static FilePlan plan(
      Path file,
      RowSource source,
      List<Questionnaire> questionnaires,
      ImportOptions options,
      ColumnMapping mapping,
      boolean strict) {
    Position where = Position.ofFile(file);
    List<String> detected = new ArrayList<>(List.of("read as " + source.format()));
    try {
      return planned(file, source, questionnaires, options, mapping, strict, where, detected);
    } catch (ImportException e) {
      throw e.withDetected(detected);
    }
  }

  private static FilePlan planned(
      Path file,
      RowSource source,
      List<Questionnaire> questionnaires,
      ImportOptions options,
      ColumnMapping mapping,
      boolean strict,
      Position where,
      List<String> detected) {
    Deque<Row> pending = new ArrayDeque<>();
    List<String[]> top = new ArrayList<>();
    while (top.size() < 3) {
      Optional<Row> row = source.next();
      if (row.isEmpty()) {
        break;
      }
      if (top.isEmpty() && row.get().isBlank()) {
        continue;
      }
      pending.add(row.get());
      top.add(row.get().cells());
    }
    if (top.isEmpty()) {
      throw new ImportException(
          where, "the file has no header row and no data; export the responses again");
    }
    Layout.Header header =
        Layout.ALL.stream().flatMap(l -> l.recognise(top).stream()).findFirst().orElseThrow();
    detected.add(
        "layout: "
            + header.layout()
            + ", "
            + header.rows()
            + (header.rows() == 1 ? " header row" : " header rows"));
    int width = 0;
    for (int i = 0; i < header.rows(); i++) {
      width = Math.max(width, pending.removeFirst().cells().length);
    }
    if (pending.isEmpty()) {
      source.next().ifPresent(pending::add);
    }
    if (strict && pending.stream().allMatch(Row::isBlank)) {
      throw new ImportException(
          where,
          "the file has a header but no responses; export it again once"
              + " clients have answered, or check that this is the right file");
    }
    IdentityColumns identity = IdentityColumns.choose(where, header, options, mapping);
    Map<String, String> roles = identity.describe(header.columns());
    detected.add(
        "identity: "
            + (roles.isEmpty()
                ? "no column says who answered"
                : roles.entrySet().stream()
                    .map(e -> e.getKey() + " = \"" + e.getValue() + "\"")
                    .collect(Collectors.joining(", "))));
    ColumnMatcher matcher = new ColumnMatcher(questionnaires);
    ColumnMatcher.Outcome outcome =
        matcher.match(where, header, new HashSet<>(identity.used()), mapping);
    if (strict && outcome.assignments().isEmpty()) {
      throw new ImportException(
          where,
          "no column matches an item of "
              + questionnaires.stream().map(Questionnaire::id).collect(Collectors.joining(", "))
              + "; check that -q names the right questionnaire, or map the columns in a --mapping file"
              + " (tandem validate --explain shows what matched)");
    }
    FilePlan plan =
        new FilePlan(
            file,
            source,
            header,
            identity,
            matcher,
            outcome,
            pending,
            width,
            questionnaires,
            mapping,
            options);
    if (identity.id() < 0) {
      plan.notes.add(
          file
              + ": no column says who answered, so each row was taken as its own respondent (ids"
              + " such as \""
              + ownId(file, header.rows() + 1)
              + "\"); a client's repeat assessments cannot be"
              + " linked. Add a required question such as \"Your email address or client code\" to the form (in"
              + " Google Forms, turn on \"Collect email addresses\"), or name the column with --id-column");
    }
    return plan;
  }

  private boolean decideDateOrder(ColumnMapping mapping) {
    if (mapping.dayFirst().isPresent()) {
      return mapping.dayFirst().get();
    }
    if (identity.time() < 0) {
      return false;
    }
    while (pending.size() < DATE_SAMPLE) {
      Optional<Row> row = source.next();
      if (row.isEmpty()) {
        break;
      }
      pending.add(row.get());
    }
    int dayFirstVotes = 0;
    int monthFirstVotes = 0;
    boolean ambiguous = false;
    for (Row row : pending) {
      switch (Timestamps.evidence(row.cell(identity.time()))) {
        case DAY_FIRST -> dayFirstVotes++;
        case MONTH_FIRST -> monthFirstVotes++;
        case AMBIGUOUS -> ambiguous = true;
        case NONE -> {}
      }
    }
    if (dayFirstVotes > 0 || monthFirstVotes > 0) {
      return dayFirstVotes > monthFirstVotes;
    }
    if (ambiguous) {
      notes.add(
          file
              + ": dates such as 3/4/2026 in the column \""
              + shortHeaders[identity.time()]
              + "\" could be day/month or month/day; they were read as month/day (M/d/yyyy, as US exports"
              + " write them). If they are day/month, put \"dates: day-first\" in a --mapping file");
    }
    return false;
  }

  /** What was found, for {@link Importer#detect} and {@code validate --explain}. */
  FileLayout layout() {
    List<ColumnMatch> matches = new ArrayList<>();
    for (Assignment a : assignments) {
      Questionnaire q = matcher.questionnaire(a.ref());
      matches.add(
          new ColumnMatch(
              a.column() + 1,
              shortHeaders[a.column()],
              q.id(),
              q.items().get(a.ref().item()).id(),
              a.how()));
    }
    return new FileLayout(
        file,
        header.layout(),
        source.format(),
        header.rows(),
        matches,
        unmatched,
        identity.describe(header.columns()),
        dateForm(),
        notes,
        header.columns().stream().map(HeaderColumn::display).toList(),
        identity.columns());
  }

  /**
   * The form of the first readable date among the rows read ahead, as {@link Timestamps#pattern}
   * names it.
   */
  private Optional<String> dateForm() {
    if (identity.time() < 0) {
      return Optional.empty();
    }
    return pending.stream()
        .filter(row -> row.cells().length > identity.time())
        .flatMap(row -> Timestamps.pattern(row.cell(identity.time()), dayFirst).stream())
        .findFirst();
  }

  /** Which of the questionnaires have at least one column here. */
  boolean[] present() {
    boolean[] present = new boolean[questionnaires.length];
    for (Assignment a : assignments) {
      present[a.ref().questionnaire()] = true;
    }
    return present;
  }

  List<String> notes() {
    return notes;
  }

  /**
   * Reads every data row, reporting each to the sink unless {@code duplicates} drops it as a repeat
   * or rejects it as a conflict; adds to the counts. The rows are read into responses ahead, where
   * the source reads ahead ({@link RowSource#convertedRest}); what they become is taken in file
   * order here.
   */
  void run(ResponseSink sink, Counts counts, DuplicateResponses duplicates) {
    Preparation preparation = Preparation.of(sink);
    Taken taken = new Taken(sink, preparation, counts, duplicates);
    RowReading reading = new RowReading(preparation);
    while (!pending.isEmpty()) {
      ReadRow row = reading.apply(pending.removeFirst());
      taken.take(row, row.keys());
    }
    Iterator<ReadRow> rows = source.convertedRest(() -> new RowReading(preparation));
    ReadRow[] chunk = new ReadRow[PREFETCHED];
    DuplicateResponses.Keys[] keys = new DuplicateResponses.Keys[PREFETCHED];
    while (rows.hasNext()) {
      int count = 0;
      while (count < PREFETCHED && rows.hasNext()) {
        chunk[count] = rows.next();
        keys[count] = chunk[count].keys();
        count++;
      }
      duplicates.prefetch(keys, count);
      for (int i = 0; i < count; i++) {
        taken.take(chunk[i], keys[i]);
      }
    }
    if (taken.blank > 0) {
      notes.add(
          file + ": " + counted(taken.blank, "empty row was", "empty rows were") + " skipped");
    }
    if (taken.setAside > 0) {
      notes.add(
          file
              + ": "
              + counted(taken.setAside, "response was", "responses were")
              + " set aside as survey previews, tests or spam (listed as rejected rows); pass"
              + " --keep-test-responses to score them");
    }
    notes.addAll(misspelt.notes());
  }

  /** "1 empty row was", "3 empty rows were": a count with the words that agree with it. */
  private static String counted(int count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }

  /** What {@link #run} does with each row read, in file order. */
  private final class Taken {
    private final ResponseSink sink;
    private final Preparation preparation;
    private final Counts counts;
    private final DuplicateResponses duplicates;
    private int blank;
    private int setAside;

    Taken(
        ResponseSink sink, Preparation preparation, Counts counts, DuplicateResponses duplicates) {
      this.sink = sink;
      this.preparation = preparation;
      this.counts = counts;
      this.duplicates = duplicates;
    }

    void take(ReadRow row, DuplicateResponses.Keys keys) {
      if (row.blank()) {
        blank++;
        return;
      }
      counts.rowsRead++;
      if (row.setAside()) {
        setAside++;
      }
      for (Misspelling cell : row.misspellings()) {
        misspelt.add(
            cell.column(),
            shortHeaders[cell.column()],
            questionnaires[cell.questionnaire()].id(),
            cell.text(),
            cell.label());
      }
      for (Rejection cell : row.cellRejections()) {
        sink.rejection(cell);
        counts.rejectedCells++;
      }
      DuplicateResponses.Decision decision =
          row.response() == null
              ? new DuplicateResponses.Conflict(row.rejection())
              : duplicates.decide(row.response(), keys);
      if (decision instanceof DuplicateResponses.Keep keep) {
        if (keep.response() == row.response()) {
          preparation.hand(row.response(), row.prepared());
        } else {
          sink.response(keep.response());
        }
        counts.accepted++;
      } else if (decision instanceof DuplicateResponses.Conflict rejected) {
        sink.rejection(rejected.rejection());
        counts.rejectedRows++;
      } else {
        counts.dropped++;
      }
    }
  }

  /**
   * What one record became: blank, or a whole-row rejection, or a response; with the cells rejected
   * on the way, whether it was set aside as a survey tool's test, the cells that look like a
   * misspelt label, and what the sink prepared of the response ({@link Preparation}). Worked out
   * from the record alone, so on any thread; exactly one of {@code rejection} and {@code response}
   * is set unless the row is blank.
   */
  private record ReadRow(
      boolean blank,
      boolean setAside,
      List<Rejection> cellRejections,
      List<Misspelling> misspellings,
      Rejection rejection,
      Response response,
      Object prepared) {

    /**
     * What the duplicate check compares of the response, none for a rejected row; {@link #run}
     * works it out on its own thread, just before the table is read for it.
     */
    DuplicateResponses.Keys keys() {
      return response == null ? DuplicateResponses.Keys.NONE : DuplicateResponses.Keys.of(response);
    }

    static final ReadRow BLANK = new ReadRow(true, false, List.of(), List.of(), null, null, null);

    static ReadRow rejected(
        Rejection rejection,
        boolean setAside,
        List<Rejection> cellRejections,
        List<Misspelling> misspellings) {
      return new ReadRow(false, setAside, cellRejections, misspellings, rejection, null, null);
    }

    static ReadRow accepted(
        Response response,
        List<Rejection> cellRejections,
        List<Misspelling> misspellings,
        Object prepared) {
      return new ReadRow(false, false, cellRejections, misspellings, null, response, prepared);
    }
  }

  /**
   * What a {@link PreparingSink} makes of each response as its row is read, handed back to it with
   * the response once kept; for any other sink what is made is the response itself, handed over as
   * it is.
   */
  private static class Preparation {
    private final ResponseSink sink;

    private Preparation(ResponseSink sink) {
      this.sink = sink;
    }

    static Preparation of(ResponseSink sink) {
      return sink instanceof PreparingSink<?> preparing
          ? new Prepared<>(preparing)
          : new Preparation(sink);
    }

    Object make(Response response) {
      return response;
    }

    void hand(Response response, Object made) {
      sink.response(response);
    }
  }

  private static final class Prepared<T> extends Preparation {
    private final PreparingSink<T> sink;

    Prepared(PreparingSink<T> sink) {
      super(sink);
      this.sink = sink;
    }

    @Override
    Object make(Response response) {
      return sink.prepare(response);
    }

    @Override
    @SuppressWarnings("unchecked") // made by make, of this sink
    void hand(Response response, Object made) {
      sink.prepared(response, (T) made);
    }
  }

  /** A cell that is not an option but close to the label of one (see {@link MisspeltLabels}). */
  private record Misspelling(
      int questionnaire, int column, String text, Map.Entry<Integer, String> label) {}

  /**
   * Turns records into {@link ReadRow}s. Each thread that reads rows has its own, as its answer
   * readers keep caches.
   */
  private final class RowReading implements Function<Row, ReadRow> {
    private final Preparation preparation;
    private final AnswerReader[] readers = new AnswerReader[questionnaires.length];
    // per questionnaire, the values of the row being read (Answers keeps a copy)
    private final double[][] read = new double[questionnaires.length][];
    private List<Rejection> cellRejections;
    private List<Misspelling> misspellings;

    RowReading(Preparation preparation) {
      this.preparation = preparation;
      for (int q = 0; q < questionnaires.length; q++) {
        readers[q] = new AnswerReader(questionnaires[q], labels);
        read[q] = new double[itemColumns[q].length];
      }
    }

    @Override
    public ReadRow apply(Row row) {
      if (row.isBlank()) {
        return ReadRow.BLANK;
      }
      cellRejections = List.of();
      misspellings = List.of();
      return read(row);
    }

    private void rejectCell(Rejection rejection) {
      if (cellRejections.isEmpty()) {
        cellRejections = new ArrayList<>();
      }
      cellRejections.add(rejection);
    }

    private ReadRow rejected(Rejection rejection) {
      return ReadRow.rejected(rejection, false, cellRejections, misspellings);
    }

    private ReadRow read(Row row) {
      String[] cells = row.cells();
      Position at = new Position(file, row.line(), 0);
      if (row.problem().isPresent()) {
        return rejected(
            Rejection.row(
                at,
                "",
                row.problem().get(),
                "The row was not scored; shorten the cell in"
                    + " the file, or remove it, and import again"));
      }
      if (cells.length != width && !(cells.length > width && trailingBlank(cells, width))) {
        return rejected(
            Rejection.row(
                at,
                "",
                "the row has "
                    + cells.length
                    + (cells.length == 1 ? " field" : " fields")
                    + " where the header has "
                    + width
                    + "; a field may hold an unquoted delimiter, or the row was cut short",
                "Correct the row in the file (quote fields that contain the delimiter) and import again"));
      }
      Optional<Rejection> test = testResponse(row);
      if (test.isPresent()) {
        return ReadRow.rejected(test.get(), true, cellRejections, misspellings);
      }
      String id = identity.id() < 0 ? ownId(file, row.line()) : respondentId(cells);
      if (id.isEmpty()) {
        int column = identity.id();
        return rejected(
            Rejection.row(
                new Position(file, row.line(), column + 1),
                shortHeaders[column],
                "the row has no respondent id",
                "Fill in who answered, or remove the row"));
      }
      Map<String, Answers> answers = Map.of();
      for (int q = 0; q < questionnaires.length; q++) {
        int[] columns = itemColumns[q];
        double[] values = read[q];
        int answered = 0;
        for (int i = 0; i < columns.length; i++) {
          int column = columns[i];
          String cell = column < 0 ? "" : cells[column];
          if (cell.isBlank()) {
            values[i] = Double.NaN;
            continue;
          }
          int value = readers[q].read(cell);
          if (value <= AnswerReader.NOT_WHOLE) {
            values[i] = Double.NaN;
            if (value == AnswerReader.NOT_AN_OPTION) {
              noteIfMisspelt(q, column, cell);
            }
            rejectCell(
                Rejection.cell(
                    new Position(file, row.line(), column + 1),
                    shortHeaders[column],
                    readers[q].reason(value),
                    AnswerReader.action(value)));
          } else {
            values[i] = value;
            answered++;
          }
        }
        if (answered > 0) {
          answers = with(answers, questionnaires[q].id(), Answers.read(values, answered));
        }
      }
      if (answers.isEmpty()) {
        return rejected(
            Rejection.row(
                at,
                "",
                "the row has no usable answer to any question of "
                    + java.util.Arrays.stream(questionnaires)
                        .map(Questionnaire::id)
                        .collect(Collectors.joining(", ")),
                "Remove the row, or check that its columns match the questionnaire (tandem validate --explain)"));
      }
      Optional<LocalDateTime> submitted = identity.time() < 0 ? Optional.empty() : submitted(row);
      Optional<String> name =
          identity.name() >= 0 ? nonBlank(cells[identity.name()]) : Optional.empty();
      Response response = new Response(id, name, coupleCode(cells), submitted, at, answers);
      return ReadRow.accepted(response, cellRejections, misspellings, preparation.make(response));
    }

    private void noteIfMisspelt(int questionnaire, int column, String cell) {
      Optional<Map.Entry<Integer, String>> label = readers[questionnaire].misspelt(cell);
      if (label.isPresent()) {
        if (misspellings.isEmpty()) {
          misspellings = new ArrayList<>();
        }
        misspellings.add(new Misspelling(questionnaire, column, cell, label.get()));
      }
    }

    /**
     * The date and time of a row's answers from the time column; an empty or unreadable cell is a
     * cell rejection (the row is scored without a date).
     */
    private Optional<LocalDateTime> submitted(Row row) {
      int column = identity.time();
      String cell = row.cells()[column];
      Position at = new Position(file, row.line(), column + 1);
      if (cell.isBlank()) {
        rejectCell(
            Rejection.cell(
                at,
                shortHeaders[column],
                "the date and time is empty",
                "Fill in when the client answered; the row was scored without a date"));
        return Optional.empty();
      }
      Optional<LocalDateTime> submitted = Timestamps.parse(cell, dayFirst);
      if (submitted.isEmpty()) {
        rejectCell(
            Rejection.cell(
                at,
                shortHeaders[column],
                "the date and time is not one Tandem reads (such as"
                    + " 2026-03-04 10:15:22, "
                    + (dayFirst ? "4/3/2026 10:15 as d/M/yyyy" : "3/4/2026 10:15:22 as M/d/yyyy")
                    + ")",
                "Correct the cell; the row was scored without a date"));
      }
      return submitted;
    }
  }

  /**
   * A row that Qualtrics marks as a preview, test or spam response, as a row rejection, unless the
   * coach keeps them.
   */
  private Optional<Rejection> testResponse(Row row) {
    Integer status = header.known().get(Layout.Role.STATUS);
    Integer channel = header.known().get(Layout.Role.CHANNEL);
    if (keepTestResponses || status == null && channel == null) {
      return Optional.empty();
    }
    return QualtricsLayout.notAClient(
            status == null ? "" : row.cell(status), channel == null ? "" : row.cell(channel))
        .map(
            kind ->
                Rejection.row(
                    new Position(file, row.line(), (status == null ? channel : status) + 1),
                    shortHeaders[status == null ? channel : status],
                    "the survey tool marks this response as a " + kind + ", not a client's",
                    "It was set aside; pass --keep-test-responses to score it"));
  }

  /**
   * The id of a respondent in a file without an identity column: the file's name and the row's
   * line.
   */
  private static String ownId(Path file, int line) {
    return file.getFileName() + ":" + line;
  }

  private String respondentId(String[] cells) {
    String id = identity.id() < 0 ? "" : cells[identity.id()].strip();
    if (identity.idWhenAnonymous() >= 0 && (id.isEmpty() || id.equalsIgnoreCase("anonymous"))) {
      id = cells[identity.idWhenAnonymous()].strip();
    } else if (identity.idIsEmail() && id.indexOf('@') > 0) {
      id = id.toLowerCase(Locale.ROOT);
    }
    return id;
  }

  /**
   * The couple code, upper case without spaces; or, from a partner-email column, a keyed code of
   * both partners' emails (so both get the same code, and the emails do not show in it).
   */
  private Optional<String> coupleCode(String[] cells) {
    if (identity.couple() >= 0) {
      String code = withoutWhitespace(cells[identity.couple()]).toUpperCase(Locale.ROOT);
      return code.isEmpty() ? Optional.empty() : Optional.of(code);
    }
    if (identity.partnerEmail() >= 0 && identity.ownEmail() >= 0) {
      String partner = cells[identity.partnerEmail()];
      String own = cells[identity.ownEmail()];
      if (partner.isBlank() || own.isBlank()) {
        return Optional.empty();
      }
      return Optional.of(partnerLinks.codeFor(own, partner));
    }
    return Optional.empty();
  }

  /**
   * The text without any whitespace, as {@code replaceAll("\\s+", "")} but without a regex per row.
   */
  private static String withoutWhitespace(String text) {
    int i = 0;
    while (i < text.length() && !isSpace(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder kept = new StringBuilder(text.length()).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  /** The characters of the regex class {@code \s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * The answers with one more questionnaire's after them; a single questionnaire's in a map of one
   * (which the response keeps without a copy, as most rows answer one).
   */
  private static Map<String, Answers> with(
      Map<String, Answers> answers, String questionnaire, Answers more) {
    if (answers.isEmpty()) {
      return Map.of(questionnaire, more);
    }
    Map<String, Answers> longer = new LinkedHashMap<>(answers);
    longer.put(questionnaire, more);
    return longer;
  }

  private static boolean trailingBlank(String[] cells, int from) {
    for (int i = from; i < cells.length; i++) {
      if (!cells[i].isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> nonBlank(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
  }

  /** Running totals across files. */
  static final class Counts {
    int rowsRead;
    int accepted;
    int rejectedRows;
    int rejectedCells;
    int dropped;
  }

  List<HeaderColumn> columns() {
    return header.columns();
  }
}
