/**
 * XEP-0144 Roster Item Exchange 1.1.1: suggestions from others to add, delete or change roster
 * items, read and filtered for the user to decide on. Nothing here changes the roster: a
 * contact could otherwise rewrite it (§8.1).
 */
package im.parley.xmpp.ext.rosterx;
