package org.plimsoll.web.report;

import java.util.List;
import java.util.Locale;
import org.plimsoll.web.progress.ProgressData;

/**
 * Weekly load (bars) against mean morning pain (line, 0–10) as SVG drawn on the server, so the
 * same picture appears in the share page and the PDF without a script.
 *
 * <p>Drawn 480 units wide with 14-unit lettering: in the PDF that is 127 mm with lettering the size of
 * the text around it, and a 360 px phone shrinks it to about 340 px with labels still 10 px high. Both
 * axes say what they count, with a scale, and a key says which mark is which.
 */
public final class LoadChart {
    static final int WIDTH = 480;
    static final int HEIGHT = 240;
    private static final int LEFT = 44;
    private static final int RIGHT = 30;
    private static final int TOP = 46;
    private static final int BOTTOM = 30;
    private static final int FONT = 14;
    /** An ISO date in 14-unit lettering is about 78 units wide. */
    private static final double LABEL_SPACING = 96;

    private static final String DESCRIPTION = "Weekly training load (minutes × effort) against morning pain (0 to 10)";
    private static final String BAR = "#9ab8d8";
    private static final String PAIN = "#b03030";

    private LoadChart() {
    }

    public static String svg(List<ProgressData.Week> weeks) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                // Browsers read aria-label; the PDF's screen-reader text (its Figure's Alt) comes from alt.
                .append("\" role=\"img\" aria-label=\"").append(DESCRIPTION).append("\" alt=\"").append(DESCRIPTION).append("\">");
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        int base = TOP + plotH;
        // The key, above the plot: a bar and a line, each with what it shows.
        svg.append(String.format(Locale.ROOT, "<rect class=\"key\" x=\"%d\" y=\"%d\" width=\"14\" height=\"12\" fill=\"%s\"/>", LEFT, 6, BAR));
        svg.append(text(LEFT + 20, 17, "Training load: minutes × effort, each week", "start"));
        svg.append(line(LEFT, 29, LEFT + 14, 29, PAIN, 2));
        svg.append(text(LEFT + 20, 34, "Morning pain, 0 to 10: the week's average", "start"));
        svg.append(line(LEFT, base, LEFT + plotW, base, "#555", 1));
        if (weeks.isEmpty()) {
            return svg.append(text(LEFT + 10, TOP + 20, "No weeks in this period", "start")).append("</svg>").toString();
        }
        double maxLoad = Math.max(1, weeks.stream().mapToDouble(ProgressData.Week::loadAu).max().orElse(1));
        double slot = (double) plotW / weeks.size();
        // Over a long period, fewer date labels, so that they never overlap.
        int labelEvery = Math.max(1, (int) Math.ceil(LABEL_SPACING / slot));
        StringBuilder pain = new StringBuilder();
        for (int i = 0; i < weeks.size(); i++) {
            ProgressData.Week w = weeks.get(i);
            double h = w.loadAu() / maxLoad * plotH;
            double x = LEFT + i * slot + slot * 0.15;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                    x, base - h, slot * 0.7, h, BAR));
            if (w.morningPain().isPresent()) {
                double y = base - w.morningPain().getAsDouble() / 10 * plotH;
                pain.append(pain.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", LEFT + (i + 0.5) * slot, y));
            }
            if (i % labelEvery == 0 && LEFT + i * slot + LABEL_SPACING * 0.85 <= WIDTH) {
                svg.append(text(LEFT + i * slot, HEIGHT - 8, w.monday().toString(), "start"));
            }
        }
        if (pain.length() > 0) {
            svg.append("<path d=\"").append(pain).append("\" fill=\"none\" stroke=\"").append(PAIN)
                    .append("\" stroke-width=\"2\"/>");
        }
        // Scales: load on the left (0 and the week with most), pain on the right (0, 5, 10).
        svg.append(text(LEFT - 4, TOP + 5, String.valueOf(Math.round(maxLoad)), "end"));
        svg.append(text(LEFT - 4, base, "0", "end"));
        for (int p : new int[] {0, 5, 10}) {
            double y = base - p / 10.0 * plotH;
            svg.append(text(WIDTH - RIGHT + 4, y + 5, String.valueOf(p), "start"));
        }
        return svg.append("</svg>").toString();
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, int width) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%d\"/>",
                x1, y1, x2, y2, colour, width);
    }

    private static String text(double x, double y, String words, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\" fill=\"#333\">%s</text>",
                x, y, FONT, anchor, words);
    }
}
