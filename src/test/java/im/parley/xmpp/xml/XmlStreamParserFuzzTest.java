package im.parley.xmpp.xml;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Whatever the bytes and however they are chunked, the parser either reads them or throws
 * {@link XmlStreamException}, never anything else; and the chunking changes nothing: a stream
 * fed in pieces gives the same events as fed whole (which is how Aalto losing split emoji in
 * attribute values was found).
 *
 * <p>Input layout, as {@link FuzzedDataProvider} reads it: the XML comes from the front and each
 * chunk size from the back (a byte {@code b} gives {@code 1 + b % 255} bytes). The seeds in
 * {@code XmlStreamParserFuzzTestInputs/feedInChunks/} are XML followed by such size bytes, the
 * last byte sizing the first chunk. A plain {@code mvn test} runs only the seeds; to fuzz:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=XmlStreamParserFuzzTest}.
 */
class XmlStreamParserFuzzTest {
    private static final Limits LIMITS = new Limits(4096, 16);

    @FuzzTest(maxDuration = "5m")
    void feedInChunks(FuzzedDataProvider data) {
        List<byte[]> chunks = new ArrayList<>();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        while (data.remainingBytes() > 0) {
            byte[] chunk = data.consumeBytes(data.consumeInt(1, 255));
            chunks.add(chunk);
            all.writeBytes(chunk);
        }
        byte[] whole = all.toByteArray();

        Outcome chunked = parse(chunks);
        Outcome oneShot = parse(List.of(whole));
        assertThat(chunked.failure == null).as("fails in chunks iff it fails whole").isEqualTo(oneShot.failure == null);
        if (oneShot.failure == null) {
            assertThat(chunked.events).isEqualTo(oneShot.events);
        }

        try {
            assertThat(XmlStreamParser.parseDocument(whole, LIMITS)).isNotNull();
        } catch (XmlStreamException expected) {
            assertThat(expected.condition()).isNotNull();
        }
    }

    private static Outcome parse(List<byte[]> chunks) {
        RecordingListener listener = new RecordingListener();
        XmlStreamParser parser = new XmlStreamParser(listener, LIMITS);
        try {
            for (byte[] chunk : chunks) {
                parser.feed(chunk, 0, chunk.length);
            }
            parser.endOfInput();
            return new Outcome(listener.events, null);
        } catch (XmlStreamException e) {
            assertThat(e.condition()).isNotNull();
            return new Outcome(listener.events, e);
        }
    }

    private record Outcome(List<Object> events, XmlStreamException failure) {
    }
}
