import io.javalin.Javalin;

/** The smallest server Plimsoll's start-up is compared with: one route, as /healthz answers. */
public final class Hello {
    public static void main(String[] args) {
        int port = Integer.parseInt(args.length > 0 ? args[0] : "18191");
        Javalin app = Javalin.create(config -> config.routes.get("/healthz", ctx -> ctx.result("ok")));
        app.start("127.0.0.1", port);
    }
}
