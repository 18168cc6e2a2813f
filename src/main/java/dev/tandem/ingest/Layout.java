package dev.tandem.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One survey tool's export layout: recognises its header rows and says what each column is. Adding
 * a vendor means one new implementation and one entry in {@link #ALL}.
 */
interface Layout {

  /** The layouts, tried in this order; the plain table comes last and accepts anything. */
  List<Layout> ALL =
      List.of(
          new QualtricsLayout(),
          new SurveyMonkeyLayout(),
          new MicrosoftFormsLayout(),
          new TypeformLayout(),
          new LimeSurveyLayout(),
          new GoogleFormsLayout(),
          new PlainLayout());

  /** The header, if the first rows of a file (at most three) look like this layout's export. */
  Optional<Header> recognise(List<String[]> top);

  /** What a column holds, as far as the identity columns go. */
  enum Role {
    ID,
    ID_WHEN_ANONYMOUS,
    NAME,
    TIME,
    COUPLE,
    PARTNER_EMAIL,
    /** Qualtrics' response type: a real response, a preview, a test or spam. */
    STATUS,
    /** Qualtrics' distribution channel: "preview" and "test" are not clients. */
    CHANNEL
  }

  /**
   * A recognised header: the layout's name, how many rows the header takes, the columns, the keys
   * ({@link Text#key}) of metadata column names that are never questions, and column positions that
   * the layout knows for identity roles (Microsoft Forms' headers change with the account's
   * language, their positions don't), and notes on columns the layout leaves out.
   */
  record Header(
      String layout,
      int rows,
      List<HeaderColumn> columns,
      Set<String> metadata,
      Map<Role, Integer> known,
      List<String> notes) {
    public Header {
      columns = List.copyOf(columns);
      metadata = Set.copyOf(metadata);
      known = Map.copyOf(known);
      notes = List.copyOf(notes);
    }

    Header(
        String layout,
        int rows,
        List<HeaderColumn> columns,
        Set<String> metadata,
        Map<Role, Integer> known) {
      this(layout, rows, columns, metadata, known, List.of());
    }

    static Header oneRow(
        String layout, String[] row, Set<String> metadata, Map<Role, Integer> known) {
      List<HeaderColumn> columns = new ArrayList<>();
      for (int i = 0; i < row.length; i++) {
        columns.add(new HeaderColumn(i, row[i].strip(), List.of(row[i].strip()), Optional.empty()));
      }
      return new Header(layout, 1, columns, metadata, known);
    }
  }

  /**
   * One column: its 0-based index, the header shown to the coach, the texts to match against items
   * (in order of preference) and, for Qualtrics, the question's ImportId.
   */
  record HeaderColumn(int index, String display, List<String> texts, Optional<String> importId) {
    public HeaderColumn {
      texts = List.copyOf(texts);
    }
  }

  /** True when some cell of the row has one of the keys. */
  static boolean hasKey(String[] row, String... keys) {
    for (String cell : row) {
      String key = Text.key(cell);
      for (String wanted : keys) {
        if (key.equals(wanted)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The index of the first cell with one of the keys, or -1. */
  static int indexOfKey(String[] row, String... keys) {
    for (int i = 0; i < row.length; i++) {
      String key = Text.key(row[i]);
      for (String wanted : keys) {
        if (key.equals(wanted)) {
          return i;
        }
      }
    }
    return -1;
  }
}
