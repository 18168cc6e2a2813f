package dev.tandem.report;

/** The file formats a client or couple report can be written in. */
public enum OutputFormat {
  XLSX("xlsx"),
  PDF("pdf");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }
}
