package th.localnews.notification.outbound;

import java.net.UnknownHostException;

/**
 * A connection refused by the SSRF guard because the name now resolves to an address that may not be contacted
 * (DNS rebinding after the URL was checked). An {@link UnknownHostException}, since it is raised where the HTTP
 * client resolves names; senders treat it as a rejected target, not as a network failure worth retrying.
 */
public class RefusedAddressException extends UnknownHostException {

    private static final long serialVersionUID = 1L;

    RefusedAddressException(String message) {
        super(message);
    }
}
