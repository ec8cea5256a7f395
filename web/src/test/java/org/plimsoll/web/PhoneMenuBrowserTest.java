package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plimsoll.web.BrowserFixture.onboardedRunner;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plimsoll.web.page.Chrome;

/**
 * The menu on a 360 px phone names every page whole: the daily four in the bar, the others under
 * "More", which names the page one is on when it is one of its own ("Experiments", "Export & share"),
 * never cut short; on a wide screen all of them stand in view. Screenshots of the top of the page at 360
 * and 1280 px; axe at both.
 */
class PhoneMenuBrowserTest {
    @RegisterExtension
    static final BrowserFixture web = BrowserFixture.at(Clock.fixed(TestServer.NOW, ZoneOffset.UTC));

    /** Whether the element shows all of its text: nothing clipped, nothing past the right edge of the screen. */
    private static boolean whole(Locator element, int screenWidth) {
        var box = element.boundingBox();
        boolean clipped = (Boolean) element.evaluate("e => e.scrollWidth > e.clientWidth");
        return !clipped && box.x >= 0 && box.x + box.width <= screenWidth;
    }

    private static boolean wholeOnAPhone(Locator element) {
        return whole(element, 360);
    }

    private static void topOfPage(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.SCREENSHOTS.resolve(name + ".png")));
    }

    @Test
    void everyMenuItemIsReadWholeOnA360PxPhone() {
        List<String> cut = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = web.phoneForAxe()) {
            Page page = onboardedRunner(context, "menu@example.org", 20);
            for (Chrome.Item item : Chrome.NAVIGATION) {
                page.navigate(item.path());
                Locator bar = page.locator("nav .menu-narrow > li > a");
                for (int i = 0; i < bar.count(); i++) {
                    if (!wholeOnAPhone(bar.nth(i))) {
                        cut.add("on " + item.path() + ": " + bar.nth(i).textContent());
                    }
                }
                Locator more = page.locator("nav .more summary");
                if (!item.daily()) {
                    assertThat(more.textContent()).as("More names the page one is on").isEqualTo(item.label());
                }
                if (!wholeOnAPhone(more)) {
                    cut.add("on " + item.path() + ": " + more.textContent());
                }
                assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth")).as(item.path())
                        .isLessThanOrEqualTo(360);
            }

            page.navigate("/experiments");
            topOfPage(page, "menu-experiments-360");
            page.locator("nav .more summary").click();
            Locator under = page.locator("nav .more ul a");
            assertThat(under.allTextContents()).contains("Experiments", "Export & share");
            for (int i = 0; i < under.count(); i++) {
                if (!wholeOnAPhone(under.nth(i))) {
                    cut.add("under More: " + under.nth(i).textContent());
                }
            }
            topOfPage(page, "menu-experiments-open-360");
            BrowserFixture.axe(page).forEach(v -> problems.add("360 px /experiments: " + v));
            page.navigate("/export");
            topOfPage(page, "menu-export-360");

            page.setViewportSize(1280, 800);
            page.navigate("/experiments");
            Locator wide = page.locator("nav .menu-wide a");
            assertThat(wide.allTextContents()).hasSize(Chrome.NAVIGATION.size());
            double row = wide.first().boundingBox().y;
            for (int i = 0; i < wide.count(); i++) {
                if (!whole(wide.nth(i), 1280)) {
                    cut.add("at 1280 px: " + wide.nth(i).textContent());
                }
                assertThat(wide.nth(i).boundingBox().y).as("%s in the one row", wide.nth(i).textContent()).isEqualTo(row);
            }
            topOfPage(page, "menu-experiments-1280");
            BrowserFixture.axe(page).forEach(v -> problems.add("1280 px /experiments: " + v));
        }
        assertThat(cut).as("menu items cut short or off the screen").isEmpty();
        assertThat(problems).isEmpty();
    }
}
