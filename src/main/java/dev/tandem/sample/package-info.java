/**
 * The seeded generator of synthetic responses behind {@code seeds/}, {@code tandem generate} and
 * the benchmarks: clients with a target score per scale and noise around it, and couples drawn from
 * profiles so that the patterns a coach looks for occur. May use {@code questionnaire} only.
 */
package dev.tandem.sample;
