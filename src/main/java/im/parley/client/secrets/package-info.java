/**
 * Where account passwords are kept between runs (issue 10): the operating system's keyring
 * through java-keyring when one answers a quick probe, otherwise an AES-256-GCM file in the
 * profile folder, which that profile then keeps using without probing again, and whose limits
 * {@link im.parley.client.secrets.PasswordStore#describe()} tells the user. A password is never
 * stored in plain text.
 */
package im.parley.client.secrets;
