package im.parley.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a benchmark starts the desktop app: {@code java -jar target/parley.jar} with JVM flags, or
 * the launcher of an app image made by {@code jpackage/app-image.sh}, which takes the probe's
 * properties from {@code JAVA_TOOL_OPTIONS} (its own options are fixed in its configuration).
 */
record AppLaunch(String what, List<String> command, boolean image) {

    static AppLaunch jar(String what, List<String> jvmFlags) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        jvmFlags.stream().filter(f -> !f.isEmpty()).forEach(cmd::add);
        cmd.addAll(List.of("-jar", System.getProperty("bench.jar", "target/parley.jar")));
        return new AppLaunch(what, List.copyOf(cmd), false);
    }

    static AppLaunch image(String what, Path image) {
        return new AppLaunch(what, List.of(image.resolve("bin/Parley").toString()), true);
    }

    /**
     * Starts the app on {@code profile} with the start-up probe in {@code mode}; its stderr is
     * dropped. Where its passwords are kept is left to the app, as for a user: the prepared
     * profile keeps them in the encrypted file, which the app then uses without a keyring probe.
     */
    Process start(Path profile, String probeMode) throws IOException {
        List<String> properties = List.of("-Dparley.startupProbe=" + probeMode);
        List<String> cmd = new ArrayList<>(command);
        if (!image) {
            cmd.addAll(1, properties);
        }
        cmd.addAll(List.of("--profile", profile.toString()));
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        if (image) {
            builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", properties));
        }
        return builder.start();
    }
}
