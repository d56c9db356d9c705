package im.parley.xmpp.xml;

import com.fasterxml.aalto.AsyncByteArrayFeeder;
import com.fasterxml.aalto.AsyncXMLInputFactory;
import com.fasterxml.aalto.AsyncXMLStreamReader;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import im.parley.xmpp.stanza.StreamErrorCondition;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** How the parser configures Aalto and reads its errors. */
final class AaltoSupport {
    /** Configured once: Aalto factories are thread-safe for creating readers. */
    private static final AsyncXMLInputFactory FACTORY = newFactory();

    private AaltoSupport() {
    }

    static AsyncXMLStreamReader<AsyncByteArrayFeeder> newReader() {
        return FACTORY.createAsyncForByteArray();
    }

    /** Aalto has one exception type for all syntax errors; the message tells the cases apart. */
    static StreamErrorCondition classify(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Unbound namespace prefix")) {
            return StreamErrorCondition.BAD_NAMESPACE_PREFIX;
        }
        if (message.contains("Unexpanded ENTITY_REFERENCE")) { // an undeclared entity in an attribute value
            return StreamErrorCondition.RESTRICTED_XML;
        }
        return StreamErrorCondition.NOT_WELL_FORMED;
    }

    /** Names the construct of a reader event that RFC 6120 §11.1 forbids. */
    static String restrictedConstruct(int event, XMLStreamReader reader) {
        return switch (event) {
            case XMLStreamConstants.PROCESSING_INSTRUCTION -> "processing instruction";
            case XMLStreamConstants.COMMENT -> "comment";
            case XMLStreamConstants.ENTITY_REFERENCE -> "undeclared entity &" + reader.getLocalName() + ";";
            case XMLStreamConstants.DTD -> "DOCTYPE";
            default -> "restricted XML construct (StAX event " + event + ")";
        };
    }

    private static AsyncXMLInputFactory newFactory() {
        AsyncXMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // Undeclared entities then surface as ENTITY_REFERENCE events, which are refused.
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }
}
