package im.parley.media.video;

/** A source that takes its size and rate from another, for wrappers that change or watch its frames. */
public abstract class ForwardingVideoSource implements VideoSource {
    protected final VideoSource source;

    protected ForwardingVideoSource(VideoSource source) {
        this.source = source;
    }

    @Override
    public int width() {
        return source.width();
    }

    @Override
    public int height() {
        return source.height();
    }

    @Override
    public int frameRate() {
        return source.frameRate();
    }
}
