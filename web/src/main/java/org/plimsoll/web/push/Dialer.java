package org.plimsoll.web.push;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Opens the TCP connection to an address already checked; tests put a loopback listener behind it. */
@FunctionalInterface
public interface Dialer {
    int CONNECT_TIMEOUT_MS = 10_000;

    Dialer DIRECT = address -> {
        Socket socket = new Socket();
        try {
            socket.connect(address, CONNECT_TIMEOUT_MS);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    };

    Socket connect(InetSocketAddress checked) throws IOException;
}
