package im.parley.media.jitsi;

import java.awt.Dimension;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.media.Buffer;
import javax.media.Format;
import javax.media.ResourceUnavailableException;
import javax.media.format.VideoFormat;
import javax.media.format.YUVFormat;
import org.jitsi.impl.neomedia.codec.AbstractCodec2;
import org.jitsi.impl.neomedia.codec.video.VPX;
import org.jitsi.service.neomedia.codec.Constants;

/**
 * Packed I420 to VP8 over libvpx's JNI calls, able to produce a keyframe on demand. libjitsi's own
 * VPXEncoder has no way to be asked for one, so a peer whose decoder lost a frame would show a
 * broken picture until the next periodic keyframe.
 */
final class Vp8Encoder extends AbstractCodec2 {
    /** libvpx's VPX_EFLAG_FORCE_KF. */
    private static final long FORCE_KEY_FRAME = 1;
    /** A safety net for peers that never ask: a keyframe at least every ten seconds. */
    private static final int SECONDS_BETWEEN_KEY_FRAMES = 10;

    private final AtomicBoolean keyFrameWanted = new AtomicBoolean(true);
    private final AtomicLong keyFramesSent = new AtomicLong();
    private final long[] iterator = new long[1];
    private long context;
    private long config;
    private long image;
    private int width;
    private int height;
    private long frameCount;
    private boolean draining;

    Vp8Encoder() {
        super("Parley VP8 encoder", VideoFormat.class, new Format[] {new VideoFormat(Constants.VP8)});
        inputFormats = new Format[] {I420Formats.ANY};
    }

    /** The next frame goes out as a keyframe (the peer's decoder asked for one). */
    void requestKeyFrame() {
        keyFrameWanted.set(true);
    }

    long keyFramesSent() {
        return keyFramesSent.get();
    }

    @Override
    protected void doOpen() throws ResourceUnavailableException {
        // The encoder is built on the first frame, when its size is known.
    }

    @Override
    protected void doClose() {
        release();
    }

    private void release() {
        if (context != 0) {
            VPX.codec_destroy(context);
            VPX.free(context);
            context = 0;
        }
        if (config != 0) {
            VPX.free(config);
            config = 0;
        }
        if (image != 0) {
            VPX.free(image);
            image = 0;
        }
    }

    @Override
    protected Format[] getMatchingOutputFormats(Format input) {
        VideoFormat video = (VideoFormat) input;
        return new Format[] {new VideoFormat(Constants.VP8, video.getSize(), Format.NOT_SPECIFIED, Format.byteArray,
                video.getFrameRate())};
    }

    @Override
    public Format setInputFormat(Format format) {
        if (!(format instanceof YUVFormat yuv) || yuv.getYuvType() != YUVFormat.YUV_420) {
            return null;
        }
        return super.setInputFormat(format);
    }

    /**
     * One raw frame in, its compressed frame out. libvpx may, rarely, hand out more than one packet
     * for a frame: the input is then kept until every packet has gone.
     */
    @Override
    protected int doProcess(Buffer input, Buffer output) {
        if (!draining) {
            YUVFormat format = (YUVFormat) input.getFormat();
            Dimension size = format.getSize();
            if (context == 0 || size.width != width || size.height != height) {
                int result = open(size.width, size.height, format.getFrameRate(), format.getStrideY(), format.getStrideUV());
                if (result != VPX.CODEC_OK) {
                    output.setDiscard(true);
                    return BUFFER_PROCESSED_FAILED;
                }
            }
            long flags = keyFrameWanted.getAndSet(false) ? FORCE_KEY_FRAME : 0;
            int offset = input.getOffset();
            int result = VPX.codec_encode(context, image, (byte[]) input.getData(), offset + format.getOffsetY(),
                    offset + format.getOffsetU(), offset + format.getOffsetV(), frameCount++, 1, flags, VPX.DL_REALTIME);
            if (result != VPX.CODEC_OK) {
                output.setDiscard(true);
                return BUFFER_PROCESSED_FAILED;
            }
            iterator[0] = 0;
        }
        long packet;
        do {
            packet = VPX.codec_get_cx_data(context, iterator);
        } while (packet != 0 && VPX.codec_cx_pkt_get_kind(packet) != VPX.CODEC_CX_FRAME_PKT);
        if (packet == 0) {
            draining = false;
            output.setDiscard(true);
            return BUFFER_PROCESSED_OK;
        }
        int length = VPX.codec_cx_pkt_get_size(packet);
        byte[] frame = validateByteArraySize(output, length, false);
        VPX.memcpy(frame, VPX.codec_cx_pkt_get_data(packet), length);
        if (length > 0 && (frame[0] & 1) == 0) {
            keyFramesSent.incrementAndGet();
        }
        output.setFormat(getOutputFormat());
        output.setOffset(0);
        output.setLength(length);
        output.setTimeStamp(input.getTimeStamp());
        draining = true;
        return BUFFER_PROCESSED_OK | INPUT_BUFFER_NOT_CONSUMED;
    }

    private int open(int frameWidth, int frameHeight, float frameRate, int lumaStride, int chromaStride) {
        release();
        width = frameWidth;
        height = frameHeight;
        config = VPX.codec_enc_cfg_malloc();
        VPX.codec_enc_config_default(VPX.INTERFACE_VP8_ENC, config, 0);
        VPX.codec_enc_cfg_set_w(config, width);
        VPX.codec_enc_cfg_set_h(config, height);
        VPX.codec_enc_cfg_set_threads(config, 1);
        VPX.codec_enc_cfg_set_error_resilient(config, VPX.ERROR_RESILIENT_DEFAULT);
        VPX.codec_enc_cfg_set_rc_target_bitrate(config, targetKilobits(width, height));
        VPX.codec_enc_cfg_set_rc_end_usage(config, VPX.RC_MODE_CBR);
        VPX.codec_enc_cfg_set_rc_dropframe_thresh(config, 0);
        VPX.codec_enc_cfg_set_rc_resize_allowed(config, 0);
        VPX.codec_enc_cfg_set_kf_mode(config, VPX.KF_MODE_AUTO);
        int fps = frameRate > 0 ? Math.round(frameRate) : 30;
        VPX.codec_enc_cfg_set_kf_max_dist(config, fps * SECONDS_BETWEEN_KEY_FRAMES);
        context = VPX.codec_ctx_malloc();
        int result = VPX.codec_enc_init(context, VPX.INTERFACE_VP8_ENC, config, 0);
        if (result != VPX.CODEC_OK) {
            VPX.free(context);
            context = 0;
            return result;
        }
        image = VPX.img_malloc();
        VPX.img_set_fmt(image, VPX.IMG_FMT_I420);
        VPX.img_set_bps(image, 12);
        VPX.img_set_w(image, width);
        VPX.img_set_h(image, height);
        VPX.img_set_d_w(image, width);
        VPX.img_set_d_h(image, height);
        VPX.img_set_stride0(image, lumaStride);
        VPX.img_set_stride1(image, chromaStride);
        VPX.img_set_stride2(image, chromaStride);
        VPX.img_set_stride3(image, 0);
        frameCount = 0;
        keyFrameWanted.set(true);
        draining = false;
        return VPX.CODEC_OK;
    }

    /** About a bit per 256 pixels per frame at 15 fps: 300 kbit/s for 320x240, 1.2 Mbit/s for 640x480. */
    private static int targetKilobits(int frameWidth, int frameHeight) {
        return Math.max(100, Math.min(2500, frameWidth * frameHeight / 256));
    }
}
