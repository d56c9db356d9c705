package im.parley.archive;

/** A file a message points to (XEP-0066 out-of-band data or similar); the bytes are not stored here. */
public record AttachmentRow(String url, String description, String mediaType, Long size, String fileName,
                            String localPath) {
    public AttachmentRow {
        if (url == null || url.isEmpty()) {
            throw new IllegalArgumentException("an attachment needs a url");
        }
    }
}
