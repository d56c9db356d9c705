package im.parley.client.call;

import im.parley.media.KeyFrameCounters;
import im.parley.media.MediaLeg;
import im.parley.media.CallCounters;
import im.parley.media.audio.AudioSink;
import im.parley.media.audio.AudioSource;
import im.parley.media.video.VideoSink;
import im.parley.media.video.VideoSource;
import im.parley.media.audio.SwitchableAudioSink;
import im.parley.media.audio.SwitchableAudioSource;
import im.parley.media.ice.IcePath;
import im.parley.xmpp.ext.jingle.JingleSession;
import im.parley.xmpp.jid.Jid;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One voice call, placed or received. Its controls are safe from any thread; the work happens on
 * the call service's own thread, so the state below changes in one place only.
 */
public final class Call {
    /** PROPOSED: we asked the contact's devices (XEP-0353); RINGING: a device rings; ACTIVE: media flows. */
    public enum State { PROPOSED, RINGING, CONNECTING, ACTIVE, ENDED }

    private final CallService service;
    private final String id;
    private final boolean incoming;
    private final CompletableFuture<Void> connected = new CompletableFuture<>();
    private final CompletableFuture<CallEnd> ended = new CompletableFuture<>();
    private final long startNanos = System.nanoTime();
    /** The RTCP canonical name of our sources in this call (XEP-0339): random, so it reveals nothing (RFC 7022). */
    final String cname = UUID.randomUUID().toString();

    // Touched only on the call service's thread.
    volatile Jid peer;
    volatile State state;
    MediaLeg media;
    /** What the media reads and writes; the devices behind them change with the switch methods. */
    SwitchableAudioSource microphone;
    SwitchableAudioSink speaker;
    JingleSession session;
    CallOffer.RemoteMedia remote;
    volatile MediaLeg video;
    CallOffer.RemoteMedia videoRemote;
    /** The content names the peer's session-initiate offered to bundle (XEP-0338); empty when none. */
    List<String> offeredBundle = List.of();
    /** The peer's camera offered in a running call, until accepted or declined. */
    CallOffer.RemoteMedia videoOffer;
    /** Our camera offered in a running call, until the peer answers. */
    CompletableFuture<Void> videoAdded;
    volatile boolean offersVideo;
    /** Whether video was offered at any time in the call, for its record in the history. */
    volatile boolean offeredVideoEver;
    /** The devices given at call or accept, kept to build the legs again for another transport. */
    VideoSource camera;
    VideoSink screen;
    boolean viaMessageInitiation;
    volatile long connectedNanos;
    final Instant startedAt = Instant.now();
    /** When media first flowed; null until then. */
    volatile Instant answeredAt;
    /** The figures at the moment the call ended, kept after its media is closed. */
    volatile CallStatistics finalStatistics;

    Call(CallService service, String id, Jid peer, boolean incoming, State state) {
        this.service = service;
        this.id = id;
        this.peer = peer;
        this.incoming = incoming;
        this.state = state;
    }

    void offersVideo(boolean offers) {
        offersVideo = offers;
        offeredVideoEver |= offers;
    }

    /** The Jingle sid, also the XEP-0353 id. */
    public String id() {
        return id;
    }

    /** The other party: a bare JID while an outgoing call is proposed, the answering device's full JID after. */
    public Jid peer() {
        return peer;
    }

    public boolean isIncoming() {
        return incoming;
    }

    public State state() {
        return state;
    }

    /** Completes when media flows encrypted (ICE done, DTLS fingerprint matched). */
    public CompletableFuture<Void> connected() {
        return connected;
    }

    /** Completes when the call is over, however it ended; its media is released right after, on the call thread. */
    public CompletableFuture<CallEnd> ended() {
        return ended;
    }

    /** Answers a ringing call with this microphone and speaker (voice only, also when video was offered). */
    public void accept(AudioSource microphone, AudioSink speaker) {
        service.accept(this, microphone, speaker, null, null);
    }

    /** Answers with video too, if the caller offered it; {@code screen} shows what the caller's camera sends. */
    public void accept(AudioSource microphone, AudioSink speaker, VideoSource camera, VideoSink screen) {
        service.accept(this, microphone, speaker, camera, screen);
    }

    /** "raw-udp" (XEP-0177) or "ice-udp" (XEP-0176): how the media travels; null before media is prepared. */
    public String transport() {
        MediaLeg m = media;
        return m == null ? null : m.isRawUdp() ? "raw-udp" : "ice-udp";
    }

    /** Whether the call carries (or, while ringing, offers) video. */
    public boolean hasVideo() {
        State now = state;
        return now != State.ENDED && offersVideo && (now == State.RINGING || now == State.PROPOSED || video != null);
    }

    /**
     * How loud the peer is right now, from the level in its packets (RFC 6464): -dBov, 0 loudest,
     * 127 silence; -1 before its first packet or when the peer does not send levels.
     */
    public int peerAudioLevel() {
        MediaLeg leg = media;
        return leg == null ? -1 : leg.peerAudioLevel();
    }

    /** Whether the video shares the voice's transport (XEP-0338 BUNDLE): one ICE path, one DTLS session. */
    public boolean isBundled() {
        MediaLeg leg = video;
        return leg != null && leg.isBundled();
    }

    /** Keyframes sent and asked for (XEP-0293 PLI/FIR) while the video runs; all zero without video. */
    public KeyFrameCounters videoKeyFrames() {
        MediaLeg leg = video;
        return leg == null ? new KeyFrameCounters(0, 0, 0) : leg.keyFrameCounters();
    }

    public void reject() {
        service.reject(this);
    }

    /**
     * Offers video in a running voice call (XEP-0166 content-add). Completes when the peer accepted
     * and pictures flow both ways; fails when the peer declines or the video cannot connect.
     */
    public CompletableFuture<Void> addVideo(VideoSource camera, VideoSink screen) {
        CompletableFuture<Void> started = new CompletableFuture<>();
        service.onCallThread(() -> service.videoUpgrade().add(this, camera, screen, started));
        return started;
    }

    /** Takes the video the peer offered in the running call, sending ours back. */
    public void acceptVideo(VideoSource camera, VideoSink screen) {
        service.onCallThread(() -> service.videoUpgrade().accept(this, camera, screen));
    }

    /** Declines the video the peer offered; the call goes on with voice. */
    public void rejectVideo() {
        service.onCallThread(() -> service.videoUpgrade().reject(this));
    }

    /** Stops the video both ways (content-remove); the voice goes on. */
    public void removeVideo() {
        service.onCallThread(() -> service.videoUpgrade().remove(this));
    }

    public void hangUp() {
        service.hangUp(this);
    }

    public void mute(boolean mute) {
        service.mute(this, mute);
    }

    /** Switches the camera off (black frames go out; the far end's video still shows) or on again. */
    public void camera(boolean on) {
        service.camera(this, on);
    }

    public void hold(boolean hold) {
        service.hold(this, hold);
    }

    /**
     * Puts another microphone behind the call without touching its stream. Completes with the one
     * replaced, for the caller to close; fails with {@link CallEndedException} once the call is
     * over, or {@link IllegalStateException} before it has devices (an incoming call not yet accepted).
     */
    public CompletableFuture<AudioSource> switchMicrophone(AudioSource microphone) {
        return service.switchDevice(this, () -> this.microphone.switchTo(microphone));
    }

    /** Puts another speaker behind the call without touching its stream; as {@link #switchMicrophone}. */
    public CompletableFuture<AudioSink> switchSpeaker(AudioSink speaker) {
        return service.switchDevice(this, () -> this.speaker.switchTo(speaker));
    }

    /** Figures so far; zeros before media starts; after the end, the figures at the end. */
    public CallStatistics statistics() {
        CallStatistics last = finalStatistics;
        if (last != null) {
            return last;
        }
        MediaLeg m = media;
        CallCounters counters = m == null ? new CallCounters(0, 0, 0, 0, -1) : m.counters();
        IcePath path = m == null ? null : m.path();
        long setup = connectedNanos == 0 ? -1 : (connectedNanos - startNanos) / 1_000_000;
        return CallStatistics.opus(setup, path == null ? null : path.localType().wire(),
                path == null ? null : path.remoteType().wire(), counters);
    }

    @Override
    public String toString() {
        return "Call[" + id + " " + (incoming ? "from " : "to ") + peer + " " + state + "]";
    }
}
