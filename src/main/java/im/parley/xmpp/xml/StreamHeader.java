package im.parley.xmpp.xml;

import java.util.Map;

/**
 * The root element that opens a stream, e.g. {@code <stream:stream>}.
 *
 * @param name local name of the root
 * @param namespace namespace URI of the root ({@code ""} when none)
 * @param defaultNamespace the default namespace the root declares, e.g. {@code jabber:client}
 *     ({@code ""} when none)
 * @param attributes keyed as in {@link XmlElement}: {@code from}, {@code xml:lang},
 *     {@code {uri}local}
 */
public record StreamHeader(String name, String namespace, String defaultNamespace, Map<String, String> attributes) {
    public StreamHeader {
        attributes = Map.copyOf(attributes);
    }
}
