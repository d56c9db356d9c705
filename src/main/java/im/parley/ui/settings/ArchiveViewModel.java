package im.parley.ui.settings;

import im.parley.ui.app.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Where the profile (archive, settings, search index) lives, and opening that folder. */
public final class ArchiveViewModel {
    /** Shows a folder in the desktop's file manager; may block, so it runs off the UI thread. */
    public interface FolderOpener {
        void open(Path folder) throws IOException;
    }

    private final Path folder;
    private final FolderOpener opener;
    private final Executor io;
    private final Executor ui;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public ArchiveViewModel(Path folder, FolderOpener opener, Executor io, Executor ui) {
        this.folder = folder.toAbsolutePath();
        this.opener = opener;
        this.io = io;
        this.ui = ui;
    }

    public String folder() {
        return folder.toString();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public CompletableFuture<Void> openFolder() {
        problem.set("");
        return CompletableFuture.runAsync(() -> {
            try {
                opener.open(folder);
            } catch (IOException | RuntimeException e) {
                String why = Problems.sentence(e);
                ui.execute(() -> problem.set("The folder could not be opened here. " + why
                        + " You can open it yourself: " + folder));
            }
        }, io);
    }

    /**
     * The desktop's file manager: xdg-open on Linux, where starting AWT beside JavaFX's GTK
     * toolkit crashes the process (both drive X11 from their own threads); AWT elsewhere.
     */
    public static void openWithDesktop(Path folder) throws IOException {
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("linux")) {
            new ProcessBuilder("xdg-open", folder.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return;
        }
        if (!java.awt.Desktop.isDesktopSupported()
                || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
            throw new IOException("this desktop offers no way to open a folder");
        }
        java.awt.Desktop.getDesktop().open(folder.toFile());
    }
}
