package org.plimsoll.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Logging set up in code rather than XML: warnings and our own INFO lines to standard error.
 * Parsing an XML configuration would load several hundred classes at every start, and so would
 * Logback's pattern language: the one line format is written out here instead ({@link Line}).
 */
public final class Logging extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        Line line = new Line();
        line.setContext(context);
        line.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("stderr");
        stderr.setTarget("System.err");
        stderr.setEncoder(line);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("org.plimsoll").setLevel(Level.INFO);
        // The PDF report's fonts are the standard 14; PDFBox warns on every PDF that it stands a free
        // font in for Symbol, which is expected and says nothing a person could act on.
        context.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font").setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * One event as the pattern {@code %d{HH:mm:ss} %-5level %logger{20} - %msg%n} wrote it, followed by
     * its exception's stack trace when it has one, in the JVM's time zone.
     */
    static final class Line extends EncoderBase<ILoggingEvent> {
        private static final int LOGGER_LENGTH = 20;
        private final TargetLengthBasedClassNameAbbreviator abbreviator =
                new TargetLengthBasedClassNameAbbreviator(LOGGER_LENGTH);
        /** Read at the first line, not at start: the time-zone rules are some 20 ms of a start that logs nothing. */
        private ZoneId zone;

        @Override
        public byte[] headerBytes() {
            return null;
        }

        @Override
        public byte[] encode(ILoggingEvent event) {
            return text(event).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] footerBytes() {
            return null;
        }

        String text(ILoggingEvent event) {
            StringBuilder line = new StringBuilder(128);
            ZoneId here = zone;
            if (here == null) {
                // Two threads may both read it: the same immutable value either way.
                here = ZoneId.systemDefault();
                zone = here;
            }
            LocalTime time = LocalTime.ofInstant(Instant.ofEpochMilli(event.getTimeStamp()), here);
            twoDigits(line, time.getHour()).append(':');
            twoDigits(line, time.getMinute()).append(':');
            twoDigits(line, time.getSecond()).append(' ');
            String level = event.getLevel().toString();
            line.append(level);
            for (int i = level.length(); i < 5; i++) {
                line.append(' ');
            }
            line.append(' ').append(abbreviator.abbreviate(event.getLoggerName()))
                    .append(" - ").append(event.getFormattedMessage()).append(System.lineSeparator());
            IThrowableProxy thrown = event.getThrowableProxy();
            if (thrown != null) {
                line.append(ThrowableProxyUtil.asString(thrown)).append(System.lineSeparator());
            }
            return line.toString();
        }

        private static StringBuilder twoDigits(StringBuilder line, int value) {
            return line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
        }
    }
}
