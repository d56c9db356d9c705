package im.parley.media.jitsi;

import im.parley.media.video.I420;
import javax.media.Buffer;
import javax.media.Format;
import javax.media.ResourceUnavailableException;
import javax.media.format.VideoFormat;
import javax.media.format.YUVFormat;
import org.jitsi.impl.neomedia.codec.AbstractCodec2;
import org.jitsi.impl.neomedia.codec.video.VPX;
import org.jitsi.service.neomedia.codec.Constants;

/**
 * VP8 to packed I420 over libvpx's JNI calls. libjitsi's own VPXDecoder cannot be used: it hands
 * its frames on as FFmpeg AVFrames, and the FFmpeg class is missing from the Maven jar
 * (NoClassDefFoundError). Here the planes are copied out of libvpx's image into one Java array.
 */
final class Vp8Decoder extends AbstractCodec2 {
    private final long[] iterator = new long[1];
    private long context;
    private byte[] plane = new byte[0];
    private YUVFormat lastFormat;
    private final FrameContinuity continuity;
    private final Runnable keyFrameNeeded;
    private boolean decodable;

    Vp8Decoder(FrameContinuity continuity, Runnable keyFrameNeeded) {
        super("Parley VP8 decoder", VideoFormat.class, new Format[] {I420Formats.ANY});
        this.continuity = continuity;
        this.keyFrameNeeded = keyFrameNeeded;
        inputFormats = new Format[] {new VideoFormat(Constants.VP8)};
    }

    @Override
    protected void doOpen() throws ResourceUnavailableException {
        context = VPX.codec_ctx_malloc();
        int result = VPX.codec_dec_init(context, VPX.INTEFACE_VP8_DEC, 0, 0);
        if (result != VPX.CODEC_OK) {
            VPX.free(context);
            context = 0;
            throw new ResourceUnavailableException("libvpx cannot start a VP8 decoder: " + VPX.codec_err_to_string(result));
        }
    }

    @Override
    protected void doClose() {
        if (context != 0) {
            VPX.codec_destroy(context);
            VPX.free(context);
            context = 0;
        }
    }

    /**
     * One compressed frame in, at most one picture out: VP8 has no frame reordering, and its
     * hidden (alt-ref) frames show nothing, so the image iterator is read once. A delta frame
     * after a lost frame is not decoded: it would show the old picture smeared with the new.
     */
    @Override
    protected int doProcess(Buffer input, Buffer output) {
        byte[] data = (byte[]) input.getData();
        // RFC 6386 §9.1: bit 0 of the frame tag is 0 on a keyframe.
        boolean keyFrame = input.getLength() > 0 && (data[input.getOffset()] & 1) == 0;
        boolean followsLastFrame = continuity.followsLastFrame(input.getRtpTimeStamp());
        decodable = keyFrame || decodable && followsLastFrame;
        if (!decodable) {
            keyFrameNeeded.run();
            output.setDiscard(true);
            return BUFFER_PROCESSED_OK;
        }
        int result = VPX.codec_decode(context, data, input.getOffset(), input.getLength(), 0, 0);
        if (result != VPX.CODEC_OK) {
            decodable = false;
            keyFrameNeeded.run();
        }
        iterator[0] = 0;
        long image = result == VPX.CODEC_OK ? VPX.codec_get_frame(context, iterator) : 0;
        if (image == 0) {
            output.setDiscard(true);
            return BUFFER_PROCESSED_OK;
        }
        int width = VPX.img_get_d_w(image);
        int height = VPX.img_get_d_h(image);
        int chromaWidth = I420.chromaWidth(width);
        int chromaHeight = I420.chromaHeight(height);
        byte[] frame = validateByteArraySize(output, I420.frameBytes(width, height), false);
        int offset = copyPlane(VPX.img_get_plane0(image), VPX.img_get_stride0(image), width, height, frame, 0);
        offset = copyPlane(VPX.img_get_plane1(image), VPX.img_get_stride1(image), chromaWidth, chromaHeight, frame, offset);
        copyPlane(VPX.img_get_plane2(image), VPX.img_get_stride2(image), chromaWidth, chromaHeight, frame, offset);
        output.setFormat(formatFor(width, height, input.getFormat()));
        output.setOffset(0);
        output.setLength(I420.frameBytes(width, height));
        output.setTimeStamp(input.getTimeStamp());
        return BUFFER_PROCESSED_OK;
    }

    /** libvpx pads each row to its stride: one native copy of the plane, then the rows packed in Java. */
    private int copyPlane(long address, int stride, int columns, int rows, byte[] frame, int offset) {
        int span = stride * (rows - 1) + columns;
        if (plane.length < span) {
            plane = new byte[span];
        }
        VPX.memcpy(plane, address, span);
        for (int row = 0; row < rows; row++) {
            System.arraycopy(plane, row * stride, frame, offset + row * columns, columns);
        }
        return offset + rows * columns;
    }

    private YUVFormat formatFor(int width, int height, Format input) {
        YUVFormat last = lastFormat;
        if (last == null || last.getSize().width != width || last.getSize().height != height) {
            float frameRate = input instanceof VideoFormat video ? video.getFrameRate() : Format.NOT_SPECIFIED;
            last = I420Formats.of(width, height, frameRate);
            lastFormat = last;
        }
        return last;
    }
}
