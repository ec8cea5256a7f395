package org.plimsoll.web.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.plimsoll.store.care.CareAction;
import org.plimsoll.store.care.CareEvent;
import org.plimsoll.words.CareLog;

/** Every action of the care log has its words and its name in the API; a line from before the codes stays as written. */
class CareJsonTest {
    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void everyActionOfTheCareLogIsWordedAndNamedAsTheApiListsIt() {
        for (CareAction action : CareAction.values()) {
            assertThat(CareLog.line(action.name(), "Sam", "x")).as(action.name()).doesNotStartWith("Sam: ");
            assertThat(CareJson.apiName(action)).as(action.name())
                    .isIn("invited", "accepted", "viewed", "revoked", "noted", "changed", "decided", "mailed");
        }
    }

    @Test
    void aLineOfTheLogOverTheApiReadsAsBeforeAndAnUnknownOneAsWritten() {
        CareJson.Event report = CareJson.Event.of(new CareEvent(AT, "Sam", "REPORT_VIEWED", "12"));
        assertThat(report).isEqualTo(new CareJson.Event("2026-03-01T09:00:00Z", "Sam", "viewed",
                "your report (last 12 weeks)"));
        assertThat(CareJson.Event.of(new CareEvent(AT, "", "waved", "hello")))
                .isEqualTo(new CareJson.Event("2026-03-01T09:00:00Z", null, "waved", "hello"));
    }
}
