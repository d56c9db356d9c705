package im.parley.media.video;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Camera off keeps frames coming, black; on gives the camera's frames again. */
class CameraSwitchTest {
    @Test
    void offSendsBlackFramesOfTheSameSize() {
        CameraSwitch camera = new CameraSwitch(new TestPatternSource(320, 240, 15));
        byte[] frame = new byte[I420.frameBytes(320, 240)];
        camera.on(false);
        camera.read(frame);
        assertThat(frame[0]).isEqualTo((byte) 16);
        assertThat(frame[320 * 240]).isEqualTo((byte) 128);
        assertThat(TestPatternSource.frameNumber(frame, 320)).isZero();

        camera.on(true);
        camera.read(frame);
        camera.read(frame);
        assertThat(TestPatternSource.frameNumber(frame, 320)).isPositive();
    }
}
