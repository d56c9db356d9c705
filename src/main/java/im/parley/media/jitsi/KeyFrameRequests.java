package im.parley.media.jitsi;

import im.parley.media.KeyFrameRequest;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jitsi.impl.neomedia.rtcp.RTCPReceiverFeedbackTermination;
import org.jitsi.impl.neomedia.transform.TransformEngine;
import org.jitsi.impl.neomedia.transform.TransformEngineChain;
import org.jitsi.service.neomedia.MediaStream;
import org.jitsi.service.neomedia.RawPacket;
import org.jitsi.service.neomedia.TransmissionFailedException;

/**
 * Keyframe requests of one video stream, both ways. A PLI (RFC 4585 §6.3.1) or FIR (RFC 5104
 * §4.3.1) from the peer for our stream makes our encoder send a keyframe; when our decoder cannot
 * go on, we send the request the peer agreed to, at most once per {@link #MIN_INTERVAL_NANOS}.
 * It sees RTCP right after SRTCP decryption; what it sends is injected into the stream's
 * transform chain behind libjitsi's feedback termination (which drops receiver reports from
 * compound packets) and is encrypted on its way out.
 */
final class KeyFrameRequests {
    private static final Logger LOG = Logger.getLogger(KeyFrameRequests.class.getName());
    /** A keyframe takes about a round trip to arrive: asking again sooner only adds keyframes. */
    static final long MIN_INTERVAL_NANOS = 300_000_000L;
    private static final int RTCP_RR = 201;
    private static final int RTCP_PSFB = 206;
    private static final int FMT_PLI = 1;
    private static final int FMT_FIR = 4;
    private static final int RTCP_HEADER = 4;

    private final Vp8Encoder encoder;
    private final long localSsrc;
    private final AtomicLong requestsSent = new AtomicLong();
    private final AtomicLong requestsReceived = new AtomicLong();
    private volatile MediaStream stream;
    private volatile KeyFrameRequest method = KeyFrameRequest.NONE;
    private long lastRequestNanos;
    private int firSequence;
    private int lastFirSequenceReceived = -1;

    /** {@code localSsrc}: the SSRC our video goes out with, which a request for it names. */
    KeyFrameRequests(Vp8Encoder encoder, long localSsrc) {
        this.encoder = encoder;
        this.localSsrc = localSsrc;
    }

    void attach(MediaStream mediaStream) {
        this.stream = mediaStream;
    }

    /** What the peer accepts (XEP-0293 negotiation); NONE until told. */
    void method(KeyFrameRequest agreed) {
        this.method = agreed;
    }

    long requestsSent() {
        return requestsSent.get();
    }

    long requestsReceived() {
        return requestsReceived.get();
    }

    /** Our decoder needs a keyframe; called on libjitsi's receive thread. */
    void keyFrameNeeded() {
        MediaStream current = stream;
        KeyFrameRequest agreed = method;
        if (current == null || agreed == KeyFrameRequest.NONE) {
            return;
        }
        long remote = current.getRemoteSourceID();
        byte[] packet;
        synchronized (this) {
            long now = System.nanoTime();
            if (remote == -1 || (requestsSent.get() > 0 && now - lastRequestNanos < MIN_INTERVAL_NANOS)) {
                return;
            }
            lastRequestNanos = now;
            packet = agreed == KeyFrameRequest.PLI ? pli(localSsrc, remote) : fir(localSsrc, remote, firSequence++ & 0xFF);
        }
        try {
            current.injectPacket(new RawPacket(packet, 0, packet.length), false, feedbackTermination(current));
            requestsSent.incrementAndGet();
        } catch (TransmissionFailedException e) {
            LOG.log(Level.FINE, "keyframe request not sent", e);
        }
    }

    /** libjitsi's feedback termination in the chain, or null: what is injected after it passes it by. */
    private static TransformEngine feedbackTermination(MediaStream current) {
        TransformEngineChain chain = current.getTransformEngineChain();
        if (chain == null) {
            return null;
        }
        for (TransformEngine engine : chain.getEngineChain()) {
            if (engine instanceof RTCPReceiverFeedbackTermination) {
                return engine;
            }
        }
        return null;
    }

    /** An empty receiver report first: RTCP must be compound unless reduced size was agreed (RFC 5506). */
    static byte[] pli(long sender, long media) {
        byte[] b = new byte[20];
        emptyReceiverReport(b, sender);
        header(b, 8, FMT_PLI, 2);
        putInt(b, 12, sender);
        putInt(b, 16, media);
        return b;
    }

    static byte[] fir(long sender, long media, int sequence) {
        byte[] b = new byte[28];
        emptyReceiverReport(b, sender);
        header(b, 8, FMT_FIR, 4);
        putInt(b, 12, sender);
        putInt(b, 20, media);
        b[24] = (byte) sequence;
        return b;
    }

    private static void emptyReceiverReport(byte[] b, long sender) {
        b[0] = (byte) 0x80;
        b[1] = (byte) RTCP_RR;
        b[3] = 1;
        putInt(b, 4, sender);
    }

    private static void header(byte[] b, int at, int fmt, int lengthWords) {
        b[at] = (byte) (0x80 | fmt);
        b[at + 1] = (byte) RTCP_PSFB;
        b[at + 3] = (byte) lengthWords;
    }

    private static void putInt(byte[] b, int at, long value) {
        b[at] = (byte) (value >>> 24);
        b[at + 1] = (byte) (value >>> 16);
        b[at + 2] = (byte) (value >>> 8);
        b[at + 3] = (byte) value;
    }

    private static long getInt(byte[] b, int at) {
        return ((b[at] & 0xFFL) << 24) | ((b[at + 1] & 0xFFL) << 16) | ((b[at + 2] & 0xFFL) << 8) | (b[at + 3] & 0xFFL);
    }

    /**
     * Looks at each decrypted compound RTCP packet for a PLI naming our stream, or a FIR entry
     * naming it with a sequence number not seen before (a repeated FIR is the same request), and
     * takes every PLI and FIR out: libjitsi's video feedback termination, next in the chain, would
     * hand them to an RTP translator we do not have and fail.
     */
    RawPacket[] incomingRtcp(RawPacket[] packets) {
        for (int i = 0; i < packets.length; i++) {
            RawPacket p = packets[i];
            if (p == null) {
                continue;
            }
            int before = p.getLength();
            int after = takeOutKeyFrameRequests(p.getBuffer(), p.getOffset(), before, localSsrc);
            if (after != before) {
                p.setLength(after);
                if (after == 0) {
                    packets[i] = null;
                }
            }
        }
        return packets;
    }

    /** Returns the compound packet's new length, the keyframe requests removed in place. */
    int takeOutKeyFrameRequests(byte[] b, int offset, int length, long local) {
        int end = offset + length;
        int at = offset;
        int kept = offset;
        boolean asked = false;
        while (at + RTCP_HEADER <= end && (b[at] & 0xC0) == 0x80) {
            int fmt = b[at] & 0x1F;
            int type = b[at + 1] & 0xFF;
            int size = (((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF)) * 4 + RTCP_HEADER;
            if (at + size > end) {
                break;
            }
            boolean request = type == RTCP_PSFB && (fmt == FMT_PLI || fmt == FMT_FIR);
            if (request && fmt == FMT_PLI && size >= 12) {
                asked |= getInt(b, at + 8) == local;
            } else if (request) {
                for (int entry = at + 12; entry + 8 <= at + size; entry += 8) {
                    int sequence = b[entry + 4] & 0xFF;
                    if (getInt(b, entry) == local && sequence != lastFirSequenceReceived) {
                        lastFirSequenceReceived = sequence;
                        asked = true;
                    }
                }
            }
            if (!request) {
                System.arraycopy(b, at, b, kept, size);
                kept += size;
            }
            at += size;
        }
        if (asked) {
            requestsReceived.incrementAndGet();
            encoder.requestKeyFrame();
        }
        if (at < end) {
            System.arraycopy(b, at, b, kept, end - at);
            kept += end - at;
        }
        return kept - offset;
    }
}
