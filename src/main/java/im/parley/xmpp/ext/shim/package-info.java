/** XEP-0131 Stanza Headers and Internet Metadata 1.2: the {@code <headers/>} name/value list. */
package im.parley.xmpp.ext.shim;
