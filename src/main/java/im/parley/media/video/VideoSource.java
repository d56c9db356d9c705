package im.parley.media.video;

/** What the far end sees (the camera's role): fixed-size I420 frames at a fixed rate. */
public interface VideoSource {
    int width();

    int height();

    int frameRate();

    /** Fills one frame, {@link I420#frameBytes} long: the Y plane, then U, then V. */
    void read(byte[] i420);
}
