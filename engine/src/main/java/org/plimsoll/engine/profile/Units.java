package org.plimsoll.engine.profile;

public enum Units {
    KM, MI
}
