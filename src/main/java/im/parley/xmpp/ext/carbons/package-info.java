/**
 * XEP-0280 Message Carbons 1.0.1: copies of our other resources' conversations, accepted only
 * from our own bare JID. Carries the XEP-0297 forwarded wrapper and the XEP-0334 no-copy hint
 * it needs.
 */
package im.parley.xmpp.ext.carbons;
