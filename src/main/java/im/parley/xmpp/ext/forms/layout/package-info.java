/** XEP-0141 Data Forms Layout 1.0: pages, sections and references to a form's fields and table. */
package im.parley.xmpp.ext.forms.layout;
