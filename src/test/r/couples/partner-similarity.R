# Reference figures for dev.tandem.couples.Icc and PairedTest.
# Run from the repository root:  Rscript src/test/r/couples/partner-similarity.R
# Writes, under src/test/resources/couples/:
#   partner-scores.csv   the fixture: per scale and couple, the first and the second partner's score
#   expected-icc.csv     psych::ICC(lmer = FALSE) on each scale: all six Shrout & Fleiss forms
#   expected-paired.csv  t.test(first, second, paired = TRUE) and Cohen's d with the pooled SD
suppressPackageStartupMessages(library(psych))
out <- "src/test/resources/couples"
set.seed(20261128)

n <- 15
# Scores are means of four items on a 1-5 scale, so every value is a multiple of 0.25 (exact in
# binary and in decimal, so Java reads the very numbers R used).
quarter <- function(x) pmin(5, pmax(1, round(x * 4) / 4))
shared <- rnorm(n)
scales <- list(
  # partners alike: a strong shared component
  recharge = cbind(quarter(3 + 0.8 * shared + rnorm(n, 0, 0.3)),
                   quarter(3.2 + 0.8 * shared + rnorm(n, 0, 0.3))),
  # partners unrelated, and the second partner higher on average
  abandonment = cbind(quarter(2.6 + rnorm(n, 0, 0.7)), quarter(3.3 + rnorm(n, 0, 0.7))),
  # partners opposed: within-couple spread larger than between couples (negative ICC)
  desire = cbind(quarter(3 + 0.6 * shared + rnorm(n, 0, 0.2)),
                 quarter(3 - 0.6 * shared + rnorm(n, 0, 0.2))))

fmt <- function(x) sprintf("%.17g", x)
scores <- do.call(rbind, lapply(names(scales), function(s) {
  data.frame(scale = s, couple = sprintf("C%02d", 1:n), first = scales[[s]][, 1], second = scales[[s]][, 2])
}))
write.csv(scores, file.path(out, "partner-scores.csv"), row.names = FALSE, quote = FALSE)

icc <- do.call(rbind, lapply(names(scales), function(s) {
  r <- ICC(scales[[s]], lmer = FALSE)$results
  data.frame(scale = s, type = r$type, ICC = fmt(r$ICC), F = fmt(r$F), df1 = fmt(r$df1), df2 = fmt(r$df2),
             p = fmt(r$p), lower = fmt(r[["lower bound"]]), upper = fmt(r[["upper bound"]]))
}))
write.csv(icc, file.path(out, "expected-icc.csv"), row.names = FALSE, quote = FALSE)

paired <- do.call(rbind, lapply(names(scales), function(s) {
  a <- scales[[s]][, 1]
  b <- scales[[s]][, 2]
  t <- t.test(a, b, paired = TRUE)
  d <- (mean(a) - mean(b)) / sqrt((var(a) + var(b)) / 2)
  data.frame(scale = s, n = length(a), mean_difference = fmt(mean(a - b)), sd_difference = fmt(sd(a - b)),
             t = fmt(unname(t$statistic)), df = fmt(unname(t$parameter)), p = fmt(t$p.value),
             lower = fmt(t$conf.int[1]), upper = fmt(t$conf.int[2]), cohens_d = fmt(d))
}))
write.csv(paired, file.path(out, "expected-paired.csv"), row.names = FALSE, quote = FALSE)
