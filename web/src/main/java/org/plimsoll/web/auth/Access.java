package org.plimsoll.web.auth;

import io.javalin.security.RouteRole;

/**
 * Who may use a route, declared where the route is registered and checked once, by {@link Guard},
 * before its handler runs. A route that declares nothing is treated as {@link #SIGNED_IN}.
 */
public enum Access implements RouteRole {
    /** Anyone: the start page, signing up and in, health, the docs, and what a secret address opens. */
    PUBLIC,
    /** A signed-in person, for their own data only. */
    SIGNED_IN,
    /**
     * A signed-in clinician account, for the people who invited it and only while the invitation
     * stands (each route checks its person). To anyone else the route does not exist: 404.
     */
    CLINICIAN
}
