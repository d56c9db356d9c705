package im.parley.it;

import im.parley.xmpp.jid.Jid;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slixmpp peer of ../shared/peers/peer.py as a running process: an independent XMPP client
 * logged in to a test server, printing one JSON line per event and, when started with
 * {@code --stdin}, taking JSON commands one per line.
 */
final class SlixmppPeer implements AutoCloseable {
    private final Jid jid;
    private final Process process;
    private final PrintWriter commands;
    private final BlockingQueue<String> unread = new LinkedBlockingQueue<>();
    /** Every line read so far: an awaited event may have been printed before anyone asked for it. */
    private final List<String> seen = new ArrayList<>();

    private SlixmppPeer(Jid jid, Process process, boolean acceptsCommands) {
        this.jid = jid;
        this.process = process;
        if (acceptsCommands) {
            this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        } else {
            this.commands = null;
            try {
                process.getOutputStream().close();
            } catch (IOException ignored) {
                // Nothing was written to it; the peer never reads it.
            }
        }
        Thread reader = new Thread(this::readLines, "slixmpp-peer-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts the peer as {@code user@domain/peer} (password {@code user + "pass"}) with the extra
     * peer.py options, and waits until it is online.
     */
    static SlixmppPeer start(TestServer server, String user, String... options) throws InterruptedException, IOException {
        return start(sharedPeer("peer.py"), server, server.jid(user).withResource("peer"), user + "pass", options);
    }

    /**
     * Starts the call peer (jingle_peer.py: slixmpp signalling, aiortc media) as the full JID
     * {@code jid}, with its options, and waits until it is online.
     */
    static SlixmppPeer startCallPeer(TestServer server, Jid jid, String password, String... options)
            throws InterruptedException, IOException {
        return start(sharedPeer("jingle_peer.py"), server, jid, password, options);
    }

    /**
     * Starts the video call peer, this project's src/test/peers/jingle_video_peer.py: jingle_peer.py
     * (imported from the shared directory) with VP8 video beside Opus, one Jingle content for each.
     * It takes jingle_peer.py's options; waits until it is online.
     */
    static SlixmppPeer startVideoCallPeer(TestServer server, Jid jid, String password, String... options)
            throws InterruptedException, IOException {
        List<String> withShared = new ArrayList<>(List.of("--shared", TestServer.sharedDir().toAbsolutePath().toString()));
        withShared.addAll(List.of(options));
        // Maven runs the tests in the project directory, and says so in basedir.
        Path script = Path.of(System.getProperty("basedir", "")).resolve("src/test/peers/jingle_video_peer.py");
        return start(script, server, jid, password, withShared.toArray(String[]::new));
    }

    private static Path sharedPeer(String script) {
        return TestServer.sharedDir().resolve("peers/" + script);
    }

    private static SlixmppPeer start(Path script, TestServer server, Jid jid, String password, String... options)
            throws InterruptedException, IOException {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", script.toString(),
                "--jid", jid.toString(), "--password", password,
                "--port", Integer.toString(server.c2sPort()), "--cafile", server.caCert().toString()));
        cmd.addAll(List.of(options));
        Process process = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        SlixmppPeer peer = new SlixmppPeer(jid, process, cmd.contains("--stdin"));
        try {
            peer.await(event("online"), 30);
        } catch (AssertionError e) {
            peer.close();
            throw e;
        }
        return peer;
    }

    /** The peer's full JID. */
    Jid jid() {
        return jid;
    }

    /** Matches the lines of one event kind, e.g. {@code event("receipt")}. */
    static Predicate<String> event(String name) {
        return line -> line.contains("\"event\": \"" + name + "\"");
    }

    /**
     * A field of one JSON event line as printed (a string without its quotes, a number, true, false
     * or null), or null when the line has no such field.
     */
    static String field(String line, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\": (\"[^\"]*\"|[^,}]+)").matcher(line);
        return m.find() ? m.group(1).replace("\"", "") : null;
    }

    /** Sends one JSON command (see the peer's README); the peer must have been started with --stdin. */
    void command(String json) {
        if (commands == null) {
            throw new IllegalStateException("the peer was started without --stdin");
        }
        commands.println(json);
    }

    /**
     * The first line the peer printed, or prints within {@code seconds}, that matches; lines
     * already returned stay available, so two waits for the same event see the same line.
     */
    String await(Predicate<String> matching, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (seen) {
            while (true) {
                for (String line : seen) {
                    if (matching.test(line)) {
                        return line;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the peer " + jid + " printed no such line within " + seconds + " s; it printed " + seen);
                }
                String line = unread.poll(200, TimeUnit.MILLISECONDS);
                if (line != null) {
                    seen.add(line);
                }
            }
        }
    }

    /** How many lines the peer printed so far match. */
    long count(Predicate<String> matching) {
        synchronized (seen) {
            unread.drainTo(seen);
            return seen.stream().filter(matching).count();
        }
    }

    /** The peer's exit code, waiting up to {@code seconds} for it to exit by itself. */
    int exitCode(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the peer " + jid + " did not exit within " + seconds + " s; it printed " + seen);
        }
        return process.exitValue();
    }

    /** Waits for the first line containing {@code fragment}. */
    String await(String fragment, int seconds) throws InterruptedException {
        return await(line -> line.contains(fragment), seconds);
    }

    private void readLines() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                unread.add(line);
            }
        } catch (IOException ignored) {
            // The peer exited: waits time out with what it printed.
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
