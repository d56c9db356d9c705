package im.parley.client;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.jid.Jid;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ConversationReadStateTest {
    private static final Jid ROMEO = Jid.of("romeo@montague.lit");
    private static final Jid NURSE = Jid.of("nurse@capulet.lit");

    @Test
    void countsPerContactBareJidAndIgnoresARepeatedId() {
        ConversationReadState state = new ConversationReadState(10, 10);

        assertThat(state.arrived(Jid.of("romeo@montague.lit/orchard"), "m1", true)).isEqualTo(OptionalInt.of(1));
        assertThat(state.arrived(ROMEO.withResource("garden"), "m2", true)).isEqualTo(OptionalInt.of(2));
        assertThat(state.arrived(ROMEO, "m2", true)).as("the same message again").isEmpty();
        assertThat(state.arrived(NURSE, "n1", false)).isEqualTo(OptionalInt.of(1));

        assertThat(state.unread(ROMEO)).isEqualTo(2);
        assertThat(state.unread(NURSE)).isEqualTo(1);
        assertThat(state.unread(Jid.of("tybalt@capulet.lit"))).isZero();
    }

    @Test
    void readingHereNamesTheNewestMessageThatAskedForAMarker() {
        ConversationReadState state = new ConversationReadState(10, 10);
        state.arrived(ROMEO, "m1", true);
        state.arrived(ROMEO, "m2", true);
        state.arrived(ROMEO, "m3", false);

        assertThat(state.readAll(ROMEO)).isEqualTo(new ConversationReadState.ReadHere(true, Optional.of("m2")));
        assertThat(state.unread(ROMEO)).isZero();
        assertThat(state.readAll(ROMEO)).as("nothing left to read")
                .isEqualTo(new ConversationReadState.ReadHere(false, Optional.empty()));
    }

    @Test
    void aMarkerFromElsewhereReadsUpToItsMessageAndNeverBack() {
        ConversationReadState state = new ConversationReadState(10, 10);
        state.arrived(ROMEO, "m1", true);
        state.arrived(ROMEO, "m2", true);
        state.arrived(ROMEO, "m3", true);

        assertThat(state.readUpTo(ROMEO, "unknown")).isEmpty();
        assertThat(state.readUpTo(NURSE, "m2")).as("not this conversation's message").isEmpty();
        assertThat(state.readUpTo(ROMEO, "m2")).isEqualTo(OptionalInt.of(1));
        assertThat(state.readUpTo(ROMEO, "m1")).as("older than what is read already").isEmpty();
        assertThat(state.unread(ROMEO)).isEqualTo(1);
        assertThat(state.readUpTo(ROMEO, "m3")).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void aFloodKeepsCountingButTracksOnlyTheNewestIds() {
        ConversationReadState state = new ConversationReadState(10, 3);
        for (int i = 1; i <= 10_000; i++) {
            state.arrived(ROMEO, "m" + i, true);
        }
        assertThat(state.unread(ROMEO)).isEqualTo(10_000);
        assertThat(state.readUpTo(ROMEO, "m9997")).as("no longer tracked").isEmpty();
        // Everything before a tracked message is older, so read as well.
        assertThat(state.readUpTo(ROMEO, "m9998")).isEqualTo(OptionalInt.of(2));
    }

    @Test
    void theLeastRecentlyActiveConversationsAreForgotten() {
        ConversationReadState state = new ConversationReadState(2, 10);
        state.arrived(ROMEO, "m1", true);
        state.arrived(NURSE, "n1", true);
        state.arrived(ROMEO, "m2", true);
        state.arrived(Jid.of("tybalt@capulet.lit"), "t1", true);

        assertThat(state.unread(NURSE)).isZero();
        assertThat(state.unread(ROMEO)).isEqualTo(2);
    }
}
