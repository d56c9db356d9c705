package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive's commands as a user runs them: the packaged jar against the real Prosody. */
class ArchiveCliIT {
    private final TestServer prosody = TestServer.prosody();

    @TempDir
    Path profile;

    record Result(int exit, String out, String err) {
        List<String> lines() {
            return out.isBlank() ? List.of() : List.of(out.strip().split("\n"));
        }
    }

    private Process start(String password, Jid account, String... args) throws IOException {
        // No keyring answers on a build machine; make that certain rather than probe a developer's desktop.
        List<String> cmd = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java",
                "-Dparley.passwords=file", "-jar",
                System.getProperty("parley.jar", "target/parley.jar"), "cli", "--jid", account.toString(),
                "--host", "127.0.0.1", "--port", Integer.toString(prosody.c2sPort()),
                "--trust", prosody.caCert().toString(), "--profile", profile.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("PARLEY_PASSWORD");
        if (password != null) {
            pb.environment().put("PARLEY_PASSWORD", password);
        }
        return pb.start();
    }

    private Result run(String password, Jid account, String... args) throws Exception {
        Process p = start(password, account, args);
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("cli finished").isTrue();
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
    void aKeptPasswordLetsLaterCommandsRunWithTheJidAlone() throws Exception {
        Jid alice = TestSession.register(prosody, "kept-a");
        Result without = run(null, alice, "ping", prosody.domain());
        assertThat(without.exit()).isEqualTo(2);
        assertThat(without.err()).contains("accounts add");

        Result added = run(TestSession.PASSWORD, alice, "accounts", "add", alice.toString());
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("\"password\":\"encrypted-file\"");
        assertThat(added.err()).as("the user is told where the password went").contains("encrypted");
        assertThat(java.nio.file.Files.readAllBytes(profile.resolve("passwords.enc")))
                .asString(StandardCharsets.ISO_8859_1).doesNotContain(TestSession.PASSWORD);

        Result ping = run(null, alice, "ping", prosody.domain());
        assertThat(ping.exit()).as(ping.err()).isZero();
        assertThat(run(null, alice, "accounts", "list").out()).contains(alice.toString());

        assertThat(run(null, alice, "accounts", "remove", alice.toString()).exit()).isZero();
        assertThat(run(null, alice, "ping", prosody.domain()).exit()).as("the password went with the account").isEqualTo(2);
    }

    @Test
    void listenStoresWhatItSeesAndHistoryAndSyncReadTheArchive() throws Exception {
        Jid alice = TestSession.register(prosody, "hist-a");
        try (TestSession bob = TestSession.fresh(prosody, "hist-b")) {
            Process listen = start(TestSession.PASSWORD, alice, "--resource", "desk", "listen", "--count", "3",
                    "--timeout", "60");
            java.io.BufferedReader errLines = new java.io.BufferedReader(
                    new java.io.InputStreamReader(listen.getErrorStream(), StandardCharsets.UTF_8));
            assertThat(errLines.readLine()).startsWith("listening as");
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> errLines.lines()
                    .collect(java.util.stream.Collectors.joining("\n")));
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(listen.getInputStream()));
            for (int i = 1; i <= 3; i++) {
                bob.client().send(Message.builder().type(Message.Type.CHAT).to(alice.withResource("desk"))
                        .id("h" + i).body("line " + i).build());
            }
            assertThat(listen.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(listen.exitValue()).as(err.get()).isZero();
            assertThat(out.get().strip().split("\n")).hasSize(3);

            Result history = run(null, alice, "history", bob.jid().toString());
            assertThat(history.exit()).as(history.err()).isZero();
            assertThat(history.lines()).hasSize(3);
            assertThat(history.lines().get(0)).contains("\"body\":\"line 1\"").contains("\"direction\":\"in\"");
            String key = history.lines().get(2).replaceAll(".*\"key\":([0-9]+).*", "$1");
            assertThat(run(null, alice, "history", bob.jid().toString(), "--before", key, "--limit", "1").lines())
                    .singleElement().asString().contains("\"body\":\"line 2\"");

            Result search = run(null, alice, "search", "LINE 2");
            assertThat(search.exit()).as(search.err()).isZero();
            assertThat(search.lines()).singleElement().asString().contains("\"body\":\"line 2\"")
                    .contains("\"matches\":[[0,4],[5,6]]");
            assertThat(run(null, alice, "search", "lin", "--with", bob.jid().toString()).lines())
                    .as("the last word as a prefix, newest first").hasSize(3).first().asString().contains("line 3");
            assertThat(run(null, alice, "search", "  ").exit()).isEqualTo(2);

            Result sync = run(TestSession.PASSWORD, alice, "sync");
            assertThat(sync.exit()).as(sync.err()).isZero();
            assertThat(sync.out()).contains("\"stored\":0");
            assertThat(run(null, alice, "history", bob.jid().toString()).lines()).as("nothing doubled").hasSize(3);
        }
    }
}
