# Generates the statistics fixtures under src/test/resources/stats/ and the numbers R's psych package
# computes on them. Tandem's tests compare against the committed output; Maven never runs this.
#
#   Rscript src/test/r/stats-fixtures.R        (from the project folder)
#
# Needs R 4 with psych and psychTools (Debian: r-cran-psych r-cran-psychtools). Item data are
# reverse keyed here from the response scale's bounds (min + max - x), as Tandem does, and then
# given to psych with all keys positive; scoreItems also gets the bounds and the keys so that its
# own reverse keying is checked against Tandem's.

suppressPackageStartupMessages({
  library(psych)
  library(psychTools)
})

out <- "src/test/resources/stats"
if (!dir.exists(out)) stop("run from the project folder: ", out, " not found")

set.seed(20261128)

# Likert answers lo..hi from a latent score: loading * theta + noise, cut into equal steps.
likert <- function(theta, loading, lo = 1, hi = 5) {
  raw <- (lo + hi) / 2 + loading * theta * (hi - lo) / 3 + rnorm(length(theta), sd = 0.9)
  pmin(hi, pmax(lo, round(raw)))
}

# Two correlated latent traits for n people.
traits <- function(n, rho = 0.35) {
  a <- rnorm(n)
  b <- rho * a + sqrt(1 - rho^2) * rnorm(n)
  list(a = a, b = b)
}

fmt <- function(x) { x <- as.numeric(unlist(x)); ifelse(is.na(x) | !is.finite(x), "NA", sprintf("%.17g", x)) }

write_items <- function(name, data) {
  frame <- data.frame(respondent_id = sprintf("r%04d", seq_len(nrow(data))), data, check.names = FALSE)
  write.csv(frame, file.path(out, paste0(name, ".csv")), row.names = FALSE, na = "", quote = FALSE)
}

# keys: list(scale = c("item", "-reversedItem", ...)); lo, hi: the response scale's bounds.
expected <- function(name, data, keys, lo, hi, sums = character(0)) {
  rows <- list()
  add <- function(scope, scale, item, statistic, value) {
    rows[[length(rows) + 1]] <<- data.frame(scope = scope, scale = scale, item = item,
                                            statistic = statistic, value = fmt(value))
  }
  scored <- scoreItems(keys, data, totals = FALSE, impute = "none", delete = FALSE, min = lo, max = hi)
  scores <- as.data.frame(scored$scores)
  for (s in sums) {
    # Tandem's sum scales are prorated: mean of the answered items times the number of items.
    scores[[s]] <- scores[[s]] * length(keys[[s]])
  }
  for (scale in names(keys)) {
    items <- keys[[scale]]
    reversed <- startsWith(items, "-")
    ids <- sub("^-", "", items)
    x <- data[, ids, drop = FALSE]
    x[, reversed] <- lo + hi - x[, reversed]
    if (all(apply(x, 2, sd, na.rm = TRUE) == 0)) {
      # Every answer the same: psych's alpha stops with an error, as alpha is 0/0; Tandem gives none.
      for (statistic in c("alpha", "stdAlpha", "alphaCiLow", "alphaCiHigh")) add("alpha", scale, "", statistic, NA)
      next
    }
    a <- suppressWarnings(alpha(x, warnings = FALSE))
    add("alpha", scale, "", "alpha", a$total$raw_alpha)
    add("alpha", scale, "", "stdAlpha", a$total$std.alpha)
    add("alpha", scale, "", "alphaCiLow", a$feldt$lower.ci)
    add("alpha", scale, "", "alphaCiHigh", a$feldt$upper.ci)
    for (item in rownames(a$item.stats)) {
      add("item", scale, item, "n", a$item.stats[item, "n"])
      add("item", scale, item, "mean", a$item.stats[item, "mean"])
      add("item", scale, item, "sd", a$item.stats[item, "sd"])
      add("item", scale, item, "rDrop", a$item.stats[item, "r.drop"])
      add("item", scale, item, "alphaIfDropped", a$alpha.drop[item, "raw_alpha"])
    }
  }
  d <- describe(scores)
  for (scale in names(keys)) {
    for (statistic in c("n", "mean", "sd", "median", "min", "max", "skew", "kurtosis", "se")) {
      add("describe", scale, "", statistic, d[scale, statistic])
    }
  }
  names <- colnames(scores)
  if (length(names) > 1) {
    ct <- corr.test(scores, adjust = "none")
    n <- if (length(ct$n) == 1) matrix(ct$n, ncol(scores), ncol(scores)) else ct$n
  }
  for (i in seq_along(names)) {
    for (j in seq_along(names)) {
      if (i < j) {
        add("corr", names[i], names[j], "r", ct$r[i, j])
        add("corr", names[i], names[j], "n", n[i, j])
        add("corr", names[i], names[j], "p", ct$p[i, j])
      }
    }
  }
  write.csv(do.call(rbind, rows), file.path(out, paste0(name, ".expected.csv")), row.names = FALSE,
            quote = FALSE)
  score_frame <- data.frame(respondent_id = sprintf("r%04d", seq_len(nrow(data))),
                            lapply(scores, fmt), check.names = FALSE)
  write.csv(score_frame, file.path(out, paste0(name, ".scores.csv")), row.names = FALSE, quote = FALSE)
}

# 1. No missing answers: two scales of six and five items.
t <- traits(240)
complete <- data.frame(
  sapply(c(0.9, 0.8, 0.7, 0.85, 0.6, 0.75), function(l) likert(t$a, l)),
  sapply(c(0.8, 0.7, 0.9, 0.65, 0.7), function(l) likert(t$b, l)))
colnames(complete) <- c(paste0("a", 1:6), paste0("b", 1:5))
write_items("complete", complete)
two_scales <- list(alpha = paste0("a", 1:6), beta = paste0("b", 1:5))
expected("complete", complete, two_scales, 1, 5)

# 2. About 5% of the answers missing completely at random.
t <- traits(300)
missing <- data.frame(
  sapply(c(0.9, 0.8, 0.7, 0.85, 0.6, 0.75), function(l) likert(t$a, l)),
  sapply(c(0.8, 0.7, 0.9, 0.65, 0.7), function(l) likert(t$b, l)))
colnames(missing) <- c(paste0("a", 1:6), paste0("b", 1:5))
missing[matrix(runif(prod(dim(missing))) < 0.05, nrow(missing))] <- NA
write_items("missing", missing)
expected("missing", missing, two_scales, 1, 5)

# 3. Reverse-keyed items on a 7-point scale, one scale scored as a sum.
t <- traits(220, rho = -0.2)
reversed <- data.frame(
  sapply(c(0.9, -0.8, 0.7, -0.85, 0.6, 0.75), function(l) likert(t$a, l, 1, 7)),
  sapply(c(-0.8, 0.7, 0.9, -0.65, 0.7), function(l) likert(t$b, l, 1, 7)))
colnames(reversed) <- c(paste0("a", 1:6), paste0("b", 1:5))
write_items("reversed", reversed)
expected("reversed", reversed,
         list(alpha = c("a1", "-a2", "a3", "-a4", "a5", "a6"), beta = c("-b1", "b2", "b3", "-b4", "b5")),
         1, 7, sums = "beta")

# 4. One item that everybody answered the same way.
t <- traits(150)
constant <- data.frame(sapply(c(0.9, 0.8, 0.7, 0.85, 0.6), function(l) likert(t$a, l)))
colnames(constant) <- paste0("a", 1:5)
constant$a3 <- 3
write_items("zero-variance", constant)
expected("zero-variance", constant, list(alpha = paste0("a", 1:5)), 1, 5)

# 5. One item that runs against the rest (written the wrong way round, not marked reversed).
t <- traits(180)
negative <- data.frame(sapply(c(0.9, 0.8, -0.7, 0.85, 0.6, 0.75), function(l) likert(t$a, l)))
colnames(negative) <- paste0("a", 1:6)
write_items("negative", negative)
expected("negative", negative, list(alpha = paste0("a", 1:6)), 1, 5)

# 6. A public dataset: psychTools::msq (Motivational State Questionnaire, answers 0-3), Thayer's
#    energetic and tense arousal scales as keyed in the msq help page. Rows that answered none of the
#    twenty items are left out (Tandem does not score an empty response).
ea <- c("active", "energetic", "vigorous", "wakeful", "wide.awake", "full.of.pep", "lively",
        "-sleepy", "-tired", "-drowsy")
ta <- c("intense", "jittery", "fearful", "tense", "clutched.up", "-quiet", "-still", "-placid", "-calm",
        "-at.rest")
msq_items <- sub("^-", "", c(ea, ta))
msq_data <- psychTools::msq[, msq_items]
msq_data <- msq_data[rowSums(!is.na(msq_data)) > 0, ]
rownames(msq_data) <- NULL
colnames(msq_data) <- gsub(".", "_", colnames(msq_data), fixed = TRUE)
write_items("msq", msq_data)
expected("msq", msq_data, list(energetic = gsub(".", "_", ea, fixed = TRUE),
                               tense = gsub(".", "_", ta, fixed = TRUE)), 0, 3)
cat("wrote fixtures to", out, "\n")

# 7. Where psych gives NA: a scale every client answered the same way (its sd is 0, so its skew,
#    kurtosis, alpha and its correlation with any other scale are undefined), beside a working one.
t <- traits(60)
undefined <- data.frame(sapply(c(0.9, 0.8, 0.7, 0.85), function(l) likert(t$a, l)))
colnames(undefined) <- paste0("a", 1:4)
undefined$f1 <- 3
undefined$f2 <- 3
write_items("undefined", undefined)
expected("undefined", undefined, list(alpha = paste0("a", 1:4), flat = c("f1", "f2")), 1, 5)
