package org.jitsi.impl.neomedia.transform.dtls;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jitsi.service.neomedia.RawPacket;

/**
 * The timing of RTCP sender reports, both ways (RFC 3550 §6.4.1), from the moments packets really
 * cross the wire. FMJ stamps a sender report with an NTP time taken up to hundreds of milliseconds
 * before it goes out (and without the 1900 epoch), so a round trip computed from that stamp was
 * noise (20-480 ms on loopback). Here the time each of our reports leaves is noted by its compact
 * NTP stamp, and a report block echoing that stamp gives the round trip as arrival - departure -
 * DLSR; our own blocks get their DLSR from the true arrival of the peer's report. Sees RTCP in
 * clear: incoming after SRTCP decryption, outgoing just before encryption.
 */
final class ReportTimes {
    private static final int SR = 200;
    private static final int RR = 201;
    private static final int HEADER = 8;
    private static final int SENDER_INFO = 20;
    private static final int BLOCK = 24;
    /** Enough for any call's sources and recent reports; a peer cycling SSRCs cannot grow them. */
    private static final int MAX_ENTRIES = 64;

    /** For a source: the compact NTP stamp of its last sender report, and when that report came. */
    private record LastReport(long compactNtp, long arrivalNanos) {
    }

    private final Map<Long, LastReport> lastReports = new ConcurrentHashMap<>();
    /** When each of our recent sender reports left, by its compact NTP stamp (what the peer echoes as LSR). */
    private final Map<Long, Long> departures = new ConcurrentHashMap<>();
    private volatile long roundTripMillis = -1;

    /** The latest round trip in ms, or -1 before the peer's first report block about one of ours. */
    long roundTripMillis() {
        return roundTripMillis;
    }

    /** Notes when the peer's sender reports arrive, and takes the round trip from its report blocks. */
    RawPacket[] received(RawPacket[] packets) {
        long now = System.nanoTime();
        forEachPacket(packets, (b, at, type, size) -> {
            if (type == SR && size >= HEADER + SENDER_INFO) {
                long ssrc = getInt(b, at + 4);
                if (lastReports.size() < MAX_ENTRIES || lastReports.containsKey(ssrc)) {
                    lastReports.put(ssrc, new LastReport(compactNtp(b, at), now));
                }
            }
            forEachBlock(b, at, type, size, block -> {
                Long departed = departures.get(getInt(b, block + 16));
                if (departed != null) {
                    long heldNanos = getInt(b, block + 20) * 1_000_000_000L / 65536;
                    long rtt = (now - departed - heldNanos) / 1_000_000;
                    if (rtt >= 0) {
                        roundTripMillis = rtt;
                    }
                }
            });
        });
        return packets;
    }

    /** Notes when our sender reports leave, and sets the DLSR of blocks about reports we noted. */
    RawPacket[] sending(RawPacket[] packets) {
        long now = System.nanoTime();
        forEachPacket(packets, (b, at, type, size) -> {
            if (type == SR && size >= HEADER + SENDER_INFO) {
                if (departures.size() >= MAX_ENTRIES) {
                    departures.clear();
                }
                departures.put(compactNtp(b, at), now);
            }
            forEachBlock(b, at, type, size, block -> {
                LastReport last = lastReports.get(getInt(b, block));
                long lsr = getInt(b, block + 16);
                if (last != null && lsr != 0 && lsr == last.compactNtp()) {
                    putInt(b, block + 20, (now - last.arrivalNanos()) * 65536 / 1_000_000_000L);
                }
            });
        });
        return packets;
    }

    private interface PacketVisitor {
        void visit(byte[] buffer, int offset, int type, int size);
    }

    private interface BlockVisitor {
        void visit(int blockOffset);
    }

    /** Each RTCP packet inside these compound packets (which may be null); a malformed one ends its compound. */
    private static void forEachPacket(RawPacket[] packets, PacketVisitor visitor) {
        if (packets == null) {
            return;
        }
        for (RawPacket p : packets) {
            if (p == null) {
                continue;
            }
            byte[] b = p.getBuffer();
            int at = p.getOffset();
            int end = at + p.getLength();
            while (at + 4 <= end && (b[at] & 0xC0) == 0x80) {
                int size = ((((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF)) + 1) * 4;
                if (at + size > end) {
                    break;
                }
                visitor.visit(b, at, b[at + 1] & 0xFF, size);
                at += size;
            }
        }
    }

    /** Each report block of a sender or receiver report that lies wholly inside it. */
    private static void forEachBlock(byte[] b, int at, int type, int size, BlockVisitor visitor) {
        if (type != SR && type != RR) {
            return;
        }
        int count = b[at] & 0x1F;
        int first = at + HEADER + (type == SR ? SENDER_INFO : 0);
        for (int i = 0; i < count && first + (i + 1) * BLOCK <= at + size; i++) {
            visitor.visit(first + i * BLOCK);
        }
    }

    /** The middle 32 bits of a sender report's NTP time: what report blocks echo as LSR. */
    private static long compactNtp(byte[] b, int at) {
        return ((getInt(b, at + 8) & 0xFFFF) << 16) | (getInt(b, at + 12) >>> 16);
    }

    private static long getInt(byte[] b, int at) {
        return ((b[at] & 0xFFL) << 24) | ((b[at + 1] & 0xFFL) << 16) | ((b[at + 2] & 0xFFL) << 8) | (b[at + 3] & 0xFFL);
    }

    private static void putInt(byte[] b, int at, long value) {
        b[at] = (byte) (value >>> 24);
        b[at + 1] = (byte) (value >>> 16);
        b[at + 2] = (byte) (value >>> 8);
        b[at + 3] = (byte) value;
    }
}
