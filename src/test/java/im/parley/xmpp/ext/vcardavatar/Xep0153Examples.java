package im.parley.xmpp.ext.vcardavatar;

/** Examples of XEP-0153, copied from the XEP as they are (shared/specs/xeps/xep-0153.xml). */
public final class Xep0153Examples {
    // XEP-0153 example "User&apos;s Client Publishes Avatar Data to vCard" (line 99 of xep-0153.xml), verbatim.
    public static final String USERS_CLIENT_PUBLISHES_AVATAR_DATA_TO_VCARD = """
            <iq from='juliet@capulet.com'
                type='set'
                id='vc1'>
              <vCard xmlns='vcard-temp'>
                <BDAY>1476-06-09</BDAY>
                <ADR>
                  <CTRY>Italy</CTRY>
                  <LOCALITY>Verona</LOCALITY>
                  <HOME/>
                </ADR>
                <NICKNAME/>
                <N><GIVEN>Juliet</GIVEN><FAMILY>Capulet</FAMILY></N>
                <EMAIL><USERID>jcapulet@shakespeare.lit</USERID></EMAIL>
                <PHOTO>
                  <TYPE>image/jpeg</TYPE>
                  <BINVAL>
                    Base64-encoded-avatar-file-here!
                  </BINVAL>
                </PHOTO>
              </vCard>
            </iq>""";

    // XEP-0153 example "User&apos;s Client Includes Avatar Hash in Presence Broadcast" (line 126 of xep-0153.xml), verbatim.
    public static final String USERS_CLIENT_INCLUDES_AVATAR_HASH_IN_PRESENCE_BROADCAST = """
            <presence from='juliet@capulet.com/balcony'>
              <x xmlns='vcard-temp:x:update'>
                <photo>01b87fcd030b72895ff8e88db57ec525450f000d</photo>
              </x>
            </presence>""";

    // XEP-0153 example "Server Returns vCard on Behalf of User" (line 146 of xep-0153.xml), verbatim.
    public static final String SERVER_RETURNS_VCARD_ON_BEHALF_OF_USER = """
            <iq from='juliet@capulet.com'
                to='romeo@montague.net/orchard'
                type='result'
                id='vc2'>
              <vCard xmlns='vcard-temp'>
                <BDAY>1476-06-09</BDAY>
                <ADR>
                  <CTRY>Italy</CTRY>
                  <LOCALITY>Verona</LOCALITY>
                  <HOME/>
                </ADR>
                <NICKNAME/>
                <N><GIVEN>Juliet</GIVEN><FAMILY>Capulet</FAMILY></N>
                <EMAIL><USERID>jcapulet@shakespeare.lit</USERID></EMAIL>
                <PHOTO>
                  <TYPE>image/jpeg</TYPE>
                  <BINVAL>
                    Base64-encoded-avatar-file-here!
                  </BINVAL>
                </PHOTO>
              </vCard>
            </iq>""";

    // XEP-0153 example "User Is Not Ready to Advertise an Image" (line 179 of xep-0153.xml), verbatim.
    public static final String USER_IS_NOT_READY_TO_ADVERTISE_AN_IMAGE = """
            <presence>
              <x xmlns='vcard-temp:x:update'/>
            </presence>""";

    // XEP-0153 example "No Image to be Advertised" (line 187 of xep-0153.xml), verbatim.
    public static final String NO_IMAGE_TO_BE_ADVERTISED = """
            <presence>
              <x xmlns='vcard-temp:x:update'>
                <photo/>
              </x>
            </presence>""";

    private Xep0153Examples() {
    }
}
