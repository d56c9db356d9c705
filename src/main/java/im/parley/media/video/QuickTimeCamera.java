package im.parley.media.video;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.jitsi.impl.neomedia.quicktime.CVImageBuffer;
import org.jitsi.impl.neomedia.quicktime.CVPixelBuffer;
import org.jitsi.impl.neomedia.quicktime.CVPixelBufferAttributeKey;
import org.jitsi.impl.neomedia.quicktime.CVPixelFormatType;
import org.jitsi.impl.neomedia.quicktime.NSErrorException;
import org.jitsi.impl.neomedia.quicktime.NSMutableDictionary;
import org.jitsi.impl.neomedia.quicktime.QTCaptureDecompressedVideoOutput;
import org.jitsi.impl.neomedia.quicktime.QTCaptureDevice;
import org.jitsi.impl.neomedia.quicktime.QTCaptureDeviceInput;
import org.jitsi.impl.neomedia.quicktime.QTCaptureSession;
import org.jitsi.impl.neomedia.quicktime.QTMediaType;
import org.jitsi.impl.neomedia.quicktime.QTSampleBuffer;

/**
 * A macOS camera through libjitsi's JNI binding of the system's capture API (its Maven jar ships
 * {@code libjnquicktime.dylib} for Intel and Apple silicon): a capture session whose output is
 * asked for planar 4:2:0 (I420) frames at the call's size, so the system converts and scales; each
 * frame copied out in the output's delegate and handed over by {@link LatestFrame}. Cameras are
 * told apart by their unique ids. Written against the binding's API only: no Mac has run it.
 */
final class QuickTimeCamera extends PushingCamera {
    private static final Logger LOG = Logger.getLogger(QuickTimeCamera.class.getName());

    private final QTCaptureDevice device;
    private final QTCaptureSession session = new QTCaptureSession();
    private final QTCaptureDecompressedVideoOutput output = new QTCaptureDecompressedVideoOutput();
    private final int frameBytes;

    private QuickTimeCamera(QTCaptureDevice device, int width, int height, int frameRate) {
        super(width, height, frameRate);
        this.device = device;
        this.frameBytes = I420.frameBytes(width, height);
    }

    /** The cameras connected now, as {@link Cameras.Camera}s keyed by unique id. */
    static List<Cameras.Camera> list() {
        List<Cameras.Camera> cameras = new ArrayList<>();
        QTCaptureDevice[] devices = QTCaptureDevice.inputDevicesWithMediaType(QTMediaType.Video);
        if (devices != null) {
            for (QTCaptureDevice device : devices) {
                cameras.add(new Cameras.Camera(device.uniqueID(), device.localizedDisplayName()));
            }
        }
        return cameras;
    }

    /**
     * Opens the camera with unique id {@code id}, its frames delivered at {@code width} x
     * {@code height} (even); empty when no such camera is connected.
     */
    static Optional<Cameras.Capture> open(String id, int width, int height, int frameRate) throws IOException {
        QTCaptureDevice device = QTCaptureDevice.deviceWithUniqueID(id);
        if (device == null) {
            return Optional.empty();
        }
        QuickTimeCamera camera = new QuickTimeCamera(device, width, height, frameRate);
        try {
            camera.start();
            return Optional.of(camera);
        } catch (NSErrorException e) {
            camera.close();
            throw new IOException("the camera " + device.localizedDisplayName() + " does not start: " + e.getError(), e);
        } catch (IOException | RuntimeException e) {
            camera.close();
            throw e;
        }
    }

    private void start() throws NSErrorException, IOException {
        if (!device.open()) {
            throw new IOException("the camera " + device.localizedDisplayName() + " cannot be opened (in use, or not allowed)");
        }
        if (!session.addInput(QTCaptureDeviceInput.deviceInputWithDevice(device))) {
            throw new IOException("the camera " + device.localizedDisplayName() + " cannot be added to a capture session");
        }
        NSMutableDictionary attributes = new NSMutableDictionary();
        attributes.setIntForKey(CVPixelFormatType.kCVPixelFormatType_420YpCbCr8Planar,
                CVPixelBufferAttributeKey.kCVPixelBufferPixelFormatTypeKey);
        attributes.setIntForKey(width, CVPixelBufferAttributeKey.kCVPixelBufferWidthKey);
        attributes.setIntForKey(height, CVPixelBufferAttributeKey.kCVPixelBufferHeightKey);
        output.setPixelBufferAttributes(attributes);
        output.setAutomaticallyDropsLateVideoFrames(true);
        device.setVideoMinFrameDuration(1.0 / frameRate());
        output.setDelegate(new QTCaptureDecompressedVideoOutput.Delegate() {
            @Override
            public void outputVideoFrameWithSampleBuffer(CVImageBuffer frame, QTSampleBuffer sample) {
                frame(frame);
            }
        });
        if (!session.addOutput(output)) {
            throw new IOException("the camera's pictures cannot be taken from its capture session");
        }
        session.startRunning();
    }

    /** The output's delegate, on the system's capture thread. */
    private void frame(CVImageBuffer frame) {
        if (closed() || !(frame instanceof CVPixelBuffer pixels)) {
            return;
        }
        if (pixels.getWidth() != width || pixels.getHeight() != height) {
            LOG.fine(() -> "a " + pixels.getWidth() + "x" + pixels.getHeight() + " frame from the camera is skipped");
            return;
        }
        byte[] bytes = pixels.getBytes();
        if (bytes == null || bytes.length < frameBytes) {
            LOG.fine(() -> "a short frame from the camera is skipped");
            return;
        }
        frames.put(i420 -> System.arraycopy(bytes, 0, i420, 0, frameBytes));
    }

    @Override
    protected void release() {
        session.stopRunning();
        output.setDelegate(null);
        session.close();
        device.close();
    }
}
