package org.plimsoll.formats.activity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.session.RpeEstimate;
import org.plimsoll.engine.session.SameActivity;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.session.SessionBounds;
import org.plimsoll.words.BoundsWords;

/**
 * What an import will store, decided before anything is stored: a file with an impossible
 * date is left out whole, a record whose minutes or distance cannot have happened is left out alone; each activity becomes a session, its effort estimated from heart
 * rate (against the highest heart rate of the whole batch) or pace when it has none; a session
 * that repeats one earlier in the batch is a duplicate. Files left with no new session are not
 * planned at all.
 */
record ImportPlan(List<FileSessions> files, List<ImportReport.Skipped> implausible, int duplicates) {

    ImportPlan {
        files = List.copyOf(files);
        implausible = List.copyOf(implausible);
    }

    /** The new sessions of one file, with the hash that lets the store recognise the file again. */
    record FileSessions(String name, String hash, List<Session> sessions) {
        FileSessions {
            sessions = List.copyOf(sessions);
        }
    }

    /** Plans the files read, in their order; the unlabelled activity replaces "other" when the person chose one. */
    static ImportPlan of(List<ParsedFile> parsed, ZoneId zone, Instant now, Optional<Activity> unlabelled) {
        int maxHeartRate = RpeEstimate.maxHeartRate(parsed.stream().flatMap(p -> p.activities().stream())
                .filter(a -> a.maxHeartRate().isPresent()).map(a -> a.maxHeartRate().getAsInt()).toList());
        List<FileSessions> files = new ArrayList<>();
        List<ImportReport.Skipped> implausible = new ArrayList<>();
        List<Session> accepted = new ArrayList<>();
        int duplicates = 0;
        for (ParsedFile file : parsed) {
            Optional<String> impossible = file.activities().stream().map(a -> Plausibility.problem(a, now))
                    .flatMap(Optional::stream).findFirst();
            if (impossible.isPresent()) {
                implausible.add(new ImportReport.Skipped(file.name(), impossible.get()));
                continue;
            }
            List<Session> fresh = new ArrayList<>();
            int record = 0;
            for (ImportedActivity found : file.activities()) {
                record++;
                ImportedActivity activity = found.activity() == Activity.OTHER && unlabelled.isPresent()
                        ? found.as(unlabelled.get()) : found;
                Session session = activity.toSession(zone, maxHeartRate);
                // A record that cannot have happened (0 minutes, a car's speed) is left out and named;
                // a rare but real one (a 24-hour race) was measured by the device and is kept.
                if (SessionBounds.check(session.activity(), session.minutes(), session.distance())
                        instanceof SessionBounds.Verdict.Impossible impossibleRecord) {
                    implausible.add(new ImportReport.Skipped(file.name(), BoundsWords.skippedRecord(record,
                            session.activity(), session.start().toLocalDate(), impossibleRecord, session.minutes())));
                    continue;
                }
                boolean repeat = accepted.stream().anyMatch(s -> SameActivity.isSame(s, session))
                        || fresh.stream().anyMatch(s -> SameActivity.isSame(s, session));
                if (repeat) {
                    duplicates++;
                } else {
                    fresh.add(session);
                }
            }
            accepted.addAll(fresh);
            if (!fresh.isEmpty()) {
                files.add(new FileSessions(file.name(), file.hash(), fresh));
            }
        }
        return new ImportPlan(files, implausible, duplicates);
    }
}
