package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The guard the app's TestFX tests run under sees a file read on the JavaFX thread, and only there. */
@ExtendWith(ApplicationExtension.class)
class NoIoOnFxThreadTest {
    @TempDir
    Path dir;

    @Test
    void aFileReadOnTheFxThreadIsFoundAndOneOnAnotherThreadIsNot(FxRobot robot) throws Exception {
        Path read = Files.writeString(dir.resolve("read-elsewhere"), "fine");
        Path offending = Files.writeString(dir.resolve("read-on-the-fx-thread"), "not fine");
        List<String> findings;
        try (NoIoOnFxThread.Watch watch = NoIoOnFxThread.Watch.start()) {
            Files.readString(read);
            robot.interact(() -> {
                try {
                    Files.readString(offending);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            findings = watch.findings();
        }
        assertThat(findings).isNotEmpty().allSatisfy(finding -> assertThat(finding)
                .startsWith("jdk.FileRead " + offending).contains("NoIoOnFxThreadTest.lambda"));
    }
}
