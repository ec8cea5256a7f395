package org.plimsoll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

/** The log line written without Logback's pattern language reads as the pattern it replaced wrote it. */
class LoggingTest {
    private static final String PATTERN = "%d{HH:mm:ss} %-5level %logger{20} - %msg%n";

    private final LoggerContext context = new LoggerContext();

    private LoggingEvent event(String logger, Level level, String message, Throwable thrown, Object... args) {
        LoggingEvent event = new LoggingEvent(getClass().getName(), context.getLogger(logger), level, message, thrown,
                args);
        event.setTimeStamp(1_796_000_000_123L);
        return event;
    }

    private String asThePatternWrote(LoggingEvent event) {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern(PATTERN);
        layout.start();
        return layout.doLayout(event);
    }

    private String asWrittenNow(LoggingEvent event) {
        Logging.Line line = new Logging.Line();
        line.setContext(context);
        line.start();
        return new String(line.encode(event), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aLongLoggerNameIsShortenedAsThePatternDid() {
        LoggingEvent event = event("org.plimsoll.web.reminder.Reminders", Level.INFO, "sent {} reminders", null, 3);
        assertEquals(asThePatternWrote(event), asWrittenNow(event));
        assertTrue(asWrittenNow(event).contains(" INFO  o.p.w.r.Reminders - sent 3 reminders"), asWrittenNow(event));
    }

    @Test
    void aShortLoggerNameAndAFiveLetterLevelAreKeptWhole() {
        LoggingEvent event = event("Main", Level.ERROR, "cannot listen", null);
        assertEquals(asThePatternWrote(event), asWrittenNow(event));
        assertTrue(asWrittenNow(event).matches("\\d\\d:\\d\\d:\\d\\d ERROR Main - cannot listen\\R"), asWrittenNow(event));
    }

    @Test
    void anExceptionIsFollowedByItsStackTrace() {
        IllegalStateException thrown = new IllegalStateException("disk full", new java.io.IOException("no space"));
        String written = asWrittenNow(event("org.plimsoll.store.GroupCommit", Level.WARN, "commit failed", thrown));
        String[] lines = written.split("\\R");
        String withoutTrace = asThePatternWrote(event("org.plimsoll.store.GroupCommit", Level.WARN, "commit failed", null));
        assertEquals(withoutTrace.trim(), lines[0]);
        assertTrue(lines[0].endsWith("WARN  o.p.s.GroupCommit - commit failed"), lines[0]);
        assertEquals("java.lang.IllegalStateException: disk full", lines[1]);
        assertTrue(lines[2].trim().startsWith("at org.plimsoll.app.LoggingTest"), lines[2]);
        assertTrue(written.contains("Caused by: java.io.IOException: no space"), written);
    }
}
