package org.plimsoll.formats.activity;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The bytes a zip may inflate to, shared by its entries: a zip bomb is stopped as it inflates,
 * whatever sizes its directory claims, and is reported rather than filling memory or disk.
 */
final class ZipBudget {
    private final String zipName;
    private final long limit;
    private long used;

    ZipBudget(String zipName, long limit) {
        this.zipName = zipName;
        this.limit = limit;
    }

    InputStream open(ZipFile zip, ZipEntry entry) throws IOException {
        if (used >= limit) {
            throw new IOException("it inflates to more than " + limit / (1024 * 1024) + " MB together with the rest of "
                    + zipName + " (a zip bomb?)");
        }
        return new FilterInputStream(zip.getInputStream(entry)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count(n);
                }
                return n;
            }
        };
    }

    private void count(int n) throws IOException {
        used += n;
        if (used > limit) {
            throw new IOException("it inflates to more than " + limit / (1024 * 1024) + " MB together with the rest of "
                    + zipName + " (a zip bomb?)");
        }
    }
}
