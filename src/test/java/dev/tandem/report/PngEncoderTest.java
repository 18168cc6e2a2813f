package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

  @Test
  void pngDecodesToTheSamePixels() throws IOException {
    BufferedImage image = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    g2.setColor(Color.WHITE);
    g2.fillRect(0, 0, 37, 23);
    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g2.setColor(new Color(200, 40, 90));
    g2.fillRect(3, 4, 20, 6);
    g2.drawLine(0, 22, 36, 11);
    g2.dispose();
    Random random = new Random(8);
    for (int x = 0; x < 37; x++) {
      image.setRGB(x, 17, random.nextInt(0x1000000));
    }

    byte[] png = PngEncoder.png(PngEncoder.scanlines(image), 37, 23);

    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(decoded.getWidth()).isEqualTo(37);
    assertThat(decoded.getHeight()).isEqualTo(23);
    for (int y = 0; y < 23; y++) {
      for (int x = 0; x < 37; x++) {
        assertThat(decoded.getRGB(x, y) & 0xffffff)
            .as("pixel %d,%d", x, y)
            .isEqualTo(image.getRGB(x, y) & 0xffffff);
      }
    }
  }

  @Test
  void refusesImagesThatAreNotIntRgb() {
    BufferedImage grey = new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_GRAY);

    assertThatThrownBy(() -> PngEncoder.scanlines(grey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected an RGB image, got image type " + BufferedImage.TYPE_BYTE_GRAY);
  }
}
