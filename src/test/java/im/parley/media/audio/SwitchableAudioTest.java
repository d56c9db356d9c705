package im.parley.media.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Swapping the device behind a call's source and sink while the media thread uses them. */
class SwitchableAudioTest {
    private static AudioSource constant(short value) {
        return frame -> java.util.Arrays.fill(frame, value);
    }

    @Test
    void theSourceReadsFromTheDeviceSwitchedTo() {
        AudioSource first = constant((short) 1);
        SwitchableAudioSource source = new SwitchableAudioSource(first);
        short[] frame = new short[4];
        source.read(frame);
        assertThat(frame).containsOnly((short) 1);

        AudioSource previous = source.switchTo(constant((short) 2));
        source.read(frame);

        assertThat(previous).isSameAs(first);
        assertThat(frame).containsOnly((short) 2);
    }

    @Test
    void theSinkWritesToTheDeviceSwitchedTo() {
        List<Integer> toFirst = new ArrayList<>();
        List<Integer> toSecond = new ArrayList<>();
        AudioSink first = (samples, count) -> toFirst.add(count);
        SwitchableAudioSink sink = new SwitchableAudioSink(first);
        sink.write(new short[8], 3);

        AudioSink previous = sink.switchTo((samples, count) -> toSecond.add(count));
        sink.write(new short[8], 5);

        assertThat(previous).isSameAs(first);
        assertThat(toFirst).containsExactly(3);
        assertThat(toSecond).containsExactly(5);
    }

    @Test
    void switchingWhileTheMediaThreadReadsGivesWholeFramesFromOneDevice() throws Exception {
        SwitchableAudioSource source = new SwitchableAudioSource(constant((short) 1));
        AtomicIntegerArray framesByDevice = new AtomicIntegerArray(3);
        CompletableFuture<Void> media = CompletableFuture.runAsync(() -> {
            short[] frame = new short[AudioFormat48k.SAMPLES_PER_FRAME];
            while (framesByDevice.get(1) < 200 || framesByDevice.get(2) < 200) {
                source.read(frame);
                for (short s : frame) {
                    if (s != frame[0]) {
                        throw new AssertionError("a frame mixes two devices");
                    }
                }
                framesByDevice.incrementAndGet(frame[0]);
            }
        });
        for (int i = 0; !media.isDone(); i++) {
            source.switchTo(constant((short) (i % 2 + 1)));
        }

        media.get(10, TimeUnit.SECONDS);
        assertThat(framesByDevice.get(0)).isZero();
    }
}
