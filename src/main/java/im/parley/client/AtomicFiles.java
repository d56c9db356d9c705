package im.parley.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files of the profile that are replaced whole, never left half-written by a crash. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes {@code text} to a new file next to {@code file} and moves it over the old one. */
    public static void replace(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path next = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(next, text, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(next);
        }
    }

    /**
     * Writes {@code bytes} to a new file next to {@code file} and moves it there whole. Without
     * {@code replace} an existing file is kept and {@link FileAlreadyExistsException} thrown; the
     * check is the creation of a hard link, so a file appearing meanwhile is not overwritten
     * either. On POSIX systems the file is readable by its owner only, as the temporary file was.
     */
    public static void create(Path file, byte[] bytes, boolean replace) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path next = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.write(next, bytes);
            if (replace) {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                try {
                    Files.createLink(file, next);
                } catch (FileAlreadyExistsException e) {
                    throw e;
                } catch (UnsupportedOperationException | FileSystemException e) {
                    // No hard links here (FAT, some network shares): a plain move, which refuses an existing file.
                    Files.move(next, file);
                }
            }
        } finally {
            Files.deleteIfExists(next);
        }
    }
}
