package im.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphicsProbeTest {
    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path profile;

    private final Map<String, String> properties = new HashMap<>();

    private GraphicsProbe probe(String machine, Instant now) {
        return new GraphicsProbe(profile, machine, Clock.fixed(now, ZoneOffset.UTC), properties::get, properties::put);
    }

    /** A start that probes and finds what {@code gpu} says. */
    private void probed(String machine, Instant now, boolean gpu) {
        GraphicsProbe p = probe(machine, now);
        p.beforeToolkit();
        p.afterToolkit(() -> gpu);
    }

    private String orderChosenAt(String machine, Instant now) {
        properties.remove("prism.order");
        probe(machine, now).beforeToolkit();
        return properties.get("prism.order");
    }

    @Test
    void aFirstStartProbesAndKeepsWhatItFound() throws Exception {
        GraphicsProbe first = probe("m1 :0", MONDAY);
        first.beforeToolkit();
        assertThat(properties).doesNotContainKey("prism.order");
        first.afterToolkit(() -> false);

        String kept = Files.readString(profile.resolve(GraphicsProbe.FILE));
        assertThat(kept).contains("gpu=false").contains("machine=m1 \\:0");
        assertThat(orderChosenAt("m1 :0", MONDAY.plus(Duration.ofDays(1)))).isEqualTo("sw");
    }

    @Test
    void aGpuFoundKeepsTheProbe() {
        probed("m1 :0", MONDAY, true);
        assertThat(orderChosenAt("m1 :0", MONDAY.plusSeconds(60))).isNull();
    }

    @Test
    void aRefusalIsTrustedForAWeekThenProbedAgain() {
        probed("m1 :0", MONDAY, false);
        GraphicsProbe skipping = probe("m1 :0", MONDAY.plus(Duration.ofDays(6)));
        skipping.beforeToolkit();
        assertThat(properties).containsEntry("prism.order", "sw");
        // A start that skipped the probe learns nothing: the week still counts from the probe.
        skipping.afterToolkit(() -> false);

        assertThat(orderChosenAt("m1 :0", MONDAY.plus(GraphicsProbe.TRUSTED_FOR))).isNull();
        probed("m1 :0", MONDAY.plus(GraphicsProbe.TRUSTED_FOR), true);
        assertThat(orderChosenAt("m1 :0", MONDAY.plus(Duration.ofDays(8)))).isNull();
    }

    @Test
    void anotherMachineOrDisplayProbesForItself() {
        probed("m1 :0", MONDAY, false);
        assertThat(orderChosenAt("m2 :0", MONDAY.plusSeconds(60))).isNull();
        assertThat(orderChosenAt("m1 :1", MONDAY.plusSeconds(60))).isNull();
    }

    @Test
    void aClockSetBackProbesAgain() {
        probed("m1 :0", MONDAY, false);
        assertThat(orderChosenAt("m1 :0", MONDAY.minus(Duration.ofDays(1)))).isNull();
    }

    @Test
    void anOrderGivenByTheUserIsLeftAloneAndNothingIsKept() {
        properties.put("prism.order", "es2");
        GraphicsProbe p = probe("m1 :0", MONDAY);
        p.beforeToolkit();
        p.afterToolkit(() -> false);
        assertThat(properties).containsEntry("prism.order", "es2");
        assertThat(profile.resolve(GraphicsProbe.FILE)).doesNotExist();
    }

    @Test
    void aDamagedFileMeansProbing() throws Exception {
        Files.writeString(profile.resolve(GraphicsProbe.FILE), "machine=m1 :0\ngpu=false\nprobed=yesterday\n\\u00zz");
        assertThat(orderChosenAt("m1 :0", MONDAY)).isNull();
        Files.writeString(profile.resolve(GraphicsProbe.FILE), "machine=m1 \\:0\ngpu=false\nprobed=last week\n");
        assertThat(orderChosenAt("m1 :0", MONDAY)).isNull();
    }

    @Test
    void aProfileThatCannotBeWrittenStillStarts() throws Exception {
        Path missing = profile.resolve("not-made-yet");
        GraphicsProbe p = new GraphicsProbe(missing, "m1 :0", Clock.fixed(MONDAY, ZoneOffset.UTC), properties::get,
                properties::put);
        p.beforeToolkit();
        p.afterToolkit(() -> false);
        assertThat(missing.resolve(GraphicsProbe.FILE)).doesNotExist();
    }
}
