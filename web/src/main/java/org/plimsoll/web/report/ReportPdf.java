package org.plimsoll.web.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The report's XHTML page printed to PDF by openhtmltopdf, with its SVG chart drawn by Batik. */
public final class ReportPdf {
    static {
        XRLog.setLoggerImpl(new PdfLog());
    }

    private ReportPdf() {
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder().useFastMode().useSVGDrawer(new BatikSVGDrawer())
                    .withHtmlContent(xhtml, "/").toStream(out).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
