/**
 * The user's profile and their contacts' (personal events over PEP, avatars): what the app's
 * profile editor and the command line publish and clear, and the contacts' items as they come.
 */
package im.parley.client.profile;
