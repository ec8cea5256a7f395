package org.plimsoll.formats.activity;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: quoted cells may hold commas, doubled quotes and line breaks; a
 * leading byte-order mark is dropped. Each row remembers the line it started on, so that a
 * problem can name it.
 */
final class Csv {
    /** A row and the 1-based line of the file it starts on. */
    record Row(int line, List<String> cells) {
        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index).trim() : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(c -> c.isBlank());
        }
    }

    private Csv() {
    }

    /** Rows past this are refused: a lifetime of daily sessions is about 30,000. */
    static final int MAX_ROWS = 100_000;

    static List<Row> read(Reader in) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean first = true;
        int line = 1;
        int rowLine = 1;
        int c;
        while ((c = in.read()) != -1) {
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    continue;
                }
            }
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new Row(rowLine, List.copyOf(cells)));
                if (rows.size() > MAX_ROWS) {
                    throw new IOException("it has more than " + MAX_ROWS + " rows, more than any list of sessions");
                }
                cells.clear();
                line++;
                rowLine = line;
            } else {
                cell.append((char) c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, List.copyOf(cells)));
        }
        rows.removeIf(Row::isBlank);
        return rows;
    }
}
