package im.parley.ui.call;

import im.parley.client.call.Call;
import im.parley.media.audio.AudioSink;
import im.parley.media.audio.AudioSource;
import im.parley.media.video.VideoSource;
import im.parley.client.call.CallEnd;
import im.parley.client.call.CallMedia;
import im.parley.client.call.CallStatistics;
import java.util.concurrent.CompletableFuture;

/** The account's call with the devices the app opened for it; the devices close when the call ends. */
final class LiveCall implements CallHandle, DeviceFallback.Switch {
    private final Call call;
    private final VideoSource camera;
    private final VideoFrames peerVideo;

    /** @param camera what the call sends as video when it has any, also in the own preview */
    LiveCall(Call call, VideoSource camera, VideoFrames peerVideo, CallMedia devices) {
        this.call = call;
        this.camera = camera;
        this.peerVideo = peerVideo;
        call.ended().whenComplete((end, failure) -> devices.closeDevices());
    }

    @Override
    public boolean isIncoming() {
        return call.isIncoming();
    }

    @Override
    public Call.State state() {
        return call.state();
    }

    @Override
    public boolean hasVideo() {
        return call.hasVideo();
    }

    @Override
    public int peerAudioLevel() {
        return call.peerAudioLevel();
    }

    @Override
    public CallStatistics statistics() {
        return call.statistics();
    }

    @Override
    public String transport() {
        return call.transport();
    }

    @Override
    public CompletableFuture<Void> connected() {
        return call.connected();
    }

    @Override
    public CompletableFuture<CallEnd> ended() {
        return call.ended();
    }

    @Override
    public void mute(boolean mute) {
        call.mute(mute);
    }

    @Override
    public void camera(boolean on) {
        call.camera(on);
    }

    @Override
    public CompletableFuture<Void> addVideo() {
        return call.addVideo(camera, peerVideo);
    }

    @Override
    public void removeVideo() {
        call.removeVideo();
    }

    @Override
    public void hangUp() {
        call.hangUp();
    }

    /** The device replaced is closed with the call's other devices, when it ends. */
    @Override
    public void microphone(AudioSource next) {
        call.switchMicrophone(next);
    }

    @Override
    public void speaker(AudioSink next) {
        call.switchSpeaker(next);
    }
}
