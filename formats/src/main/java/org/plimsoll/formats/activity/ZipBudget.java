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
    private final long entryLimit;
    private long used;

    ZipBudget(String zipName, long limit, long entryLimit) {
        this.zipName = zipName;
        this.limit = limit;
        this.entryLimit = entryLimit;
    }

    InputStream open(ZipFile zip, ZipEntry entry) throws IOException {
        if (used >= limit) {
            throw new IOException("it inflates to more than " + limit / (1024 * 1024) + " MB together with the rest of "
                    + zipName + " (a zip bomb?)");
        }
        return new FilterInputStream(zip.getInputStream(entry)) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                    entry(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count(n);
                    entry(n);
                }
                return n;
            }

            private void entry(int n) throws IOException {
                read += n;
                if (read > entryLimit) {
                    throw new IOException("it inflates to more than " + entryLimit / (1024 * 1024) + " MB (a zip bomb?)");
                }
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
