package im.parley;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The app image's class-data archive is made from jpackage/parley.classlist (see
 * jpackage/class-archive.sh). The dump skips classes that no longer exist without a word, so a
 * list gone stale would quietly give the start-up back its second: it must be regenerated
 * (src/test/scripts/classlist.sh) when most of Parley's own classes in it are gone.
 */
class ClassListTest {

    @Test
    void mostOfParleysListedClassesStillExist() throws Exception {
        List<String> own = Files.readAllLines(Path.of("jpackage/parley.classlist")).stream()
                .filter(line -> line.startsWith("im/parley/"))
                .map(line -> line.split(" ")[0])
                .toList();
        assertThat(own).as("Parley's classes in the list").hasSizeGreaterThan(500);

        long gone = own.stream()
                .filter(name -> !Files.exists(Path.of("target/classes", name + ".class")))
                .count();
        assertThat(gone).as("listed classes that no longer exist: regenerate with src/test/scripts/classlist.sh")
                .isLessThan(own.size() / 10);
    }

    @Test
    void leavesOutSignedJarsWhichAreNeverArchived() throws Exception {
        assertThat(Files.readString(Path.of("jpackage/parley.classlist"))).doesNotContain("org/bouncycastle/");
    }
}
