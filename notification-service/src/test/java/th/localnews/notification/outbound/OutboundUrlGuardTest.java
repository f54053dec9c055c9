package th.localnews.notification.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OutboundUrlGuardTest {

    /** Stands in for DNS: names resolve only as listed here; literals are parsed without any lookup. */
    private static final Map<String, String[]> DNS = Map.of(
            "news.example.org", new String[] { "93.184.216.34" },
            "localhost", new String[] { "127.0.0.1", "::1" },
            "loopback.attacker.test", new String[] { "127.0.0.2" },
            "metadata.attacker.test", new String[] { "169.254.169.254" },
            "mixed.attacker.test", new String[] { "93.184.216.34", "10.0.0.5" },
            "v6private.attacker.test", new String[] { "fd12:3456::1" },
            "mapped.attacker.test", new String[] { "::ffff:192.168.1.1" });

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] listed = DNS.get(host);
        if (listed == null) {
            if (!host.contains(":") && !host.matches("[0-9.]+")) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] { InetAddress.getByName(host) };
        }
        InetAddress[] addresses = new InetAddress[listed.length];
        for (int i = 0; i < listed.length; i++) {
            addresses[i] = InetAddress.getByName(listed[i]);
        }
        return addresses;
    }

    private final OutboundUrlGuard production = new OutboundUrlGuard(false, OutboundUrlGuardTest::resolve);
    private final OutboundUrlGuard localStack = new OutboundUrlGuard(true, OutboundUrlGuardTest::resolve);

    @ParameterizedTest
    @ValueSource(strings = {
            "https://127.0.0.1/hook",
            "https://127.1.2.3/hook",
            "https://2130706433/hook",
            "https://0x7f000001/hook",
            "https://0177.0.0.1/hook",
            "https://127.1/hook",
            "https://017700000001/hook",
            "https://0.0.0.0/hook",
            "https://0/hook",
            "https://[::]/hook",
            "https://[::1]/hook",
            "https://[::ffff:127.0.0.1]/hook",
            "https://[::ffff:7f00:1]/hook",
            "https://[::ffff:10.0.0.1]/hook",
            "https://[::127.0.0.1]/hook",
            "https://169.254.169.254/latest/meta-data/",
            "https://10.0.0.1/hook",
            "https://10.255.255.255/hook",
            "https://172.16.0.1/hook",
            "https://172.31.255.254/hook",
            "https://192.168.0.1/hook",
            "https://100.64.0.1/hook",
            "https://100.127.255.254/hook",
            "https://224.0.0.1/hook",
            "https://255.255.255.255/hook",
            "https://[fc00::1]/hook",
            "https://[fd00:ec2::254]/hook",
            "https://[fe80::1]/hook",
            "https://[ff02::1]/hook",
            "https://[64:ff9b::a00:1]/hook",
            "https://[64:ff9b::192.168.0.1]/hook",
            "https://[2002:c0a8:1::1]/hook",
            "https://localhost/hook",
            "https://LOCALHOST./hook",
            "https://loopback.attacker.test/hook",
            "https://metadata.attacker.test/hook",
            "https://mixed.attacker.test/hook",
            "https://v6private.attacker.test/hook",
            "https://mapped.attacker.test/hook",
            "https://evil@127.0.0.1/hook",
            "https://news.example.org@127.0.0.1/hook",
            "https://user:pass@news.example.org/hook",
            "http://news.example.org/hook",
            "ftp://news.example.org/hook",
            "file:///etc/passwd",
            "gopher://news.example.org:70/",
            "javascript:alert(1)",
            "//news.example.org/hook",
            "https:///hook",
            "https://unresolvable.attacker.test/hook",
            "not a url"
    })
    void refusesForbiddenTargets(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(ForbiddenTargetException.class);
    }

    @Test
    void acceptsHttpsToAPublicHost() {
        assertThat(production.check("https://news.example.org/hooks/alerts?x=1")).hasHost("news.example.org");
    }

    @Test
    void allowsPlainHttpOnLoopbackOnlyWhenTheLocalStackAsksForIt() {
        assertThatThrownBy(() -> production.check("http://127.0.0.1:8089/hook"))
                .isInstanceOf(ForbiddenTargetException.class);
        assertThat(localStack.check("http://127.0.0.1:8089/hook")).hasPort(8089);
        assertThat(localStack.check("http://localhost:8089/hook")).hasHost("localhost");
    }

    @Test
    void localStackStillRefusesPrivateAndPlainHttpPublicTargets() {
        assertThatThrownBy(() -> localStack.check("http://news.example.org/hook"))
                .isInstanceOf(ForbiddenTargetException.class);
        assertThatThrownBy(() -> localStack.check("https://10.0.0.1/hook"))
                .isInstanceOf(ForbiddenTargetException.class);
        assertThatThrownBy(() -> localStack.check("https://169.254.169.254/"))
                .isInstanceOf(ForbiddenTargetException.class);
    }
}
