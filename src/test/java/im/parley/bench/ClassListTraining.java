package im.parley.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the class list that {@code jpackage/class-archive.sh} makes the app image's class-data
 * archive from: the classes the real app loads while it starts on AppBenchmark's profile (1,000
 * contacts, 100,000 messages), opens the biggest conversation and scrolls it, and warms the media
 * libraries up; then those a one-shot {@code parley cli ... send} loads, as the image's launcher
 * runs the command line too. BouncyCastle's lines are left out: its jars are signed, and the JVM
 * archives nothing from a signed jar. Run by src/test/scripts/classlist.sh.
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
        Path cliRaw = Files.createTempFile("parley-cli", ".classlist");
        oneShotSend(env, cliRaw);
        Set<String> lines = new LinkedHashSet<>(Files.readAllLines(raw));
        lines.addAll(Files.readAllLines(cliRaw));
        lines.removeIf(line -> line.contains("org/bouncycastle/"));
        Files.write(out, lines);
        Files.delete(raw);
        Files.delete(cliRaw);
        BenchSupport.log("class list: %s (%,d lines)", out, lines.size());
    }

    /** What OneShotSendBenchmark times: alice sends bob one message and the process ends. */
    private static void oneShotSend(Map<String, String> env, Path classList) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:DumpLoadedClassList=" + classList, "-jar", "target/parley.jar"));
        command.addAll(OneShotSendBenchmark.cliSend(env.get("C2S_PORT"), env.get("CA_CERT")));
        ProcessBuilder send = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        send.environment().put("PARLEY_PASSWORD", "alicepass");
        int status = send.start().waitFor();
        if (status != 0) {
            throw new IllegalStateException("the one-shot send ended with " + status);
        }
    }
}
