package im.parley.media;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** What a call may leak, counted for the whole process: threads and UDP sockets. */
final class ProcessResources {
    private ProcessResources() {
    }

    /** Threads other than ice4j's process-wide executors, which are shared by all agents and idle out on their own. */
    static long liveThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !t.getName().matches("ice4j\\..*pool-\\d+-thread-\\d+"))
                .count();
    }

    /** UDP sockets this process holds open, from the kernel's view (Linux): fds whose inode is a UDP socket. */
    static long openSockets() throws IOException {
        Set<String> udpInodes = new HashSet<>();
        for (String table : new String[] {"/proc/net/udp", "/proc/net/udp6"}) {
            for (String line : Files.readAllLines(Path.of(table))) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length > 9 && !columns[0].equals("sl")) {
                    udpInodes.add(columns[9]);
                }
            }
        }
        long sockets = 0;
        for (File fd : Objects.requireNonNull(new File("/proc/self/fd").listFiles())) {
            try {
                String target = Files.readSymbolicLink(fd.toPath()).toString();
                if (target.startsWith("socket:[") && udpInodes.contains(target.substring(8, target.length() - 1))) {
                    sockets++;
                }
            } catch (IOException closedWhileListing) {
                // not ours to count any more
            }
        }
        return sockets;
    }
}
