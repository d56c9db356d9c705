package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.cli.ParleyCli;
import im.parley.client.AccountSession;
import im.parley.client.profile.ProfileChange;
import im.parley.client.profile.ProfileItem;
import im.parley.xmpp.ext.avatar.Avatars;
import im.parley.xmpp.ext.mood.Mood;
import im.parley.xmpp.ext.mood.UserMood;
import im.parley.xmpp.ext.pubsub.NodeOptions;
import im.parley.xmpp.ext.pubsub.PubSubManager;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley cli profile ...} and {@code pubsub ...} against Prosody, seen by a second session. */
class ProfileCliIT {
    private final TestServer prosody = TestServer.prosody();
    @TempDir
    Path profileDir;

    record CliResult(int exit, String out) {
    }

    private CliResult cli(Jid account, String password, String... command) throws Exception {
        Path passwordFile = Files.createTempFile("parley-it", ".pw");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try {
            Files.writeString(passwordFile, password);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            List<String> args = new ArrayList<>(List.of("--jid", account.toString(), "--host", "127.0.0.1",
                    "--port", Integer.toString(prosody.c2sPort()), "--trust", prosody.caCert().toString(),
                    "--password-file", passwordFile.toString(), "--timeout", "20", "--profile", profileDir.toString()));
            args.addAll(List.of(command));
            int exit = ParleyCli.run(args.toArray(String[]::new));
            return new CliResult(exit, out.toString(StandardCharsets.UTF_8).strip());
        } finally {
            System.setOut(original);
            Files.deleteIfExists(passwordFile);
        }
    }

    /** profile set, get and clear: a contact hears each item, and get reads them back with the avatar checked. */
    @Test
    void setGetAndClearFromTheCommandLine() throws Exception {
        try (AccountSession alice = PepIT.session(prosody, "cli-a"); AccountSession bob = PepIT.session(prosody, "cli-b")) {
            PepIT.befriend(alice, bob.jid().bare());
            PepIT.befriend(bob, alice.jid().bare());
            PepIT.awaitBoth(alice, bob.jid().bare());
            List<ProfileChange> heard = new CopyOnWriteArrayList<>();
            bob.profile().addListener(heard::add);
            bob.presence().sendAvailable(null, null, 0).get(20, TimeUnit.SECONDS);
            Path picture = profileDir.resolve("me.jpg");
            Files.write(picture, ProfileIT.picture(300, 300, Color.CYAN));
            Jid from = alice.jid().bare();

            CliResult set = cli(from, TestSession.PASSWORD, "profile", "set", "--nick", "Alice CLI", "--mood", "happy",
                    "--mood-text", "from the shell", "--activity", "working/coding", "--tune-artist", "Yes",
                    "--tune-title", "Roundabout", "--location-lat", "48.85", "--location-lon", "2.35",
                    "--avatar", picture.toString());
            assertThat(set.exit()).as(set.out()).isZero();
            assertThat(set.out()).contains("\"mood\":\"happy\"", "\"activity\":\"working/coding\"", "\"avatar\":\"");
            await(() -> heard.stream().filter(c -> c.from().equals(from)).map(c -> c.item().kind()).distinct().count() == 6,
                    "bob hears all six items");
            assertThat(heard).anyMatch(c -> c.item().equals(new ProfileItem.Mood(new UserMood(Mood.HAPPY, "from the shell"))));

            CliResult get = cli(bob.jid().bare(), TestSession.PASSWORD, "profile", "get", from.toString());
            assertThat(get.exit()).as(get.out()).isZero();
            assertThat(get.out()).contains("\"nick\":\"Alice CLI\"", "\"mood\":\"happy\"", "\"tune_title\":\"Roundabout\"",
                    "\"location_lat\":\"48.85\"");
            String hash = get.out().replaceAll(".*\"avatar\":\"([0-9a-f]{40})\".*", "$1");
            assertThat(Avatars.sha1(Files.readAllBytes(profileDir.resolve("avatars").resolve(hash + ".png"))))
                    .as("the avatar is kept in the profile folder under its verified hash").isEqualTo(hash);

            CliResult clear = cli(from, TestSession.PASSWORD, "profile", "clear", "mood");
            assertThat(clear.out()).isEqualTo("{\"cleared\":\"mood\"}");
            await(() -> heard.contains(new ProfileChange(from, ProfileItem.cleared(ProfileItem.Kind.MOOD))),
                    "bob hears the mood cleared");
            assertThat(cli(from, TestSession.PASSWORD, "profile", "set", "--mood", "elated").exit()).isEqualTo(2);
        }
    }

    /** pubsub list, publish, items and subscribe on Prosody's PubSub component. */
    @Test
    void pubsubFromTheCommandLine() throws Exception {
        Jid service = Jid.of(prosody.env().get("PUBSUB_DOMAIN"));
        String node = "cli-" + UUID.randomUUID();
        Jid admin = prosody.jid("admin");
        try (XmppClient owner = new XmppClient(prosody.config(admin.withResource("cli-it-" + UUID.randomUUID()),
                "adminpass").build());
             PubSubManager pubsub = connected(owner)) {
            pubsub.create(service, node, NodeOptions.none()).get(20, TimeUnit.SECONDS);
            try {
                assertThat(cli(admin, "adminpass", "pubsub", "list", service.toString()).out())
                        .contains("\"node\":\"" + node + "\"");
                CliResult published = cli(admin, "adminpass", "pubsub", "publish", service.toString(), node,
                        "<entry xmlns='urn:example:cli'>hello</entry>", "--id", "first");
                assertThat(published.out()).isEqualTo("{\"published\":\"first\",\"node\":\"" + node + "\"}");
                assertThat(cli(admin, "adminpass", "pubsub", "items", service.toString(), node, "--max", "1").out())
                        .contains("\"id\":\"first\"", "hello");
                Jid reader = TestSession.register(prosody, "cli-reader");
                CliResult subscribed = cli(reader, TestSession.PASSWORD, "pubsub", "subscribe", service.toString(), node);
                assertThat(subscribed.out()).contains("\"subscribed\":\"" + node + "\"", "\"state\":\"subscribed\"");
                assertThat(pubsub.nodeSubscriptions(service, node).get(20, TimeUnit.SECONDS))
                        .anyMatch(s -> s.jid().bare().equals(reader));
                assertThat(cli(admin, "adminpass", "pubsub", "items", service.toString(), "no-such-" + node).exit())
                        .isEqualTo(7);
            } finally {
                pubsub.delete(service, node, null).get(20, TimeUnit.SECONDS);
            }
        }
    }

    private static PubSubManager connected(XmppClient client) throws Exception {
        client.connect();
        return new PubSubManager(client);
    }
}
