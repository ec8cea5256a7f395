package org.plimsoll.formats;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared fixture files (real files from other projects' test suites), read in place from
 * {@code ../shared/fixtures} beside the checkout and never copied into the repository. CI always
 * has them; elsewhere the tests that need them are skipped with a note saying why.
 */
public final class Fixtures {
    private static boolean noted;

    private Fixtures() {
    }

    /** The activities folder, or the test is skipped (with a printed note) when it is absent. */
    public static Path activities() {
        return folder("activities");
    }

    /** The wearables folder (Apple Health exports; see its MANIFEST.tsv), or the test is skipped with a note. */
    public static Path wearables() {
        return folder("wearables");
    }

    private static Path folder(String name) {
        Path found = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("fixtures").resolve(name);
            if (Files.isDirectory(candidate)) {
                found = candidate;
                break;
            }
        }
        if (found == null && !noted) {
            noted = true;
            System.err.println("NOTE: ../shared/fixtures/" + name + " is not beside this checkout; the tests on "
                    + "real files from it are skipped here (CI always runs them).");
        }
        assumeTrue(found != null, "../shared/fixtures/" + name + " is not beside this checkout");
        return found;
    }
}
