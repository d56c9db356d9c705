package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.jid.Jid;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** `parley cli` as a user runs it: the packaged jar in its own process, signed in as one account of the test server. */
final class CliProcess {
    record Result(int exit, String out, String err) {
    }

    private CliProcess() {
    }

    static Process start(TestServer server, Jid account, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                System.getProperty("java.home") + "/bin/java", "-jar", System.getProperty("parley.jar", "target/parley.jar"), "cli",
                "--jid", account.toString(), "--host", "127.0.0.1", "--port", Integer.toString(server.c2sPort()),
                "--trust", server.caCert().toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PARLEY_PASSWORD", TestSession.PASSWORD);
        return pb.start();
    }

    /** Waits up to a minute for {@code p} to end; its output stripped. */
    static Result finish(Process p) throws Exception {
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("cli finished").isTrue();
        return new Result(p.exitValue(), out.get().strip(), err.get());
    }

    static Result run(TestServer server, Jid account, List<String> args) throws Exception {
        return finish(start(server, account, args));
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
