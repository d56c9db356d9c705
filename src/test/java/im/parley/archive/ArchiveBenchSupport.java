package im.parley.archive;

import java.nio.file.Path;

/** Opens an archive for the benchmarks in im.parley.bench, which live outside this package. */
public final class ArchiveBenchSupport {
    private ArchiveBenchSupport() {
    }

    public static Archive open(Path folder) {
        return Archive.open(folder);
    }
}
