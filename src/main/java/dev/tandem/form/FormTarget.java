package dev.tandem.form;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The places a form can go, each with the file it is written as and what the coach does next. */
public enum FormTarget {
  GOOGLE("gs", GoogleAppsScript.STEPS),
  QUALTRICS(
      "qsf",
      List.of(
          "In Qualtrics, create a project, choose \"From a file\" (or Tools > Import/Export > Import Survey) and pick this file.",
          "Export the responses as CSV with \"Use numeric values\"; Tandem reads the export as it is.")),
  LIMESURVEY(
      "lss",
      List.of(
          "In LimeSurvey 6, choose Create survey > Import and pick this file.",
          "Export the responses as CSV with \"Question code\" headings and \"Answer codes\"; Tandem reads the export as it is.")),
  MSFORMS(
      "docx",
      List.of(
          "In Microsoft Forms, choose Quick import and pick this document.",
          "Check that every statement became a choice question with the labels as options, and set them to Required"
              + " as you wish.",
          "Download the responses as Excel; Tandem reads the download as it is.")),
  HTML(
      "html",
      List.of(
          "Send this file to your client (e-mail attachment or USB stick); it opens in any browser, without a network.",
          "Your client answers, chooses \"Save my answers\" and sends you the saved .csv file.",
          "Import the saved files with tandem run; they need no mapping."));

  private final String extension;
  private final List<String> steps;

  FormTarget(String extension, List<String> steps) {
    this.extension = extension;
    this.steps = List.copyOf(steps);
  }

  /** The file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** What the coach does with the file, in order. */
  public List<String> steps() {
    return steps;
  }

  /** The form in this target's file format. */
  public byte[] write(Form form) {
    return switch (this) {
      case GOOGLE -> utf8(GoogleAppsScript.write(form));
      case QUALTRICS -> utf8(QualtricsSurvey.write(form));
      case LIMESURVEY -> utf8(LimeSurveyStructure.write(form));
      case MSFORMS -> MicrosoftFormsDocument.write(form);
      case HTML -> utf8(HtmlForm.offline(form));
    };
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
