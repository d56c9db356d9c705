/**
 * Client side of the SASL mechanisms Parley uses to authenticate an XMPP stream (RFC 6120 §6).
 *
 * <p>This package only computes the bytes of each SASL step; the session code sends them as
 * {@code <auth/>} and {@code <response/>} and feeds back {@code <challenge/>} and {@code <success/>}.
 * It does no networking and no XML.
 *
 * <ul>
 *   <li>SASL framework and mechanism naming: RFC 4422.</li>
 *   <li>SCRAM-SHA-1 and SCRAM-SHA-1-PLUS: RFC 5802; SCRAM-SHA-256(-PLUS): RFC 7677;
 *       SCRAM-SHA-512(-PLUS): draft-melnikov-scram-sha-512. Passwords are prepared with the PRECIS
 *       OpaqueString profile (RFC 8265), which replaces SASLprep.</li>
 *   <li>PLAIN: RFC 4616 (only over TLS); EXTERNAL and ANONYMOUS: RFC 4422 appendix A, RFC 4505.</li>
 *   <li>Channel bindings: tls-server-end-point and tls-unique from RFC 5929, tls-exporter from
 *       RFC 9266; which types a server accepts is advertised per XEP-0440.</li>
 * </ul>
 */
package im.parley.xmpp.sasl;
