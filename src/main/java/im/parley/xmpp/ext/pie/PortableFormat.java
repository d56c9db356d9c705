package im.parley.xmpp.ext.pie;

import im.parley.xmpp.ext.forward.Forwarded;
import im.parley.xmpp.ext.privatedata.PrivateStorage;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamException;
import im.parley.xmpp.xml.XmlStreamParser;
import im.parley.xmpp.xml.XmlWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes XEP-0227 account exports. Reading goes through the engine's own parser in
 * document mode, so a file is held to the rules of the wire (RFC 6120 §11.1): no DTD, so no
 * entity expansion (billion laughs) and no external entities; no comments or processing
 * instructions; UTF-8 only; a size and a nesting limit. The size is checked before the file is
 * read and again while it is, so a 2 GB file is refused without being loaded.
 */
public final class PortableFormat {
    public static final String NAMESPACE = "urn:xmpp:pie:0";
    /** XEP-0227 §3.11: the message archive, XEP-0313 results in chronological order. */
    public static final String ARCHIVE_NAMESPACE = "urn:xmpp:pie:0#mam";
    public static final String MAM_NAMESPACE = "urn:xmpp:mam:2";
    public static final String XINCLUDE_NAMESPACE = "http://www.w3.org/2001/XInclude";
    /** Largest export read unless the caller says otherwise; parsing needs several times this in memory. */
    public static final int DEFAULT_MAX_BYTES = 128 << 20;
    /** server-data, host, user, archive, result, forwarded, message: a message's own markup has ample room. */
    static final int MAX_DEPTH = 64;

    private PortableFormat() {
    }

    /** Reads an export file of at most {@link #DEFAULT_MAX_BYTES}. */
    public static ServerData read(Path file) throws IOException, PortableFormatException {
        return read(file, DEFAULT_MAX_BYTES);
    }

    public static ServerData read(Path file, int maxBytes) throws IOException, PortableFormatException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw tooLarge(size, maxBytes);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, maxBytes);
        }
    }

    /** Reads an export from a stream, refusing it as soon as it passes {@code maxBytes}. */
    public static ServerData read(InputStream in, int maxBytes) throws IOException, PortableFormatException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge(total, maxBytes);
            }
            out.write(buf, 0, n);
        }
        return parse(out.toByteArray(), maxBytes);
    }

    /** Parses a whole export held in memory. */
    public static ServerData parse(byte[] document) throws PortableFormatException {
        return parse(document, DEFAULT_MAX_BYTES);
    }

    private static ServerData parse(byte[] document, int maxBytes) throws PortableFormatException {
        if (document.length > maxBytes) {
            throw tooLarge(document.length, maxBytes);
        }
        XmlElement root;
        try {
            root = XmlStreamParser.parseDocument(document, new Limits(maxBytes, MAX_DEPTH));
        } catch (XmlStreamException e) {
            throw new PortableFormatException("the export is not XML Parley can safely read: " + e.getMessage(), e);
        }
        return PortableReader.serverData(root);
    }

    /** The whole document as UTF-8, with an XML declaration. */
    public static byte[] write(ServerData data) {
        return ("<?xml version='1.0' encoding='UTF-8'?>\n" + XmlWriter.toXml(toXml(data), ""))
                .getBytes(StandardCharsets.UTF_8);
    }

    public static void write(ServerData data, OutputStream out) throws IOException {
        out.write(write(data));
    }

    public static XmlElement toXml(ServerData data) {
        XmlElement.Builder root = XmlElement.builder("server-data", NAMESPACE);
        for (PortableHost host : data.hosts()) {
            XmlElement.Builder h = XmlElement.builder("host", NAMESPACE).attribute("jid", host.jid().toString());
            host.users().forEach(u -> h.child(toXml(u)));
            host.extensions().forEach(h::child);
            root.child(h.build());
        }
        data.extensions().forEach(root::child);
        return root.build();
    }

    static XmlElement toXml(PortableUser user) {
        XmlElement.Builder u = XmlElement.builder("user", NAMESPACE)
                .attribute("name", user.jid().local())
                .attribute("password", user.password());
        if (user.roster() != null) {
            u.child(user.roster().toXml());
        }
        if (user.vCard() != null) {
            u.child(user.vCard().toXml());
        }
        if (!user.privateData().isEmpty()) {
            u.child(XmlElement.builder("query", PrivateStorage.NAMESPACE).children(user.privateData()).build());
        }
        if (!user.offlineMessages().isEmpty()) {
            XmlElement.Builder offline = XmlElement.builder("offline-messages", NAMESPACE);
            user.offlineMessages().forEach(m -> offline.child(m.toXml()));
            u.child(offline.build());
        }
        if (!user.archive().isEmpty()) {
            XmlElement.Builder archive = XmlElement.builder("archive", ARCHIVE_NAMESPACE);
            user.archive().forEach(m -> archive.child(toXml(m)));
            u.child(archive.build());
        }
        user.extensions().forEach(u::child);
        return u.build();
    }

    private static XmlElement toXml(ArchivedMessage m) {
        XmlElement.Builder forwarded = XmlElement.builder(Forwarded.ELEMENT, Forwarded.NAMESPACE);
        if (m.delay() != null) {
            forwarded.child(m.delay().toXml());
        }
        forwarded.child(m.message().toXml());
        return XmlElement.builder("result", MAM_NAMESPACE).attribute("id", m.id()).child(forwarded.build()).build();
    }

    private static PortableFormatException tooLarge(long size, int max) {
        return new PortableFormatException("the export is larger than " + max + " bytes"
                + (size > max ? " (at least " + size + ")" : "") + "; it was not read");
    }
}
