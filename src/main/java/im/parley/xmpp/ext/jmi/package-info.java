/** XEP-0353 Jingle Message Initiation 0.8.0. */
package im.parley.xmpp.ext.jmi;
