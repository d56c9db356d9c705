package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.register.InBandRegistration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code parley cli roster ...} as a user runs it: the packaged jar against the real Prosody (RFC 6121 §2). */
class RosterCliIT {
    private final TestServer prosody = TestServer.prosody();

    record Result(int exit, String out, String err) {
    }

    private Result run(String user, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java", "-jar",
                System.getProperty("parley.jar", "target/parley.jar"), "cli",
                "--jid", user + "@" + prosody.domain(), "--host", "127.0.0.1",
                "--port", Integer.toString(prosody.c2sPort()), "--trust", prosody.caCert().toString()));
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
}
