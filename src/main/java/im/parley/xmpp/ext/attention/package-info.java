/** XEP-0224 Attention 1.0. */
package im.parley.xmpp.ext.attention;
