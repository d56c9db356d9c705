package im.parley.xmpp.im;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Presence;
import org.junit.jupiter.api.Test;

/** The presence table's bounds and RFC 6121 §8.5.2.1.1's choice of the most available resource. */
class PresenceTableTest {
    private static final Jid ROMEO = Jid.of("romeo@example.net");

    private static Presence available(String from, Presence.Show show, int priority) {
        Presence.Builder b = Presence.builder().from(Jid.of(from)).show(show);
        if (priority != 0) {
            b.priority(priority);
        }
        return b.build();
    }

    private static Presence unavailable(String from) {
        return Presence.builder().from(Jid.of(from)).type(Presence.Type.UNAVAILABLE).build();
    }

    private static String best(PresenceTable t) {
        return t.mostAvailable(ROMEO).map(r -> r.jid().resource()).orElse(null);
    }

    @Test
    void highestPriorityWins() {
        PresenceTable t = new PresenceTable();
        t.update(available("romeo@example.net/low", Presence.Show.CHAT, 1));
        t.update(available("romeo@example.net/high", Presence.Show.DND, 5));

        assertThat(best(t)).isEqualTo("high");
    }

    @Test
    void equalPriorityRanksByShowThenRecency() {
        PresenceTable t = new PresenceTable();
        t.update(available("romeo@example.net/dnd", Presence.Show.DND, 0));
        t.update(available("romeo@example.net/xa", Presence.Show.XA, 0));
        assertThat(best(t)).isEqualTo("xa");
        t.update(available("romeo@example.net/away", Presence.Show.AWAY, 0));
        assertThat(best(t)).isEqualTo("away");
        t.update(available("romeo@example.net/plain", null, 0));
        assertThat(best(t)).isEqualTo("plain");
        t.update(available("romeo@example.net/chat", Presence.Show.CHAT, 0));
        assertThat(best(t)).isEqualTo("chat");

        t.update(available("romeo@example.net/chat2", Presence.Show.CHAT, 0));
        assertThat(best(t)).as("most recent among equals").isEqualTo("chat2");
        t.update(available("romeo@example.net/chat", Presence.Show.CHAT, 0));
        assertThat(best(t)).isEqualTo("chat");
    }

    @Test
    void unavailableRemovesTheResourceAndLastOneTheContact() {
        PresenceTable t = new PresenceTable();
        t.update(available("romeo@example.net/a", Presence.Show.CHAT, 0));
        t.update(available("romeo@example.net/b", Presence.Show.AWAY, 0));

        assertThat(t.update(unavailable("romeo@example.net/a"))).isTrue();
        assertThat(best(t)).isEqualTo("b");
        t.update(unavailable("romeo@example.net/b"));
        assertThat(t.mostAvailable(ROMEO)).isEmpty();
        assertThat(t.contactCount()).isZero();
        assertThat(t.update(unavailable("romeo@example.net/b"))).isFalse();
    }

    @Test
    void unavailableFromTheBareJidOrAnErrorClearsTheContact() {
        PresenceTable t = new PresenceTable();
        t.update(available("romeo@example.net/a", null, 0));
        t.update(available("romeo@example.net/b", null, 0));
        t.update(unavailable("romeo@example.net"));
        assertThat(t.contactCount()).isZero();

        t.update(available("romeo@example.net/a", null, 0));
        t.update(Presence.builder().from(ROMEO).type(Presence.Type.ERROR).build());
        assertThat(t.contactCount()).isZero();
    }

    @Test
    void aFloodOfTenThousandResourcesFromOneContactStaysBounded() {
        PresenceTable t = new PresenceTable(100, 64);
        for (int i = 0; i < 10_000; i++) {
            t.update(available("romeo@example.net/r" + i, null, 0));
        }

        assertThat(t.resourceCount()).isEqualTo(64);
        assertThat(t.resources(ROMEO)).hasSize(64);
        // The most recent resources are the ones kept.
        assertThat(best(t)).isEqualTo("r9999");
        assertThat(t.resources(ROMEO)).extracting(r -> r.jid().resource()).doesNotContain("r0", "r9935");
    }

    @Test
    void aFloodOfContactsEvictsTheLeastRecentlyUpdated() {
        PresenceTable t = new PresenceTable(100, 64);
        t.update(available("keep@example.net/a", null, 0));
        for (int i = 0; i < 10_000; i++) {
            t.update(available("c" + i + "@example.net/a", null, 0));
            if (i % 50 == 0) {
                t.update(available("keep@example.net/a", null, 0));
            }
        }

        assertThat(t.contactCount()).isEqualTo(100);
        assertThat(t.mostAvailable(Jid.of("keep@example.net"))).isPresent();
        assertThat(t.mostAvailable(Jid.of("c0@example.net"))).isEmpty();
        assertThat(t.mostAvailable(Jid.of("c9999@example.net"))).isPresent();
    }

    @Test
    void subscriptionPresenceIsNotTracked() {
        PresenceTable t = new PresenceTable();
        assertThat(t.update(Presence.builder().from(ROMEO).type(Presence.Type.SUBSCRIBE).build())).isFalse();
        assertThat(t.contactCount()).isZero();
    }
}
