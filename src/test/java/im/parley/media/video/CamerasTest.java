package im.parley.media.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enumeration where there is no camera, as on the build machines: an empty list, never a failure. */
class CamerasTest {
    @TempDir
    Path dev;

    @Test
    void aSystemWithoutVideoNodesHasNoCamera() throws Exception {
        Files.createFile(dev.resolve("null"));
        Files.createFile(dev.resolve("videoX"));
        assertThat(Cameras.list(dev)).isEmpty();
    }

    @Test
    void aVideoNodeThatIsNoCaptureDeviceIsNotListed() throws Exception {
        // A plain file named like a device: opening it as a camera fails, so it is no camera.
        Files.createFile(dev.resolve("video0"));
        assertThat(Cameras.list(dev)).isEmpty();
    }

    @Test
    void thisMachineHasNoCamera() {
        assertThat(Cameras.list()).as("the build machines have no camera").isEmpty();
    }

    @Test
    void anUnknownCameraDoesNotOpen() throws Exception {
        assertThat(Cameras.open("/dev/video77")).isEmpty();
    }
}
