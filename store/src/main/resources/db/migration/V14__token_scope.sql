-- A personal access token may be read-only: 'read' tokens may only GET and HEAD; every older token is 'full'.
-- V14, not V12: main has V12 and another V13 is coming; Flyway refuses a lower version after a higher one.
ALTER TABLE api_tokens ADD COLUMN scope VARCHAR(8) NOT NULL DEFAULT 'full' CHECK (scope IN ('full', 'read'));
