package im.parley.bench;

import im.parley.xmpp.im.InMemoryRosterStore;
import im.parley.xmpp.im.Roster;
import im.parley.xmpp.im.RosterBenchSupport;
import im.parley.xmpp.im.RosterManager;
import im.parley.xmpp.im.RosterStore;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.StreamHeader;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 5,000-contact roster from bytes to the applied view, and one versioned push applied to that
 * view, both through the real decoder and view code (RosterManager's path). Run:
 * {@code mvn -q test-compile exec:exec@jmh -Djmh.args="RosterBenchmark -f 1 -wi 3 -i 5"}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RosterBenchmark {
    static final int CONTACTS = 5_000;
    static final int CHUNK = 4096;
    private static final String[] GROUPS = {"Friends", "Family", "Work", "Club", "Neighbours", "School"};
    private static final String STREAM_OPEN = "<?xml version='1.0'?><stream:stream xmlns='jabber:client'"
            + " xmlns:stream='http://etherx.jabber.org/streams' from='example.org' id='bench'"
            + " to='juliet@example.org/balcony' version='1.0' xml:lang='en'>";

    private byte[] fullResult;
    private byte[] push;
    private RosterManager pushed;
    private int version;

    @Setup
    public void setUp() throws Exception {
        StringBuilder sb = new StringBuilder(CONTACTS * 160).append(STREAM_OPEN)
                .append("<iq type='result' id='roster1' to='juliet@example.org/balcony'>")
                .append("<query xmlns='jabber:iq:roster' ver='v").append(CONTACTS).append("'>");
        for (int i = 0; i < CONTACTS; i++) {
            item(sb, i, "both");
        }
        sb.append("</query></iq></stream:stream>");
        fullResult = sb.toString().getBytes(StandardCharsets.UTF_8);
        System.out.printf("%nfull roster: %,d bytes, %d bytes per contact%n", fullResult.length, fullResult.length / CONTACTS);

        // The view the push lands on: seeded through the same push code, without saving each step.
        SwitchableStore store = new SwitchableStore();
        pushed = RosterBenchSupport.pushTarget(store);
        Roster roster = Roster.fromXml(parse(fullResult).get(0).child("query", "jabber:iq:roster").orElseThrow());
        for (var item : roster.items()) {
            RosterBenchSupport.push(pushed, Iq.set(null, XmlElement.builder("query", "jabber:iq:roster")
                    .child(item.toXml()).build()).toBuilder().id("seed").build());
        }
        store.saving = true;
        if (RosterBenchSupport.size(pushed) != CONTACTS) {
            throw new IllegalStateException("seeded " + RosterBenchSupport.size(pushed));
        }
    }

    private static void item(StringBuilder sb, int i, String subscription) {
        sb.append("<item jid='contact").append(i).append("@example").append(i % 7).append(".org' name='Contact ")
                .append(i).append("' subscription='").append(subscription).append("'><group>")
                .append(GROUPS[i % GROUPS.length]).append("</group>");
        if (i % 3 == 0) {
            sb.append("<group>").append(GROUPS[(i + 1) % GROUPS.length]).append("</group>");
        }
        sb.append("</item>");
    }

    /** Bytes to roster view: parse in 4 KiB chunks, decode the stanza and the roster, replace and save. */
    @Benchmark
    public int fullRoster() throws Exception {
        Iq result = (Iq) Stanza.fromXml(parse(fullResult).get(0)).orElseThrow();
        return RosterBenchSupport.applyFullResult(result.query().orElseThrow(), new InMemoryRosterStore());
    }

    /** One pushed item (a rename, with a new version) from bytes to a 5,000-item view, saved. */
    @Benchmark
    public Iq versionedPush() throws Exception {
        int n = ++version;
        StringBuilder sb = new StringBuilder(STREAM_OPEN).append("<iq type='set' id='push").append(n).append("'>")
                .append("<query xmlns='jabber:iq:roster' ver='v").append(CONTACTS + n).append("'>");
        item(sb, n % CONTACTS, "both");
        sb.append("</query></iq>");
        Iq iq = (Iq) Stanza.fromXml(parse(sb.toString().getBytes(StandardCharsets.UTF_8)).get(0)).orElseThrow();
        return RosterBenchSupport.push(pushed, iq);
    }

    private static List<XmlElement> parse(byte[] bytes) throws Exception {
        List<XmlElement> out = new ArrayList<>(1);
        XmlStreamParser parser = new XmlStreamParser(new XmlStreamParser.Listener() {
            @Override
            public void streamOpened(StreamHeader header) {
            }

            @Override
            public void element(XmlElement element) {
                out.add(element);
            }

            @Override
            public void streamClosed() {
            }
        }, Limits.defaults());
        for (int off = 0; off < bytes.length; off += CHUNK) {
            parser.feed(bytes, off, Math.min(CHUNK, bytes.length - off));
        }
        return out;
    }

    /** An in-memory store that ignores saves while the view is being seeded. */
    private static final class SwitchableStore implements RosterStore {
        private final InMemoryRosterStore delegate = new InMemoryRosterStore();
        boolean saving;

        @Override
        public Roster load() {
            return delegate.load();
        }

        @Override
        public void save(Roster roster) {
            if (saving) {
                delegate.save(roster);
            }
        }
    }
}
