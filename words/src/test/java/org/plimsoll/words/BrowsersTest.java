package org.plimsoll.words;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 28: a share link's visits name the browser and device in words, not as a user-agent string. */
class BrowsersTest {
    @Test
    void theCommonBrowsersAreNamedWithTheirDevice() {
        assertThat(Browsers.named("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1")).isEqualTo("Safari on iPhone");
        assertThat(Browsers.named("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/124.0.0.0 Mobile Safari/537.36")).isEqualTo("Chrome on Android");
        assertThat(Browsers.named("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0"))
                .isEqualTo("Firefox on Windows");
        assertThat(Browsers.named("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51")).isEqualTo("Edge on Windows");
        assertThat(Browsers.named("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                + "Version/17.4 Safari/605.1.15")).isEqualTo("Safari on a Mac");
        assertThat(Browsers.named("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1")).isEqualTo("Chrome on iPhone");
        assertThat(Browsers.named("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "HeadlessChrome/131.0.0.0 Safari/537.36")).isEqualTo("Chrome on Linux");
    }

    @Test
    void aStringThatSaysNothingKnownIsAnUnknownBrowserNotTheRawText() {
        assertThat(Browsers.named("")).isEqualTo("an unknown browser");
        assertThat(Browsers.named("Java-http-client/17.0.13")).isEqualTo("an unknown browser");
    }
}
