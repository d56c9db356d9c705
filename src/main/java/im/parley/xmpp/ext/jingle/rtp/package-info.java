/**
 * XEP-0167 Jingle RTP Sessions 1.2.3, with the description extensions of XEP-0293 Jingle RTP
 * Feedback Negotiation 1.0.2, XEP-0294 Jingle RTP Header Extensions Negotiation 1.1.2 and
 * XEP-0339 Source-Specific Media Attributes in Jingle 1.0.1.
 */
package im.parley.xmpp.ext.jingle.rtp;
