/**
 * XEP-0004 Data Forms 2.13.2: forms, submissions, cancellations and results with tables, read and
 * written by one codec that keeps what it does not know (validation, layout, media and other
 * extensions ride along).
 */
package im.parley.xmpp.ext.forms;
