/**
 * Questionnaire definitions: the YAML format a coach can read, copy and edit, and the model Tandem
 * scores with ({@link dev.tandem.questionnaire.Questionnaire}: response scale, items, scales,
 * bands, norms).
 *
 * <p>{@link dev.tandem.questionnaire.QuestionnaireLoader} reads a definition through {@code
 * YamlReader}, which keeps the line and column of every node, and reports every {@link
 * dev.tandem.questionnaire.Problem} at once in a {@link
 * dev.tandem.questionnaire.DefinitionException}. The bottom of the layering: it uses nothing else
 * of Tandem's, and of the libraries only Jackson's YAML parser.
 */
package dev.tandem.questionnaire;
