/**
 * XEP-0280 Message Carbons 1.0.1: copies of our other resources' conversations, accepted only
 * from our own bare JID. Copies come in the XEP-0297 forwarded wrapper (ext.forward); the
 * XEP-0334 no-copy hint it needs is here.
 */
package im.parley.xmpp.ext.carbons;
