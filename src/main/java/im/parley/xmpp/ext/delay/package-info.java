/** XEP-0203 Delayed Delivery 2.0: when a stanza was first sent, for offline and cached ones. */
package im.parley.xmpp.ext.delay;
