/** XEP-0215 External Service Discovery 1.0.0. */
package im.parley.xmpp.ext.extdisco;
