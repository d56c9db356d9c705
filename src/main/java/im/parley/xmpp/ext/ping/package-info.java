/** XEP-0199 XMPP Ping 2.0.1. */
package im.parley.xmpp.ext.ping;
