package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountSession;
import im.parley.client.history.HistoryMessage;
import im.parley.client.history.Profile;
import im.parley.client.transfer.AccountTransfer;
import im.parley.client.transfer.ImportReport;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.pie.PortableFormat;
import im.parley.xmpp.ext.pie.ServerData;
import im.parley.xmpp.ext.vcard.Photo;
import im.parley.xmpp.ext.vcard.VCard;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Move my account" (XEP-0227) against Prosody 0.12: an account's roster, vCard, XEP-0048
 * bookmarks and local history exported and imported into a fresh account, in process and through
 * the packaged command line; unsafe files refused before anything changes.
 */
class AccountTransferIT {
    /** A real 1x1 PNG: Prosody's vcard_legacy turns the PHOTO into avatar data and back. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    private static final QName BOOKMARKS = new QName("storage:bookmarks", "storage");

    private final TestServer prosody = TestServer.prosody();

    @TempDir
    Path dir;

    private AccountSession session(Jid jid) throws Exception {
        AccountSession s = new AccountSession(prosody.config(jid.withResource("move"), TestSession.PASSWORD).build());
        s.connect();
        return s;
    }

    private static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(20, TimeUnit.SECONDS);
    }

    /** The roster as the server has it now: bare JID to name and sorted groups. */
    private static Map<Jid, String> roster(AccountSession s) throws Exception {
        get(s.roster().fetch());
        Map<Jid, String> out = new TreeMap<>();
        for (RosterItem i : s.roster().items().values()) {
            out.put(i.jid(), i.name() + " " + i.groups().stream().sorted().toList());
        }
        return out;
    }

    private XmlElement bookmarks(String room) {
        return XmlElement.builder("storage", BOOKMARKS.namespace())
                .child(XmlElement.builder("conference", BOOKMARKS.namespace())
                        .attribute("jid", room + "@" + prosody.env().get("MUC_DOMAIN"))
                        .attribute("name", "The " + room).attribute("autojoin", "true")
                        .child(XmlElement.ofText("nick", BOOKMARKS.namespace(), "juliet")).build())
                .build();
    }

    /** Account A as the test builds it: three contacts, a vCard with a photo, bookmarks. */
    private void fill(AccountSession a, Jid contact) throws Exception {
        get(a.roster().fetch());
        get(a.roster().set(RosterItem.of(contact, "Romeo", Set.of("Friends", "Verona"))));
        get(a.roster().set(RosterItem.of(prosody.jid("nurse-" + System.nanoTime()), "Nurse", Set.of("Family"))));
        get(a.roster().set(RosterItem.of(prosody.jid("friar-" + System.nanoTime()), null, Set.of())));
        get(a.vCard().set(VCard.empty().withFullName("Juliet Capulet").withNickname("jules")
                .withPhoto(new Photo("image/png", PNG))));
        get(a.privateStorage().set(bookmarks("balcony")));
    }

    /** XEP-0227 §3.5, §3.7, §3.8, §3.11: roster, vCard, bookmarks and history arrive in a fresh account. */
    @Test
    void exportFromOneAccountImportsIntoAFreshOne() throws Exception {
        Jid alice = TestSession.register(prosody, "move-a");
        Jid fresh = TestSession.register(prosody, "move-b");
        Path file = dir.resolve("alice.xml");
        Map<Jid, String> aliceRoster;
        VCard aliceCard;
        XmlElement aliceBookmarks;
        List<String> aliceHistory;
        try (TestSession bob = TestSession.fresh(prosody, "move-peer")) {
            try (TestSession phone = TestSession.online(prosody, alice)) {
                bob.client().send(chat(alice, "in-1", "good morrow"));
                bob.client().send(chat(alice, "in-2", "how fares my lady?"));
                // Archived before the answer goes out: the order the history is checked in below.
                bob.roundTrip();
                phone.await(m -> "how fares my lady?".equals(m.body().orElse("")));
                phone.client().send(chat(bob.jid(), "out-1", "well, sir"));
                phone.roundTrip();
            }
            try (Profile profile = Profile.open(dir.resolve("alice-profile"))) {
                Profile.SyncedAccount synced = profile.accountWithSync(
                        prosody.config(alice.withResource("desk"), TestSession.PASSWORD).build());
                try (var desk = synced.account()) {
                    SyncIT.connectAndSync(synced);
                    await(() -> profile.history(alice).count(bob.jid()) == 3, "the three messages synced");
                }
                aliceHistory = bodies(profile.history(alice).page(bob.jid(), null, 10));
                try (AccountSession a = session(alice)) {
                    fill(a, bob.jid());
                    ServerData export = AccountTransfer.export(a, profile.portableHistory(alice));
                    Files.write(file, PortableFormat.write(export));
                    aliceRoster = roster(a);
                    aliceCard = get(a.vCard().get(null)).orElseThrow();
                    aliceBookmarks = get(a.privateStorage().get(BOOKMARKS)).orElseThrow();
                }
            }
            assertThat(aliceHistory).containsExactly("good morrow", "how fares my lady?", "well, sir");
            assertThat(Files.readString(file)).doesNotContain("password").contains("urn:xmpp:pie:0#mam");

            try (Profile profile = Profile.open(dir.resolve("fresh-profile")); AccountSession b = session(fresh)) {
                ImportReport report = AccountTransfer.importInto(b, profile.portableHistory(fresh),
                        PortableFormat.read(file), null);

                assertThat(report.rosterAdded()).isEqualTo(3);
                assertThat(report.vCardSet()).isTrue();
                assertThat(report.privateStored()).isEqualTo(1);
                assertThat(report.archive().stored()).isEqualTo(3);
                await(() -> b.roster().items().size() == 3, "the roster pushes arrived");
                assertThat(roster(b)).isEqualTo(aliceRoster);
                assertThat(roster(b).get(bob.jid())).isEqualTo("Romeo [Friends, Verona]");
                VCard card = get(b.vCard().get(null)).orElseThrow();
                assertThat(card).isEqualTo(aliceCard);
                assertThat(card.photo()).contains(new Photo("image/png", PNG));
                assertThat(get(b.privateStorage().get(BOOKMARKS))).contains(aliceBookmarks);
                assertThat(aliceBookmarks.toString()).contains("balcony@");
                List<HistoryMessage> history = profile.history(fresh).page(bob.jid(), null, 10);
                assertThat(bodies(history)).isEqualTo(aliceHistory);
                assertThat(history).extracting(HistoryMessage::outgoing).containsExactly(false, false, true);

                ImportReport again = AccountTransfer.importInto(b, profile.portableHistory(fresh),
                        PortableFormat.read(file), null);
                assertThat(again.rosterUnchanged()).as("a second import finds the contacts as they are").isEqualTo(3);
                assertThat(again.archive().alreadyHeld()).isEqualTo(3);
                assertThat(profile.history(fresh).count(bob.jid())).isEqualTo(3);
            }
        }
    }

    /** A file with a DTD, or with an invalid JID, is refused by the command line before it connects. */
    @Test
    void hostileFilesAreRefusedAndChangeNothing() throws Exception {
        Jid target = TestSession.register(prosody, "move-target");
        Map<Jid, String> before;
        try (AccountSession b = session(target)) {
            get(b.roster().fetch());
            get(b.roster().set(RosterItem.of(prosody.jid("keep-" + System.nanoTime()), "Keep", Set.of("Mine"))));
            before = roster(b);
        }
        Path dtd = dir.resolve("laughs.xml");
        Files.writeString(dtd, "<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>"
                + "<!ENTITY lol2 '&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>]>"
                + "<server-data xmlns='urn:xmpp:pie:0'><host jid='localhost'><user name='x'>"
                + "<query xmlns='jabber:iq:roster'><item jid='evil@localhost' name='&lol2;'/></query>"
                + "</user></host></server-data>");
        Path badJid = dir.resolve("bad-jid.xml");
        Files.writeString(badJid, "<server-data xmlns='urn:xmpp:pie:0'><host jid='localhost'><user name='x'>"
                + "<query xmlns='jabber:iq:roster'><item jid='evil@localhost'/><item jid='not a jid@@localhost'/></query>"
                + "</user></host></server-data>");

        CliResult refused = cli(target, dir.resolve("p1"), "import", dtd.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("cannot be imported").contains("nothing was changed");
        CliResult invalid = cli(target, dir.resolve("p2"), "import", badJid.toString());
        assertThat(invalid.exit()).isEqualTo(2);
        assertThat(invalid.err()).contains("not a jid@@localhost").contains("nothing was changed");
        assertThat(refused.out()).isEmpty();

        try (AccountSession b = session(target)) {
            assertThat(roster(b)).isEqualTo(before);
        }
    }

    /** {@code parley cli export} then {@code import} with the packaged jar: the same contacts and vCard arrive. */
    @Test
    void commandLineRoundTrip() throws Exception {
        Jid from = TestSession.register(prosody, "cli-move-a");
        Jid to = TestSession.register(prosody, "cli-move-b");
        Jid contact = prosody.jid("tybalt-" + System.nanoTime());
        Map<Jid, String> fromRoster;
        try (AccountSession a = session(from)) {
            get(a.roster().fetch());
            get(a.roster().set(RosterItem.of(contact, "Tybalt", Set.of("Capulets"))));
            get(a.vCard().set(VCard.empty().withFullName("From the shell")));
            get(a.privateStorage().set(bookmarks("square")));
            fromRoster = roster(a);
        }
        Path file = dir.resolve("exports").resolve("from.xml");

        CliResult exported = cli(from, dir.resolve("pa"), "export", file.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(exported.out().strip()).startsWith("{\"file\":").contains("\"contacts\":1").contains("\"vcard\":true")
                .contains("\"private\":[\"storage:bookmarks\"]").contains("\"messages\":0");
        CliResult again = cli(from, dir.resolve("pa"), "export", file.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("exists; use --force");
        assertThat(cli(from, dir.resolve("pa"), "export", "--force", file.toString()).exit()).isZero();

        CliResult imported = cli(to, dir.resolve("pb"), "import", file.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).contains("\"from\":\"" + from + "\"").contains("\"complete\":true")
                .contains("\"contacts_added\":1").contains("\"vcard\":true").contains("\"private\":1");
        try (AccountSession b = session(to)) {
            assertThat(roster(b)).isEqualTo(fromRoster);
            assertThat(get(b.vCard().get(null)).flatMap(VCard::fullName)).contains("From the shell");
            assertThat(get(b.privateStorage().get(BOOKMARKS)).map(XmlElement::toString).orElse(""))
                    .contains("square@");
        }
    }

    private static Message chat(Jid to, String id, String body) {
        return Message.builder().type(Message.Type.CHAT).to(to).id(id).body(body).build();
    }

    private static List<String> bodies(List<HistoryMessage> page) {
        return page.stream().map(HistoryMessage::body).toList();
    }

    record CliResult(int exit, String out, String err) {
    }

    private CliResult cli(Jid account, Path profile, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java", "-jar",
                System.getProperty("parley.jar", "target/parley.jar"), "cli", "--jid", account.toString(),
                "--host", "127.0.0.1", "--port", Integer.toString(prosody.c2sPort()),
                "--trust", prosody.caCert().toString(), "--profile", profile.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PARLEY_PASSWORD", TestSession.PASSWORD);
        Process p = pb.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("cli finished").isTrue();
        return new CliResult(p.exitValue(), out.get(), err.get());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
