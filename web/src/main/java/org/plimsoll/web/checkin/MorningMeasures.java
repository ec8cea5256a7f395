package org.plimsoll.web.checkin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.context.HrvKind;
import org.plimsoll.engine.unit.HeartRate;
import org.plimsoll.engine.unit.Hrv;
import org.plimsoll.store.context.DailyContextRepository;
import org.plimsoll.web.form.FormBody;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.words.MeasuresWords;

/**
 * A watch or ring's morning measures on the check-in form: heart-rate variability with its kind
 * and the resting heart rate. A value imported from the watch is shown as the watch's and not
 * offered for typing, so that saving the form leaves it as it came; an absent one can be typed,
 * within the same bounds an import keeps.
 */
public record MorningMeasures(Optional<Hrv> hrv, Optional<HrvKind> kind, Optional<HeartRate> resting,
                              DailyContextRepository.Imported imported) {
    public static final MorningMeasures NONE = new MorningMeasures(Optional.empty(), Optional.empty(), Optional.empty(),
            DailyContextRepository.Imported.NONE);

    /** Today's measures as saved, and which of them came from the watch. */
    static MorningMeasures of(Optional<DailyContext> today, DailyContextRepository.Imported imported) {
        return new MorningMeasures(today.flatMap(DailyContext::hrv), today.flatMap(DailyContext::hrvKind),
                today.flatMap(DailyContext::restingHeartRate), imported);
    }

    public boolean hrvFromWatch() {
        return imported.hrv() && hrv.isPresent();
    }

    public boolean restingFromWatch() {
        return imported.restingHeartRate() && resting.isPresent();
    }

    /** "52 ms (SDNN), from your watch or ring …" */
    public String hrvShown() {
        return MeasuresWords.fromWatch(hrv.map(h -> number(h.ms()) + " ms").orElse("")
                + kind.map(k -> " (" + k.name() + ")").orElse(""));
    }

    public String restingShown() {
        return MeasuresWords.fromWatch(resting.map(r -> r.bpm() + " beats a minute").orElse(""));
    }

    /** The saved value as its field shows it, for a form opened again. */
    public Optional<String> saved(String field) {
        return switch (field) {
            case "hrvMs" -> hrv.map(h -> number(h.ms()));
            case "hrvKind" -> kind.map(HrvKind::name);
            case "restingHeartRate" -> resting.map(r -> String.valueOf(r.bpm()));
            default -> Optional.empty();
        };
    }

    public static List<HrvKind> kinds() {
        return List.of(HrvKind.values());
    }

    public static String kindWords(HrvKind kind) {
        return MeasuresWords.kind(kind);
    }

    /** What the form typed: each bounded, an HRV only with its kind; what is wrong goes to {@code errors}. */
    record Typed(Optional<Hrv> hrv, Optional<HrvKind> kind, Optional<HeartRate> resting) {
        boolean isEmpty() {
            return hrv.isEmpty() && resting.isEmpty();
        }

        /** The day with these measures, each one not typed kept as it was. */
        DailyContext over(DailyContext day, Optional<DailyContext> before) {
            boolean typedHrv = hrv.isPresent();
            return day.withMeasures(typedHrv ? hrv : before.flatMap(DailyContext::hrv),
                    typedHrv ? kind : before.flatMap(DailyContext::hrvKind),
                    resting.or(() -> before.flatMap(DailyContext::restingHeartRate)));
        }
    }

    static Typed read(FormBody form, List<FieldError> errors) {
        Optional<Hrv> hrv = form.decimal("hrvMs", Hrv.LOWEST, Hrv.HIGHEST, errors).stream().mapToObj(Hrv::ofMs)
                .findFirst();
        Optional<HrvKind> kind = form.text("hrvKind").flatMap(k -> FormBody.choice(HrvKind.class, k));
        if (hrv.isPresent() && kind.isEmpty()) {
            errors.add(new FieldError("hrvKind", "choose RMSSD or SDNN: your watch or ring's app says which"));
            hrv = Optional.empty();
        }
        Optional<HeartRate> resting = form.whole("restingHeartRate", HeartRate.LOWEST, HeartRate.HIGHEST, errors)
                .stream().mapToObj(HeartRate::ofBpm).findFirst();
        return new Typed(hrv, hrv.isPresent() ? kind : Optional.empty(), resting);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
