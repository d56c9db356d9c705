package org.jitsi.impl.neomedia.transform.dtls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The corrected DTLS server must shadow libjitsi's broken one; both setup roles are in LoopbackAudioStreamTest. */
class TlsServerImplTest {
    @Test
    void parleysCopyIsTheOneLoaded() {
        String location = TlsServerImpl.class.getProtectionDomain().getCodeSource().getLocation().toString();
        assertThat(location).doesNotContain("libjitsi");
    }
}
