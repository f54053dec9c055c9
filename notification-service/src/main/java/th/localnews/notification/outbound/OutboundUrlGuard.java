package th.localnews.notification.outbound;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The SSRF guard for every URL a subscriber gives us (webhook URLs, push endpoints). Called when the
 * subscription is made and again right before each connection, so a name that later resolves to an inner
 * address (DNS rebinding) is refused when it matters. Every resolved address must be public: one bad
 * address in the answer is enough to refuse.
 */
public class OutboundUrlGuard {

    /** Numeric hosts other than canonical dotted quads: decimal, octal, hex or short forms that resolvers widen. */
    private static final Pattern NUMERIC_HOST = Pattern.compile("^(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]*))*\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CANONICAL_IPV4 = Pattern.compile(
            "^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");

    /** Resolves a host name to all its addresses; an interface so tests can stand in for DNS. */
    public interface HostResolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowLoopbackHttp;
    private final HostResolver resolver;

    public OutboundUrlGuard(boolean allowLoopbackHttp) {
        this(allowLoopbackHttp, InetAddress::getAllByName);
    }

    public OutboundUrlGuard(boolean allowLoopbackHttp, HostResolver resolver) {
        this.allowLoopbackHttp = allowLoopbackHttp;
        this.resolver = resolver;
    }

    /** The parsed URI if every address it leads to may be contacted; otherwise a {@link ForbiddenTargetException}. */
    public URI check(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new ForbiddenTargetException("only https URLs are accepted");
        }
        if (uri.getRawUserInfo() != null) {
            throw new ForbiddenTargetException("URLs with user information (user@host) are not accepted");
        }
        String host = host(uri);
        InetAddress[] addresses = resolve(host);
        if (allowLoopbackHttp && Arrays.stream(addresses).allMatch(AddressRanges::isLoopback)) {
            return uri;
        }
        if (!scheme.equals("https")) {
            throw new ForbiddenTargetException("only https URLs are accepted");
        }
        for (InetAddress address : addresses) {
            String why = AddressRanges.forbiddenBecause(address);
            if (why != null) {
                throw new ForbiddenTargetException("the host resolves to " + why);
            }
        }
        return uri;
    }

    /**
     * The addresses a connection to {@code host} may use, resolved now: all loopback where loopback http is allowed,
     * else all public. {@link AlertHttpClient} resolves through this when it opens a connection, so the addresses
     * checked are the ones connected to, and a name that rebinds between {@link #check} and the connection is
     * refused all the same.
     *
     * @throws RefusedAddressException when the name resolves to an address that may not be contacted
     * @throws UnknownHostException when it does not resolve
     */
    public InetAddress[] addressesToConnect(String host) throws UnknownHostException {
        InetAddress[] addresses = resolver.resolve(host);
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        if (allowLoopbackHttp && Arrays.stream(addresses).allMatch(AddressRanges::isLoopback)) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            String why = AddressRanges.forbiddenBecause(address);
            if (why != null) {
                throw new RefusedAddressException("the host resolves to " + why);
            }
        }
        return addresses;
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank() || url.length() > 2048) {
            throw new ForbiddenTargetException("a URL of at most 2048 characters is required");
        }
        try {
            URI uri = new URI(url.strip());
            if (!uri.isAbsolute() || uri.isOpaque()) {
                throw new ForbiddenTargetException("an absolute https URL is required");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ForbiddenTargetException("not a valid URL");
        }
    }

    private static String host(URI uri) {
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            // java.net.URI leaves host null for forms like https://evil@127.0.0.1:x or underscores
            throw new ForbiddenTargetException("the URL has no usable host name");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            return host.substring(1, host.length() - 1);
        }
        String lower = host.toLowerCase(Locale.ROOT);
        if (NUMERIC_HOST.matcher(lower).matches() && !CANONICAL_IPV4.matcher(lower).matches()) {
            throw new ForbiddenTargetException("numeric hosts must be written as a plain dotted IPv4 address");
        }
        return lower;
    }

    private InetAddress[] resolve(String host) {
        try {
            InetAddress[] addresses = resolver.resolve(host);
            if (addresses == null || addresses.length == 0) {
                throw new ForbiddenTargetException("the host name does not resolve");
            }
            return addresses;
        } catch (UnknownHostException e) {
            throw new ForbiddenTargetException("the host name does not resolve");
        }
    }
}
