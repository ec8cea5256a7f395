package org.plimsoll.web.push;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Where a push endpoint's name leads. Asked once per delivery; the answer checked is the one connected to. */
@FunctionalInterface
public interface Resolver {
    Resolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
