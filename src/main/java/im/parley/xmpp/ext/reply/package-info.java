/**
 * XEP-0461 Message Replies 0.2.1, with the part of XEP-0428 Fallback Indication it uses: the
 * quoted fallback at the start of a reply's body is recognised and stripped.
 */
package im.parley.xmpp.ext.reply;
