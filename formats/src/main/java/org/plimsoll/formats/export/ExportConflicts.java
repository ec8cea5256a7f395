package org.plimsoll.formats.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.formats.export.ExportTable.Column;
import org.plimsoll.formats.json.JsonProblem;

/** What a file's records say about each other: each record may be fine alone and the file still not hold together. */
final class ExportConflicts {
    private ExportConflicts() {
    }

    /** A session window names its session; a daily check-in names its day and no session (as CheckIn requires). */
    static void checkCheckIns(List<Map<String, Object>> rows, List<JsonProblem> problems) {
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            Object window = row.get("check_window");
            if (window == null) {
                continue;
            }
            boolean daily = CheckInWindow.DAILY.name().equals(window);
            String at = "$.tables.checkins[" + i + "]";
            if (!daily && row.get("session_id") == null) {
                problems.add(new JsonProblem(at + ".session_id", "is required for a " + window + " check-in"));
            }
            if (daily && row.get("session_id") != null) {
                problems.add(new JsonProblem(at + ".session_id", "must be null: a DAILY check-in belongs to no session"));
            }
            if (daily && row.get("on_date") == null) {
                problems.add(new JsonProblem(at + ".on_date", "is required for a DAILY check-in"));
            }
        }
    }

    /** Records that conflict: two with one id, a reference to no record, two with one key. */
    static void check(Map<String, List<Map<String, Object>>> tables, List<JsonProblem> problems) {
        Map<String, Set<Object>> ids = new HashMap<>();
        for (ExportTable table : ExportTable.ALL) {
            List<Map<String, Object>> rows = tables.get(table.name());
            String at = "$.tables." + table.name();
            if (table.hasId()) {
                Set<Object> seen = new HashSet<>();
                for (int i = 0; i < rows.size(); i++) {
                    Object id = rows.get(i).get("id");
                    if (id != null && !seen.add(id)) {
                        problems.add(new JsonProblem(at + "[" + i + "].id", "is " + id + ", the id of an earlier "
                                + table.name() + " record"));
                    }
                }
                ids.put(table.name(), seen);
            }
            for (Column column : table.columns()) {
                column.refersTo().ifPresent(target -> {
                    for (int i = 0; i < rows.size(); i++) {
                        Object ref = rows.get(i).get(column.name());
                        if (ref != null && !ids.getOrDefault(target, Set.of()).contains(ref)) {
                            problems.add(new JsonProblem(at + "[" + i + "]." + column.name(), "is " + ref
                                    + ", but no record in " + target + " has that id"));
                        }
                    }
                });
            }
            for (List<String> key : table.uniqueKeys()) {
                Map<List<Object>, Integer> first = new HashMap<>();
                for (int i = 0; i < rows.size(); i++) {
                    Map<String, Object> row = rows.get(i);
                    List<Object> values = key.stream().map(row::get).toList();
                    Integer earlier = first.putIfAbsent(values, i);
                    if (earlier != null) {
                        problems.add(new JsonProblem(at + "[" + i + "]", key.isEmpty()
                                ? "is a second " + table.name() + " record; an export holds one"
                                : "has the same " + String.join(" and ", key) + " as " + at + "[" + earlier + "]"));
                    }
                }
            }
        }
    }
}
