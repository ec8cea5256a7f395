package org.plimsoll.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.plimsoll.store.DatabaseSettings;
import org.plimsoll.web.mail.MailSettings;
import org.plimsoll.web.proxy.TrustedProxies;

/**
 * Where Plimsoll keeps its data and how it serves, resolved with one precedence for every
 * setting: command-line flag, then environment variable, then {@code plimsoll.properties} in the
 * data folder, then the default.
 */
public record Configuration(Path dataDir, String host, int port, DatabaseSettings database,
                            Optional<MailSettings> mail, Optional<String> publicUrl, TrustedProxies trustedProxies,
                            Optional<String> metricsToken) {

    public Configuration {
        java.util.Objects.requireNonNull(trustedProxies);
        java.util.Objects.requireNonNull(metricsToken);
    }

    public static final String CONFIG_FILE = "plimsoll.properties";
    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 8080;

    /** What the command line said; each empty when not given. */
    public record Flags(Optional<Path> dataDir, Optional<String> host, Optional<Integer> port,
                        Optional<String> dbUrl) {
        public static Flags none() {
            return new Flags(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** The e-mail flags of {@code serve}; each empty when not given. The password has no flag: it would show in ps. */
    public record MailFlags(Optional<String> smtpHost, Optional<Integer> smtpPort, Optional<String> smtpUser,
                            Optional<String> from) {
        public static MailFlags none() {
            return new MailFlags(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** A setting with a bad value, named with where it came from. */
    public static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    public static Configuration resolve(Flags flags, Map<String, String> env) {
        return resolve(flags, MailFlags.none(), env);
    }

    public static Configuration resolve(Flags flags, MailFlags mailFlags, Map<String, String> env) {
        return resolve(flags, mailFlags, Optional.empty(), env);
    }

    /** With {@code trustedProxiesFlag}, the value of {@code serve --trusted-proxies} if given. */
    public static Configuration resolve(Flags flags, MailFlags mailFlags, Optional<String> trustedProxiesFlag,
                                        Map<String, String> env) {
        Path dataDir = flags.dataDir()
                .or(() -> env("PLIMSOLL_DATA_DIR", env).map(Path::of))
                .orElseGet(() -> defaultDataDir(env));
        Properties file = readFile(dataDir.resolve(CONFIG_FILE));

        String host = flags.host()
                .or(() -> env("PLIMSOLL_HOST", env))
                .or(() -> property(file, "host"))
                .orElse(DEFAULT_HOST);
        int port = flags.port().map(p -> checkPort(p, "--port"))
                .or(() -> env("PLIMSOLL_PORT", env).map(p -> parsePort(p, "PLIMSOLL_PORT")))
                .or(() -> property(file, "port").map(p -> parsePort(p, file(dataDir) + " port")))
                .orElse(DEFAULT_PORT);
        Optional<String> dbUrl = flags.dbUrl()
                .or(() -> env("PLIMSOLL_DB_URL", env))
                .or(() -> property(file, "db.url"));
        DatabaseSettings database;
        if (dbUrl.isPresent()) {
            try {
                database = new DatabaseSettings(dbUrl.get(),
                        env("PLIMSOLL_DB_USER", env).or(() -> property(file, "db.user")),
                        env("PLIMSOLL_DB_PASSWORD", env).or(() -> property(file, "db.password")));
            } catch (IllegalArgumentException e) {
                throw new Invalid(e.getMessage());
            }
        } else {
            database = DatabaseSettings.sqliteFile(dataDir.resolve("plimsoll.db"));
        }
        Optional<String> publicUrl = env("PLIMSOLL_PUBLIC_URL", env).or(() -> property(file, "public.url"));
        publicUrl.ifPresent(u -> {
            if (!u.matches("https?://[^/\\s]+/?")) {
                throw new Invalid("PLIMSOLL_PUBLIC_URL must be the address people open, like https://plimsoll.example.org"
                        + ", was '" + u + "'");
            }
        });
        TrustedProxies proxies = trustedProxiesFlag.map(v -> proxies(v, "--trusted-proxies"))
                .or(() -> env("PLIMSOLL_TRUSTED_PROXIES", env).map(v -> proxies(v, "PLIMSOLL_TRUSTED_PROXIES")))
                .or(() -> property(file, "trusted.proxies").map(v -> proxies(v, file(dataDir) + " trusted.proxies")))
                .orElse(TrustedProxies.none());
        // No flag for the metrics token: it would show in ps.
        Optional<String> metricsToken = env("PLIMSOLL_METRICS_TOKEN", env).or(() -> property(file, "metrics.token"))
                .map(String::trim);
        metricsToken.ifPresent(t -> {
            if (t.length() < 16 || !t.matches("[\\x21-\\x7e]+")) {
                throw new Invalid("PLIMSOLL_METRICS_TOKEN must be at least 16 visible characters without spaces "
                        + "(openssl rand -hex 32 makes one)");
            }
        });
        return new Configuration(dataDir, host, port, database, mail(mailFlags, env, file, dataDir), publicUrl,
                proxies, metricsToken);
    }

    private static TrustedProxies proxies(String text, String source) {
        try {
            return TrustedProxies.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Invalid(source + ": " + e.getMessage());
        }
    }

    /**
     * SMTP, when a host is set: PLIMSOLL_SMTP_HOST, _PORT (default 587), _USER, _PASSWORD, PLIMSOLL_MAIL_FROM
     * and PLIMSOLL_SMTP_TLS (required, the default, or optional for a relay on this machine); in the file
     * smtp.host, smtp.port, smtp.user, smtp.password, mail.from, smtp.tls.
     */
    private static Optional<MailSettings> mail(MailFlags flags, Map<String, String> env, Properties file, Path dataDir) {
        Optional<String> host = flags.smtpHost().or(() -> env("PLIMSOLL_SMTP_HOST", env)).or(() -> property(file, "smtp.host"));
        Optional<String> from = flags.from().or(() -> env("PLIMSOLL_MAIL_FROM", env)).or(() -> property(file, "mail.from"));
        if (host.isEmpty()) {
            if (from.isPresent()) {
                throw new Invalid("PLIMSOLL_MAIL_FROM is set but no SMTP host: set PLIMSOLL_SMTP_HOST (or --smtp-host) too");
            }
            return Optional.empty();
        }
        if (from.isEmpty()) {
            throw new Invalid("an SMTP host is set but no sender: set PLIMSOLL_MAIL_FROM (or --mail-from), "
                    + "e.g. plimsoll@example.org");
        }
        int port = flags.smtpPort().map(p -> checkPort(p, "--smtp-port"))
                .or(() -> env("PLIMSOLL_SMTP_PORT", env).map(p -> parsePort(p, "PLIMSOLL_SMTP_PORT")))
                .or(() -> property(file, "smtp.port").map(p -> parsePort(p, file(dataDir) + " smtp.port")))
                .orElse(587);
        String tls = env("PLIMSOLL_SMTP_TLS", env).or(() -> property(file, "smtp.tls")).orElse("required");
        if (!tls.equals("required") && !tls.equals("optional")) {
            throw new Invalid("PLIMSOLL_SMTP_TLS must be required or optional, was '" + tls + "'");
        }
        try {
            return Optional.of(new MailSettings(host.get(), port,
                    flags.smtpUser().or(() -> env("PLIMSOLL_SMTP_USER", env)).or(() -> property(file, "smtp.user")),
                    env("PLIMSOLL_SMTP_PASSWORD", env).or(() -> property(file, "smtp.password")), from.get(),
                    tls.equals("optional")));
        } catch (IllegalArgumentException e) {
            throw new Invalid(e.getMessage());
        }
    }

    /** $XDG_DATA_HOME/plimsoll, else ~/.local/share/plimsoll (the XDG base directory default). */
    static Path defaultDataDir(Map<String, String> env) {
        return env("XDG_DATA_HOME", env).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".local", "share"))
                .resolve("plimsoll");
    }

    private static Optional<String> env(String name, Map<String, String> env) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    private static Optional<String> property(Properties file, String name) {
        return Optional.ofNullable(file.getProperty(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static String file(Path dataDir) {
        return dataDir.resolve(CONFIG_FILE).toString();
    }

    private static int parsePort(String text, String source) {
        try {
            return checkPort(Integer.parseInt(text.trim()), source);
        } catch (NumberFormatException e) {
            throw new Invalid(source + " must be a port number, was '" + text + "'");
        }
    }

    private static int checkPort(int port, String source) {
        if (port < 0 || port > 65535) {
            throw new Invalid(source + " must be 0–65535, was " + port);
        }
        return port;
    }

    private static Properties readFile(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new Invalid("cannot read " + file + ": " + e.getMessage());
            }
        }
        return properties;
    }
}
