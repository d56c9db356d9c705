package im.parley.ui.call;

import im.parley.client.call.Call;
import im.parley.client.call.CallEnd;
import im.parley.client.call.CallStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A call as plain values, for the call window's view-model and view tests and benchmarks; records what it was told. */
public final class FakeCallHandle implements CallHandle {
    volatile Call.State state = Call.State.PROPOSED;
    volatile int level = -1;
    volatile String transport;
    volatile boolean video;
    volatile CallStatistics statistics = new CallStatistics(-1, "opus", null, null, 0, 0, 0, 0, -1);
    final CompletableFuture<Void> connected = new CompletableFuture<>();
    final CompletableFuture<CallEnd> ended = new CompletableFuture<>();
    CompletableFuture<Void> videoAnswer = new CompletableFuture<>();
    final List<String> commands = new ArrayList<>();

    @Override
    public boolean isIncoming() {
        return false;
    }

    @Override
    public Call.State state() {
        return state;
    }

    /** A video call under way over a direct path, the peer speaking. */
    public static FakeCallHandle activeVideoCall() {
        FakeCallHandle call = new FakeCallHandle();
        call.state = Call.State.ACTIVE;
        call.video = true;
        call.level = 30;
        call.transport = "ice-udp";
        call.statistics = new CallStatistics(130, "opus", "host", "host", 3000, 2990, 0, 1.5, 12);
        call.connected.complete(null);
        return call;
    }

    @Override
    public boolean hasVideo() {
        return video;
    }

    @Override
    public int peerAudioLevel() {
        return level;
    }

    @Override
    public CallStatistics statistics() {
        return statistics;
    }

    @Override
    public String transport() {
        return transport;
    }

    @Override
    public CompletableFuture<Void> connected() {
        return connected;
    }

    @Override
    public CompletableFuture<CallEnd> ended() {
        return ended;
    }

    @Override
    public void mute(boolean mute) {
        commands.add("mute " + mute);
    }

    @Override
    public void camera(boolean on) {
        commands.add("camera " + on);
    }

    @Override
    public CompletableFuture<Void> addVideo() {
        commands.add("addVideo");
        return videoAnswer;
    }

    @Override
    public void removeVideo() {
        commands.add("removeVideo");
    }

    @Override
    public void hangUp() {
        commands.add("hangUp");
    }
}
