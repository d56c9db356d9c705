package im.parley.media;

import java.util.concurrent.CompletableFuture;

/**
 * A device of the operating system (microphone, speaker, camera) that can go away during a call:
 * unplugged, or its driver failed. Whoever opened it decides what the call uses instead.
 */
public interface Unpluggable {
    /** Completes when the device stopped on its own; never when it was closed. */
    CompletableFuture<Void> lost();
}
