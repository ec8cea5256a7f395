package org.plimsoll.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** SQLite's times are written and read by position, as the formatter they replace wrote and read them. */
class TimeColumnsTest {
    private static final DateTimeFormatter WRITTEN_BEFORE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void anInstantIsWrittenAsTheFormatterWroteItAndReadsBackAsStored() {
        Random random = new Random(31);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE), random.nextInt(1_000_000_000));
            String text = TimeColumns.formatInstant(instant);
            assertThat(text).isEqualTo(WRITTEN_BEFORE.format(TimeColumns.storable(instant)));
            assertThat(TimeColumns.parseInstant(text)).isEqualTo(TimeColumns.storable(instant));
        }
        assertThat(TimeColumns.parseInstant("2026-03-01T09:00:00Z")).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
    }

    @Test
    void aDateReadsBackAsStored() {
        for (LocalDate day = LocalDate.of(2023, 12, 25); day.isBefore(LocalDate.of(2025, 3, 1)); day = day.plusDays(1)) {
            assertThat(TimeColumns.parseDate(day.toString())).isEqualTo(day);
        }
    }
}
