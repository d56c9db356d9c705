package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.history.Profile;
import im.parley.xmpp.ext.register.InBandRegistration;
import im.parley.xmpp.im.Roster;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.im.RosterStore;
import im.parley.xmpp.jid.Jid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley cli roster ...} as a user runs it: the packaged jar against the real Prosody (RFC 6121 §2). */
class RosterCliIT {
    private final TestServer prosody = TestServer.prosody();

    /** The CLI's profile folder, where it keeps the roster between runs. */
    @TempDir
    Path profile;

    record Result(int exit, String out, String err) {
    }

    private Result run(String user, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java", "-jar",
                System.getProperty("parley.jar", "target/parley.jar"), "cli",
                "--jid", user + "@" + prosody.domain(), "--host", "127.0.0.1",
                "--port", Integer.toString(prosody.c2sPort()), "--trust", prosody.caCert().toString(),
                "--profile", profile.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PARLEY_PASSWORD", "pw");
        Process p = pb.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("cli finished").isTrue();
        return new Result(p.exitValue(), out.get(), err.get());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Test
    void addListRemove() throws Exception {
        String user = "rcli" + UUID.randomUUID().toString().substring(0, 8);
        InBandRegistration.register(prosody.config(user, "pw").build(), Map.of());
        String contact = "friend-" + user + "@" + prosody.domain();

        Result added = run(user, "roster", "add", contact, "--name", "My \"Friend\"", "--group", "Work", "--group", "Chess");
        assertThat(added.exit()).as(added.err()).isZero();

        Result listed = run(user, "roster", "list");
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out().strip()).isEqualTo("{\"jid\":\"" + contact + "\",\"name\":\"My \\\"Friend\\\"\","
                + "\"subscription\":\"none\",\"ask\":false,\"approved\":false,\"groups\":[\"Chess\",\"Work\"]}");

        Result subscribed = run(user, "subscribe", contact);
        assertThat(subscribed.exit()).as(subscribed.err()).isZero();
        Result presence = run(user, "presence", "--show", "away", "--status", "busy");
        assertThat(presence.exit()).as(presence.err()).isZero();
        assertThat(run(user, "presence", "--show", "sleepy").exit()).isEqualTo(2);

        Result removed = run(user, "roster", "remove", contact);
        assertThat(removed.exit()).as(removed.err()).isZero();
        assertThat(run(user, "roster", "list").out().strip()).isEmpty();
    }

    /**
     * XEP-0237 from the command line: the second {@code roster list} sends the stored version,
     * the server answers that it is current, and the contacts come from the stored copy. The
     * copy is altered in between so that the output shows where it came from.
     */
    @Test
    void listKeepsTheRosterInTheProfileAndTheServerSendsOnlyChanges() throws Exception {
        String user = "rver" + UUID.randomUUID().toString().substring(0, 8);
        InBandRegistration.register(prosody.config(user, "pw").build(), Map.of());
        String ann = "ann-" + user + "@" + prosody.domain();
        assertThat(run(user, "roster", "add", ann, "--name", "Ann").exit()).isZero();

        Result first = run(user, "roster", "list");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("\"name\":\"Ann\"");
        // The roster and its version are in the profile's archive; change the kept name behind the server's back.
        try (Profile kept = Profile.open(profile)) {
            RosterStore store = kept.rosterStore(Jid.of(user + "@" + prosody.domain()));
            Roster roster = store.load();
            assertThat(roster.version()).isNotNull();
            assertThat(roster.items()).extracting(i -> i.jid().toString()).containsExactly(ann);
            store.save(new Roster(roster.version(), List.of(new RosterItem(Jid.of(ann), "Ann from the cache",
                    roster.items().get(0).subscription(), false, false, Set.of()))));
        }

        Result second = run(user, "roster", "list");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out().strip()).as("the server sent nothing: the contacts are the stored ones")
                .isEqualTo("{\"jid\":\"" + ann + "\",\"name\":\"Ann from the cache\",\"subscription\":\"none\","
                        + "\"ask\":false,\"approved\":false,\"groups\":[]}");

        String bo = "bo-" + user + "@" + prosody.domain();
        assertThat(run(user, "roster", "add", bo, "--name", "Bo").exit()).isZero();
        Result third = run(user, "roster", "list");
        assertThat(third.exit()).as(third.err()).isZero();
        assertThat(third.out().strip().split("\n")).as("a new version: the server's roster replaces the stored one")
                .hasSize(2).anyMatch(l -> l.contains("\"name\":\"Ann\"")).anyMatch(l -> l.contains("\"name\":\"Bo\""));
        try (Profile kept = Profile.open(profile)) {
            assertThat(kept.rosterStore(Jid.of(user + "@" + prosody.domain())).load().items())
                    .extracting(RosterItem::name).containsExactlyInAnyOrder("Ann", "Bo");
        }
    }
}
