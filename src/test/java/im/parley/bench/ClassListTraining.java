package im.parley.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the class list that {@code jpackage/class-archive.sh} makes the app image's class-data
 * archive from: the classes the real app loads while it starts on AppBenchmark's profile (1,000
 * contacts, 100,000 messages), opens the biggest conversation and scrolls it, and warms the media
 * libraries up. BouncyCastle's lines are left out: its jars are signed, and the JVM archives
 * nothing from a signed jar. Run by src/test/scripts/classlist.sh.
 */
public final class ClassListTraining {
    private ClassListTraining() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = BenchSupport.readEnv(Path.of(args[0]));
        Path out = Path.of(args[1]);
        Path profile = Files.createTempDirectory("parley-classlist");
        AppBenchmark.prepare(env, profile);
        Path raw = Files.createTempFile("parley", ".classlist");
        AppBenchmark.startUp(AppLaunch.jar("training", List.of("-XX:DumpLoadedClassList=" + raw)), profile,
                "scroll:contact0@example.org", null);
        List<String> lines = Files.readAllLines(raw).stream()
                .filter(line -> !line.contains("org/bouncycastle/"))
                .toList();
        Files.write(out, lines);
        Files.delete(raw);
        BenchSupport.log("class list: %s (%,d lines)", out, lines.size());
    }
}
