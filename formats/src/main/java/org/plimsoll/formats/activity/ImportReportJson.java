package org.plimsoll.formats.activity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;

/**
 * The import report as JSON, the same from the command line ({@code --json}) and the API:
 * {@code {"imported", "duplicates", "skipped": [{"file", "reason"}],
 * "sessions": [{"file", "activity", "start", "minutes", "distanceKm"}],
 * "measures": {"sleep", "hrv", "restingHeartRate"}}}.
 */
public final class ImportReportJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ImportReportJson() {
    }

    public static ObjectNode tree(ImportReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("imported", report.imported());
        root.put("duplicates", report.duplicates());
        ArrayNode skipped = root.putArray("skipped");
        for (ImportReport.Skipped s : report.skipped()) {
            skipped.addObject().put("file", s.file()).put("reason", s.reason());
        }
        ArrayNode sessions = root.putArray("sessions");
        for (ImportReport.Imported i : report.sessions()) {
            ObjectNode o = sessions.addObject();
            o.put("file", i.file());
            o.put("activity", i.session().activity().code());
            o.put("start", i.session().start().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            o.put("minutes", i.session().minutes().value());
            if (i.session().distance().isPresent()) {
                o.put("distanceKm", i.session().distance().get().km());
            } else {
                o.putNull("distanceKm");
            }
        }
        root.putObject("measures").put("sleep", report.measures().sleep()).put("hrv", report.measures().hrv())
                .put("restingHeartRate", report.measures().restingHeartRate());
        return root;
    }

    public static String write(ImportReport report) {
        try {
            return JSON.writeValueAsString(tree(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }
}
