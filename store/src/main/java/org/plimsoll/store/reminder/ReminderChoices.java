package org.plimsoll.store.reminder;

import java.time.LocalTime;

/** What a person chose: reminders by e-mail, by push, both or neither, and their quiet hours. */
public record ReminderChoices(boolean byEmail, boolean byPush, LocalTime quietFrom, LocalTime quietUntil) {
    public static final ReminderChoices NONE = new ReminderChoices(false, false, LocalTime.of(22, 0), LocalTime.of(7, 0));

    public boolean any() {
        return byEmail || byPush;
    }
}
