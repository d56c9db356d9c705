package im.parley.xmpp.transport;

import im.parley.xmpp.xml.XmlStreamException;
import im.parley.xmpp.xml.XmlStreamParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * XEP-0138 zlib stream compression: every batch we send ends with a sync flush so the server can
 * parse it at once; what we receive is inflated straight into the parser. The inflated size is
 * bounded per read, so a compression bomb meets the parser's stanza limit, not our memory.
 */
final class ZlibCodec {
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    private final Inflater inflater = new Inflater();
    private final byte[] deflated = new byte[8192];
    private final byte[] inflated = new byte[16 * 1024];

    synchronized byte[] deflate(byte[] plain) {
        deflater.setInput(plain);
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 2 + 16);
        int n;
        do {
            n = deflater.deflate(deflated, 0, deflated.length, Deflater.SYNC_FLUSH);
            out.write(deflated, 0, n);
        } while (n == deflated.length);
        return out.toByteArray();
    }

    void inflate(byte[] compressed, int length, XmlStreamParser parser) throws IOException, XmlStreamException {
        inflater.setInput(compressed, 0, length);
        try {
            while (true) {
                int n = inflater.inflate(inflated);
                if (n > 0) {
                    parser.feed(inflated, 0, n);
                } else if (inflater.needsInput() || inflater.finished()) {
                    return;
                } else if (inflater.needsDictionary()) {
                    throw new IOException("compressed stream asks for a preset dictionary");
                }
            }
        } catch (DataFormatException e) {
            throw new IOException("corrupt compressed stream: " + e.getMessage(), e);
        }
    }
}
