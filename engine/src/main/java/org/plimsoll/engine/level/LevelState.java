package org.plimsoll.engine.level;

/** Where an activity stands in calibration (ENGINE.md section 6). */
public enum LevelState {
    NEW, HOLD, PROGRESS, STEP_BACK, FLARE, REFER
}
