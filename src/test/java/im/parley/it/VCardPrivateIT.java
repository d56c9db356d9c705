package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.pie.PortableFormat;
import im.parley.xmpp.ext.pie.PortableUser;
import im.parley.xmpp.ext.pie.ServerData;
import im.parley.xmpp.ext.privatedata.PrivateStorage;
import im.parley.xmpp.ext.vcard.Photo;
import im.parley.xmpp.ext.vcard.VCard;
import im.parley.xmpp.ext.vcard.VCardManager;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * XEP-0054 and XEP-0049 against Prosody 0.12 (mod_vcard_legacy over mod_vcard4, mod_private), and
 * the XEP-0227 codec carrying what was fetched from one account to another.
 */
class VCardPrivateIT {
    /** A real 1x1 PNG: Prosody's vcard_legacy turns the PHOTO into XEP-0084 avatar data and back. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    private static final QName NOTES = new QName("urn:parley:test:notes", "notes");

    private final TestServer prosody = TestServer.prosody();

    /** XEP-0054 §3.1, §3.2 and §3.3: no vCard at first, then the one we set, seen by us and by another user. */
    @Test
    void ownVCardWithAPhotoIsSetAndGot() throws Exception {
        try (TestSession juliet = TestSession.fresh(prosody, "vcard");
             TestSession romeo = TestSession.fresh(prosody, "vcard-peer")) {
            VCardManager vcards = new VCardManager(juliet.client());
            assertThat(get(vcards, null)).as("a fresh account has no vCard").isEmpty();

            VCard card = VCard.empty().withFullName("Juliet Capulet").withNickname("jules")
                    .withPhoto(new Photo("image/png", PNG));
            vcards.set(card).get(20, TimeUnit.SECONDS);

            VCard own = get(vcards, null).orElseThrow();
            assertThat(own.fullName()).contains("Juliet Capulet");
            assertThat(own.nickname()).contains("jules");
            assertThat(own.photo()).contains(new Photo("image/png", PNG));

            VCard seen = get(new VCardManager(romeo.client()), juliet.jid()).orElseThrow();
            assertThat(seen.fullName()).contains("Juliet Capulet");
            assertThat(get(new VCardManager(romeo.client()), prosody.jid("nobody-" + System.nanoTime())))
                    .as("§3.3: no such user reads as no vCard").isEmpty();
        }
    }

    /** XEP-0049 §2.3: nothing stored at first, then what was set, then its replacement. */
    @Test
    void privateStorageRoundTrip() throws Exception {
        try (TestSession juliet = TestSession.fresh(prosody, "private")) {
            PrivateStorage storage = new PrivateStorage(juliet.client());
            assertThat(storage.get(NOTES).get(20, TimeUnit.SECONDS)).isEmpty();

            XmlElement notes = notes("Wherefore art thou Romeo?");
            storage.set(notes).get(20, TimeUnit.SECONDS);
            assertThat(storage.get(NOTES).get(20, TimeUnit.SECONDS)).contains(notes);

            XmlElement replaced = notes("Parting is such sweet sorrow");
            storage.set(replaced).get(20, TimeUnit.SECONDS);
            assertThat(storage.get(NOTES).get(20, TimeUnit.SECONDS)).contains(replaced);
        }
    }

    /** XEP-0227: what one account holds, exported to a file's bytes and imported into another, arrives whole. */
    @Test
    void vCardAndPrivateDataMoveThroughAnExport() throws Exception {
        XmlElement notes = notes("to be moved");
        byte[] export;
        try (TestSession from = TestSession.fresh(prosody, "move-from")) {
            VCardManager vcards = new VCardManager(from.client());
            PrivateStorage storage = new PrivateStorage(from.client());
            vcards.set(VCard.empty().withFullName("Moving Juliet").withPhoto(new Photo("image/png", PNG)))
                    .get(20, TimeUnit.SECONDS);
            storage.set(notes).get(20, TimeUnit.SECONDS);

            PortableUser user = PortableUser.of(from.jid())
                    .withVCard(get(vcards, null).orElseThrow())
                    .withPrivateData(List.of(storage.get(NOTES).get(20, TimeUnit.SECONDS).orElseThrow()));
            export = PortableFormat.write(ServerData.of(user));
        }

        ServerData read = PortableFormat.parse(export);
        PortableUser moved = read.hosts().get(0).users().get(0);
        try (TestSession to = TestSession.fresh(prosody, "move-to")) {
            VCardManager vcards = new VCardManager(to.client());
            PrivateStorage storage = new PrivateStorage(to.client());
            vcards.set(moved.vCard()).get(20, TimeUnit.SECONDS);
            for (XmlElement e : moved.privateData()) {
                storage.set(e).get(20, TimeUnit.SECONDS);
            }

            VCard arrived = get(vcards, null).orElseThrow();
            assertThat(arrived.fullName()).contains("Moving Juliet");
            assertThat(arrived.photo()).contains(new Photo("image/png", PNG));
            assertThat(storage.get(NOTES).get(20, TimeUnit.SECONDS)).contains(notes);
        }
    }

    private static Optional<VCard> get(VCardManager vcards, Jid who) throws Exception {
        return vcards.get(who).get(20, TimeUnit.SECONDS);
    }

    private static XmlElement notes(String text) {
        return XmlElement.builder(NOTES.name(), NOTES.namespace())
                .attribute("version", "1")
                .child(XmlElement.ofText("note", NOTES.namespace(), text))
                .build();
    }
}
