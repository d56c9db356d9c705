/** XEP-0115 Entity Capabilities 1.6.0: verification strings, a verified cache, our own caps. */
package im.parley.xmpp.ext.caps;
