/**
 * XEP-0297 Stanza Forwarding 1.0: a stanza wrapped whole in {@code <forwarded/>}, with the time
 * it was first sent (XEP-0203), as carbons and archives carry them.
 */
package im.parley.xmpp.ext.forward;
