package org.plimsoll.web.problem;

/** One bad field: where it is (a JSON pointer such as {@code /checkins/2/pain}) and what is wrong. */
public record FieldError(String field, String message) {
    /** The first message about {@code field} or anything inside it ({@code strength/0/sets} is inside {@code strength}). */
    public static java.util.Optional<String> messageFor(java.util.List<FieldError> errors, String field) {
        return errors.stream().filter(p -> p.field().equals(field) || p.field().startsWith(field + "/"))
                .map(FieldError::message).findFirst();
    }
}
