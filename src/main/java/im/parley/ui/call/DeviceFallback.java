package im.parley.ui.call;

import im.parley.client.call.CallMedia;
import im.parley.media.audio.AudioSink;
import im.parley.media.audio.AudioSource;
import im.parley.media.video.VideoSource;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps a call going when one of its devices is unplugged: a lost microphone or speaker is replaced
 * by the system's default (the first the system lists then), a lost camera by a dark picture, and
 * the call window says so in a sentence. A replacement that is lost in turn is replaced the same way.
 */
final class DeviceFallback {
    /** The system's default devices, opened now for the call; empty when there is none. Never on the UI thread. */
    interface Defaults {
        Optional<AudioSource> microphone();

        Optional<AudioSink> speaker();
    }

    /** Moves the call's audio to other devices. */
    interface Switch {
        void microphone(AudioSource next);

        void speaker(AudioSink next);
    }

    private static final AudioSource SILENCE = frame -> Arrays.fill(frame, (short) 0);
    private static final AudioSink NOWHERE = (samples, count) -> { };

    private final Defaults defaults;
    private final Switch call;
    private final CompletableFuture<?> ended;
    private final CallViewModel window;
    private final Executor io;

    /** @param io where replacements are opened: listing and opening sound devices takes time */
    DeviceFallback(Defaults defaults, Switch call, CompletableFuture<?> ended, CallViewModel window, Executor io) {
        this.defaults = defaults;
        this.call = call;
        this.ended = ended;
        this.window = window;
        this.io = io;
    }

    /** Watches the devices the call started with. */
    void watch(AudioSource microphone, AudioSink speaker, VideoSource camera) {
        watch(microphone, new Role<>(defaults::microphone, call::microphone, SILENCE,
                "The microphone was disconnected; the call now uses the system's default microphone.",
                "The microphone was disconnected and no other was found: you are heard as silence."));
        watch(speaker, new Role<>(defaults::speaker, call::speaker, NOWHERE,
                "The speaker was disconnected; the call now plays on the system's default speaker.",
                "The speaker was disconnected and no other was found: you will not hear the call."));
        whenLost(camera, () -> window.cameraLost("The camera was disconnected: the other side sees a dark picture."));
    }

    /**
     * What a microphone or a speaker is to the call: where its replacement comes from, how the call
     * takes it, what stands in when there is none, and what the user is told in either case.
     */
    private record Role<T>(Supplier<Optional<T>> defaultDevice, Consumer<T> switchTo, T nothing, String replaced,
            String noOther) {
    }

    private <T> void watch(T device, Role<T> role) {
        whenLost(device, () -> {
            Optional<T> next = role.defaultDevice().get();
            role.switchTo().accept(next.orElse(role.nothing()));
            window.deviceLost(next.isPresent() ? role.replaced() : role.noOther());
            next.ifPresent(replacement -> watch(replacement, role));
        });
    }

    /**
     * Runs {@code fallBack} on the I/O executor once {@code device} is lost, unless the call is over
     * by then; a device that cannot be unplugged (a tone, a test pattern) never is.
     */
    private void whenLost(Object device, Runnable fallBack) {
        CallMedia.lost(device).thenRunAsync(() -> {
            if (!ended.isDone()) {
                fallBack.run();
            }
        }, io);
    }
}
