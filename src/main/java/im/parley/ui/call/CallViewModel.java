package im.parley.ui.call;

import im.parley.client.call.Call;
import im.parley.client.call.CallEnd;
import im.parley.client.call.CallStatistics;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The call window's state: where the call is (calling, connecting, its duration, ended), mute,
 * camera and video, whether the peer is speaking, the connection's quality and its details.
 * {@link #poll} reads the call's figures on the calling thread (the window's timer runs it off the
 * UI thread) and hands the result to the UI executor.
 */
public final class CallViewModel {
    /** Louder than this (RFC 6464 -dBov) counts as speaking: speech sits around -20 to -40, silence at -127. */
    static final int SPEAKING_LEVEL = 50;

    private final CallHandle call;
    private final Executor ui;
    private final LongSupplier nanoClock;
    private final String peerName;
    private volatile long connectedAt = -1;
    private final ReadOnlyObjectWrapper<Call.State> state;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper muted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper cameraOn = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper video = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper videoChanging = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper speaking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<CallQuality> quality = new ReadOnlyObjectWrapper<>(CallQuality.UNKNOWN);
    private final ReadOnlyStringWrapper transport = new ReadOnlyStringWrapper("—");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice;
    private final ReadOnlyBooleanWrapper ended = new ReadOnlyBooleanWrapper();
    private final boolean hasCamera;
    /** The camera was unplugged during the call: it cannot be switched on again. */
    private boolean cameraGone;

    /**
     * @param hasCamera whether a camera shows the user; without, the camera cannot be switched
     * @param notice what the user should know from the start, e.g. that no microphone was found; null for none
     */
    public CallViewModel(CallHandle call, String peerName, boolean hasCamera, String notice, Executor ui,
                         LongSupplier nanoClock) {
        this.call = call;
        this.hasCamera = hasCamera;
        this.peerName = peerName;
        this.ui = ui;
        this.nanoClock = nanoClock;
        this.notice = new ReadOnlyStringWrapper(notice == null ? "" : notice);
        this.state = new ReadOnlyObjectWrapper<>(call.state());
        status.set(statusText(call.state(), call.isIncoming(), 0));
        video.set(call.hasVideo());
        call.connected().thenRun(() -> {
            connectedAt = nanoClock.getAsLong();
            poll();
        });
        call.ended().thenAccept(end -> ui.execute(() -> endedWith(end)));
    }

    public String peerName() {
        return peerName;
    }

    public boolean hasCamera() {
        return hasCamera;
    }

    /** Reads the call's figures now and shows them; any thread. */
    public void poll() {
        Call.State now = call.state();
        if (now == Call.State.ENDED) {
            return;
        }
        boolean hasVideo = call.hasVideo();
        int level = call.peerAudioLevel();
        CallStatistics figures = call.statistics();
        String path = transportText(call.transport(), figures);
        long since = connectedAt;
        long seconds = since < 0 ? 0 : (nanoClock.getAsLong() - since) / 1_000_000_000L;
        ui.execute(() -> {
            if (ended.get()) {
                return;
            }
            state.set(now);
            status.set(statusText(now, call.isIncoming(), seconds));
            video.set(hasVideo);
            speaking.set(level >= 0 && level <= SPEAKING_LEVEL);
            quality.set(now == Call.State.ACTIVE ? CallQuality.of(figures) : CallQuality.UNKNOWN);
            transport.set(path);
            details.set(detailsText(path, figures));
        });
    }

    public void toggleMute() {
        boolean mute = !muted.get();
        muted.set(mute);
        call.mute(mute);
    }

    public void toggleCamera() {
        if (!hasCamera || cameraGone) {
            return;
        }
        boolean on = !cameraOn.get();
        cameraOn.set(on);
        call.camera(on);
    }

    /** Adds video to a voice call, or removes it from a video call; voice goes on either way. */
    public void toggleVideo() {
        if (videoChanging.get()) {
            return;
        }
        if (video.get()) {
            call.removeVideo();
            video.set(false);
            return;
        }
        videoChanging.set(true);
        notice.set("");
        call.addVideo().whenComplete((ok, failure) -> ui.execute(() -> {
            videoChanging.set(false);
            if (failure != null) {
                notice.set(peerName + " did not take video; the call goes on with voice.");
            } else {
                video.set(true);
                cameraOn.set(true);
            }
        }));
    }

    public void hangUp() {
        call.hangUp();
    }

    /** A microphone or speaker went away and the call moved on: {@code sentence} tells the user how. Any thread. */
    public void deviceLost(String sentence) {
        ui.execute(() -> notice.set(sentence));
    }

    /** The camera went away: the other side sees a dark picture from now on, and the user is told. Any thread. */
    public void cameraLost(String sentence) {
        ui.execute(() -> {
            cameraGone = true;
            cameraOn.set(false);
            call.camera(false);
            notice.set(sentence);
        });
    }

    private void endedWith(CallEnd end) {
        ended.set(true);
        state.set(Call.State.ENDED);
        speaking.set(false);
        status.set(endText(end));
    }

    static String statusText(Call.State state, boolean incoming, long seconds) {
        switch (state) {
            case PROPOSED:
                return incoming ? "Incoming call…" : "Calling…";
            case RINGING:
                return incoming ? "Incoming call…" : "Ringing…";
            case CONNECTING:
                return "Connecting…";
            case ACTIVE:
                return duration(seconds);
            default:
                return "Call ended";
        }
    }

    static String duration(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    /** How the end reads to a person; the Jingle reason stays in the details. */
    static String endText(CallEnd end) {
        switch (end.condition()) {
            case SUCCESS:
                return "Call ended";
            case DECLINE:
                return end.byPeer() ? "Declined" : "You declined";
            case BUSY:
                return "Busy";
            case TIMEOUT:
                return "No answer";
            case CANCEL:
                return end.byPeer() ? "The caller hung up" : "Call cancelled";
            case CONNECTIVITY_ERROR:
            case FAILED_TRANSPORT:
                return "Could not connect";
            case SECURITY_ERROR:
                return "Could not secure the call";
            default:
                return "Call failed (" + end.reason() + ")";
        }
    }

    /** Direct, relayed through a TURN server, or Raw UDP; a dash before media is prepared. */
    static String transportText(String transport, CallStatistics s) {
        if (transport == null) {
            return "—";
        }
        if (transport.equals("raw-udp")) {
            return "Raw UDP";
        }
        if ("relay".equals(s.localCandidate()) || "relay".equals(s.remoteCandidate())) {
            return "Relayed (TURN)";
        }
        return s.localCandidate() == null ? "—" : "Direct";
    }

    static String detailsText(String path, CallStatistics s) {
        long expected = s.packetsReceived() + s.packetsLost();
        String loss = expected == 0 ? "—" : String.format(Locale.ROOT, "%.1f %%", 100.0 * s.packetsLost() / expected);
        return "Transport: " + path
                + (s.localCandidate() == null ? "" : ", " + s.localCandidate() + " ↔ " + s.remoteCandidate())
                + "\nCodec: " + s.codec()
                + "\nRound trip: " + (s.rttMs() < 0 ? "—" : s.rttMs() + " ms")
                + "\nLoss: " + loss
                + "\nJitter: " + String.format(Locale.ROOT, "%.1f ms", s.jitterMs())
                + "\nPackets: " + s.packetsSent() + " sent, " + s.packetsReceived() + " received"
                + (s.setupMillis() < 0 ? "" : "\nSet-up: " + s.setupMillis() + " ms");
    }

    public ReadOnlyObjectProperty<Call.State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "Calling…", "Connecting…", the duration, or how it ended. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mutedProperty() {
        return muted.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cameraOnProperty() {
        return cameraOn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty videoProperty() {
        return video.getReadOnlyProperty();
    }

    /** True while video is being added and the peer has not answered. */
    public ReadOnlyBooleanProperty videoChangingProperty() {
        return videoChanging.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty speakingProperty() {
        return speaking.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CallQuality> qualityProperty() {
        return quality.getReadOnlyProperty();
    }

    /** "Direct", "Relayed (TURN)" or "Raw UDP". */
    public ReadOnlyStringProperty transportProperty() {
        return transport.getReadOnlyProperty();
    }

    /** The figures behind the quality, one per line. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** Something to tell the user (a missing device, video declined); empty when nothing. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty endedProperty() {
        return ended.getReadOnlyProperty();
    }
}
