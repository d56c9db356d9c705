package im.parley;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.Specifications;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README's features table is the engine's single list of specifications, so it cannot drift. */
class ReadmeFeaturesTest {
    static final String BEGIN = "<!-- features:begin (generated from im.parley.xmpp.Specifications) -->\n";
    static final String END = "<!-- features:end -->";

    @Test
    void readmeTableMatchesTheEngine() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("README has the features markers").isNotNegative();
        assertThat(end).isGreaterThan(begin);

        assertThat(readme.substring(begin + BEGIN.length(), end)).isEqualTo(Specifications.markdownTable());
    }

    @Test
    void everyAnnouncedFeatureBelongsToASpecification() {
        assertThat(Specifications.discoFeatures()).doesNotHaveDuplicates()
                .contains("http://jabber.org/protocol/disco#info", "urn:xmpp:ping");
    }
}
