package im.parley.bench;

import com.fasterxml.aalto.AsyncByteArrayFeeder;
import com.fasterxml.aalto.AsyncXMLStreamReader;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.stanza.StanzaFormatException;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.StreamHeader;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamException;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLStreamException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link XmlStreamParser} against the bare Aalto async token loop it is built on, over the same
 * 100k-message stream in the same 4 KiB chunks; one operation reads the whole stream. Run:
 * {@code mvn -q test-compile exec:exec@jmh -Djmh.args="XmlParseBenchmark -f 1 -wi 3 -i 5"}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class XmlParseBenchmark {
    static final int MESSAGES = 100_000;
    static final int CHUNK = 4096;

    private byte[] stream;

    @Setup
    public void generateStream() {
        StringBuilder sb = new StringBuilder(MESSAGES * 300);
        sb.append("<?xml version='1.0'?><stream:stream xmlns='jabber:client'"
                + " xmlns:stream='http://etherx.jabber.org/streams' from='example.org' id='bench'"
                + " to='juliet@example.org/balcony' version='1.0' xml:lang='en'>");
        for (int i = 0; i < MESSAGES; i++) {
            sb.append("<message from='romeo@montague.lit/orchard' to='juliet@capulet.lit' type='chat' id='m")
                    .append(i).append("'><body>But soft! ").append(i).append("</body>")
                    .append("<origin-id xmlns='urn:xmpp:sid:0' id='b6e2-").append(i).append("'/>")
                    .append("<active xmlns='http://jabber.org/protocol/chatstates'/></message>");
            if (i % 100 == 0) {
                sb.append(' '); // a whitespace keep-alive now and then
            }
        }
        sb.append("</stream:stream>");
        stream = sb.toString().getBytes(StandardCharsets.UTF_8);
        // ops/s times this is bytes/s
        System.out.printf("%nstream: %,d bytes, %d bytes per message%n", stream.length, stream.length / MESSAGES);
    }

    @Benchmark
    public int parley(Blackhole bh) throws XmlStreamException {
        int[] elements = {0};
        XmlStreamParser parser = new XmlStreamParser(new XmlStreamParser.Listener() {
            @Override
            public void streamOpened(StreamHeader header) {
                bh.consume(header);
            }

            @Override
            public void element(XmlElement element) {
                bh.consume(element);
                elements[0]++;
            }

            @Override
            public void streamClosed() {
                bh.consume(elements);
            }
        }, Limits.defaults());
        for (int off = 0; off < stream.length; off += CHUNK) {
            parser.feed(stream, off, Math.min(CHUNK, stream.length - off));
        }
        parser.endOfInput();
        return elements[0];
    }

    /** The same, plus decoding each element into a Message stanza with its JIDs checked. */
    @Benchmark
    public int parleyStanzas(Blackhole bh) throws XmlStreamException {
        int[] stanzas = {0};
        XmlStreamParser parser = new XmlStreamParser(new XmlStreamParser.Listener() {
            @Override
            public void streamOpened(StreamHeader header) {
                bh.consume(header);
            }

            @Override
            public void element(XmlElement element) {
                try {
                    bh.consume(Stanza.fromXml(element));
                    stanzas[0]++;
                } catch (StanzaFormatException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void streamClosed() {
                bh.consume(stanzas);
            }
        }, Limits.defaults());
        for (int off = 0; off < stream.length; off += CHUNK) {
            parser.feed(stream, off, Math.min(CHUNK, stream.length - off));
        }
        parser.endOfInput();
        return stanzas[0];
    }

    @Benchmark
    public int rawAalto() throws XMLStreamException {
        AsyncXMLStreamReader<AsyncByteArrayFeeder> reader = new InputFactoryImpl().createAsyncForByteArray();
        int events = 0;
        int off = 0;
        while (true) {
            int event = reader.next();
            if (event == AsyncXMLStreamReader.EVENT_INCOMPLETE) {
                if (off >= stream.length) {
                    return events;
                }
                int n = Math.min(CHUNK, stream.length - off);
                reader.getInputFeeder().feedInput(stream, off, n);
                off += n;
            } else {
                events++;
            }
        }
    }
}
