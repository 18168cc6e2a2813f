package dev.tandem.report.output;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The zip a workbook is written into: parts of XML deflated as POI would, pictures stored as they
 * are. A PNG is compressed already, and deflating it again costs as much time as drawing it while
 * saving nothing; POI's package writer takes the zip stream it is handed, so this one decides the
 * method per part. Written in memory, where a stored part's size and checksum are filled in after
 * its bytes.
 */
final class WorkbookZip extends ZipArchiveOutputStream {

  private final SeekableInMemoryByteChannel channel;

  private WorkbookZip(SeekableInMemoryByteChannel channel) {
    super(channel);
    this.channel = channel;
  }

  /** The workbook's file, its pictures stored and its other parts deflated. */
  static byte[] of(XSSFWorkbook workbook) throws IOException {
    try (WorkbookZip zip = new WorkbookZip(new SeekableInMemoryByteChannel())) {
      workbook.write(zip); // POI finishes the zip
      return Arrays.copyOf(zip.channel.array(), (int) zip.channel.size());
    }
  }

  @Override
  public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
    if (isPicture(entry.getName())) {
      entry.setMethod(ZipEntry.STORED);
    }
    super.putArchiveEntry(entry);
  }

  /** A part in a picture format that is compressed already. */
  static boolean isPicture(String partName) {
    String name = partName.toLowerCase(Locale.ROOT);
    return name.endsWith(".png") || name.endsWith(".jpeg") || name.endsWith(".jpg");
  }
}
