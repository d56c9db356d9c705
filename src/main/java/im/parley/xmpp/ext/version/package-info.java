/** XEP-0092 Software Version 1.1. */
package im.parley.xmpp.ext.version;
