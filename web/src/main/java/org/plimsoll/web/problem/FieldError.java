package org.plimsoll.web.problem;

/** One bad field: where it is (a JSON pointer such as {@code /checkins/2/pain}) and what is wrong. */
public record FieldError(String field, String message) {
}
