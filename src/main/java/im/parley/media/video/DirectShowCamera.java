package im.parley.media.video;

import com.sun.jna.Pointer;
import im.parley.media.video.CaptureFormat.Layout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.jitsi.impl.neomedia.jmfext.media.protocol.directshow.DSCaptureDevice;
import org.jitsi.impl.neomedia.jmfext.media.protocol.directshow.DSFormat;
import org.jitsi.impl.neomedia.jmfext.media.protocol.directshow.DSManager;

/**
 * A Windows camera through DirectShow, with libjitsi's JNI binding (its Maven jar ships
 * {@code jndirectshow.dll}): the device's format nearest 640x480 in a layout {@link ToI420}
 * converts, each sample copied out of the capture graph's buffer with JNA in the sample callback
 * and handed over by {@link LatestFrame}. Cameras are told apart by the names DirectShow gives.
 * Written against the binding's API only: no Windows machine or camera has run it.
 */
final class DirectShowCamera extends PushingCamera {
    private static final Logger LOG = Logger.getLogger(DirectShowCamera.class.getName());

    private final DSManager manager;
    private final DSCaptureDevice device;
    private final CaptureFormat format;
    private final byte[] raw;

    private DirectShowCamera(DSManager manager, DSCaptureDevice device, CaptureFormat format, int frameRate) {
        super(format.width(), format.height(), frameRate);
        this.manager = manager;
        this.device = device;
        this.format = format;
        this.raw = new byte[format.layout().frameBytes(format.width(), format.height())];
    }

    /** The names of the capture devices DirectShow lists now. */
    static List<String> names() {
        DSManager manager = new DSManager();
        try {
            List<String> names = new ArrayList<>();
            for (DSCaptureDevice device : manager.getCaptureDevices()) {
                names.add(device.getName());
            }
            return names;
        } finally {
            manager.dispose();
        }
    }

    /**
     * Opens the camera DirectShow names {@code name}, asking for the format nearest {@code width} x
     * {@code height}; empty when no such camera is connected.
     */
    static Optional<Cameras.Capture> open(String name, int width, int height, int frameRate) throws IOException {
        DSManager manager = new DSManager();
        try {
            DSCaptureDevice device = null;
            for (DSCaptureDevice d : manager.getCaptureDevices()) {
                if (d.getName().equals(name)) {
                    device = d;
                    break;
                }
            }
            if (device == null) {
                manager.dispose();
                return Optional.empty();
            }
            List<CaptureFormat> offered = new ArrayList<>();
            List<DSFormat> nativeFormats = new ArrayList<>();
            for (DSFormat f : device.getSupportedFormats()) {
                layout(f.getPixelFormat()).ifPresent(layout -> {
                    offered.add(new CaptureFormat(layout, f.getWidth(), f.getHeight()));
                    nativeFormats.add(f);
                });
            }
            CaptureFormat chosen = CaptureFormat.best(offered, width, height).orElseThrow(() -> new IOException(
                    name + " offers none of I420, NV12, YUY2, UYVY, RGB24 or RGB32 (MJPEG-only cameras are not supported yet)"));
            device.connect();
            if (device.setFormat(nativeFormats.get(offered.indexOf(chosen))) != DSCaptureDevice.S_OK) {
                device.disconnect();
                throw new IOException(name + " refused the format " + chosen);
            }
            DirectShowCamera camera = new DirectShowCamera(manager, device, chosen, frameRate);
            device.setDelegate(camera::sample);
            if (device.start() != DSCaptureDevice.S_OK) {
                // The manager is disposed below, with the devices it made.
                device.setDelegate(null);
                device.disconnect();
                throw new IOException(name + " does not start capturing");
            }
            return Optional.of(camera);
        } catch (IOException | RuntimeException e) {
            manager.dispose();
            throw e;
        }
    }

    private static Optional<Layout> layout(int pixelFormat) {
        if (pixelFormat == DSFormat.I420) {
            return Optional.of(Layout.PLANAR_I420);
        } else if (pixelFormat == DSFormat.NV12) {
            return Optional.of(Layout.NV12);
        } else if (pixelFormat == DSFormat.YUY2) {
            return Optional.of(Layout.YUYV);
        } else if (pixelFormat == DSFormat.UYVY) {
            return Optional.of(Layout.UYVY);
        } else if (pixelFormat == DSFormat.RGB24) {
            return Optional.of(Layout.BGR24_BOTTOM_UP);
        } else if (pixelFormat == DSFormat.RGB32 || pixelFormat == DSFormat.ARGB32) {
            return Optional.of(Layout.BGRA32_BOTTOM_UP);
        }
        return Optional.empty();
    }

    /** The capture graph's callback, on its own thread: {@code buffer} holds {@code length} bytes of one frame. */
    private void sample(long source, long buffer, int length) {
        if (closed()) {
            return;
        }
        if (buffer == 0 || length < raw.length) {
            LOG.fine(() -> "a short sample from the camera (" + length + " bytes, " + raw.length + " expected) is skipped");
            return;
        }
        new Pointer(buffer).read(0, raw, 0, raw.length);
        frames.put(i420 -> format.layout().toI420(raw, width, height, i420));
    }

    @Override
    protected void release() {
        device.stop();
        device.setDelegate(null);
        device.disconnect();
        manager.dispose();
    }
}
