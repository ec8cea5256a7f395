package org.plimsoll.engine.profile;

/** How easily the back is stirred up; sets the baseline discount (ENGINE.md section 5). */
public enum Irritability {
    LOW, MODERATE, HIGH
}
