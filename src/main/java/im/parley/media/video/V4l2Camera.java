package im.parley.media.video;

import com.sun.jna.Pointer;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jitsi.impl.neomedia.jmfext.media.protocol.video4linux2.Video4Linux2;

/**
 * A Linux camera through Video4Linux2, with libjitsi's JNI binding (its Maven jar ships the native
 * library): the device set to YUYV (or 24-bit RGB/BGR when it refuses), two memory-mapped buffers,
 * each frame copied out with JNA and converted to I420 by {@link ToI420}. Not run against a real
 * camera here: the build machines have none.
 */
final class V4l2Camera extends FixedSizeVideoSource implements Cameras.Capture {
    private static final int BUFFERS = 2;

    private final int fd;
    private final int pixelFormat;
    private final long[] mapped = new long[BUFFERS];
    private final int[] lengths = new int[BUFFERS];
    private final long buffer;
    private final byte[] raw;
    private final CompletableFuture<Void> lost = new CompletableFuture<>();
    /** Frames in a row the device did not give; a second's worth means it is gone (unplugged: ENODEV). */
    private int missed;
    private boolean closed;

    private V4l2Camera(int fd, int width, int height, int frameRate, int pixelFormat) {
        super(width, height, frameRate);
        this.fd = fd;
        this.pixelFormat = pixelFormat;
        this.buffer = Video4Linux2.v4l2_buffer_alloc(Video4Linux2.V4L2_BUF_TYPE_VIDEO_CAPTURE);
        Video4Linux2.v4l2_buffer_setMemory(buffer, Video4Linux2.V4L2_MEMORY_MMAP);
        this.raw = new byte[width * height * (pixelFormat == Video4Linux2.V4L2_PIX_FMT_YUYV ? 2 : 3)];
    }

    /** The device's name if {@code path} is a video capture device; empty otherwise. */
    static Optional<String> probe(String path) {
        int fd = Video4Linux2.open(path, Video4Linux2.O_RDWR | Video4Linux2.O_NONBLOCK);
        if (fd < 0) {
            return Optional.empty();
        }
        long capability = Video4Linux2.v4l2_capability_alloc();
        try {
            if (Video4Linux2.ioctl(fd, Video4Linux2.VIDIOC_QUERYCAP, capability) == -1
                    || (Video4Linux2.v4l2_capability_getCapabilities(capability) & Video4Linux2.V4L2_CAP_VIDEO_CAPTURE) == 0) {
                return Optional.empty();
            }
            return Optional.of(Video4Linux2.v4l2_capability_getCard(capability));
        } finally {
            Video4Linux2.free(capability);
            Video4Linux2.close(fd);
        }
    }

    /** Opens {@code path} asking for {@code width} x {@code height} at {@code frameRate}; the driver may pick another size. */
    static V4l2Camera open(String path, int width, int height, int frameRate) throws IOException {
        int fd = Video4Linux2.open(path, Video4Linux2.O_RDWR);
        if (fd < 0) {
            throw new IOException("cannot open the camera " + path);
        }
        V4l2Camera camera = null;
        long format = Video4Linux2.v4l2_format_alloc(Video4Linux2.V4L2_BUF_TYPE_VIDEO_CAPTURE);
        try {
            long pix = Video4Linux2.v4l2_format_getFmtPix(format);
            int chosen = 0;
            for (int wanted : new int[] {Video4Linux2.V4L2_PIX_FMT_YUYV, Video4Linux2.V4L2_PIX_FMT_RGB24,
                    Video4Linux2.V4L2_PIX_FMT_BGR24}) {
                Video4Linux2.v4l2_pix_format_setPixelformat(pix, wanted);
                Video4Linux2.v4l2_pix_format_setWidthAndHeight(pix, width, height);
                Video4Linux2.v4l2_pix_format_setField(pix, Video4Linux2.V4L2_FIELD_NONE);
                if (Video4Linux2.ioctl(fd, Video4Linux2.VIDIOC_S_FMT, format) != -1
                        && Video4Linux2.v4l2_pix_format_getPixelformat(pix) == wanted) {
                    chosen = wanted;
                    break;
                }
            }
            if (chosen == 0) {
                throw new IOException(path + " offers none of YUYV, RGB24 or BGR24 (MJPEG-only cameras are not supported yet)");
            }
            int w = Video4Linux2.v4l2_pix_format_getWidth(pix);
            int h = Video4Linux2.v4l2_pix_format_getHeight(pix);
            long parm = Video4Linux2.v4l2_streamparm_alloc(Video4Linux2.V4L2_BUF_TYPE_VIDEO_CAPTURE);
            Video4Linux2.v4l2_streamparm_setFps(parm, frameRate);
            Video4Linux2.ioctl(fd, Video4Linux2.VIDIOC_S_PARM, parm);
            Video4Linux2.free(parm);
            camera = new V4l2Camera(fd, w, h, frameRate, chosen);
            camera.start();
            return camera;
        } catch (IOException | RuntimeException e) {
            if (camera != null) {
                camera.close();
            } else {
                Video4Linux2.close(fd);
            }
            throw e;
        } finally {
            Video4Linux2.free(format);
        }
    }

    private void start() throws IOException {
        long request = Video4Linux2.v4l2_requestbuffers_alloc(Video4Linux2.V4L2_BUF_TYPE_VIDEO_CAPTURE);
        try {
            Video4Linux2.v4l2_requestbuffers_setMemory(request, Video4Linux2.V4L2_MEMORY_MMAP);
            Video4Linux2.v4l2_requestbuffers_setCount(request, BUFFERS);
            if (Video4Linux2.ioctl(fd, Video4Linux2.VIDIOC_REQBUFS, request) == -1
                    || Video4Linux2.v4l2_requestbuffers_getCount(request) < BUFFERS) {
                throw new IOException("the camera gives no memory-mapped buffers");
            }
        } finally {
            Video4Linux2.free(request);
        }
        for (int i = 0; i < BUFFERS; i++) {
            Video4Linux2.v4l2_buffer_setIndex(buffer, i);
            if (Video4Linux2.ioctl(fd, Video4Linux2.VIDIOC_QUERYBUF, buffer) == -1) {
                throw new IOException("cannot query the camera's buffer " + i);
            }
            lengths[i] = Video4Linux2.v4l2_buffer_getLength(buffer);
            mapped[i] = Video4Linux2.mmap(0, lengths[i], Video4Linux2.PROT_READ | Video4Linux2.PROT_WRITE,
                    Video4Linux2.MAP_SHARED, fd, Video4Linux2.v4l2_buffer_getMOffset(buffer));
            if (mapped[i] == -1 || Video4Linux2.ioctl(fd, Video4Linux2.VIDIOC_QBUF, buffer) == -1) {
                throw new IOException("cannot map the camera's buffer " + i);
            }
        }
        long type = Video4Linux2.v4l2_buf_type_alloc(Video4Linux2.V4L2_BUF_TYPE_VIDEO_CAPTURE);
        try {
            if (Video4Linux2.ioctl(fd, Video4Linux2.VIDIOC_STREAMON, type) == -1) {
                throw new IOException("the camera does not start streaming");
            }
        } finally {
            Video4Linux2.free(type);
        }
    }

    /** Waits for the camera's next frame; a frame it fails to give is left as it was (the last one). */
    @Override
    public synchronized void read(byte[] i420) {
        if (closed) {
            return;
        }
        if (Video4Linux2.ioctl(fd, Video4Linux2.VIDIOC_DQBUF, buffer) == -1) {
            if (++missed >= frameRate()) {
                lost.complete(null);
            }
            return;
        }
        missed = 0;
        int index = Video4Linux2.v4l2_buffer_getIndex(buffer);
        int used = Math.min(Video4Linux2.v4l2_buffer_getBytesused(buffer), raw.length);
        new Pointer(mapped[index]).read(0, raw, 0, used);
        Video4Linux2.ioctl(fd, Video4Linux2.VIDIOC_QBUF, buffer);
        if (used < raw.length) {
            return;
        }
        if (pixelFormat == Video4Linux2.V4L2_PIX_FMT_YUYV) {
            ToI420.fromYuyv(raw, width, height, i420);
        } else {
            ToI420.fromRgb24(raw, width, height, pixelFormat == Video4Linux2.V4L2_PIX_FMT_BGR24, i420);
        }
    }

    @Override
    public CompletableFuture<Void> lost() {
        return lost;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long type = Video4Linux2.v4l2_buf_type_alloc(Video4Linux2.V4L2_BUF_TYPE_VIDEO_CAPTURE);
        Video4Linux2.ioctl(fd, Video4Linux2.VIDIOC_STREAMOFF, type);
        Video4Linux2.free(type);
        for (int i = 0; i < BUFFERS; i++) {
            if (mapped[i] != 0 && mapped[i] != -1) {
                Video4Linux2.munmap(mapped[i], lengths[i]);
            }
        }
        Video4Linux2.free(buffer);
        Video4Linux2.close(fd);
    }
}
