package org.plimsoll.web.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.plimsoll.engine.activity.Activity;

/**
 * The one JSON configuration of the HTTP layer: ISO dates, no guessing on unknown fields, and an
 * activity written by its lower-case name wherever it appears (as a value or as a map key), the
 * one name the API documents.
 */
public final class Json {
    private Json() {
    }

    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .addModule(new SimpleModule("activities")
                        .addSerializer(Activity.class, new JsonSerializer<>() {
                            @Override
                            public void serialize(Activity a, JsonGenerator g, SerializerProvider p) throws IOException {
                                g.writeString(a.code());
                            }
                        })
                        .addKeySerializer(Activity.class, new JsonSerializer<>() {
                            @Override
                            public void serialize(Activity a, JsonGenerator g, SerializerProvider p) throws IOException {
                                g.writeFieldName(a.code());
                            }
                        }))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
