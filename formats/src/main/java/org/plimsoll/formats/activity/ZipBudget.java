package org.plimsoll.formats.activity;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.plimsoll.formats.io.Capped;

/**
 * The bytes a zip may inflate to, shared by its entries: a zip bomb is stopped as it inflates,
 * whatever sizes its directory claims, and is reported rather than filling memory or disk.
 */
final class ZipBudget {
    private final String zipName;
    private final long limit;
    private final long entryLimit;
    private long used;

    ZipBudget(String zipName, long limit, long entryLimit) {
        this.zipName = zipName;
        this.limit = limit;
        this.entryLimit = entryLimit;
    }

    InputStream open(ZipFile zip, ZipEntry entry) throws IOException {
        String whole = "it inflates to more than " + limit / (1024 * 1024) + " MB together with the rest of "
                + zipName + " (a zip bomb?)";
        if (used >= limit) {
            throw new IOException(whole);
        }
        InputStream one = new Capped(zip.getInputStream(entry), entryLimit,
                "it inflates to more than " + entryLimit / (1024 * 1024) + " MB (a zip bomb?)");
        return new Capped(one, limit - used, whole) {
            @Override
            public void close() throws IOException {
                used += count();
                super.close();
            }
        };
    }
}
