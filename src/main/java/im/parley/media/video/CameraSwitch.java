package im.parley.media.video;

import java.util.Arrays;

/**
 * A camera that can be switched off: then it sends black frames instead of stopping. The VP8
 * stream must not pause, since libjitsi's encoder cannot be asked for a keyframe, and a decoder
 * that missed frames shows nothing until the next one; a black frame costs almost no bits.
 */
public final class CameraSwitch extends ForwardingVideoSource {
    private volatile boolean on = true;

    public CameraSwitch(VideoSource camera) {
        super(camera);
    }

    public void on(boolean cameraOn) {
        on = cameraOn;
    }

    public boolean isOn() {
        return on;
    }

    @Override
    public void read(byte[] i420) {
        if (on) {
            source.read(i420);
        } else {
            int luma = width() * height();
            Arrays.fill(i420, 0, luma, (byte) 16);
            Arrays.fill(i420, luma, I420.frameBytes(width(), height()), (byte) 128);
        }
    }
}
