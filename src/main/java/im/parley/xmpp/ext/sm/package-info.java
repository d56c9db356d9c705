/**
 * XEP-0198 Stream Management 1.6.3: acknowledgements, resumption, and handing back what the
 * server never acknowledged when resumption fails.
 */
package im.parley.xmpp.ext.sm;
