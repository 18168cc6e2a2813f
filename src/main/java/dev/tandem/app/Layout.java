package dev.tandem.app;

/**
 * The frame every page shares: language, title, a skip link, the navigation with the current
 * section marked, the main landmark, and the app's own style sheet and script (served from the
 * jar).
 */
final class Layout {

  private Layout() {}

  /** A whole page; {@code body} is HTML already escaped by its page. */
  static String page(Section current, String title, String body) {
    StringBuilder nav = new StringBuilder();
    for (Section section : Section.values()) {
      nav.append("<li><a href=\"")
          .append(section.path)
          .append('"')
          .append(section == current ? " aria-current=\"page\"" : "")
          .append('>')
          .append(Html.text(section.label))
          .append("</a></li>");
    }
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + Html.text(title)
        + " – Tandem</title>"
        + "<link rel=\"stylesheet\" href=\"/static/app.css\">"
        + "<script src=\"/static/app.js\" defer></script></head><body>"
        + "<a class=\"skip\" href=\"#main\">Skip to the page</a>"
        + "<header><p class=\"brand\">Tandem</p><nav aria-label=\"Sections\"><ul>"
        + nav
        + "</ul></nav>"
        + "<form method=\"post\" action=\"/quit\" class=\"quit\"><button type=\"submit\">Quit Tandem</button></form>"
        + "</header><main id=\"main\" tabindex=\"-1\"><h1>"
        + Html.text(title)
        + "</h1>"
        + body
        + "</main></body></html>";
  }

  /** A message of what was just done, when there is one. */
  static String notice(java.util.Optional<String> notice) {
    return notice
        .map(text -> "<div class=\"notice\" role=\"status\"><p>" + Html.text(text) + "</p></div>")
        .orElse("");
  }

  /** The GOV.UK error summary: every problem listed at the top, focused by the script. */
  static String errorSummary(java.util.List<String> problems) {
    if (problems.isEmpty()) {
      return "";
    }
    StringBuilder list = new StringBuilder();
    problems.forEach(problem -> list.append("<li>").append(Html.text(problem)).append("</li>"));
    return "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" id=\"error-summary\">"
        + "<h2>There is a problem</h2><ul>"
        + list
        + "</ul></div>";
  }
}
