package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.ui.ParleyApp;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class that drove the app if the JavaFX thread read or wrote a file or a socket
 * while it ran: the app's rule is no socket, SQL or file I/O on the FX thread (an H2 query shows
 * up as file I/O on its database). Java Flight Recorder sees every file and socket read and write,
 * with no threshold. Reading the app's own code and resources (the class path, the JDK), fonts and
 * the kernel's random source is what a UI toolkit does and is not counted.
 */
final class NoIoOnFxThread implements BeforeAllCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NoIoOnFxThread.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(Watch.class, Watch.start());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try (Watch watch = context.getStore(NAMESPACE).remove(Watch.class, Watch.class)) {
            assertThat(watch.findings()).as("file or socket I/O on the JavaFX thread").isEmpty();
        }
    }

    /** A recording of file and socket I/O, from its start until {@link #findings()}. */
    static final class Watch implements AutoCloseable {
        private static final String FX_THREAD = "JavaFX Application Thread";
        private static final List<String> EVENTS = List.of("jdk.FileRead", "jdk.FileWrite", "jdk.SocketRead",
                "jdk.SocketWrite");
        /** Where the app's and the tests' classes and resources are read from when not from a jar. */
        private static final List<String> CODE = Stream.of(ParleyApp.class, NoIoOnFxThread.class)
                .map(c -> c.getProtectionDomain().getCodeSource().getLocation())
                .map(url -> {
                    try {
                        return Path.of(url.toURI()).toString();
                    } catch (URISyntaxException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();

        private final Recording recording = new Recording();

        private Watch() {
        }

        static Watch start() {
            Watch watch = new Watch();
            watch.recording.setName("no-io-on-fx-thread");
            for (String event : EVENTS) {
                watch.recording.enable(event).withThreshold(Duration.ZERO).withStackTrace();
            }
            watch.recording.start();
            return watch;
        }

        /** Stops recording; each finding is the event, the file or address, and where it came from. */
        List<String> findings() throws IOException {
            recording.stop();
            Path dump = Files.createTempFile("parley-fx-io", ".jfr");
            try {
                recording.dump(dump);
                List<String> found = new ArrayList<>();
                for (RecordedEvent event : RecordingFile.readAllEvents(dump)) {
                    if (event.getThread() != null && FX_THREAD.equals(event.getThread().getJavaName())
                            && !allowed(event)) {
                        found.add(describe(event));
                    }
                }
                return found;
            } finally {
                Files.deleteIfExists(dump);
            }
        }

        @Override
        public void close() {
            recording.close();
        }

        private static boolean allowed(RecordedEvent event) {
            String path = event.hasField("path") ? event.getString("path") : null;
            if (path == null) {
                return false;
            }
            String lower = path.toLowerCase(Locale.ROOT);
            boolean font = lower.endsWith(".ttf") || lower.endsWith(".otf") || lower.endsWith(".ttc")
                    || lower.contains("fontconfig") || lower.startsWith("/usr/share/fonts");
            // SecureRandom tops up from the kernel's source, which never blocks and is no storage.
            boolean entropy = path.equals("/dev/urandom");
            return font || entropy || path.startsWith(System.getProperty("java.home")) || lower.endsWith(".jar")
                    || lower.endsWith(".class") || CODE.stream().anyMatch(path::startsWith);
        }

        private static String describe(RecordedEvent event) {
            String what = event.hasField("path") ? event.getString("path")
                    : event.getString("host") + ":" + event.getInt("port");
            String stack = event.getStackTrace() == null ? "" : event.getStackTrace().getFrames().stream()
                    .filter(RecordedFrame::isJavaFrame).limit(12)
                    .map(f -> f.getMethod().getType().getName() + "." + f.getMethod().getName() + ":" + f.getLineNumber())
                    .collect(Collectors.joining("\n    "));
            return event.getEventType().getName() + " " + what + "\n    " + stack;
        }
    }
}
