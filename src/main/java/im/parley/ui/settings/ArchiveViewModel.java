package im.parley.ui.settings;

import im.parley.client.history.ArchiveSpace;
import im.parley.client.history.Profile;
import im.parley.ui.app.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Where the profile (archive, settings, search index) lives, opening that folder, and the archive's
 * disk space with a compaction the user asks for (run as Parley closes: it needs the archive closed).
 */
public final class ArchiveViewModel {
    /** Shows a folder in the desktop's file manager; may block, so it runs off the UI thread. */
    public interface FolderOpener {
        void open(Path folder) throws IOException;
    }

    /** The archive's disk space; both read the database, so they run off the UI thread. */
    public interface DiskSpace {
        ArchiveSpace read();

        void compactAtClose();

        static DiskSpace of(Profile profile) {
            return new DiskSpace() {
                @Override
                public ArchiveSpace read() {
                    return profile.archiveSpace();
                }

                @Override
                public void compactAtClose() {
                    profile.compactArchiveAtClose();
                }
            };
        }
    }

    private final Path folder;
    private final FolderOpener opener;
    private final DiskSpace space;
    private final Executor io;
    private final Executor ui;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper spaceText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper compactionAsked = new ReadOnlyBooleanWrapper();

    public ArchiveViewModel(Path folder, FolderOpener opener, DiskSpace space, Executor io, Executor ui) {
        this.folder = folder.toAbsolutePath();
        this.opener = opener;
        this.space = space;
        this.io = io;
        this.ui = ui;
    }

    public String folder() {
        return folder.toString();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The archive's size in words, once {@link #readSpace} has read it. */
    public ReadOnlyStringProperty spaceProperty() {
        return spaceText.getReadOnlyProperty();
    }

    /** True once the user asked for a compaction: it waits for Parley to close. */
    public ReadOnlyBooleanProperty compactionAskedProperty() {
        return compactionAsked.getReadOnlyProperty();
    }

    public CompletableFuture<Void> readSpace() {
        return CompletableFuture.supplyAsync(space::read, io).handle((s, e) -> {
            ui.execute(() -> {
                if (e != null) {
                    spaceText.set("Its size could not be read. " + Problems.sentence(e));
                } else {
                    spaceText.set(describe(s));
                }
            });
            return null;
        });
    }

    public CompletableFuture<Void> compactAtClose() {
        return CompletableFuture.runAsync(space::compactAtClose, io).thenRun(() -> ui.execute(() -> {
            compactionAsked.set(true);
            spaceText.set(spaceText.get() + " It will be compacted when Parley closes.");
        }));
    }

    private static String describe(ArchiveSpace s) {
        // The data's size is H2's estimate, hence "about".
        return "The archive takes " + megabytes(s.fileBytes(), "") + " on disk; its data "
                + megabytes(s.dataBytes(), "about ") + ".";
    }

    private static String megabytes(long bytes, String about) {
        return bytes < 1 << 20 ? "less than 1 MB" : about + String.format(java.util.Locale.ROOT, "%,d MB", bytes >> 20);
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
