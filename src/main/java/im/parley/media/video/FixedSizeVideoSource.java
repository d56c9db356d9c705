package im.parley.media.video;

/** A source whose frame size and rate are settled when it is made. */
public abstract class FixedSizeVideoSource implements VideoSource {
    protected final int width;
    protected final int height;
    private final int frameRate;

    protected FixedSizeVideoSource(int width, int height, int frameRate) {
        this.width = width;
        this.height = height;
        this.frameRate = frameRate;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public int frameRate() {
        return frameRate;
    }
}
