package org.plimsoll.formats.scenario;

import java.time.LocalDate;
import org.plimsoll.engine.history.History;

/** A person's history and the day to assess it on: the input of {@code plimsoll evaluate}. */
public record Scenario(LocalDate asOf, History history) {
}
