-- Assessments taken in the session and not finished yet: the answers so far, saved one at a time.
CREATE TABLE assessment_session (
  token VARCHAR PRIMARY KEY,
  respondent_id VARCHAR NOT NULL,
  name VARCHAR,
  couple_code VARCHAR,
  questionnaire_id VARCHAR NOT NULL,
  answers VARCHAR NOT NULL,
  started_at TIMESTAMP NOT NULL,
  CONSTRAINT one_open_assessment UNIQUE (respondent_id, questionnaire_id)
);
