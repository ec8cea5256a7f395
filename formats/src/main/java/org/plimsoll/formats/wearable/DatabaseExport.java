package org.plimsoll.formats.wearable;

import java.util.List;

/**
 * What a Health Connect or Gadgetbridge database held: its workouts in time order, the measures
 * per day, and notes on what was left out; {@code source} names the app that wrote it.
 */
public record DatabaseExport(String source, List<DatabaseWorkout> workouts, List<DailyMeasures> days,
                             List<String> notes) {
    public DatabaseExport {
        workouts = List.copyOf(workouts);
        days = List.copyOf(days);
        notes = List.copyOf(notes);
    }
}
