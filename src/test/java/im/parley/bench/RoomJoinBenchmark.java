package im.parley.bench;

import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.muc.Room;
import im.parley.xmpp.ext.muc.RoomBenchSupport;
import im.parley.xmpp.ext.muc.RoomInfo;
import im.parley.xmpp.ext.occupantid.OccupantId;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.stanza.StanzaFormatException;
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
 * Joining a room of 1,000 occupants: the room's presence replay (each occupant with role,
 * affiliation, real JID, show, status and occupant id, as a non-anonymous Prosody room sends it),
 * then the user's own presence, fed as bytes through {@code XmlStreamParser} in 4 KiB chunks,
 * {@code Stanza.fromXml} and the room's presence handling, until the occupant list is built and
 * the join completes. Also prints the heap each occupant takes once built. Run:
 * {@code mvn -q test-compile exec:exec@jmh -Djmh.args="RoomJoinBenchmark -f 1 -wi 3 -i 5"}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RoomJoinBenchmark {
    static final int OCCUPANTS = 1_000;
    static final int CHUNK = 4096;
    private static final Jid ROOM = Jid.of("busy@conference.example.org");
    private static final RoomInfo INFO = new RoomInfo(ROOM, new DiscoInfo(null,
            List.of(new DiscoInfo.Identity("conference", "text", "Busy", null)),
            List.of("http://jabber.org/protocol/muc", OccupantId.NAMESPACE, RoomInfo.MAM), List.of()));
    private static final String STREAM_OPEN = "<?xml version='1.0'?><stream:stream xmlns='jabber:client'"
            + " xmlns:stream='http://etherx.jabber.org/streams' from='example.org' id='bench'"
            + " to='juliet@example.org/balcony' version='1.0' xml:lang='en'>";

    private byte[] replay;

    @Setup
    public void setUp() {
        StringBuilder sb = new StringBuilder(OCCUPANTS * 420).append(STREAM_OPEN);
        for (int i = 0; i < OCCUPANTS; i++) {
            presence(sb, "occupant" + i, "user" + i + "@example" + (i % 7) + ".org/device" + (i % 3),
                    i % 50 == 0 ? "moderator" : "participant", i % 10 == 0 ? "member" : "none", i % 4 == 0 ? "away" : null,
                    "");
        }
        presence(sb, "juliet", "juliet@example.org/balcony", "participant", "member", null,
                "<status code='100'/><status code='110'/><status code='170'/>");
        sb.append("</stream:stream>");
        replay = sb.toString().getBytes(StandardCharsets.UTF_8);
        System.out.printf("%nreplay: %,d bytes, %d bytes per presence%n", replay.length, replay.length / (OCCUPANTS + 1));
        System.out.printf("heap per occupant: %,d bytes%n", heapPerOccupant());
    }

    private static void presence(StringBuilder sb, String nick, String jid, String role, String affiliation, String show,
                                 String codes) {
        sb.append("<presence from='").append(ROOM).append('/').append(nick).append("' to='juliet@example.org/balcony'>");
        if (show != null) {
            sb.append("<show>").append(show).append("</show><status>back soon</status>");
        }
        sb.append("<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='https://example.org'"
                + " ver='QgayPKawpkPSDYmwT/WM94uAlu0='/>");
        sb.append("<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='").append(affiliation)
                .append("' jid='").append(jid).append("' role='").append(role).append("'/>").append(codes).append("</x>");
        sb.append("<occupant-id xmlns='urn:xmpp:occupant-id:0' id='").append(Integer.toHexString(nick.hashCode()))
                .append("d72603deec90a38ba552f7c68cbcc61bca202cd'/></presence>");
    }

    /** The bytes as the reader gets them, to a room whose join is complete. */
    @Benchmark
    public Room joinThousandOccupants() throws Exception {
        Room room = RoomBenchSupport.joining(ROOM, "juliet", INFO);
        int[] events = new int[1];
        // Each presence is handled as soon as the parser completes it, as the reader would hand it on.
        XmlStreamParser parser = new XmlStreamParser(new XmlStreamParser.Listener() {
            @Override
            public void streamOpened(StreamHeader header) {
            }

            @Override
            public void element(XmlElement e) {
                try {
                    RoomBenchSupport.presence(room, (Presence) Stanza.fromXml(e).orElseThrow(), events);
                } catch (StanzaFormatException ex) {
                    throw new IllegalStateException(ex);
                }
            }

            @Override
            public void streamClosed() {
            }
        }, Limits.defaults());
        for (int off = 0; off < replay.length; off += CHUNK) {
            parser.feed(replay, off, Math.min(CHUNK, replay.length - off));
        }
        if (!room.isJoined() || room.occupantCount() != OCCUPANTS + 1 || events[0] != 1) {
            throw new IllegalStateException("joined " + room.isJoined() + " with " + room.occupantCount());
        }
        return room;
    }

    private long heapPerOccupant() {
        try {
            List<Room> rooms = new ArrayList<>();
            long before = usedAfterGc();
            for (int i = 0; i < 10; i++) {
                rooms.add(joinThousandOccupants());
            }
            long after = usedAfterGc();
            long per = (after - before) / (10L * (OCCUPANTS + 1));
            if (rooms.size() != 10) {
                throw new IllegalStateException();
            }
            return per;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
