package im.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.history.KeptAccount;
import im.parley.client.history.Profile;
import im.parley.xmpp.jid.Jid;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compact}: no server, a real profile folder. */
class CompactCommandTest {
    private static final Pattern SIZES = Pattern.compile("\\{\"bytes_before\":(\\d+),\"bytes_after\":(\\d+),\"ms\":\\d+}");

    @TempDir
    Path dir;

    @Test
    void compactsTheProfilesArchiveAndPrintsItsSizes() throws Exception {
        try (Profile profile = Profile.open(dir)) {
            profile.addAccount(Jid.of("alice@example.org"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = ParleyCli.run("--profile", dir.toString(), "compact");
        } finally {
            System.setOut(original);
        }

        assertThat(code).isZero();
        Matcher m = SIZES.matcher(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(m.matches()).as(out.toString(StandardCharsets.UTF_8)).isTrue();
        assertThat(Long.parseLong(m.group(2))).isEqualTo(Files.size(dir.resolve("archive.mv.db")))
                .isLessThanOrEqualTo(Long.parseLong(m.group(1)));
        try (Profile profile = Profile.open(dir)) {
            assertThat(profile.accounts()).extracting(KeptAccount::jid).containsExactly(Jid.of("alice@example.org"));
        }
    }

    @Test
    void aFolderWithoutAnArchiveIsAnUnavailableProfile() {
        assertThat(ParleyCli.run("--profile", dir.resolve("none").toString(), "compact"))
                .isEqualTo(ExitCode.PROFILE_UNAVAILABLE.code);
        assertThat(dir.resolve("none")).doesNotExist();
    }
}
