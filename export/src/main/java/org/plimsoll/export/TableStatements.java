package org.plimsoll.export;

import java.util.List;

/**
 * The SQL of each exported table, written out: how its rows are read for one account, and written
 * into another on restore. The order is {@code ExportTable.ALL}'s, where a table comes after the
 * tables its ids point into; the columns are the file's (a test holds the two together). Rows of a
 * table whose rows hang off another (a session's strength sets) are found through their parent.
 */
record TableStatements(String table, String select, String insert) {
    static final List<TableStatements> ALL = List.of(
            new TableStatements("profiles", """
                    SELECT regions, irritability, units, time_zone, morning_check_in, updated_at, onboarded,
                           display_name
                    FROM profiles
                    WHERE account_id = :account
                    ORDER BY account_id
                    """, """
                    INSERT INTO profiles (account_id, regions, irritability, units, time_zone, morning_check_in,
                        updated_at, onboarded, display_name)
                    VALUES (:account_id, :regions, :irritability, :units, :time_zone, :morning_check_in, :updated_at,
                        :onboarded, :display_name)
                    """),
            new TableStatements("coaching_settings", """
                    SELECT hold_days, progression_step_percent, flare_volume_percent, flare_further_cut_percent,
                           baseline_discount_percent, break_days, weekly_guard_percent, readiness_cut_percent,
                           updated_at
                    FROM coaching_settings
                    WHERE account_id = :account
                    ORDER BY account_id
                    """, """
                    INSERT INTO coaching_settings (account_id, hold_days, progression_step_percent,
                        flare_volume_percent, flare_further_cut_percent, baseline_discount_percent, break_days,
                        weekly_guard_percent, readiness_cut_percent, updated_at)
                    VALUES (:account_id, :hold_days, :progression_step_percent, :flare_volume_percent,
                        :flare_further_cut_percent, :baseline_discount_percent, :break_days, :weekly_guard_percent,
                        :readiness_cut_percent, :updated_at)
                    """),
            new TableStatements("goals", """
                    SELECT activity, sessions_per_week, minutes, distance_km, rpe_cap
                    FROM goals
                    WHERE account_id = :account
                    ORDER BY activity
                    """, """
                    INSERT INTO goals (account_id, activity, sessions_per_week, minutes, distance_km, rpe_cap)
                    VALUES (:account_id, :activity, :sessions_per_week, :minutes, :distance_km, :rpe_cap)
                    """),
            new TableStatements("activity_demands", """
                    SELECT activity, rotation, arm_load, impact
                    FROM activity_demands
                    WHERE account_id = :account
                    ORDER BY activity
                    """, """
                    INSERT INTO activity_demands (account_id, activity, rotation, arm_load, impact)
                    VALUES (:account_id, :activity, :rotation, :arm_load, :impact)
                    """),
            new TableStatements("sessions", """
                    SELECT id, activity, started_at, time_zone, minutes, distance_km, rpe, rpe_estimated, run_type,
                           hills, rotation_override, arm_load_override, source, source_file_hash, created_at, updated_at,
                           experiment_condition
                    FROM sessions
                    WHERE account_id = :account
                    ORDER BY id
                    """, """
                    INSERT INTO sessions (account_id, activity, started_at, time_zone, minutes, distance_km, rpe,
                        rpe_estimated, run_type, hills, rotation_override, arm_load_override, source, source_file_hash,
                        created_at, updated_at, experiment_condition)
                    VALUES (:account_id, :activity, :started_at, :time_zone, :minutes, :distance_km, :rpe,
                        :rpe_estimated, :run_type, :hills, :rotation_override, :arm_load_override, :source,
                        :source_file_hash, :created_at, :updated_at, :experiment_condition)
                    """),
            new TableStatements("strength_sets", """
                    SELECT t.session_id, t.position, t.exercise, t.sets, t.reps, t.load_kg
                    FROM strength_sets t JOIN sessions p ON p.id = t.session_id
                    WHERE p.account_id = :account
                    ORDER BY t.session_id, t.position
                    """, """
                    INSERT INTO strength_sets (session_id, position, exercise, sets, reps, load_kg)
                    VALUES (:session_id, :position, :exercise, :sets, :reps, :load_kg)
                    """),
            new TableStatements("checkins", """
                    SELECT id, session_id, check_window, on_date, recorded_at, pain, sharp, region, stiffness_minutes,
                           cleared_by_clinician
                    FROM checkins
                    WHERE account_id = :account
                    ORDER BY id
                    """, """
                    INSERT INTO checkins (account_id, session_id, check_window, on_date, recorded_at, pain, sharp,
                        region, stiffness_minutes, cleared_by_clinician)
                    VALUES (:account_id, :session_id, :check_window, :on_date, :recorded_at, :pain, :sharp, :region,
                        :stiffness_minutes, :cleared_by_clinician)
                    """),
            new TableStatements("checkin_symptoms", """
                    SELECT t.checkin_id, t.symptom
                    FROM checkin_symptoms t JOIN checkins p ON p.id = t.checkin_id
                    WHERE p.account_id = :account
                    ORDER BY t.checkin_id, t.symptom
                    """, """
                    INSERT INTO checkin_symptoms (checkin_id, symptom)
                    VALUES (:checkin_id, :symptom)
                    """),
            new TableStatements("daily_context", """
                    SELECT on_date, sleep_hours, sleep_quality, stress, sitting_hours, hrv_ms, hrv_kind,
                           resting_heart_rate, sleep_imported, hrv_imported, resting_heart_rate_imported
                    FROM daily_context
                    WHERE account_id = :account
                    ORDER BY on_date
                    """, """
                    INSERT INTO daily_context (account_id, on_date, sleep_hours, sleep_quality, stress, sitting_hours,
                        hrv_ms, hrv_kind, resting_heart_rate, sleep_imported, hrv_imported, resting_heart_rate_imported)
                    VALUES (:account_id, :on_date, :sleep_hours, :sleep_quality, :stress, :sitting_hours, :hrv_ms,
                        :hrv_kind, :resting_heart_rate, COALESCE(:sleep_imported, FALSE), COALESCE(:hrv_imported, FALSE),
                        COALESCE(:resting_heart_rate_imported, FALSE))
                    """),
            new TableStatements("levels", """
                    SELECT id, activity, since, sessions_per_week, minutes, distance_km, rpe_cap, recorded_at
                    FROM levels
                    WHERE account_id = :account
                    ORDER BY id
                    """, """
                    INSERT INTO levels (account_id, activity, since, sessions_per_week, minutes, distance_km, rpe_cap,
                        recorded_at)
                    VALUES (:account_id, :activity, :since, :sessions_per_week, :minutes, :distance_km, :rpe_cap,
                        :recorded_at)
                    """),
            new TableStatements("baseline_tests", """
                    SELECT id, activity, on_date, pain_onset_km, pain_onset_minutes, pain_onset_reps
                    FROM baseline_tests
                    WHERE account_id = :account
                    ORDER BY id
                    """, """
                    INSERT INTO baseline_tests (account_id, activity, on_date, pain_onset_km, pain_onset_minutes,
                        pain_onset_reps)
                    VALUES (:account_id, :activity, :on_date, :pain_onset_km, :pain_onset_minutes, :pain_onset_reps)
                    """),
            new TableStatements("declared_flares", """
                    SELECT id, on_date, note
                    FROM declared_flares
                    WHERE account_id = :account
                    ORDER BY id
                    """, """
                    INSERT INTO declared_flares (account_id, on_date, note)
                    VALUES (:account_id, :on_date, :note)
                    """),
            new TableStatements("check_ups", """
                    SELECT id, on_date, recorded_at, weekly_pain
                    FROM check_ups
                    WHERE account_id = :account
                    ORDER BY id
                    """, """
                    INSERT INTO check_ups (account_id, on_date, recorded_at, weekly_pain)
                    VALUES (:account_id, :on_date, :recorded_at, :weekly_pain)
                    """),
            new TableStatements("check_up_abilities", """
                    SELECT t.check_up_id, t.position, t.activity, t.score
                    FROM check_up_abilities t JOIN check_ups p ON p.id = t.check_up_id
                    WHERE p.account_id = :account
                    ORDER BY t.check_up_id, t.position
                    """, """
                    INSERT INTO check_up_abilities (check_up_id, position, activity, score)
                    VALUES (:check_up_id, :position, :activity, :score)
                    """),
            new TableStatements("experiments", """
                    SELECT experiment_id, activity, first_condition, second_condition, start_date, weeks, paused_on,
                           stopped_on, created_at
                    FROM experiments
                    WHERE account_id = :account
                    ORDER BY start_date, created_at, experiment_id
                    """, """
                    INSERT INTO experiments (account_id, experiment_id, activity, first_condition, second_condition,
                        start_date, weeks, paused_on, stopped_on, created_at)
                    VALUES (:account_id, :experiment_id, :activity, :first_condition, :second_condition, :start_date,
                        :weeks, :paused_on, :stopped_on, :created_at)
                    """),
            new TableStatements("care_notes", """
                    SELECT id, at, text
                    FROM care_notes
                    WHERE patient_id = :account
                    ORDER BY id
                    """, """
                    INSERT INTO care_notes (patient_id, at, text)
                    VALUES (:account_id, :at, :text)
                    """),
            new TableStatements("care_changes", """
                    SELECT id, at, setting, old_value, new_value, reason
                    FROM care_changes
                    WHERE patient_id = :account
                    ORDER BY id
                    """, """
                    INSERT INTO care_changes (patient_id, at, setting, old_value, new_value, reason)
                    VALUES (:account_id, :at, :setting, :old_value, :new_value, :reason)
                    """));

    /** How many records of the kinds a restore would bring an account holds; a fresh account has only its profile. */
    static final String RECORD_COUNT = """
            SELECT (SELECT COUNT(*) FROM sessions WHERE account_id = :account)
                 + (SELECT COUNT(*) FROM checkins WHERE account_id = :account)
                 + (SELECT COUNT(*) FROM levels WHERE account_id = :account)
                 + (SELECT COUNT(*) FROM daily_context WHERE account_id = :account)
                 + (SELECT COUNT(*) FROM baseline_tests WHERE account_id = :account)
                 + (SELECT COUNT(*) FROM declared_flares WHERE account_id = :account)
                 + (SELECT COUNT(*) FROM goals WHERE account_id = :account)
                 + (SELECT COUNT(*) FROM activity_demands WHERE account_id = :account)
                 + (SELECT COUNT(*) FROM check_ups WHERE account_id = :account)
                 + (SELECT COUNT(*) FROM experiments WHERE account_id = :account)
            """;
}
