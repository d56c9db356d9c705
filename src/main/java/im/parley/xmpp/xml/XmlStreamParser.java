package im.parley.xmpp.xml;

import com.fasterxml.aalto.AsyncByteArrayFeeder;
import com.fasterxml.aalto.AsyncXMLStreamReader;
import im.parley.xmpp.stanza.StreamErrorCondition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * Non-blocking reader of an XMPP stream (RFC 6120 §4) over Aalto's async parser. Bytes go in
 * through {@link #feed} in any chunking; out come the stream header, each complete top-level
 * child as an immutable {@link XmlElement}, and the stream close.
 *
 * <p>The restrictions of RFC 6120 §11.1 are enforced (no DTD, no entities but the predefined
 * five, no comments or processing instructions) together with the {@link Limits}. Any violation
 * throws {@link XmlStreamException} carrying the stream error to report; the parser then refuses
 * all further input, even after {@link #reset()}, because a stream error ends the connection.
 *
 * <p>Not thread-safe: one parser per connection, fed from one thread at a time. Listener methods
 * run on the feeding thread and may call {@link #reset()}; an exception a listener throws leaves
 * the parser unusable.
 */
public final class XmlStreamParser {
    public static final String STREAMS_NAMESPACE = "http://etherx.jabber.org/streams";

    /** Receives what the parser reads, on the thread that feeds it. */
    public interface Listener {
        /** The root element {@code <stream:stream ...>} has been read. */
        void streamOpened(StreamHeader header);

        /** A complete top-level child: a stanza, {@code <stream:features/>}, etc. */
        void element(XmlElement element);

        /** {@code </stream:stream>} has been read. */
        void streamClosed();
    }

    /**
     * Aalto is fed copies of at most this many bytes. Copying makes every feed start at array
     * index 0, which Aalto's byte offsets need to be right (they are off by the feed offset
     * otherwise), lets the parser hold back a split UTF-8 sequence, and bounds how far past a
     * size limit the parser reads before it notices.
     */
    private static final int WINDOW_BYTES = 8192;

    // What one reader event asks of the drain loop.
    private static final int DONE = 0;
    private static final int NOTHING = 1;
    private static final int OPENED = 2;
    private static final int ELEMENT = 3;
    private static final int CLOSED = 4;

    private final Listener listener;
    private final Limits limits;
    private final boolean documentMode;
    /** Depth at which the parser is between top-level units: inside the stream root, or outside the document. */
    private final int unitDepth;
    private final byte[] window = new byte[WINDOW_BYTES];
    private final ElementAssembler assembler = new ElementAssembler();
    private final PrologGuard prologGuard = new PrologGuard();

    /** window[0, carried) holds the start of a UTF-8 sequence cut by the end of the last chunk (see {@link Utf8}). */
    private int carried;
    private AsyncXMLStreamReader<AsyncByteArrayFeeder> reader;
    private int depth;
    /** Bytes given to the current reader. */
    private long fed;
    /** Offset where the current top-level unit (stanza, header, whitespace run) began. */
    private long unitStart;
    /** Bumped by reset(), so that a reset from inside a listener callback is noticed. */
    private int generation;
    private boolean documentEnded;
    private boolean inputEnded;
    private XmlStreamException failure;
    private StreamHeader openedHeader;
    private XmlElement completedElement;

    public XmlStreamParser(Listener listener, Limits limits) {
        this(listener, limits, false);
    }

    private XmlStreamParser(Listener listener, Limits limits, boolean documentMode) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.documentMode = documentMode;
        this.unitDepth = documentMode ? 0 : 1;
        reset();
    }

    /**
     * Parses one whole document with any root, e.g. a BOSH {@code <body/>} wrapper, under the same
     * restrictions as a stream; {@code limits.maxStanzaBytes()} bounds the whole document.
     */
    public static XmlElement parseDocument(byte[] doc, Limits limits) throws XmlStreamException {
        DocumentCollector collector = new DocumentCollector();
        XmlStreamParser parser = new XmlStreamParser(collector, limits, true);
        parser.feed(doc, 0, doc.length);
        parser.endOfInput();
        return collector.root;
    }

    /** Parses the next bytes of the stream; they may split tokens and characters anywhere. */
    public void feed(byte[] buf, int off, int len) throws XmlStreamException {
        Objects.checkFromIndexSize(off, len, buf.length);
        checkUsable();
        if (inputEnded) {
            throw new IllegalStateException("input already ended; reset() first");
        }
        while (len > 0) {
            int n = Math.min(len, WINDOW_BYTES - carried);
            System.arraycopy(buf, off, window, carried, n);
            off += n;
            len -= n;
            int filled = carried + n;
            int complete = Utf8.completeLength(window, filled);
            int consumed;
            while (complete > 0 && (consumed = parseWindow(complete)) < complete) {
                // A listener reset the parser: what follows starts the new document.
                filled -= consumed;
                complete -= consumed;
                System.arraycopy(window, consumed, window, 0, filled);
            }
            carried = filled - complete;
            System.arraycopy(window, complete, window, 0, carried);
        }
    }

    /**
     * The peer closed the connection. Fine right after {@code </stream:stream>} or before any byte
     * of a new stream; anywhere else the stream was cut short, which is NOT_WELL_FORMED.
     */
    public void endOfInput() throws XmlStreamException {
        checkUsable();
        if (inputEnded) {
            return;
        }
        inputEnded = true;
        if (carried > 0) {
            throw fail(StreamErrorCondition.NOT_WELL_FORMED, "input ended inside a UTF-8 sequence");
        }
        if (fed == 0 && !documentMode) {
            return;
        }
        reader.getInputFeeder().endOfInput();
        drain(0);
        // After end of input Aalto answers a truncated document with EVENT_INCOMPLETE, not an error.
        if (!documentEnded) {
            throw fail(StreamErrorCondition.NOT_WELL_FORMED, "input ended inside the XML document");
        }
    }

    /** Forgets the current document: the next bytes start a new one (stream restart). */
    public void reset() {
        // The old reader is dropped, not closed: closing would merge the names it has seen
        // into the factory-wide symbol table, letting one peer grow memory shared by all.
        reader = AaltoSupport.newReader();
        depth = 0;
        carried = 0;
        fed = 0;
        unitStart = 0;
        documentEnded = false;
        inputEnded = false;
        assembler.clear();
        prologGuard.reset();
        generation++;
    }

    /** Parses window[0, len); returns len, or fewer bytes if a listener reset the parser. */
    private int parseWindow(int len) throws XmlStreamException {
        if (!prologGuard.passed() && !prologGuard.scan(window, len)) {
            throw fail(StreamErrorCondition.RESTRICTED_XML,
                    "DOCTYPE or comment before the root element (RFC 6120 §11.1 forbids both)");
        }
        long base = fed;
        fed += len;
        try {
            reader.getInputFeeder().feedInput(window, 0, len);
        } catch (XMLStreamException e) {
            throw fail(AaltoSupport.classify(e), e.getMessage());
        }
        int consumed = drain(base);
        if (consumed < len) {
            return consumed;
        }
        if (fed - unitStart > limits.maxStanzaBytes()) {
            throw fail(StreamErrorCondition.POLICY_VIOLATION,
                    "top-level element exceeds " + limits.maxStanzaBytes() + " bytes");
        }
        return len;
    }

    /**
     * Handles events until the reader needs input; returns how many bytes of the last feed
     * (which began at offset {@code base}) had been consumed when a listener reset the parser,
     * or Integer.MAX_VALUE when none did.
     */
    private int drain(long base) throws XmlStreamException {
        int action;
        while ((action = nextAction()) != DONE) {
            if (action != NOTHING) {
                int gen = generation;
                long consumed = unitStart - base; // every delivered event ends a unit
                deliver(action);
                if (gen != generation) {
                    return (int) consumed;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    private int nextAction() throws XmlStreamException {
        try {
            int event = reader.next();
            switch (event) {
                case AsyncXMLStreamReader.EVENT_INCOMPLETE:
                    return DONE;
                case XMLStreamConstants.START_ELEMENT:
                    return startElement();
                case XMLStreamConstants.END_ELEMENT:
                    return endElement();
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    characters();
                    return NOTHING;
                case XMLStreamConstants.START_DOCUMENT:
                    checkEncoding();
                    endUnit();
                    return NOTHING;
                case XMLStreamConstants.END_DOCUMENT:
                    documentEnded = true;
                    return DONE;
                default:
                    throw fail(StreamErrorCondition.RESTRICTED_XML,
                            AaltoSupport.restrictedConstruct(event, reader) + " (RFC 6120 §11.1)");
            }
        } catch (XMLStreamException e) {
            throw fail(AaltoSupport.classify(e), e.getMessage());
        } catch (RuntimeException e) {
            // Aalto bugs on odd input must not escape as anything but a stream error.
            throw fail(StreamErrorCondition.NOT_WELL_FORMED, "XML parser failure: " + e, e);
        }
    }

    private int startElement() throws XMLStreamException, XmlStreamException {
        if (++depth > limits.maxDepth()) {
            throw fail(StreamErrorCondition.POLICY_VIOLATION, "elements nested deeper than " + limits.maxDepth());
        }
        if (depth > unitDepth) {
            assembler.start(reader);
            return NOTHING;
        }
        openedHeader = readHeader();
        endUnit();
        return OPENED;
    }

    private int endElement() throws XMLStreamException, XmlStreamException {
        if (depth-- > unitDepth) {
            XmlElement element = assembler.end();
            if (element == null) {
                return NOTHING;
            }
            completedElement = element;
            endUnit();
            return ELEMENT;
        }
        endUnit();
        return CLOSED;
    }

    private void characters() throws XMLStreamException {
        if (depth > unitDepth) {
            assembler.text(reader);
        } else {
            // Whitespace keep-alives between stanzas (or stray text there) carry nothing: drop them
            // and start counting the next unit after them, so they never add up to a limit.
            unitStart = reader.getLocationInfo().getEndingByteOffset();
        }
    }

    /** A top-level unit ends at the current event: check its size and start the next one. */
    private void endUnit() throws XMLStreamException, XmlStreamException {
        long end = reader.getLocationInfo().getEndingByteOffset();
        if (end - unitStart > limits.maxStanzaBytes()) {
            throw fail(StreamErrorCondition.POLICY_VIOLATION,
                    "top-level element of " + (end - unitStart) + " bytes exceeds " + limits.maxStanzaBytes());
        }
        unitStart = end;
    }

    private void checkEncoding() throws XmlStreamException {
        String declared = reader.getCharacterEncodingScheme();
        if (declared != null && !declared.equalsIgnoreCase("UTF-8")) {
            throw fail(StreamErrorCondition.UNSUPPORTED_ENCODING,
                    "XML declaration names encoding " + declared + "; XMPP is UTF-8 only");
        }
    }

    private StreamHeader readHeader() throws XmlStreamException {
        String name = reader.getLocalName();
        String namespace = ElementAssembler.orEmpty(reader.getNamespaceURI());
        if (!name.equals("stream") || !namespace.equals(STREAMS_NAMESPACE)) {
            throw fail(StreamErrorCondition.INVALID_NAMESPACE,
                    "stream root is {" + namespace + "}" + name + ", not {" + STREAMS_NAMESPACE + "}stream");
        }
        String defaultNamespace = "";
        for (int i = 0, n = reader.getNamespaceCount(); i < n; i++) {
            String prefix = reader.getNamespacePrefix(i);
            if (prefix == null || prefix.isEmpty()) {
                defaultNamespace = ElementAssembler.orEmpty(reader.getNamespaceURI(i));
            }
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0, n = reader.getAttributeCount(); i < n; i++) {
            attributes.put(ElementAssembler.attributeKey(reader, i), reader.getAttributeValue(i));
        }
        return new StreamHeader(name, namespace, defaultNamespace, attributes);
    }

    private void deliver(int action) {
        try {
            switch (action) {
                case OPENED -> listener.streamOpened(openedHeader);
                case ELEMENT -> listener.element(completedElement);
                default -> listener.streamClosed();
            }
        } catch (RuntimeException e) {
            // The reader still holds unread input; carrying on would report nonsense.
            failure = new XmlStreamException(StreamErrorCondition.INTERNAL_SERVER_ERROR, "stream listener failed", e);
            throw e;
        }
    }

    private void checkUsable() throws XmlStreamException {
        if (failure != null) {
            throw new XmlStreamException(failure.condition(), "stream already failed: " + failure.getMessage(), failure);
        }
    }

    private XmlStreamException fail(StreamErrorCondition condition, String message) {
        return fail(condition, message, null);
    }

    private XmlStreamException fail(StreamErrorCondition condition, String message, Throwable cause) {
        failure = new XmlStreamException(condition, message, cause);
        return failure;
    }

    /** Document mode reports only the root element. */
    private static final class DocumentCollector implements Listener {
        private XmlElement root;

        @Override
        public void streamOpened(StreamHeader header) {
            throw new AssertionError("no stream header in document mode");
        }

        @Override
        public void element(XmlElement element) {
            root = element;
        }

        @Override
        public void streamClosed() {
            throw new AssertionError("no stream close in document mode");
        }
    }
}
