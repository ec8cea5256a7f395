-- A day's morning heart-rate variability with how it was computed (RMSSD or SDNN: never mixed), and
-- resting heart rate, from a watch or ring or typed (ENGINE.md section 8, "Readiness"). Each of
-- sleep, HRV and resting heart rate remembers whether it was imported: an import fills or updates
-- only values that were imported or empty, so a value the person typed is never overwritten.
ALTER TABLE daily_context ADD COLUMN hrv_ms DOUBLE PRECISION CHECK (hrv_ms BETWEEN 1 AND 300);
ALTER TABLE daily_context ADD COLUMN hrv_kind VARCHAR(8) CHECK (hrv_kind IN ('RMSSD', 'SDNN'));
ALTER TABLE daily_context ADD COLUMN resting_heart_rate INTEGER CHECK (resting_heart_rate BETWEEN 20 AND 250);
ALTER TABLE daily_context ADD COLUMN sleep_imported BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE daily_context ADD COLUMN hrv_imported BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE daily_context ADD COLUMN resting_heart_rate_imported BOOLEAN NOT NULL DEFAULT FALSE;
-- The cut when readiness says the body is less ready (0-10; 0 turns readiness off). Empty in rows
-- written before it: the default, 10.
ALTER TABLE coaching_settings ADD COLUMN readiness_cut_percent INTEGER CHECK (readiness_cut_percent BETWEEN 0 AND 10);
