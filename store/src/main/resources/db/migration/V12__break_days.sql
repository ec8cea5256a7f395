-- The days without a session after which an activity's level comes down for a restart (ENGINE.md
-- section 6, after a break; 14-28). Empty in rows written before it: the default, 21.
ALTER TABLE coaching_settings ADD COLUMN break_days INTEGER CHECK (break_days BETWEEN 14 AND 28);
