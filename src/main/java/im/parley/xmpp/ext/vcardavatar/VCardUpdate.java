package im.parley.xmpp.ext.vcardavatar;

/**
 * {@code <x xmlns='vcard-temp:x:update'/>} (§3.2): the SHA-1 of the sender's vCard photo, the
 * empty string when they have none, or null when they do not say yet (§4.1: no photo element).
 */
public record VCardUpdate(String photo) {
    public static final String NAMESPACE = "vcard-temp:x:update";
    public static final String ELEMENT = "x";

    public VCardUpdate {
        photo = photo == null ? null : photo.strip();
    }

    public boolean notReady() {
        return photo == null;
    }

    public boolean hasNoImage() {
        return photo != null && photo.isEmpty();
    }
}
