package org.plimsoll.formats.activity;

import java.io.IOException;
import java.io.InputStream;

/** Opens a file's bytes, as many times as needed: a plain file, or an entry of a zip within its budget. */
@FunctionalInterface
interface Opener {
    InputStream open() throws IOException;
}
