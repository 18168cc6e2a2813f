/**
 * The seeded generator of synthetic responses behind {@code seeds/}, {@code tandem generate} and the
 * benchmarks: clients with plausible profiles, couples, repeat assessments and the quirks real exports
 * have. May use {@code questionnaire} only.
 */
package dev.tandem.sample;
