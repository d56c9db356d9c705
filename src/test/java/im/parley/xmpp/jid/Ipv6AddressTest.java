package im.parley.xmpp.jid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv6AddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"::", "::1", "1::", "2001:db8::1", "2001:DB8:0:0:8:800:200C:417A", "1:2:3:4:5:6:7:8",
        "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "::ffff:192.0.2.1", "1:2:3:4:5:6:192.0.2.1", "fe80::1:2"})
    void acceptsRfc4291Forms(String address) {
        assertThat(Ipv6Address.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":", ":::", "1:::2", "1::2::3", ":1::2", "1::2:", "1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:8:9", "1:2:3:4::5:6:7:8", "12345::", "g::", "::192.0.2", "::192.0.2.256", "::192.0.02.1",
        "192.0.2.1", "192.0.2.1::", "::1%eth0", "::１", "1:2:3:4:5:6:7:192.0.2.1"})
    void rejectsMalformedAddresses(String address) {
        assertThat(Ipv6Address.isValid(address)).isFalse();
    }
}
