package im.parley.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.history.ArchiveSpace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Opening the profile folder: off the UI thread, and a failure said with the folder to open by hand.
 * The archive's disk space, and a compaction asked for.
 */
class SettingsArchiveTest {
    private final Path folder = Path.of("/tmp/parley-profile").toAbsolutePath();
    private final FakeSpace space = new FakeSpace();

    /** An archive of 387 MB holding 37 MB, as a bulk load leaves it. */
    private static final class FakeSpace implements ArchiveViewModel.DiskSpace {
        boolean asked;

        @Override
        public ArchiveSpace read() {
            return new ArchiveSpace(387L << 20, 37L << 20);
        }

        @Override
        public void compactAtClose() {
            asked = true;
        }
    }

    @Test
    void theFolderIsOpenedThroughTheDesktop() throws Exception {
        List<Path> opened = new ArrayList<>();
        ArchiveViewModel model = new ArchiveViewModel(folder, opened::add, space, Runnable::run, Runnable::run);

        model.openFolder().get();

        assertThat(opened).containsExactly(folder);
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void aDesktopThatCannotOpenItIsExplained() throws Exception {
        ArchiveViewModel model = new ArchiveViewModel(folder, f -> {
            throw new IOException("this desktop offers no way to open a folder");
        }, space, Runnable::run, Runnable::run);

        model.openFolder().get();

        assertThat(model.problemProperty().get()).isEqualTo("The folder could not be opened here. This desktop offers"
                + " no way to open a folder. You can open it yourself: " + folder);
    }

    @Test
    void theArchivesSizeIsRead() throws Exception {
        ArchiveViewModel model = new ArchiveViewModel(folder, f -> { }, space, Runnable::run, Runnable::run);

        model.readSpace().get();

        assertThat(model.spaceProperty().get()).isEqualTo("The archive takes 387 MB on disk; its data about 37 MB.");
    }

    @Test
    void aCompactionAskedForWaitsForParleyToClose() throws Exception {
        ArchiveViewModel model = new ArchiveViewModel(folder, f -> { }, space, Runnable::run, Runnable::run);
        model.readSpace().get();

        model.compactAtClose().get();

        assertThat(space.asked).isTrue();
        assertThat(model.compactionAskedProperty().get()).isTrue();
        assertThat(model.spaceProperty().get()).endsWith("It will be compacted when Parley closes.");
    }

    @Test
    void aSizeThatCannotBeReadIsSaid() throws Exception {
        ArchiveViewModel.DiskSpace broken = new ArchiveViewModel.DiskSpace() {
            @Override
            public ArchiveSpace read() {
                throw new IllegalStateException("the archive is closed");
            }

            @Override
            public void compactAtClose() {
            }
        };
        ArchiveViewModel model = new ArchiveViewModel(folder, f -> { }, broken, Runnable::run, Runnable::run);

        model.readSpace().get();

        assertThat(model.spaceProperty().get()).startsWith("Its size could not be read.");
    }
}
