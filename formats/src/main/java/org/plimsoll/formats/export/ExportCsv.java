package org.plimsoll.formats.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.plimsoll.formats.export.ExportTable.Column;

/**
 * The full export as a zip of one CSV file per table (RFC 4180: comma-separated, CRLF line ends,
 * quoted where needed), for spreadsheets. An empty field is a missing value. This form is for
 * reading elsewhere; restoring takes the JSON file.
 */
public final class ExportCsv {
    private ExportCsv() {
    }

    public static void write(ExportFile file, OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry("README.txt"));
            zip.write(("Plimsoll full export, version " + file.version() + ", of " + file.email() + ", made "
                    + file.exportedAt() + ".\r\nOne CSV file per table; ids are numbered within this export and the\r\n"
                    + "*_id columns refer to them. Times are UTC (ISO 8601); dates are the person's own.\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (ExportTable table : ExportTable.ALL) {
                zip.putNextEntry(new ZipEntry(table.name() + ".csv"));
                StringBuilder csv = new StringBuilder();
                csv.append(table.columns().stream().map(Column::name).collect(Collectors.joining(","))).append("\r\n");
                for (Map<String, Object> row : file.rows(table.name())) {
                    csv.append(table.columns().stream().map(c -> field(row.get(c.name())))
                            .collect(Collectors.joining(","))).append("\r\n");
                }
                zip.write(csv.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // Text a spreadsheet would run as a formula (=HYPERLINK(...), +, -, @, and tab or CR before
        // them) is written with a leading apostrophe, so it shows as the text it is (OWASP, CSV injection).
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
