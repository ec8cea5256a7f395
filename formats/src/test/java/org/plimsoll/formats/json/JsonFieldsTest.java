package org.plimsoll.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 26: a number is a JSON number; "7" is text, whatever it spells. */
class JsonFieldsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonProblem> problemsOf(String body, java.util.function.Consumer<JsonFields> read) throws Exception {
        List<JsonProblem> problems = new ArrayList<>();
        read.accept(JsonFields.root(JSON.readTree(body), problems));
        return problems;
    }

    @Test
    void aWholeNumberIsAJsonIntegerAndNothingThatLooksLikeOne() throws Exception {
        for (String sent : new String[] {"\"7\"", "\" 7\"", "7.0", "7.5", "1e1", "true", "[7]", "{\"n\":7}", "99999999999"}) {
            List<JsonProblem> problems = problemsOf("{\"pain\":" + sent + "}", f -> f.integer("pain", 0, 10));
            assertThat(problems).as(sent).singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo("$.pain"));
        }
        assertThat(problemsOf("{\"pain\":7}", f -> assertThat(f.integer("pain", 0, 10)).hasValue(7))).isEmpty();
        assertThat(problemsOf("{\"pain\":\"7\"}", f -> f.requiredInteger("pain", 0, 10))).hasSize(1);
    }

    @Test
    void aNumberIsAJsonNumberNotText() throws Exception {
        assertThat(problemsOf("{\"km\":\"5\"}", f -> f.number("km", 0, 100))).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("$.km"));
        assertThat(problemsOf("{\"km\":5.5}", f -> assertThat(f.number("km", 0, 100)).hasValue(5.5))).isEmpty();
    }
}
