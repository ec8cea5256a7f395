package org.plimsoll.engine.session;

/** Where a session came from. */
public enum Source {
    MANUAL, IMPORT, DEMO
}
