package org.plimsoll.web.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The report's XHTML page printed to PDF by openhtmltopdf, with its SVG chart drawn by Batik. */
public final class ReportPdf {
    static {
        XRLog.setLoggerImpl(new PdfLog());
    }

    /**
     * The report's font family, as the PDF style sheet names it: embedded (subset) because the PDF
     * standard fonts lack characters the engine's reasons use, such as ≤ and →.
     */
    public static final String FONT = "Liberation Sans";

    private ReportPdf() {
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder().useFastMode().useSVGDrawer(new BatikSVGDrawer())
                    .useFont(() -> font("Regular"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true)
                    .useFont(() -> font("Bold"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true)
                    .withHtmlContent(xhtml, "/").toStream(out).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String face) {
        return ReportPdf.class.getResourceAsStream("/liberation/LiberationSans-" + face + ".ttf");
    }
}
