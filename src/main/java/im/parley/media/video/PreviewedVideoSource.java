package im.parley.media.video;

/** A camera whose every frame is also handed to a preview as it is read, e.g. the call window's own picture. */
public final class PreviewedVideoSource extends ForwardingVideoSource {
    private final VideoSink preview;

    public PreviewedVideoSource(VideoSource camera, VideoSink preview) {
        super(camera);
        this.preview = preview;
    }

    @Override
    public void read(byte[] i420) {
        source.read(i420);
        preview.frame(width(), height(), i420);
    }
}
