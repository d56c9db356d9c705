/** XEP-0249 Direct MUC Invitations 1.2: an invitation to a room sent straight to the invitee. */
package im.parley.xmpp.ext.invitation;
