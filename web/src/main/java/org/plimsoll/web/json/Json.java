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

    /**
     * The server's one mapper, built by the first request that needs JSON: building it loads and
     * initialises about 600 classes, which a start and its first {@code /healthz} do not need.
     * Thread-safe without a lock: the JVM initialises {@link Shared} once, and every thread waits for it.
     */
    public static ObjectMapper shared() {
        return Shared.MAPPER;
    }

    /** Javalin's JSON ({@code ctx.json}, {@code ctx.bodyAsClass}) through {@link #shared()}, also on first use. */
    public static io.javalin.json.JsonMapper forJavalin() {
        return new io.javalin.json.JsonMapper() {
            @Override
            public String toJsonString(Object obj, java.lang.reflect.Type type) {
                return Shared.JAVALIN.toJsonString(obj, type);
            }

            @Override
            public java.io.InputStream toJsonStream(Object obj, java.lang.reflect.Type type) {
                return Shared.JAVALIN.toJsonStream(obj, type);
            }

            @Override
            public void writeToOutputStream(java.util.stream.Stream<?> stream, java.io.OutputStream out) {
                Shared.JAVALIN.writeToOutputStream(stream, out);
            }

            @Override
            public <T> T fromJsonString(String json, java.lang.reflect.Type type) {
                return Shared.JAVALIN.fromJsonString(json, type);
            }

            @Override
            public <T> T fromJsonStream(java.io.InputStream json, java.lang.reflect.Type type) {
                return Shared.JAVALIN.fromJsonStream(json, type);
            }
        };
    }

    private static final class Shared {
        static final ObjectMapper MAPPER = mapper();
        static final io.javalin.json.JavalinJackson JAVALIN = new io.javalin.json.JavalinJackson(MAPPER, false);
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
