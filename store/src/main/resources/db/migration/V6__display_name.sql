-- The name a person wants on their report and share page; the e-mail address stands in without one.
ALTER TABLE profiles ADD COLUMN display_name VARCHAR(80);
