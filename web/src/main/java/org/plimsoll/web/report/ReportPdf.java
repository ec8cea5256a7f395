package org.plimsoll.web.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The report's XHTML page printed to PDF by openhtmltopdf, with its SVG chart drawn by Batik.
 *
 * <p>A report goes into a clinical record, so it is made to be archived and read aloud: tagged PDF/UA-1
 * (structure, language, the title shown) and PDF/A-2b, with the sRGB output intent every colour on it
 * uses. PDF/A-2b rather than 3b because the report carries no attached files, which is all that 3
 * adds; 2b is the level archives accept most widely (docs/export.md).
 */
public final class ReportPdf {
    static {
        XRLog.setLoggerImpl(new PdfLog());
    }

    /**
     * The report's font family, as the PDF style sheet names it: embedded (subset) because the PDF
     * standard fonts lack characters the engine's reasons use, such as ≤ and →, and the letters and
     * symbols people type in their names (accents, Polish, Greek, Cyrillic, the common smileys).
     * DejaVu Sans, bundled (fonts/dejavu, with its licence): nothing is fetched at run time.
     */
    public static final String FONT = "DejaVu Sans";

    /** The output intent's colour profile: the JDK's own sRGB, so nothing is downloaded or vendored. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private ReportPdf() {
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfBoxRenderer renderer = new PdfRendererBuilder().useFastMode().useSVGDrawer(new BatikSVGDrawer())
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B)
                .useColorProfile(SRGB)
                .useFont(() -> font(""), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true)
                .useFont(() -> font("-Bold"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true)
                .withHtmlContent(xhtml, "/").buildPdfRenderer();
             PDDocument document = renderer.createPDFKeepOpen()) {
            // Saved here rather than by the renderer: PDFBox's compressed save (object streams) writes a
            // cross-reference size one past the objects it wrote, which qpdf reports on every report.
            document.save(out, CompressParameters.NO_COMPRESSION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String face) {
        return ReportPdf.class.getResourceAsStream("/fonts/dejavu/DejaVuSans" + face + ".ttf");
    }
}
