/**
 * The payload codec contract: a codec turns one qualified element into a value, answers "not
 * mine", or reports it malformed with the stanza error to answer; a per-session registry keys
 * codecs by qualified name.
 */
package im.parley.xmpp.codec;
