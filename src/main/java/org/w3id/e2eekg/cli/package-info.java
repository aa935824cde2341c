/**
 * The command-line interface, {@code e2ee-kg}, built with picocli: one class per
 * subcommand ({@code load}, {@code query}, {@code export}, {@code validate},
 * {@code serve}), shared options in a mixin, and one error handler so that every failure is a single line
 * {@code e2ee-kg: <message>} on standard error with exit code 1 (2 for usage errors). This
 * package owns argument handling, output formats and exit codes; the work itself is done
 * by the load, store, export, validate and server packages. Results go to the command's own
 * writers, so tests can capture them.
 */
package org.w3id.e2eekg.cli;
