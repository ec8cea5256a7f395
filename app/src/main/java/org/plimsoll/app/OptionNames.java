package org.plimsoll.app;

/**
 * The names of {@code serve}'s options, declared once: picocli's annotations and {@link QuickServe}
 * both use these, so a flag added to one cannot be forgotten by the other ({@code QuickServeTest}
 * checks every option picocli declares for {@code serve}).
 */
final class OptionNames {
    static final String DATA_DIR = "--data-dir";
    static final String DB_URL = "--db-url";
    static final String PORT = "--port";
    static final String HOST = "--host";
    static final String SMTP_HOST = "--smtp-host";
    static final String SMTP_PORT = "--smtp-port";
    static final String SMTP_USER = "--smtp-user";
    static final String MAIL_FROM = "--mail-from";
    static final String TRUSTED_PROXIES = "--trusted-proxies";
    static final String DEMO = "--demo";
    static final String DEMO_WEEKS = "--demo-weeks";

    private OptionNames() {
    }
}
