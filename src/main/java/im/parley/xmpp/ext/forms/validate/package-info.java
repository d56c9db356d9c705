/** XEP-0122 Data Forms Validation 1.0.2: datatypes, validation methods and selection ranges. */
package im.parley.xmpp.ext.forms.validate;
