/** XEP-0191 Blocking Command 1.3: the block list, block/unblock and server pushes. */
package im.parley.xmpp.ext.blocking;
