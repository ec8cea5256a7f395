package org.plimsoll.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The person's care log reads as it did when its lines were stored in English. */
class CareLogTest {
    @Test
    void everyLineOfTheLogReadsTheSameWordsAsBeforeTheCodes() {
        assertThat(CareLog.line("INVITED", "", "")).isEqualTo("You made an invitation code, valid for 7 days.");
        assertThat(CareLog.line("INVITATION_MAILED", "", "physio@example.org"))
                .isEqualTo("You e-mailed an invitation code to physio@example.org, valid for 7 days.");
        assertThat(CareLog.line("ACCESS_GRANTED", "Sam Physio", ""))
                .isEqualTo("Sam Physio accepted your invitation and can see your record.");
        assertThat(CareLog.line("RECORD_VIEWED", "Sam Physio", "")).isEqualTo("Sam Physio looked at your record.");
        assertThat(CareLog.line("REPORT_VIEWED", "Sam Physio", "12"))
                .isEqualTo("Sam Physio looked at your report (last 12 weeks).");
        assertThat(CareLog.line("ASSESSMENT_VIEWED", "Sam Physio", ""))
                .isEqualTo("Sam Physio looked at your assessment, through the API.");
        assertThat(CareLog.line("NOTE_ADDED", "Sam Physio", "")).isEqualTo("Sam Physio added a note.");
        assertThat(CareLog.line("SETTINGS_CHANGED", "Sam Physio", "Days a new level is held 14 → 21: slow to settle"))
                .isEqualTo("Sam Physio changed your coaching: Days a new level is held 14 → 21: slow to settle.");
        assertThat(CareLog.line("DECISION_MADE", "Sam Physio", "set your check-ups to every 28 days: monthly"))
                .isEqualTo("Sam Physio set your check-ups to every 28 days: monthly.");
        assertThat(CareLog.line("ACCESS_ENDED", "Sam Physio", "")).isEqualTo("You ended Sam Physio's access.");
    }

    @Test
    void aClinicianWhoseAccountIsGoneIsACliniciansAndALineOfUnknownWordingIsShownAsWritten() {
        assertThat(CareLog.line("RECORD_VIEWED", "", "")).isEqualTo("A clinician looked at your record.");
        assertThat(CareLog.line("waved", "Sam Physio", "hello")).isEqualTo("Sam Physio: hello.");
        assertThat(CareLog.what("waved", "hello")).isEqualTo("hello");
    }

    @Test
    void theApiSaysWhatEachLineWasAbout() {
        assertThat(CareLog.what("INVITATION_MAILED", "physio@example.org"))
                .isEqualTo("an invitation code to physio@example.org, valid for 7 days");
        assertThat(CareLog.what("REPORT_VIEWED", "12")).isEqualTo("your report (last 12 weeks)");
        assertThat(CareLog.what("ACCESS_ENDED", "")).isEqualTo("access ended");
    }

    @Test
    void aReasonThatEndsWithAFullStopEndsTheLineWithOneNotTwo() {
        assertThat(CareLog.line("DECISION_MADE", "Sam Physio", "said your back is flaring from Mon 2 Mar: treat as a flare."))
                .isEqualTo("Sam Physio said your back is flaring from Mon 2 Mar: treat as a flare.");
        assertThat(CareLog.line("SETTINGS_CHANGED", "Sam Physio", "Days a new level is held 14 → 21: slow to settle!"))
                .endsWith("slow to settle!");
    }

    @Test
    void aVisitIsOneLineNamingEachThingLookedAtOnce() {
        assertThat(CareLog.visit("Sam Physio", List.of("your record", "your record", "your report (last 12 weeks)")))
                .isEqualTo("Sam Physio looked at your record and your report (last 12 weeks).");
        assertThat(CareLog.visit("", List.of("your record"))).isEqualTo("A clinician looked at your record.");
    }

    @Test
    void theClinicianReadsWhenAPersonEndedTheirAccess() {
        assertThat(CareLog.accessEnded("Ana", LocalDate.of(2026, 3, 2))).isEqualTo("Ana ended your access on Mon 2 Mar.");
    }
}
