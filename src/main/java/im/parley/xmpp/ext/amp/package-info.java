/**
 * XEP-0079 Advanced Message Processing 1.2: delivery rules attached to our messages, and the
 * server's alerts, notifications and errors about them read into typed records.
 */
package im.parley.xmpp.ext.amp;
