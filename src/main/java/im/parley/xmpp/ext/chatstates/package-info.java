/** XEP-0085 Chat State Notifications 2.1. */
package im.parley.xmpp.ext.chatstates;
