package dev.tandem.app;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading requests and writing responses over the JDK's server: the few things every handler needs.
 */
final class Http {

  /** The largest form a page posts (a questionnaire YAML pasted in is the biggest). */
  static final int MAX_FORM_BYTES = 1 << 20;

  private Http() {}

  /** An answer that ends a request early with a status and a plain message for the coach. */
  static final class Refused extends RuntimeException {
    final int status;

    Refused(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  static void html(HttpExchange exchange, int status, String page) throws IOException {
    bytes(exchange, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
  }

  static void json(HttpExchange exchange, String json) throws IOException {
    bytes(exchange, 200, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
  }

  static void bytes(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** A 303 to another page of the app (after a post, so a reload does not post again). */
  static void redirect(HttpExchange exchange, String path) throws IOException {
    exchange.getResponseHeaders().set("Location", path);
    exchange.sendResponseHeaders(303, -1);
    exchange.close();
  }

  /** The request body, refused with 413 when longer than {@code limit} bytes. */
  static byte[] body(HttpExchange exchange, long limit) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null && parseLength(declared) > limit) {
      throw new Refused(413, "That is too large: the limit is " + limit / (1 << 20) + " MB.");
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
      if (body.length > limit) {
        throw new Refused(413, "That is too large: the limit is " + limit / (1 << 20) + " MB.");
      }
      return body;
    }
  }

  /** An url-encoded form: every value of every field, in order. */
  static Map<String, List<String>> form(HttpExchange exchange) throws IOException {
    String text = new String(body(exchange, MAX_FORM_BYTES), StandardCharsets.UTF_8);
    return fields(text);
  }

  /** The query string's fields. */
  static Map<String, List<String>> query(HttpExchange exchange) {
    String raw = exchange.getRequestURI().getRawQuery();
    return raw == null ? Map.of() : fields(raw);
  }

  static String first(Map<String, List<String>> fields, String name) {
    List<String> values = fields.get(name);
    return values == null || values.isEmpty() ? "" : values.get(0);
  }

  private static Map<String, List<String>> fields(String text) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return fields;
  }

  /** Decodes a percent-encoded text, refusing a malformed one with 400. */
  static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new Refused(400, "The form could not be read; reload the page and try again.");
    }
  }

  private static long parseLength(String declared) {
    try {
      return Long.parseLong(declared.trim());
    } catch (NumberFormatException e) {
      throw new Refused(400, "The request could not be read; reload the page and try again.");
    }
  }
}
