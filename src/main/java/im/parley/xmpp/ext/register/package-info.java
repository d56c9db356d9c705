/** XEP-0077 In-Band Registration 2.4: register (legacy fields or data form), change password, cancel. */
package im.parley.xmpp.ext.register;
