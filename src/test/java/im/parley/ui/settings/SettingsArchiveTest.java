package im.parley.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Opening the profile folder: off the UI thread, and a failure said with the folder to open by hand. */
class SettingsArchiveTest {
    private final Path folder = Path.of("/tmp/parley-profile").toAbsolutePath();

    @Test
    void theFolderIsOpenedThroughTheDesktop() throws Exception {
        List<Path> opened = new ArrayList<>();
        ArchiveViewModel model = new ArchiveViewModel(folder, opened::add, Runnable::run, Runnable::run);

        model.openFolder().get();

        assertThat(opened).containsExactly(folder);
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void aDesktopThatCannotOpenItIsExplained() throws Exception {
        ArchiveViewModel model = new ArchiveViewModel(folder, f -> {
            throw new IOException("this desktop offers no way to open a folder");
        }, Runnable::run, Runnable::run);

        model.openFolder().get();

        assertThat(model.problemProperty().get()).isEqualTo("The folder could not be opened here. This desktop offers"
                + " no way to open a folder. You can open it yourself: " + folder);
    }
}
