/**
 * XEP-0313 Message Archive Management 1.1.3 ({@code urn:xmpp:mam:2}): querying the user's own
 * archive or a room's, by JID, time and archive id, page by page with XEP-0059; results are taken
 * only from the archive queried and for a query still open (§9.2), everything else is dropped.
 * Also the {@code <prefs/>} element that XEP-0441 Message Archive Management Preferences 0.2.0
 * split off from XEP-0313 with no protocol change.
 */
package im.parley.xmpp.ext.mam;
