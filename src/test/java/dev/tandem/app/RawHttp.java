package dev.tandem.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Requests written byte by byte, so a test can send any Host, Origin or Cookie it likes (as an
 * attacker would).
 */
final class RawHttp {

  private RawHttp() {}

  /** The answer's status line and headers, and its body as text. */
  record Answer(int status, String head, String body) {

    /** A header's value (names compared without case), or "" when absent. */
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return "";
    }
  }

  /**
   * Sends one request to 127.0.0.1:port; {@code headers} are whole lines ("Name: value"). A
   * Content-Length among them replaces the body's own (to claim a body larger than the one sent).
   */
  static Answer send(int port, String method, String target, String body, String... headers)
      throws IOException {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
    boolean hostGiven = false;
    boolean lengthGiven = false;
    for (String header : headers) {
      request.append(header).append("\r\n");
      hostGiven |= header.toLowerCase(Locale.ROOT).startsWith("host:");
      lengthGiven |= header.toLowerCase(Locale.ROOT).startsWith("content-length:");
    }
    if (!hostGiven) {
      request.append("Host: 127.0.0.1:").append(port).append("\r\n");
    }
    if (!lengthGiven) {
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      socket
          .shutdownOutput(); // the server sees the end of a body shorter than claimed, and answers
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = answer.indexOf("\r\n\r\n");
      String head = split < 0 ? answer : answer.substring(0, split);
      String rest = split < 0 ? "" : answer.substring(split + 4);
      return new Answer(Integer.parseInt(head.substring(9, 12)), head, rest);
    }
  }
}
