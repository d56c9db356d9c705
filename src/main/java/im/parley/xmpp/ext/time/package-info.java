/** XEP-0202 Entity Time 2.0. */
package im.parley.xmpp.ext.time;
