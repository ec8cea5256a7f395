package org.plimsoll.formats.wearable;

import java.time.Instant;
import org.plimsoll.engine.activity.Activity;

/** A workout a phone's or watch's database recorded: its kind in the source's words, ours, and when it ran. */
public record DatabaseWorkout(String sport, Activity activity, Instant start, double elapsedSeconds) {
}
