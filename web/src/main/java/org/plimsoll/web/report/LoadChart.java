package org.plimsoll.web.report;

import java.util.List;
import java.util.Locale;
import org.plimsoll.web.progress.ProgressData;

/**
 * Weekly load (bars) against mean morning pain (line, 0–10) as SVG drawn on the server, so the
 * same picture appears in the share page and the PDF without a script.
 */
public final class LoadChart {
    static final int WIDTH = 640;
    static final int HEIGHT = 200;
    private static final int LEFT = 40;
    private static final int RIGHT = 40;
    private static final int TOP = 10;
    private static final int BOTTOM = 30;
    private static final double LABEL_SPACING = 70;

    private static final String DESCRIPTION = "Weekly load against morning pain";

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
        svg.append(line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, "#555"));
        if (weeks.isEmpty()) {
            return svg.append(text(LEFT + 10, TOP + 20, "No weeks in this period", "start")).append("</svg>").toString();
        }
        double maxLoad = Math.max(1, weeks.stream().mapToDouble(ProgressData.Week::loadAu).max().orElse(1));
        double slot = (double) plotW / weeks.size();
        // A date label is about 55 px wide: over a long period, fewer of them, so they never overlap.
        int labelEvery = Math.max(4, (int) Math.ceil(LABEL_SPACING / slot));
        StringBuilder pain = new StringBuilder();
        for (int i = 0; i < weeks.size(); i++) {
            ProgressData.Week w = weeks.get(i);
            double h = w.loadAu() / maxLoad * plotH;
            double x = LEFT + i * slot + slot * 0.15;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#9ab8d8\"/>",
                    x, TOP + plotH - h, slot * 0.7, h));
            if (w.morningPain().isPresent()) {
                double y = TOP + plotH - w.morningPain().getAsDouble() / 10 * plotH;
                pain.append(pain.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", LEFT + (i + 0.5) * slot, y));
            }
            if (i % labelEvery == 0) {
                svg.append(text(LEFT + i * slot, HEIGHT - 10, w.monday().toString(), "start"));
            }
        }
        if (pain.length() > 0) {
            svg.append("<path d=\"").append(pain).append("\" fill=\"none\" stroke=\"#b03030\" stroke-width=\"2\"/>");
        }
        svg.append(text(LEFT - 4, TOP + 10, Math.round(maxLoad) + " AU", "end"));
        svg.append(text(WIDTH - RIGHT + 4, TOP + 10, "pain 10", "start"));
        svg.append(text(WIDTH - RIGHT + 4, TOP + plotH, "0", "start"));
        return svg.append("</svg>").toString();
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>", x1, y1, x2, y2, colour);
    }

    private static String text(double x, double y, String words, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"%s\" fill=\"#333\">%s</text>",
                x, y, anchor, words);
    }
}
