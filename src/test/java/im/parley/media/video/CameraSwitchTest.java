package im.parley.media.video;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Camera off keeps frames coming, black; on gives the camera's frames again. */
class CameraSwitchTest {
    @Test
    void offSendsBlackFramesOfTheSameSize() {
        CameraSwitch camera = new CameraSwitch(new TestPatternSource(64, 48, 15));
        byte[] frame = new byte[I420.frameBytes(64, 48)];
        camera.on(false);
        camera.read(frame);
        assertThat(frame[0]).isEqualTo((byte) 16);
        assertThat(frame[64 * 48]).isEqualTo((byte) 128);
        assertThat(TestPatternSource.frameNumber(frame, 64)).isZero();

        camera.on(true);
        camera.read(frame);
        camera.read(frame);
        assertThat(TestPatternSource.frameNumber(frame, 64)).isPositive();
    }
}
