package org.plimsoll.web.reminder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mail server on loopback that takes its time over each message (as a busy relay does), and keeps
 * what it accepted. Just enough SMTP for Jakarta Mail: no STARTTLS offered, no authentication.
 */
final class SlowSmtp implements AutoCloseable {
    private final ServerSocket socket;
    private final Duration usual;
    private final Duration slow;
    private final int everySlow;
    private final AtomicInteger accepted = new AtomicInteger();
    final List<String> messages = new CopyOnWriteArrayList<>();

    /** Each message takes {@code usual}, and every {@code everySlow}-th takes {@code slow}. */
    SlowSmtp(Duration usual, Duration slow, int everySlow) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.usual = usual;
        this.slow = slow;
        this.everySlow = everySlow;
        Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Thread t = new Thread(() -> serve(client));
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "slow-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve(Socket client) {
        try (client) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = client.getOutputStream();
            say(out, "220 slow.localhost ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
                switch (verb) {
                    case "EHLO" -> say(out, "250-slow.localhost\r\n250 8BITMIME");
                    case "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> say(out, "250 OK");
                    case "DATA" -> {
                        say(out, "354 go ahead");
                        StringBuilder message = new StringBuilder();
                        for (String l = in.readLine(); l != null && !l.equals("."); l = in.readLine()) {
                            message.append(l).append('\n');
                        }
                        int n = accepted.incrementAndGet();
                        Thread.sleep((n % everySlow == 0 ? slow : usual).toMillis());
                        messages.add(message.toString());
                        say(out, "250 queued");
                    }
                    case "QUIT" -> {
                        say(out, "221 bye");
                        return;
                    }
                    default -> say(out, "502 not here");
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away
        }
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
