-- Couples on one device: whose turn comes once the first partner's assessment is finished. Held by a
-- hash of the first partner's assessment token (never the token itself); a row starts one
-- assessment only and is deleted when it does.
CREATE TABLE assessment_handover (
  first_token_hash VARCHAR PRIMARY KEY,
  first_respondent_id VARCHAR NOT NULL,
  respondent_id VARCHAR NOT NULL,
  couple_code VARCHAR NOT NULL,
  questionnaire_id VARCHAR NOT NULL
);
