package org.plimsoll.formats.json;

/** What is wrong with one value of a JSON document, and where: a path such as {@code $.checkins[2].pain}. */
public record JsonProblem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
