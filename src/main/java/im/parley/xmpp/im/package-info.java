/**
 * RFC 6121 Extensible Messaging and Presence Protocol (XMPP): Instant Messaging and Presence
 * (roster management, subscriptions, presence), and XEP-0237 Roster Versioning 1.3.
 */
package im.parley.xmpp.im;
