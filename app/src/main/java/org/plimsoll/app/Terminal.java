package org.plimsoll.app;

import java.io.BufferedReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What a command may touch of the outside world, passed in so that tests can supply their own:
 * {@code folder} is the working folder that relative output paths start from, and {@code bytes} is
 * standard output for files written there whole (a PDF piped on), beside the text of {@code out}.
 */
public record Terminal(Map<String, String> env, Clock clock, Path folder, OutputStream bytes, PrintWriter out,
                       PrintWriter err, BufferedReader in) {
}
