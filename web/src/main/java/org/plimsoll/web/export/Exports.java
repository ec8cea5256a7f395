package org.plimsoll.web.export;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.plan.TrainingTime;
import org.plimsoll.export.AccountExport;
import org.plimsoll.formats.calendar.CalendarFeed;
import org.plimsoll.formats.export.ExportCsv;
import org.plimsoll.formats.export.ExportJson;
import org.plimsoll.formats.fhir.FhirBundle;
import org.plimsoll.store.Database;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.web.problem.Problem;
import org.plimsoll.web.report.Report;
import org.plimsoll.web.report.ReportPart;
import org.plimsoll.web.report.ReportPdf;
import org.plimsoll.words.Reasons;
import org.plimsoll.words.Wording;

/** Every way a person's data leaves Plimsoll, for the web app and the command line alike. */
public final class Exports {
    /** What can be asked for, with its file type. */
    public enum Format {
        JSON("application/json", "json"), CSV("application/zip", "zip"), FHIR("application/fhir+json", "fhir.json"),
        PDF("application/pdf", "pdf"), ICS("text/calendar; charset=utf-8", "ics");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public static Optional<Format> named(String name) {
            return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name == null ? "" : name)).findFirst();
        }

        public static String choices() {
            return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }

        /** Whether a period applies: the full export is always everything, the calendar is the coming plan. */
        public boolean hasPeriod() {
            return this == FHIR || this == PDF;
        }
    }

    /** One export as asked for and checked, its period filled in. */
    public record Request(Format format, LocalDate from, LocalDate to, String paper) {
    }

    /** A file to hand over. */
    public record Download(String fileName, String contentType, byte[] bytes) {
    }

    /** The period a report covers when none is chosen: the last 12 weeks. */
    public static final int DEFAULT_WEEKS = 12;

    private final AccountExport accountExport;
    private final TemplateEngine templates;
    private final Clock clock;

    public Exports(AccountExport accountExport, TemplateEngine templates, Clock clock) {
        this.accountExport = accountExport;
        this.templates = templates;
        this.clock = clock;
    }

    /** For the command line: the same exports from the precompiled templates, without a web server. */
    public static Exports of(Database database, Clock clock) {
        return new Exports(new AccountExport(database), TemplateEngine.createPrecompiled(ContentType.Html), clock);
    }

    /**
     * Checks what was asked, from the page, the API and the command line alike: a period left open
     * ends today and starts {@value #DEFAULT_WEEKS} weeks before. A 400 Problem names each wrong field.
     */
    public static Request request(String format, Optional<LocalDate> from, Optional<LocalDate> to,
                                  Optional<String> paper, LocalDate today) {
        List<FieldError> problems = new ArrayList<>();
        Optional<Format> chosen = Format.named(format);
        if (chosen.isEmpty()) {
            problems.add(new FieldError("format", (format == null ? "is missing" : "is '" + format + "'")
                    + "; choose one of " + Format.choices()));
        }
        String size = paper.orElse("A4");
        if (!size.equalsIgnoreCase("A4") && !size.equalsIgnoreCase("letter")) {
            problems.add(new FieldError("paper", "is '" + size + "'; choose A4 or letter"));
        }
        LocalDate last = to.orElse(today);
        LocalDate first = from.orElse(last.minusWeeks(DEFAULT_WEEKS).plusDays(1));
        if (first.isAfter(last)) {
            problems.add(new FieldError("from", "is " + first + ", after the period's end (" + last + ")"));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new Request(chosen.orElseThrow(), first, last, size);
    }

    /**
     * One export. The period applies to the FHIR bundle and the report; the full export is always
     * everything (it is for leaving or restoring), and the calendar is the coming week plan.
     */
    public Download produce(Request request, Snapshot s) {
        String stem = "plimsoll-" + s.today();
        Format format = request.format();
        LocalDate from = request.from();
        LocalDate to = request.to();
        return switch (format) {
            case JSON -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ExportJson.write(accountExport.read(s.account().id(), s.account().email(), clock.instant()), out);
                yield new Download(stem + ".json", format.contentType(), out.toByteArray());
            }
            case CSV -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ExportCsv.write(accountExport.read(s.account().id(), s.account().email(), clock.instant()), out);
                yield new Download(stem + "-csv.zip", format.contentType(), out.toByteArray());
            }
            case FHIR -> new Download(stem + ".fhir.json", format.contentType(), FhirBundle.bytes(
                    org.plimsoll.formats.fhir.ExperimentResources.addTo(
                    FhirBundle.of(s.history(), String.valueOf(s.account().id()), from, to, clock.instant()),
                    s.assessment().experiments(), String.valueOf(s.account().id()), from, to)));
            case ICS -> new Download(stem + ".ics", format.contentType(),
                    calendar(s).getBytes(StandardCharsets.UTF_8));
            case PDF -> new Download(stem + "-report.pdf", format.contentType(),
                    ReportPdf.render(reportHtml(new Report(s, from, to, ReportPart.all(), title(s),
                            Optional.of(printCss(request.paper()))))));
        };
    }

    /**
     * The week plan as iCalendar. The download and the subscribed feed give each planned session
     * the same UID, so a person who imports one and subscribes to the other sees it once.
     */
    public String calendar(Snapshot s) {
        List<CalendarFeed.Entry> entries = s.assessment().plan().stream()
                .filter(p -> !p.date().isBefore(s.today()))
                .map(p -> new CalendarFeed.Entry(p, summary(p), String.join("\n", Reasons.of(p.notes(), s.profile().units())))).toList();
        return CalendarFeed.of(entries, s.zone(), activity -> TrainingTime.usual(s.history(), activity), "a" + s.account().id(),
                clock.instant());
    }

    private static String summary(PlannedSession p) {
        if (p.kind() == PlannedSession.Kind.WALK) {
            // Offered, not required: said so, as on the plan page.
            return "A walk, if you like" + p.minutes().map(m -> ", " + m.value() + " min").orElse("")
                    + " (Plimsoll)";
        }
        return Wording.activity(p.activity()) + p.minutes().map(m -> ", " + m.value() + " min").orElse("")
                + ", effort up to " + p.rpeCap() + " (Plimsoll)";
    }

    public static String title(Snapshot s) {
        return "Back training report: " + s.name();
    }

    /** The report as a page of its own, without the app's chrome: a share link shows it, the PDF prints it. */
    public String reportHtml(Report report) {
        StringOutput out = new StringOutput();
        templates.render("report.jte", Map.of("report", report), out);
        return out.toString();
    }

    private static String printCss(String paper) {
        String size = "letter".equalsIgnoreCase(paper) ? "Letter" : "A4";
        try (InputStream in = Exports.class.getResourceAsStream("/public/report.css")) {
            return "@page { size: " + size + "; margin: 14mm; }\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    + "\nbody { font-family: '" + ReportPdf.FONT + "', sans-serif; line-height: 1.1; }\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Report parts from form or query values, in the report's order; unknown names are left out. */
    public static Set<ReportPart> parts(Collection<String> names) {
        return names.stream().map(ReportPart::named).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReportPart.class)));
    }
}
