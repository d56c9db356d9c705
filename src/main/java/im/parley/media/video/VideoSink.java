package im.parley.media.video;

/** Receives what the far end sends, decoded (the screen's role). */
public interface VideoSink {
    /** One frame in I420, {@link I420#frameBytes} long; the array is the sink's to keep. */
    void frame(int width, int height, byte[] i420);
}
