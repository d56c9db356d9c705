/** XEP-0221 Data Forms Media Element 1.0: media a field points to, as CAPTCHA forms (XEP-0158) use. */
package im.parley.xmpp.ext.forms.media;
