package org.plimsoll.engine.checkin;

import java.util.Arrays;
import java.util.Optional;

/** The red-flag checklist of ENGINE.md section 9, with the referral each symptom triggers. */
public enum Symptom {
    SADDLE_NUMBNESS(Urgency.EMERGENCY, "numbness or tingling in the saddle area"),
    BLADDER_CHANGE(Urgency.EMERGENCY, "new trouble starting or stopping urine, or leaking"),
    BOWEL_INCONTINENCE(Urgency.EMERGENCY, "loss of bowel control or of its sensation"),
    SEXUAL_FUNCTION_CHANGE(Urgency.EMERGENCY, "new change in sexual function or genital sensation"),
    LEG_WEAKNESS(Urgency.EMERGENCY, "severe or progressive weakness or numbness in a leg"),
    BOTH_LEGS(Urgency.EMERGENCY, "pain or pins and needles in both legs"),
    CHEST_SYMPTOMS(Urgency.EMERGENCY, "upper-back pain with chest tightness, breathlessness or sweating"),
    FEVER(Urgency.SAME_DAY, "fever, chills or feeling unwell with the back pain"),
    TRAUMA(Urgency.SAME_DAY, "pain after a fall or blow (or minor trauma with osteoporosis or steroids)"),
    LEG_TINGLING(Urgency.SOON, "symptoms travelling down one leg, with tingling or numbness"),
    WEIGHT_LOSS(Urgency.SOON, "unexplained weight loss"),
    CANCER_HISTORY(Urgency.SOON, "history of cancer, with new back pain"),
    NIGHT_PAIN(Urgency.SOON, "constant or night pain not eased by changing position");

    private final Urgency urgency;
    private final String meaning;

    Symptom(Urgency urgency, String meaning) {
        this.urgency = urgency;
        this.meaning = meaning;
    }

    public Urgency urgency() {
        return urgency;
    }

    /** What the symptom means, in words a person recognises. */
    public String meaning() {
        return meaning;
    }

    public static Optional<Symptom> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }
}
