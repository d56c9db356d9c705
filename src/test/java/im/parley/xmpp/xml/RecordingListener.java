package im.parley.xmpp.xml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Records what a parser reports, in order: headers, elements and {@link #CLOSED}. */
class RecordingListener implements XmlStreamParser.Listener {
    static final String CLOSED = "</stream:stream>";

    final List<Object> events = new ArrayList<>();

    @Override
    public void streamOpened(StreamHeader header) {
        events.add(header);
    }

    @Override
    public void element(XmlElement element) {
        events.add(element);
    }

    @Override
    public void streamClosed() {
        events.add(CLOSED);
    }

    List<XmlElement> elements() {
        List<XmlElement> out = new ArrayList<>();
        for (Object e : events) {
            if (e instanceof XmlElement x) {
                out.add(x);
            }
        }
        return out;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Feeds everything in chunks of {@code chunk} bytes, then ends the input. */
    static List<Object> parse(byte[] input, int chunk) throws XmlStreamException {
        RecordingListener listener = new RecordingListener();
        XmlStreamParser parser = new XmlStreamParser(listener, Limits.defaults());
        for (int off = 0; off < input.length; off += chunk) {
            parser.feed(input, off, Math.min(chunk, input.length - off));
        }
        parser.endOfInput();
        return listener.events;
    }

    /** Feeds everything in chunks of random sizes between 1 and {@code maxChunk}. */
    static List<Object> parseRandomly(byte[] input, Random random, int maxChunk) throws XmlStreamException {
        RecordingListener listener = new RecordingListener();
        XmlStreamParser parser = new XmlStreamParser(listener, Limits.defaults());
        int off = 0;
        while (off < input.length) {
            int n = Math.min(1 + random.nextInt(maxChunk), input.length - off);
            parser.feed(input, off, n);
            off += n;
        }
        parser.endOfInput();
        return listener.events;
    }
}
