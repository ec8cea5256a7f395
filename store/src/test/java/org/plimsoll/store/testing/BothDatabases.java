package org.plimsoll.store.testing;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.plimsoll.store.Database;

/**
 * Runs each {@code @TestTemplate} twice: on a fresh SQLite file and on a fresh PostgreSQL
 * database. The test method takes the {@link Database} as a parameter.
 */
public final class BothDatabases implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(invocation(Database.Kind.SQLITE), invocation(Database.Kind.POSTGRESQL));
    }

    private static TestTemplateInvocationContext invocation(Database.Kind kind) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return kind == Database.Kind.SQLITE ? "on SQLite" : "on PostgreSQL";
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new Opened(kind));
            }
        };
    }

    private static final class Opened implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
        private final Database.Kind kind;
        private Database database;

        Opened(Database.Kind kind) {
            this.kind = kind;
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            if (kind == Database.Kind.POSTGRESQL) {
                TestDatabases.assumePostgresCanRun();
            }
            database = TestDatabases.open(kind == Database.Kind.SQLITE
                    ? TestDatabases.sqliteSettings() : TestDatabases.postgresSettings());
        }

        @Override
        public void afterEach(ExtensionContext context) {
            if (database != null) {
                database.close();
            }
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
            return parameter.getParameter().getType() == Database.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
            return database;
        }
    }
}
