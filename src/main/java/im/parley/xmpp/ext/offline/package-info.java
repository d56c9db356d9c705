/**
 * XEP-0013 Flexible Offline Message Retrieval 1.3: count, list, read and delete chosen offline
 * messages instead of receiving them all at login.
 */
package im.parley.xmpp.ext.offline;
