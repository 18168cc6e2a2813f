package dev.tandem.app;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

/**
 * The security rules, applied before every route (a route cannot opt out): the {@code Host} must be
 * this app's loopback address and port (against DNS rebinding); the token from the first URL is
 * exchanged once for an HttpOnly, SameSite=Strict cookie, and a request with neither gets 403; a
 * request that changes anything must come from this app's own origin. Every answer carries a
 * Content-Security-Policy that allows nothing from another origin. The token in the address also
 * tells the app that the coach is back ({@code coachBack}), which ends the lock of an assessment in
 * session.
 */
final class Guard extends Filter {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self';"
          + " img-src 'self'; connect-src 'self'; object-src 'self'; frame-src 'self'; frame-ancestors 'self';"
          + " form-action 'self'; base-uri 'none'";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");

  private final byte[] token;
  private final String cookieName;
  private final Set<String> hosts;
  private final Set<String> origins;
  private final Runnable coachBack;

  Guard(String token, int port, Runnable coachBack) {
    this.coachBack = coachBack;
    this.token = token.getBytes(StandardCharsets.US_ASCII);
    this.cookieName = "tandem-" + port;
    this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
    this.origins = Set.of("http://127.0.0.1:" + port, "http://localhost:" + port);
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    Headers response = exchange.getResponseHeaders();
    response.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.set("X-Content-Type-Options", "nosniff");
    response.set(
        "Referrer-Policy", "same-origin"); // "no-referrer" would make a form post's Origin "null"
    response.set("Cache-Control", "no-store");
    Headers request = exchange.getRequestHeaders();
    if (!hosts.contains(String.valueOf(request.getFirst("Host")))) {
      refuse(
          exchange,
          "This address is not Tandem's. Open the address Tandem printed when it started.");
      return;
    }
    if (!SAFE_METHODS.contains(exchange.getRequestMethod())
        && !origins.contains(String.valueOf(request.getFirst("Origin")))) {
      refuse(exchange, "This request did not come from Tandem's own page, so it was refused.");
      return;
    }
    boolean tokenGiven =
        SAFE_METHODS.contains(exchange.getRequestMethod())
            && matches(Http.first(Http.query(exchange), "token"));
    if (tokenGiven) {
      coachBack.run();
    }
    if (hasCookie(request)) {
      chain.doFilter(exchange);
      return;
    }
    if (tokenGiven) {
      response.add(
          "Set-Cookie",
          cookieName
              + "="
              + new String(token, StandardCharsets.US_ASCII)
              + "; Path=/; HttpOnly; SameSite=Strict");
      URI uri = exchange.getRequestURI();
      Http.redirect(exchange, uri.getRawPath());
      return;
    }
    refuse(
        exchange,
        "Open Tandem with the address it printed when it started (it holds a one-time key).");
  }

  @Override
  public String description() {
    return "Host, token and Origin checks, and the Content-Security-Policy";
  }

  private boolean hasCookie(Headers request) {
    List<String> cookies = request.get("Cookie");
    if (cookies == null) {
      return false;
    }
    for (String header : cookies) {
      for (String cookie : header.split(";")) {
        String trimmed = cookie.trim();
        if (trimmed.startsWith(cookieName + "=")
            && matches(trimmed.substring(cookieName.length() + 1))) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean matches(String offered) {
    return MessageDigest.isEqual(token, offered.getBytes(StandardCharsets.US_ASCII));
  }

  private static void refuse(HttpExchange exchange, String message) throws IOException {
    Http.bytes(
        exchange,
        403,
        "text/plain; charset=utf-8",
        ("403 Forbidden: " + message).getBytes(StandardCharsets.UTF_8));
  }
}
