package org.plimsoll.formats.activity;

import io.jenetics.jpx.GPX;
import io.jenetics.jpx.Track;
import io.jenetics.jpx.TrackSegment;
import io.jenetics.jpx.WayPoint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.plimsoll.engine.activity.Activity;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * GPX tracks as activities, read with jpx. The tracks of one file are one activity unless an hour
 * or more passes between them, since devices split a single outing into tracks at every pause.
 * Routes and waypoints are plans, not recorded activities.
 */
public final class GpxActivities {
    static final Duration SAME_OUTING = Duration.ofHours(1);
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private GpxActivities() {
    }

    public static List<ImportedActivity> read(byte[] file) throws ActivityFileException {
        GPX gpx = parse(file);
        List<Piece> pieces = new ArrayList<>();
        int untimed = 0;
        int singleTime = 0;
        for (Track track : gpx.getTracks()) {
            Piece piece = Piece.of(track);
            if (piece.timed >= 2) {
                pieces.add(piece);
            } else if (piece.points > 0) {
                if (piece.timed == 1) {
                    singleTime++;
                } else {
                    untimed++;
                }
            }
        }
        if (pieces.isEmpty()) {
            if (singleTime > 0) {
                throw new ActivityFileException("the track has a time on only one point, so its duration is unknown");
            }
            if (untimed > 0) {
                throw new ActivityFileException("the track has no times, so its start and duration are unknown");
            }
            if (!gpx.getRoutes().isEmpty()) {
                throw new ActivityFileException("no recorded track: the file holds a planned route");
            }
            throw new ActivityFileException(gpx.getWayPoints().isEmpty() ? "no track in the file"
                    : "no recorded track: the file holds only waypoints");
        }
        pieces.sort(Comparator.comparing(p -> p.first));
        List<ImportedActivity> activities = new ArrayList<>();
        Piece outing = pieces.get(0);
        for (Piece next : pieces.subList(1, pieces.size())) {
            if (Duration.between(outing.last, next.first).compareTo(SAME_OUTING) < 0) {
                outing = outing.join(next);
            } else {
                activities.add(outing.activity());
                outing = next;
            }
        }
        activities.add(outing.activity());
        return activities;
    }

    private static GPX parse(byte[] file) throws ActivityFileException {
        int offset = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB
                && (file[2] & 0xFF) == 0xBF ? 3 : 0; // a UTF-8 byte-order mark, which the XML reader refuses
        String head = new String(file, 0, Math.min(file.length, 2048), StandardCharsets.UTF_8);
        if (!head.contains("<gpx")) {
            throw new ActivityFileException("not a GPX file: there is no <gpx> element");
        }
        GPX.Version version = head.contains("GPX/1/0") || head.matches("(?s).*<gpx[^>]*version=\"1\\.0\".*")
                ? GPX.Version.V10 : GPX.Version.V11;
        try (InputStream in = new ByteArrayInputStream(file, offset, file.length - offset)) {
            return GPX.Reader.of(version, GPX.Reader.Mode.LENIENT).read(in);
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ActivityFileException("the GPX file cannot be read: " + why.lines().findFirst().orElse(why), e);
        }
    }

    /** One or more tracks of an outing: times, distance and heart rate. */
    private static final class Piece {
        String type;
        Instant first;
        Instant last;
        int points;
        int timed;
        double metres;
        double movingSeconds;
        long heartRateSum;
        int heartRateCount;
        int heartRateMax;

        static Piece of(Track track) {
            Piece p = new Piece();
            p.type = track.getType().orElse(null);
            for (TrackSegment segment : track.getSegments()) {
                WayPoint previous = null;
                Instant segmentFirst = null;
                Instant segmentLast = null;
                for (WayPoint point : segment.getPoints()) {
                    p.points++;
                    if (previous != null) {
                        p.metres += distance(previous, point);
                    }
                    previous = point;
                    Optional<Instant> time = point.getTime();
                    if (time.isPresent()) {
                        p.timed++;
                        Instant t = time.get();
                        segmentFirst = segmentFirst == null || t.isBefore(segmentFirst) ? t : segmentFirst;
                        segmentLast = segmentLast == null || t.isAfter(segmentLast) ? t : segmentLast;
                    }
                    heartRate(point).ifPresent(hr -> {
                        p.heartRateSum += hr;
                        p.heartRateCount++;
                        p.heartRateMax = Math.max(p.heartRateMax, hr);
                    });
                }
                if (segmentFirst != null) {
                    p.movingSeconds += Duration.between(segmentFirst, segmentLast).toSeconds();
                    p.first = p.first == null || segmentFirst.isBefore(p.first) ? segmentFirst : p.first;
                    p.last = p.last == null || segmentLast.isAfter(p.last) ? segmentLast : p.last;
                }
            }
            return p;
        }

        Piece join(Piece other) {
            Piece p = new Piece();
            p.type = type != null ? type : other.type;
            p.first = first.isBefore(other.first) ? first : other.first;
            p.last = last.isAfter(other.last) ? last : other.last;
            p.points = points + other.points;
            p.timed = timed + other.timed;
            p.metres = metres + other.metres;
            p.movingSeconds = movingSeconds + other.movingSeconds;
            p.heartRateSum = heartRateSum + other.heartRateSum;
            p.heartRateCount = heartRateCount + other.heartRateCount;
            p.heartRateMax = Math.max(heartRateMax, other.heartRateMax);
            return p;
        }

        ImportedActivity activity() {
            Activity activity = SportNames.activity(type);
            return new ImportedActivity(type == null ? "unknown" : type, activity, first,
                    Duration.between(first, last).toSeconds(), OptionalDouble.of(movingSeconds),
                    metres > 0 ? OptionalDouble.of(metres) : OptionalDouble.empty(),
                    heartRateCount > 0 ? OptionalInt.of((int) Math.round((double) heartRateSum / heartRateCount))
                            : OptionalInt.empty(),
                    heartRateCount > 0 ? OptionalInt.of(heartRateMax) : OptionalInt.empty(), OptionalInt.empty());
        }
    }

    /** Great-circle distance; the elevation change is ignored, as GPS watches do. */
    private static double distance(WayPoint a, WayPoint b) {
        double lat1 = Math.toRadians(a.getLatitude().doubleValue());
        double lat2 = Math.toRadians(b.getLatitude().doubleValue());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.getLongitude().doubleValue() - a.getLongitude().doubleValue());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Heart rate from the Garmin TrackPointExtension ({@code <hr>}) or similar extensions. */
    private static OptionalInt heartRate(WayPoint point) {
        Optional<Document> extensions = point.getExtensions();
        if (extensions.isEmpty()) {
            return OptionalInt.empty();
        }
        return findHeartRate(extensions.get().getDocumentElement());
    }

    private static OptionalInt findHeartRate(Node node) {
        if (node == null) {
            return OptionalInt.empty();
        }
        String name = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
        name = name == null ? "" : name.substring(name.indexOf(':') + 1);
        if (node.getNodeType() == Node.ELEMENT_NODE && (name.equals("hr") || name.equalsIgnoreCase("heartrate"))) {
            try {
                int hr = (int) Math.round(Double.parseDouble(node.getTextContent().trim()));
                return hr > 0 && hr < 255 ? OptionalInt.of(hr) : OptionalInt.empty();
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        }
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            OptionalInt found = findHeartRate(children.item(i));
            if (found.isPresent()) {
                return found;
            }
        }
        return OptionalInt.empty();
    }
}
