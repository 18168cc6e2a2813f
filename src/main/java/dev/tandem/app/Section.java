package dev.tandem.app;

/**
 * The app's sections, in the order the navigation shows them. A new section is one more constant
 * here and one more route.
 */
enum Section {
  RESPONSES("/responses", "Add responses"),
  CREATE("/create", "Create reports"),
  RESULTS("/results", "Results"),
  PRACTICE("/practice", "Practice"),
  QUESTIONNAIRES("/questionnaires", "Questionnaires");

  final String path;
  final String label;

  Section(String path, String label) {
    this.path = path;
    this.label = label;
  }
}
