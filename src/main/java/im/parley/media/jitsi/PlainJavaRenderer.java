package im.parley.media.jitsi;

import javax.media.Format;
import org.jitsi.impl.neomedia.jmfext.media.renderer.AbstractRenderer;

/**
 * A libjitsi renderer that hands media to plain Java code (a sink) rather than a device: nothing
 * to open, start, stop or close, so only {@code process} and the formats are left to write.
 */
abstract class PlainJavaRenderer<T extends Format> extends AbstractRenderer<T> {
    private final String name;

    PlainJavaRenderer(String name) {
        this.name = name;
    }

    @Override
    public void start() {
        // No device to start.
    }

    @Override
    public void stop() {
        // No device to stop.
    }

    @Override
    public void open() {
        // No device to open.
    }

    @Override
    public void close() {
        // No device to close.
    }

    @Override
    public String getName() {
        return name;
    }
}
