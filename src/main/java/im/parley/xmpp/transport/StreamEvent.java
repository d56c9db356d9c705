package im.parley.xmpp.transport;

import im.parley.xmpp.xml.StreamHeader;
import im.parley.xmpp.xml.XmlElement;

/** What a stream delivers: its opening header, each top-level element, and its close. */
public sealed interface StreamEvent {
    record Opened(StreamHeader header) implements StreamEvent {
    }

    record Element(XmlElement element) implements StreamEvent {
    }

    record Closed() implements StreamEvent {
    }
}
