/**
 * XEP-0333 Displayed Markers (formerly Chat Markers) 1.0.0. The received and acknowledged
 * markers were removed in 0.5.0; they are still read, so older clients keep working.
 */
package im.parley.xmpp.ext.markers;
