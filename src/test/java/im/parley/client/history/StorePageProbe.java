package im.parley.client.history;

import im.parley.archive.Archive;
import im.parley.archive.MessageQueries;
import im.parley.archive.MessageStore;
import im.parley.archive.SyncCursors;
import im.parley.xmpp.ext.mam.ArchivedMessage;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlStreamParser;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Parley's side of a MAM catch-up without a server, for profiling: {@code ArchiveHistoryStore.storePage}
 * of N archived messages (as MamCatchUpBenchmark's: body, origin-id, active) in pages of 250 into a
 * fresh H2 profile, R times. Prints the CPU of the storing thread and of the process per round.
 * Arguments: {@code [messages] [rounds]}, default 10000 8. Not a test: run with java -cp.
 */
public final class StorePageProbe {
    private StorePageProbe() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Jid own = Jid.of("mamp1@localhost");
        List<ArchivedMessage> all = new ArrayList<>(n);
        Instant t0 = Instant.parse("2026-12-04T00:00:00Z");
        for (int i = 0; i < n; i++) {
            String xml = "<message xmlns='jabber:client' from='carol@localhost/bench' to='mamp1@localhost/holder' "
                    + "type='chat' id='b" + i + "'><body>bench message " + i
                    + ": the quick brown fox jumps over the lazy dog</body><origin-id xmlns='urn:xmpp:sid:0' id='o" + i
                    + "-mamp1'/><active xmlns='http://jabber.org/protocol/chatstates'/></message>";
            Message m = (Message) Stanza.fromXml(XmlStreamParser.parseDocument(xml.getBytes(StandardCharsets.UTF_8),
                    Limits.defaults())).orElseThrow();
            all.add(new ArchivedMessage("arch-" + i + "-abcdefgh", t0.plusMillis(i), m));
        }
        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Path root = Files.createTempDirectory("store-probe");
        for (int r = 0; r < rounds; r++) {
            Path dir = root.resolve("p" + r);
            try (Archive archive = Archive.open(dir)) {
                MessageStore store = new MessageStore(archive);
                long account = new im.parley.archive.AccountStore(archive).ensure(own.toString());
                ArchiveHistoryStore history = new ArchiveHistoryStore(own, account, store, new MessageQueries(archive),
                        new SyncCursors(archive));
                long cpu0 = os.getProcessCpuTime();
                long th0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                int added = 0;
                for (int i = 0; i < n; i += 250) {
                    added += history.storePage(own, all.subList(i, Math.min(n, i + 250)));
                }
                long wall = System.nanoTime() - w0;
                long th = threads.getCurrentThreadCpuTime() - th0;
                long cpu = os.getProcessCpuTime() - cpu0;
                System.out.printf(Locale.ROOT, "round %d: %d stored, wall %.0f ms, thread CPU %.0f ms (%.1f µs/msg),"
                        + " process CPU %.0f ms%n", r + 1, added, wall / 1e6, th / 1e6, th / 1e3 / n, cpu / 1e6);
            }
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
