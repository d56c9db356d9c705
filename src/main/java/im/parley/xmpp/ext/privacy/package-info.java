/** XEP-0016 Privacy Lists 1.7: list management (names, get, set, remove, active, default) and pushes. */
package im.parley.xmpp.ext.privacy;
