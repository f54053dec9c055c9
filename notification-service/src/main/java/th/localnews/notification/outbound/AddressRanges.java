package th.localnews.notification.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;

/**
 * Address ranges an outbound alert must never reach: everything that is not the public internet (RFC 6890
 * special-purpose registries) plus the IPv6 forms that smuggle an IPv4 address inside (mapped, compatible,
 * NAT64, 6to4, Teredo), because the far end of those may well be a private IPv4 host.
 */
final class AddressRanges {

    private record Range(byte[] prefix, int bits, String why) {

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (prefix[full] & mask);
        }
    }

    private static final List<Range> FORBIDDEN = List.of(
            range("0.0.0.0", 8, "unspecified/this network"),
            range("10.0.0.0", 8, "private"),
            range("100.64.0.0", 10, "carrier-grade NAT"),
            range("127.0.0.0", 8, "loopback"),
            range("169.254.0.0", 16, "link-local"),
            range("172.16.0.0", 12, "private"),
            range("192.0.0.0", 24, "IETF protocol assignments"),
            range("192.0.2.0", 24, "documentation"),
            range("192.88.99.0", 24, "6to4 relay"),
            range("192.168.0.0", 16, "private"),
            range("198.18.0.0", 15, "benchmarking"),
            range("198.51.100.0", 24, "documentation"),
            range("203.0.113.0", 24, "documentation"),
            range("224.0.0.0", 4, "multicast"),
            range("240.0.0.0", 4, "reserved/broadcast"),
            range("::", 128, "unspecified"),
            range("::1", 128, "loopback"),
            range("::", 96, "IPv4-compatible"),
            range("::ffff:0:0", 96, "IPv4-mapped"),
            range("64:ff9b::", 96, "NAT64"),
            range("64:ff9b:1::", 48, "local NAT64"),
            range("100::", 64, "discard-only"),
            range("2001::", 32, "Teredo"),
            range("2001:db8::", 32, "documentation"),
            range("2002::", 16, "6to4"),
            range("fc00::", 7, "unique local"),
            range("fe80::", 10, "link-local"),
            range("fec0::", 10, "site-local"),
            range("ff00::", 8, "multicast"));

    private AddressRanges() {
    }

    /** Why the address is forbidden, or null if it is an ordinary public address. */
    static String forbiddenBecause(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return "a local or multicast address";
        }
        byte[] raw = address.getAddress();
        for (Range range : FORBIDDEN) {
            if (range.contains(raw)) {
                return "a " + range.why() + " address";
            }
        }
        return null;
    }

    static boolean isLoopback(InetAddress address) {
        return address.isLoopbackAddress();
    }

    private static Range range(String literal, int bits, String why) {
        try {
            // literals only: getByName does no DNS lookup for them
            InetAddress address = InetAddress.getByName(literal);
            byte[] bytes = address instanceof Inet6Address || address instanceof Inet4Address
                    ? address.getAddress() : null;
            if (literal.contains(":") && bytes.length == 4) {
                // Java folds ::ffff:a.b.c.d into an Inet4Address; keep the 16-byte form for the prefix
                bytes = mapped(bytes);
            }
            return new Range(bytes, bits, why);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(literal, e);
        }
    }

    private static byte[] mapped(byte[] v4) {
        byte[] v6 = new byte[16];
        v6[10] = (byte) 0xff;
        v6[11] = (byte) 0xff;
        System.arraycopy(v4, 0, v6, 12, 4);
        return v6;
    }
}
