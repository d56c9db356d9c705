/** XEP-0012 Last Activity 2.0. */
package im.parley.xmpp.ext.last;
