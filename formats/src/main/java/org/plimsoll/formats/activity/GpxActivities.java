package org.plimsoll.formats.activity;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.formats.xml.SafeXml;

/**
 * GPX tracks as activities, read as a stream ({@link SafeXml}): each point is used as it passes
 * and forgotten, so memory does not grow with the file. The tracks of one file are one activity
 * unless an hour or more passes between them, since devices split a single outing into tracks at
 * every pause. Routes and waypoints are plans, not recorded activities.
 */
public final class GpxActivities {
    static final Duration SAME_OUTING = Duration.ofHours(1);
    /** More tracks than this in one file is not a recording. */
    static final int MAX_TRACKS = 10_000;
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private GpxActivities() {
    }

    public static List<ImportedActivity> read(byte[] file) throws ActivityFileException {
        return read(new java.io.ByteArrayInputStream(file));
    }

    public static List<ImportedActivity> read(InputStream file) throws ActivityFileException {
        Tracks tracks;
        try (SafeXml xml = SafeXml.open(file)) {
            tracks = Tracks.read(xml);
        } catch (XMLStreamException e) {
            throw new ActivityFileException("the GPX file " + SafeXml.problem(e), e);
        } catch (IOException e) {
            throw new ActivityFileException("the GPX file cannot be read: " + e.getMessage(), e);
        }
        List<Piece> pieces = new ArrayList<>();
        int untimed = 0;
        int singleTime = 0;
        for (Piece piece : tracks.pieces) {
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
            if (tracks.routes > 0) {
                throw new ActivityFileException("no recorded track: the file holds a planned route");
            }
            throw new ActivityFileException(tracks.waypoints == 0 ? "no track in the file"
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

    /** The tracks of a file as they stream past, and how many routes and waypoints it holds. */
    private static final class Tracks {
        final List<Piece> pieces = new ArrayList<>();
        int routes;
        int waypoints;

        static Tracks read(SafeXml xml) throws XMLStreamException, ActivityFileException {
            Tracks t = new Tracks();
            boolean root = false;
            Piece track = null;
            Point point = null;
            Point previous = null;
            Instant segmentFirst = null;
            Instant segmentLast = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    int depth = xml.depth();
                    String name = xml.localName();
                    if (depth == 1) {
                        if (!name.equals("gpx")) {
                            throw new ActivityFileException("not a GPX file: there is no <gpx> element");
                        }
                        root = true;
                    } else if (depth == 2 && name.equals("trk")) {
                        if (t.pieces.size() >= MAX_TRACKS) {
                            throw new ActivityFileException("the file holds more than " + MAX_TRACKS + " tracks");
                        }
                        track = new Piece();
                    } else if (depth == 2 && name.equals("rte")) {
                        t.routes++;
                    } else if (depth == 2 && name.equals("wpt")) {
                        t.waypoints++;
                    } else if (track != null && name.equals("trkseg")) {
                        previous = null;
                        segmentFirst = null;
                        segmentLast = null;
                    } else if (track != null && name.equals("trkpt")) {
                        point = Point.at(xml.attribute("lat"), xml.attribute("lon"));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    int depth = xml.depth(); // of the parent, now that this element has ended
                    String name = xml.localName();
                    String value = xml.text();
                    if (track == null) {
                        continue;
                    }
                    if (point != null) {
                        if (name.equals("time")) {
                            point.time = time(value);
                        } else if (name.equals("hr") || name.equalsIgnoreCase("heartrate")) {
                            point.heartRate = heartRate(value);
                        } else if (name.equals("trkpt")) {
                            if (point.valid) {
                                track.points++;
                                if (previous != null) {
                                    track.metres += distance(previous, point);
                                }
                                previous = point;
                                if (point.time != null) {
                                    track.timed++;
                                    segmentFirst = segmentFirst == null || point.time.isBefore(segmentFirst) ? point.time : segmentFirst;
                                    segmentLast = segmentLast == null || point.time.isAfter(segmentLast) ? point.time : segmentLast;
                                }
                                if (point.heartRate > 0) {
                                    track.heartRateSum += point.heartRate;
                                    track.heartRateCount++;
                                    track.heartRateMax = Math.max(track.heartRateMax, point.heartRate);
                                }
                            }
                            point = null;
                        }
                    } else if (name.equals("type") && depth == 2) {
                        track.type = value.isEmpty() ? null : value;
                    } else if (name.equals("trkseg")) {
                        track.endSegment(segmentFirst, segmentLast);
                        segmentFirst = null;
                    } else if (name.equals("trk")) {
                        track.endSegment(segmentFirst, segmentLast);
                        segmentFirst = null;
                        t.pieces.add(track);
                        track = null;
                    }
                }
            }
            if (!root) {
                throw new ActivityFileException("not a GPX file: there is no <gpx> element");
            }
            return t;
        }
    }

    /** One track point while it is read: dropped when its position cannot be read, as lenient readers do. */
    private static final class Point {
        double lat;
        double lon;
        boolean valid;
        Instant time;
        int heartRate;

        static Point at(String lat, String lon) {
            Point p = new Point();
            try {
                p.lat = Double.parseDouble(lat);
                p.lon = Double.parseDouble(lon);
                p.valid = Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180;
            } catch (NullPointerException | NumberFormatException e) {
                p.valid = false;
            }
            return p;
        }
    }

    /** An xsd:dateTime; without a zone it is UTC, as the GPX schema says. Unreadable: no time. */
    static Instant time(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static int heartRate(String value) {
        try {
            int hr = (int) Math.round(Double.parseDouble(value));
            return hr > 0 && hr < 255 ? hr : 0;
        } catch (NumberFormatException e) {
            return 0;
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

        void endSegment(Instant segmentFirst, Instant segmentLast) {
            if (segmentFirst != null) {
                movingSeconds += Duration.between(segmentFirst, segmentLast).toSeconds();
                first = first == null || segmentFirst.isBefore(first) ? segmentFirst : first;
                last = last == null || segmentLast.isAfter(last) ? segmentLast : last;
            }
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
            String sport = SportNames.gpxType(type);
            Activity activity = SportNames.activity(sport);
            return new ImportedActivity(sport == null ? "unknown" : sport, activity, first,
                    Duration.between(first, last).toSeconds(), OptionalDouble.of(movingSeconds),
                    metres > 0 ? OptionalDouble.of(metres) : OptionalDouble.empty(),
                    heartRateCount > 0 ? OptionalInt.of((int) Math.round((double) heartRateSum / heartRateCount))
                            : OptionalInt.empty(),
                    heartRateCount > 0 ? OptionalInt.of(heartRateMax) : OptionalInt.empty(), OptionalInt.empty());
        }
    }

    /** Great-circle distance; the elevation change is ignored, as GPS watches do. */
    private static double distance(Point a, Point b) {
        double lat1 = Math.toRadians(a.lat);
        double lat2 = Math.toRadians(b.lat);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.lon - a.lon);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
