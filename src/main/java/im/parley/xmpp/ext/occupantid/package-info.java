/** XEP-0421 Anonymous unique occupant identifiers for MUCs 1.0.1: an occupant's stable id in a room. */
package im.parley.xmpp.ext.occupantid;
