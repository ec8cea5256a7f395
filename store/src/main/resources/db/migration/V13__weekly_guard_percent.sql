-- The weekly guard: no week's planned minutes of an activity above this share of the most done in
-- any of its last 4 weeks (ENGINE.md section 6; 105-115). Empty in rows written before it: the default, 110.
ALTER TABLE coaching_settings ADD COLUMN weekly_guard_percent INTEGER CHECK (weekly_guard_percent BETWEEN 105 AND 115);
