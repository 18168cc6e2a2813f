/**
 * The {@code tandem} command (picocli, which stays in this package): one class per subcommand, each
 * parsing its options, calling the pipeline below (import, scoring, statistics, couples, reports)
 * and turning the outcome into messages and the documented exit codes ({@code ExitCode}).
 *
 * <p>The top of the layering: may use every other package; nothing uses it.
 */
package dev.tandem.cli;
