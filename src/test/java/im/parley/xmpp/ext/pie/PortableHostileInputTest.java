package im.parley.xmpp.ext.pie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a file could be malformed or built to harm is refused with a message, and nothing else happens. */
class PortableHostileInputTest {
    private static final String HEAD = "<server-data xmlns='urn:xmpp:pie:0'><host jid='capulet.com'>";
    private static final String TAIL = "</host></server-data>";

    @TempDir
    Path dir;

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder doc = new StringBuilder("<?xml version='1.0'?>\n<!DOCTYPE server-data [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            doc.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        doc.append("]>\n").append(HEAD).append("<user name='juliet'><vCard xmlns='vcard-temp'><FN>&lol9;</FN></vCard></user>")
                .append(TAIL);

        refused(doc.toString(), "DOCTYPE");
    }

    @Test
    void anExternalEntityIsRefused() {
        refused("<?xml version='1.0'?><!DOCTYPE server-data [<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]>"
                + HEAD + "<user name='juliet'><vCard xmlns='vcard-temp'><FN>&xxe;</FN></vCard></user>" + TAIL, "DOCTYPE");
        refused("<!DOCTYPE server-data SYSTEM 'http://127.0.0.1:1/evil.dtd'>" + HEAD + TAIL, "DOCTYPE");
    }

    @Test
    void anUndeclaredEntityIsRefused() {
        refused(HEAD + "<user name='juliet'><vCard xmlns='vcard-temp'><FN>&xxe;</FN></vCard></user>" + TAIL, "entity");
        refused(HEAD + "<user name='juliet' password='&xxe;'/>" + TAIL, "safely read");
    }

    @Test
    void aHugeFileIsRefusedWithoutBeingRead() throws Exception {
        Path huge = dir.resolve("huge.xml");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(2L << 30); // sparse: 2 GiB without using the disk
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> PortableFormat.read(huge)).isInstanceOf(PortableFormatException.class)
                .hasMessageContaining("larger than " + PortableFormat.DEFAULT_MAX_BYTES);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aStreamThatNeverEndsIsCutAtTheLimit() {
        InputStream endless = new InputStream() {
            private final byte[] head = HEAD.getBytes(StandardCharsets.UTF_8);
            private long read;

            @Override
            public int read() {
                return read < head.length ? head[(int) read++] : ' ';
            }
        };
        assertThatThrownBy(() -> PortableFormat.read(endless, 1 << 20)).isInstanceOf(PortableFormatException.class)
                .hasMessageContaining("larger than 1048576 bytes");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "<a xmlns='urn:x'>".repeat(200) + "</a>".repeat(200);
        refused(HEAD + "<user name='juliet'>" + deep + "</user>" + TAIL, "deeper");
    }

    @Test
    void invalidJidsAreRefusedWithWhere() {
        refused("<server-data xmlns='urn:xmpp:pie:0'><host jid='bad host name'/></server-data>", "host 'bad host name'");
        refused("<server-data xmlns='urn:xmpp:pie:0'><host jid='juliet@capulet.com'/></server-data>", "not a domain");
        refused(HEAD + "<user name='jul iet'/>" + TAIL, "user name 'jul iet'");
        refused(HEAD + "<user name='juliet@x'/>" + TAIL, "not a valid localpart");
        refused(HEAD + "<user name='juliet'><query xmlns='jabber:iq:roster'><item jid='romeo@@montague.net' subscription='both'/>"
                + "</query></user>" + TAIL, "roster of juliet@capulet.com");
        refused(HEAD + "<user name='juliet'><offline-messages><message xmlns='jabber:client' from='a@b@c'/>"
                + "</offline-messages></user>" + TAIL, "offline messages of juliet@capulet.com");
    }

    @Test
    void theWrongDocumentIsRefused() {
        refused("<server-data xmlns='urn:xmpp:pie:1'/>", "not a XEP-0227 export");
        refused("<user xmlns='urn:xmpp:pie:0' name='juliet'/>", "not a XEP-0227 export");
        refused("<server-data/>", "not a XEP-0227 export");
        refused("this is not XML", "safely read");
        refused(HEAD, "safely read");
        refused("", "safely read");
        refused("<?xml version='1.0' encoding='UTF-16'?>" + HEAD + TAIL, "UTF-8");
        refused(HEAD + "<!-- a comment -->" + TAIL, "comment");
    }

    @Test
    void splitExportsAreNotFollowed() {
        refused(Xep0227Examples.XINCLUDE, "XInclude (href 'capulet.com.xml')");
        refused(HEAD + "<user name='juliet'><xi:include xmlns:xi='http://www.w3.org/2001/XInclude' href='/etc/shadow'/>"
                + "</user>" + TAIL, "XInclude");
    }

    @Test
    void twiceOfWhatMustBeOnceIsRefused() {
        refused(HEAD + "<user name='juliet'/><user name='Juliet'/>" + TAIL, "appears twice");
        refused("<server-data xmlns='urn:xmpp:pie:0'><host jid='capulet.com'/><host jid='CAPULET.com'/></server-data>",
                "appears twice");
        refused(HEAD + "<user name='juliet'><vCard xmlns='vcard-temp'/><vCard xmlns='vcard-temp'/></user>" + TAIL,
                "more than one vCard");
        refused(HEAD + "<user name='juliet'><query xmlns='jabber:iq:roster'/><query xmlns='jabber:iq:roster'/></user>" + TAIL,
                "more than one roster");
    }

    @Test
    void aBrokenArchiveIsRefused() {
        String user = HEAD + "<user name='juliet'><archive xmlns='urn:xmpp:pie:0#mam'>";
        String end = "</archive></user>" + TAIL;
        refused(user + "<message xmlns='jabber:client'/>" + end, "expected <result");
        refused(user + "<result xmlns='urn:xmpp:mam:2' id='1'/>" + end, "without <forwarded");
        refused(user + "<result xmlns='urn:xmpp:mam:2' id='1'><forwarded xmlns='urn:xmpp:forward:0'/></result>" + end,
                "holds 0 stanzas");
        refused(user + "<result xmlns='urn:xmpp:mam:2' id='1'><forwarded xmlns='urn:xmpp:forward:0'>"
                + "<presence xmlns='jabber:client'/></forwarded></result>" + end, "expected <message");
    }

    private static void refused(String xml, String why) {
        assertThatThrownBy(() -> PortableFormat.parse(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PortableFormatException.class).hasMessageContaining(why);
    }
}
