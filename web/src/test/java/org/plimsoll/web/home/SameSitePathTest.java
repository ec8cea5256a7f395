package org.plimsoll.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The open-redirect attack after sign-in (docs/security.md): only a parsed path on this site is followed. */
class SameSitePathTest {

    @ParameterizedTest(name = "{0} goes home")
    @ValueSource(strings = {"/\t/other-host/path", "/\n/other-host", "/\r\n/other-host", "//other-host/x",
            "/\\other-host", "\\\\other-host", "https://other-host/", "javascript:alert(1)", "/%2F/other-host",
            "/%2f%2fother-host", " /x", "", "other-host/path", "/ /other-host", "http:/other-host"})
    void anythingThatCouldLeaveTheSiteGoesHome(String next) {
        assertThat(HomePage.sameSitePath(next)).isEqualTo("/");
    }

    @ParameterizedTest(name = "{0} is kept")
    @ValueSource(strings = {"/", "/today", "/checkin?window=DAILY", "/sessions/12?x=%2F%2F"})
    void aPathOnThisSiteIsKept(String next) {
        assertThat(HomePage.sameSitePath(next)).isEqualTo(next);
    }
}
