package org.plimsoll.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.store.Database;

class ConfigurationTest {
    @TempDir
    Path dir;

    private Configuration.Flags flags(Integer port) {
        return new Configuration.Flags(Optional.of(dir), Optional.empty(), Optional.ofNullable(port), Optional.empty());
    }

    @Test
    void defaultsAreLoopbackPort8080AndAnSqliteFileInTheXdgDataFolder() {
        Configuration config = Configuration.resolve(Configuration.Flags.none(), Map.of("XDG_DATA_HOME", dir.toString()));
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.dataDir()).isEqualTo(dir.resolve("plimsoll"));
        assertThat(config.database().jdbcUrl()).isEqualTo("jdbc:sqlite:" + dir.resolve("plimsoll/plimsoll.db"));
    }

    @Test
    void withoutXdgDataHomeTheFolderIsUnderTheHomeDirectory() {
        assertThat(Configuration.defaultDataDir(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local/share/plimsoll"));
    }

    @Test
    void flagsBeatTheEnvironmentWhichBeatsTheFileWhichBeatsTheDefault() throws IOException {
        Files.writeString(dir.resolve("plimsoll.properties"), "port=7000\nhost=0.0.0.0\n");
        assertThat(Configuration.resolve(flags(null), Map.of()).port()).isEqualTo(7000);
        assertThat(Configuration.resolve(flags(null), Map.of()).host()).isEqualTo("0.0.0.0");
        assertThat(Configuration.resolve(flags(null), Map.of("PLIMSOLL_PORT", "7100")).port()).isEqualTo(7100);
        assertThat(Configuration.resolve(flags(7200), Map.of("PLIMSOLL_PORT", "7100")).port()).isEqualTo(7200);
    }

    @Test
    void aPostgresUrlFromTheEnvironmentChoosesPostgresWithItsUserAndPassword() {
        Configuration config = Configuration.resolve(flags(null), Map.of("PLIMSOLL_DB_URL",
                "jdbc:postgresql://db:5432/plimsoll", "PLIMSOLL_DB_USER", "app", "PLIMSOLL_DB_PASSWORD", "s3cret"));
        assertThat(config.database().kind()).isEqualTo(Database.Kind.POSTGRESQL);
        assertThat(config.database().user()).contains("app");
        assertThat(config.database().password()).contains("s3cret");
    }

    /** Issue 26: forwarded headers are believed only from these; /metrics only with this token. */
    @Test
    void trustedProxiesAndTheMetricsTokenComeFromFlagEnvironmentOrFileAndDefaultToNone() throws IOException {
        Configuration none = Configuration.resolve(flags(null), Map.of());
        assertThat(none.trustedProxies().isEmpty()).isTrue();
        assertThat(none.metricsToken()).isEmpty();

        Files.writeString(dir.resolve("plimsoll.properties"), "trusted.proxies=10.0.0.0/8\nmetrics.token=from-the-file-0123456789\n");
        Configuration file = Configuration.resolve(flags(null), Map.of());
        assertThat(file.trustedProxies()).isEqualTo(org.plimsoll.web.proxy.TrustedProxies.parse("10.0.0.0/8"));
        assertThat(file.metricsToken()).contains("from-the-file-0123456789");
        Map<String, String> env = Map.of("PLIMSOLL_TRUSTED_PROXIES", "127.0.0.1, ::1",
                "PLIMSOLL_METRICS_TOKEN", "from-the-environment-0123");
        assertThat(Configuration.resolve(flags(null), env).metricsToken()).contains("from-the-environment-0123");
        assertThat(Configuration.resolve(flags(null), env).trustedProxies())
                .isEqualTo(org.plimsoll.web.proxy.TrustedProxies.parse("127.0.0.1 ::1"));
        assertThat(Configuration.resolve(flags(null), Configuration.MailFlags.none(), Optional.of("192.168.0.1"), env)
                .trustedProxies()).isEqualTo(org.plimsoll.web.proxy.TrustedProxies.parse("192.168.0.1"));

        assertThatThrownBy(() -> Configuration.resolve(flags(null), Map.of("PLIMSOLL_TRUSTED_PROXIES", "proxy.example")))
                .hasMessageStartingWith("PLIMSOLL_TRUSTED_PROXIES: 'proxy.example' is not an IP address");
        assertThatThrownBy(() -> Configuration.resolve(flags(null), Map.of("PLIMSOLL_METRICS_TOKEN", "short")))
                .hasMessageStartingWith("PLIMSOLL_METRICS_TOKEN must be at least 16");
    }

    @Test
    void badValuesAreNamedWithWhereTheyCameFrom() throws IOException {
        assertThatThrownBy(() -> Configuration.resolve(flags(null), Map.of("PLIMSOLL_PORT", "eighty")))
                .hasMessage("PLIMSOLL_PORT must be a port number, was 'eighty'");
        assertThatThrownBy(() -> Configuration.resolve(flags(null), Map.of("PLIMSOLL_DB_URL", "jdbc:mysql://x/y")))
                .hasMessageContaining("must start with jdbc:sqlite: or jdbc:postgresql:");
        Files.writeString(dir.resolve("plimsoll.properties"), "port=99999\n");
        assertThatThrownBy(() -> Configuration.resolve(flags(null), Map.of()))
                .hasMessage(dir.resolve("plimsoll.properties") + " port must be 0–65535, was 99999");
    }

    @Test
    void eMailIsOffWithoutAnSmtpHostAndNamedWhenHalfSet() {
        assertThat(Configuration.resolve(flags(null), Map.of()).mail()).isEmpty();
        Configuration on = Configuration.resolve(flags(null), Map.of("PLIMSOLL_SMTP_HOST", "smtp.example.org",
                "PLIMSOLL_MAIL_FROM", "plimsoll@example.org", "PLIMSOLL_SMTP_USER", "plimsoll",
                "PLIMSOLL_SMTP_PASSWORD", "secret"));
        assertThat(on.mail()).hasValueSatisfying(m -> {
            assertThat(m.port()).as("submission by default").isEqualTo(587);
            assertThat(m.tlsOptional()).as("STARTTLS required by default").isFalse();
            assertThat(m.user()).contains("plimsoll");
        });
        Configuration flagged = Configuration.resolve(flags(null), new Configuration.MailFlags(Optional.of("relay"),
                Optional.of(25), Optional.empty(), Optional.of("me@example.org")), Map.of("PLIMSOLL_SMTP_HOST", "other"));
        assertThat(flagged.mail().orElseThrow().host()).as("the flag before the environment").isEqualTo("relay");
        assertThatThrownBy(() -> Configuration.resolve(flags(null), Map.of("PLIMSOLL_SMTP_HOST", "smtp.example.org")))
                .hasMessageContaining("set PLIMSOLL_MAIL_FROM");
        assertThatThrownBy(() -> Configuration.resolve(flags(null), Map.of("PLIMSOLL_MAIL_FROM", "me@example.org")))
                .hasMessageContaining("no SMTP host");
        assertThatThrownBy(() -> Configuration.resolve(flags(null), Map.of("PLIMSOLL_SMTP_HOST", "h",
                "PLIMSOLL_MAIL_FROM", "me@example.org", "PLIMSOLL_SMTP_TLS", "never")))
                .hasMessageContaining("PLIMSOLL_SMTP_TLS must be required or optional");
    }
}
