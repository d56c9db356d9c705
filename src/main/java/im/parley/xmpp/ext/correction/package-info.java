/** XEP-0308 Last Message Correction 1.2.1. */
package im.parley.xmpp.ext.correction;
