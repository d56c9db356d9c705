/** XEP-0338 Jingle Grouping Framework 1.0.0. */
package im.parley.xmpp.ext.jingle.grouping;
