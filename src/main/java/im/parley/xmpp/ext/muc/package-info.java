/**
 * XEP-0045 Multi-User Chat 1.35.5, client side: the muc, muc#user, muc#admin and muc#owner payloads,
 * rooms joined and their occupants, moderation and room lifecycle; and XEP-0410 MUC Self-Ping 1.1.0,
 * which finds a room the service dropped us from and rejoins it.
 */
package im.parley.xmpp.ext.muc;
