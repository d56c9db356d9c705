package im.parley.client.profile;

import im.parley.client.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Avatars kept in a folder of the profile, one file per image named by its SHA-1, so they survive
 * restarts and are shared by the profile's accounts. Only a hex SHA-1 names a file: a name from a
 * peer can never reach outside the folder.
 */
public final class AvatarDirectory implements AvatarCache {
    private static final Pattern SHA1 = Pattern.compile("[0-9a-f]{40}");
    private final Path folder;

    public AvatarDirectory(Path folder) {
        this.folder = folder;
    }

    @Override
    public Optional<byte[]> get(String sha1) {
        Path file = file(sha1);
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the avatar " + file, e);
        }
    }

    @Override
    public void put(String sha1, byte[] image) {
        Path file = file(sha1);
        try {
            Files.createDirectories(folder);
            AtomicFiles.create(file, image, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the avatar " + file, e);
        }
    }

    private Path file(String sha1) {
        if (!SHA1.matcher(sha1).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-1: " + sha1);
        }
        return folder.resolve(sha1 + ".png");
    }
}
