package im.parley.xmpp.ext.sm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.XmlElement;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** XEP-0198 counting on the client side: acks, handled count, resumption and 32-bit wrap. */
class StreamManagementTest {
    private static final long MOD = 1L << 32;

    private static Stanza message(String body) {
        return Message.builder().body(body).build();
    }

    private static StreamManagement enabled() {
        StreamManagement sm = new StreamManagement();
        sm.enabled(XmlElement.builder("enabled", StreamManagement.NAMESPACE)
                .attribute("id", "some-long-sm-id").attribute("resume", "true").build());
        return sm;
    }

    private static XmlElement withH(String h) {
        return XmlElement.builder("a", StreamManagement.NAMESPACE).attribute("h", h).build();
    }

    /** Sets a private counter: reaching 2^32 by counting would take billions of calls. */
    private static void setCounter(StreamManagement sm, String field, long value) throws ReflectiveOperationException {
        Field f = StreamManagement.class.getDeclaredField(field);
        f.setAccessible(true);
        f.setLong(sm, value);
    }

    @Test
    void enabledReadsResumeIdAndLocation() {
        StreamManagement sm = new StreamManagement();
        sm.enabled(XmlElement.builder("enabled", StreamManagement.NAMESPACE)
                .attribute("id", "some-long-sm-id").attribute("location", "[2001:41D0:1:A49b::1]:9222")
                .attribute("resume", "true").build());

        assertThat(sm.isEnabled()).isTrue();
        assertThat(sm.canResume()).isTrue();
        assertThat(sm.location()).isEqualTo("[2001:41D0:1:A49b::1]:9222");
        assertThat(sm.resumeRequest().attributeOrNull("previd")).isEqualTo("some-long-sm-id");
    }

    @Test
    void resumeMayBeSpelledOneButOtherwiseIsOff() {
        StreamManagement one = new StreamManagement();
        one.enabled(XmlElement.builder("enabled", StreamManagement.NAMESPACE)
                .attribute("id", "x").attribute("resume", "1").build());
        StreamManagement off = new StreamManagement();
        off.enabled(XmlElement.builder("enabled", StreamManagement.NAMESPACE)
                .attribute("id", "x").attribute("resume", "false").build());
        StreamManagement absent = new StreamManagement();
        absent.enabled(XmlElement.builder("enabled", StreamManagement.NAMESPACE).attribute("id", "x").build());

        assertThat(one.canResume()).isTrue();
        assertThat(off.canResume()).isFalse();
        assertThat(absent.canResume()).isFalse();
        assertThat(absent.isEnabled()).isTrue();
    }

    @Test
    void enablingAgainStartsTheHandledCountFromZero() {
        StreamManagement sm = enabled();
        sm.handledInbound();
        sm.handledInbound();

        sm.enabled(XmlElement.empty("enabled", StreamManagement.NAMESPACE));

        assertThat(sm.answer().attributeOrNull("h")).isEqualTo("0");
        assertThat(sm.canResume()).isFalse();
    }

    @Test
    void answerAndResumeRequestCarryTheHandledCount() {
        StreamManagement sm = enabled();
        assertThat(sm.answer().attributeOrNull("h")).isEqualTo("0");

        sm.handledInbound();
        sm.handledInbound();
        sm.handledInbound();

        XmlElement a = sm.answer();
        assertThat(a.is("a", StreamManagement.NAMESPACE)).isTrue();
        assertThat(a.attributeOrNull("h")).isEqualTo("3");
        XmlElement resume = sm.resumeRequest();
        assertThat(resume.is("resume", StreamManagement.NAMESPACE)).isTrue();
        assertThat(resume.attributeOrNull("h")).isEqualTo("3");
    }

    @Test
    void acknowledgeSettlesTheOldestStanzasAndCountsThem() {
        StreamManagement sm = enabled();
        Stanza first = message("1");
        Stanza second = message("2");
        Stanza third = message("3");
        CompletableFuture<Void> f1 = sm.track(first);
        CompletableFuture<Void> f2 = sm.track(second);
        CompletableFuture<Void> f3 = sm.track(third);

        assertThat(sm.acknowledge(2)).isEqualTo(2);

        assertThat(f1).isCompletedWithValue(null);
        assertThat(f2).isCompletedWithValue(null);
        assertThat(f3).isNotDone();
        assertThat(sm.unackedCount()).isEqualTo(1);
        assertThat(sm.unackedStanzas()).containsExactly(third);
        assertThat(sm.lastUnacked()).isSameAs(f3);
        assertThat(sm.acknowledge(2)).as("repeated h").isZero();
        assertThat(sm.acknowledge(3)).isEqualTo(1);
        assertThat(sm.lastUnacked()).isNull();
    }

    @Test
    void ackFuturesCompleteInSendingOrder() {
        StreamManagement sm = enabled();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            sm.track(message(Integer.toString(i))).thenRun(() -> order.add(n));
        }

        sm.acknowledge(5);

        assertThat(order).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void hBeyondWhatWasSentSettlesOnlyWhatWasSent() {
        StreamManagement sm = enabled();
        sm.track(message("1"));
        sm.track(message("2"));
        sm.track(message("3"));

        assertThat(sm.acknowledge(5)).isEqualTo(3);
        assertThat(sm.unackedCount()).isZero();

        // The ack base is what was really sent (3), not the bogus 5: the next stanza is number 4.
        CompletableFuture<Void> fourth = sm.track(message("4"));
        assertThat(sm.acknowledge(3)).isZero();
        assertThat(fourth).isNotDone();
        assertThat(sm.acknowledge(4)).isEqualTo(1);
        assertThat(fourth).isDone();
    }

    @Test
    void outboundCountWrapsAt2To32() throws Exception {
        StreamManagement sm = enabled();
        setCounter(sm, "sent", MOD - 2);
        setCounter(sm, "acked", MOD - 2);
        CompletableFuture<Void> last = null;
        for (int i = 0; i < 4; i++) {
            last = sm.track(message(Integer.toString(i))); // numbered 2^32-1, 0, 1, 2
        }

        assertThat(sm.acknowledge(MOD - 1)).isEqualTo(1);
        assertThat(sm.acknowledge(0)).isEqualTo(1);
        assertThat(sm.acknowledge(2)).isEqualTo(2);
        assertThat(sm.unackedCount()).isZero();
        assertThat(last).isDone();
    }

    @Test
    void handledCountWrapsAt2To32() throws Exception {
        StreamManagement sm = enabled();
        setCounter(sm, "handled", MOD - 1);
        assertThat(sm.answer().attributeOrNull("h")).isEqualTo("4294967295");

        sm.handledInbound();

        assertThat(sm.answer().attributeOrNull("h")).isEqualTo("0");
    }

    @Test
    void hAttributeMustBeAnUnsigned32BitNumber() {
        assertThat(StreamManagement.h(withH("0"))).isZero();
        assertThat(StreamManagement.h(withH(" 42 "))).isEqualTo(42);
        assertThat(StreamManagement.h(withH("4294967295"))).isEqualTo(4294967295L);
        assertThat(StreamManagement.h(withH("4294967296"))).isEqualTo(-1);
        assertThat(StreamManagement.h(withH("-1"))).isEqualTo(-1);
        assertThat(StreamManagement.h(withH("x"))).isEqualTo(-1);
        assertThat(StreamManagement.h(withH(""))).isEqualTo(-1);
        assertThat(StreamManagement.h(withH("99999999999999999999"))).isEqualTo(-1);
        assertThat(StreamManagement.h(XmlElement.empty("a", StreamManagement.NAMESPACE))).isEqualTo(-1);
    }

    @Test
    void handBackReturnsUnackedInOrderAndFailsTheirFutures() {
        StreamManagement sm = enabled();
        Stanza first = message("1");
        Stanza second = message("2");
        Stanza third = message("3");
        CompletableFuture<Void> f1 = sm.track(first);
        CompletableFuture<Void> f2 = sm.track(second);
        CompletableFuture<Void> f3 = sm.track(third);
        sm.acknowledge(1);
        IllegalStateException reason = new IllegalStateException("resumption failed");

        List<Stanza> lost = sm.handBack(reason);

        assertThat(lost).containsExactly(second, third);
        assertThat(f1).isCompletedWithValue(null);
        assertThatThrownBy(f2::join).cause().isSameAs(reason);
        assertThatThrownBy(f3::join).cause().isSameAs(reason);
        assertThat(sm.unackedCount()).isZero();
        assertThat(sm.isEnabled()).isFalse();
        assertThat(sm.canResume()).isFalse();
    }

    @Test
    void staleHSettlesNothing() {
        StreamManagement sm = enabled();
        sm.track(message("1"));
        sm.track(message("2"));
        CompletableFuture<Void> third = sm.track(message("3"));
        sm.acknowledge(2);

        assertThat(sm.acknowledge(1)).isZero();
        assertThat(third).isNotDone();
        assertThat(sm.unackedCount()).isEqualTo(1);
    }

    @Test
    void invalidHSettlesNothing() {
        StreamManagement sm = enabled();
        CompletableFuture<Void> f = sm.track(message("1"));

        assertThat(sm.acknowledge(-1)).isZero();
        assertThat(f).isNotDone();
        assertThat(sm.unackedStanzas()).hasSize(1);
    }
}
