package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.Account;
import im.parley.client.history.HistoryMessage;
import im.parley.client.history.Profile;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.NotConnectedException;
import im.parley.xmpp.stanza.Message;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL while it stores a flood leaves an archive that opens, holds every
 * message it had told of, and a sync makes complete, each message once.
 */
class ArchiveCrashIT {
    private static final int FLOOD = 3_000;
    private static final Pattern BODY = Pattern.compile("\"body\":\"(flood [0-9]+)\"");

    private final TestServer prosody = TestServer.prosody();

    @TempDir
    Path profileDir;

    @Test
    void aKillMidWriteLosesNothingCommittedAndASyncCompletesTheRest() throws Exception {
        Jid alice = TestSession.register(prosody, "crash-a");
        try (TestSession bob = TestSession.fresh(prosody, "crash-b")) {
            List<String> cmd = List.of(System.getProperty("java.home") + "/bin/java", "-jar",
                    System.getProperty("parley.jar", "target/parley.jar"), "cli",
                    "--jid", alice.toString(), "--resource", "flooded", "--host", "127.0.0.1",
                    "--port", Integer.toString(prosody.c2sPort()), "--trust", prosody.caCert().toString(),
                    "--profile", profileDir.toString(), "watch");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(profileDir.resolve("watch.err").toFile());
            pb.environment().put("PARLEY_PASSWORD", TestSession.PASSWORD);
            Process watch = pb.start();
            List<String> told = new ArrayList<>();
            CompletableFuture<Void> flood = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (flood == null && line.contains("\"type\":\"history_synced\"") && line.contains("\"done\":true")) {
                        // The first sync is over: from here on every message is the flood's.
                        flood = CompletableFuture.runAsync(() -> {
                            try {
                                for (int i = 0; i < FLOOD; i++) {
                                    bob.client().send(Message.builder().type(Message.Type.CHAT).to(alice)
                                            .id("f" + i).body("flood " + i).build());
                                }
                            } catch (NotConnectedException e) {
                                throw new IllegalStateException(e);
                            }
                        });
                    }
                    Matcher m = BODY.matcher(line);
                    if (m.find()) {
                        told.add(m.group(1));
                        if (told.size() == 800) {
                            watch.destroyForcibly();
                            break;
                        }
                    }
                }
            }
            assertThat(watch.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(flood).as("the watch process synced and got the flood; it said: "
                    + java.nio.file.Files.readString(profileDir.resolve("watch.err"))).isNotNull();
            assertThat(told).hasSize(800);
            flood.get(60, TimeUnit.SECONDS);
            bob.roundTrip();

            try (Profile profile = Profile.open(profileDir)) {
                Set<String> stored = profile.history(alice).page(bob.jid(), null, 10_000).stream()
                        .map(HistoryMessage::body).collect(Collectors.toSet());
                assertThat(stored).as("every message told was committed before").containsAll(told);

                Profile.SyncedAccount synced = profile.accountWithSync(
                        prosody.config(alice.withResource("desk"), TestSession.PASSWORD).build());
                try (Account desk = synced.account()) {
                    SyncIT.connectAndSync(synced);
                    Eventually.await(() -> profile.history(alice).count(bob.jid()) >= FLOOD, "the flood stored");
                    Thread.sleep(1_000);
                }
                SyncIT.assertExactlyOnce(profile.history(alice).page(bob.jid(), null, 10_000), "flood ", FLOOD);
            }
        }
    }
}
