package org.plimsoll.engine.checkin;

import java.util.Arrays;
import java.util.Optional;

/** The red-flag checklist of ENGINE.md section 9, with the referral each symptom triggers (words: Wording.symptom). */
public enum Symptom {
    SADDLE_NUMBNESS(Urgency.EMERGENCY),
    BLADDER_CHANGE(Urgency.EMERGENCY),
    BOWEL_INCONTINENCE(Urgency.EMERGENCY),
    SEXUAL_FUNCTION_CHANGE(Urgency.EMERGENCY),
    LEG_WEAKNESS(Urgency.EMERGENCY),
    BOTH_LEGS(Urgency.EMERGENCY),
    CHEST_SYMPTOMS(Urgency.EMERGENCY),
    FEVER(Urgency.SAME_DAY),
    TRAUMA(Urgency.SAME_DAY),
    LEG_TINGLING(Urgency.SOON),
    WEIGHT_LOSS(Urgency.SOON),
    CANCER_HISTORY(Urgency.SOON),
    NIGHT_PAIN(Urgency.SOON);

    private final Urgency urgency;

    Symptom(Urgency urgency) {
        this.urgency = urgency;
    }

    public Urgency urgency() {
        return urgency;
    }

    public static Optional<Symptom> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }
}
