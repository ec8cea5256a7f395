package org.plimsoll.app;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

/** What a command may touch of the outside world, passed in so that tests can supply their own. */
public record Terminal(Map<String, String> env, Clock clock, PrintWriter out, PrintWriter err, BufferedReader in) {
}
