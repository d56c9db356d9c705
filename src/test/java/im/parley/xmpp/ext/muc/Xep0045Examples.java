package im.parley.xmpp.ext.muc;

/** Examples of XEP-0045 1.35.5, copied from the XEP as they are (shared/specs/xeps/xep-0045.xml). */
public final class Xep0045Examples {
    // XEP-0045 example 26, "User Provides Password On Entering a Room".
    public static final String PASSWORD_JOIN = """
            <presence
                from='hag66@shakespeare.lit/pda'
                id='djn4714'
                to='coven@chat.shakespeare.lit/thirdwitch'>
              <x xmlns='http://jabber.org/protocol/muc'>
                <password>cauldronburn</password>
              </x>
            </presence>
            """;
    // XEP-0045 example 39, "User Requests No History".
    public static final String NO_HISTORY = """
            <presence
                from='hag66@shakespeare.lit/pda'
                id='n13mt3l'
                to='coven@chat.shakespeare.lit/thirdwitch'>
              <x xmlns='http://jabber.org/protocol/muc'>
                <history maxchars='0'/>
              </x>
            </presence>
            """;
    // XEP-0045 example 22, "Service Sends New Occupant's Presence to New Occupant".
    public static final String SELF_PRESENCE = """
            <presence
                from='coven@chat.shakespeare.lit/thirdwitch'
                id='n13mt3l'
                to='hag66@shakespeare.lit/pda'>
              <x xmlns='http://jabber.org/protocol/muc#user'>
                <item affiliation='member' role='participant'/>
                <status code='110'/>
                <status code='210'/>
              </x>
            </presence>
            """;
    // XEP-0045 example 24, "Service Sends New Occupant's Presence to New Occupant".
    public static final String SELF_PRESENCE_NON_ANONYMOUS = """
            <presence
                from='coven@chat.shakespeare.lit/thirdwitch'
                id='n13mt3l'
                to='hag66@shakespeare.lit/pda'>
              <x xmlns='http://jabber.org/protocol/muc#user'>
                <item affiliation='member' role='participant'/>
                <status code='100'/>
                <status code='110'/>
                <status code='210'/>
              </x>
            </presence>
            """;
    // XEP-0045 example 29, "Service Denies Access Because of Nick Conflict".
    public static final String NICK_CONFLICT = """
            <presence
                from='coven@chat.shakespeare.lit/thirdwitch'
                id='n13mt3l'
                to='hag66@shakespeare.lit/pda'
                type='error'>
              <x xmlns='http://jabber.org/protocol/muc'/>
              <error by='coven@chat.shakespeare.lit' type='cancel'>
                <conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
              </error>
            </presence>
            """;
    // XEP-0045 example 47, "Recipient Receives the Private Message".
    public static final String PRIVATE_MESSAGE = """
            <message
                from='coven@chat.shakespeare.lit/secondwitch'
                id='hgn27af1'
                to='crone1@shakespeare.lit/desktop'
                type='chat'>
              <body>I'll give thee a wind.</body>
              <x xmlns='http://jabber.org/protocol/muc#user' />
            </message>
            """;
    // XEP-0045 example 56, "Occupant Sends a Mediated Invitation".
    public static final String MEDIATED_INVITATION = """
            <message
                from='crone1@shakespeare.lit/desktop'
                id='nzd143v8'
                to='coven@chat.shakespeare.lit'>
              <x xmlns='http://jabber.org/protocol/muc#user'>
                <invite to='hecate@shakespeare.lit'>
                  <reason>
                    Hey Hecate, this is the place for all good witches!
                  </reason>
                </invite>
              </x>
            </message>
            """;
    // XEP-0045 example 57, "Room Sends Invitation to Invitee on Behalf of Invitor".
    public static final String INVITATION_PASSED_ON = """
            <message
                from='coven@chat.shakespeare.lit'
                id='nzd143v8'
                to='hecate@shakespeare.lit'>
              <x xmlns='http://jabber.org/protocol/muc#user'>
                <invite from='crone1@shakespeare.lit/desktop'>
                  <reason>
                    Hey Hecate, this is the place for all good witches!
                  </reason>
                </invite>
                <password>cauldronburn</password>
              </x>
            </message>
            """;
    // XEP-0045 example 58, "Invitee Declines Invitation".
    public static final String DECLINE = """
            <message
                from='hecate@shakespeare.lit/broom'
                id='jk2vs61v'
                to='coven@chat.shakespeare.lit'>
              <x xmlns='http://jabber.org/protocol/muc#user'>
                <decline to='crone1@shakespeare.lit'>
                  <reason>
                    Sorry, I'm too busy right now.
                  </reason>
                </decline>
              </x>
            </message>
            """;
    // XEP-0045 example 79, "Occupant Requests Voice".
    public static final String VOICE_REQUEST = """
            <message from='hag66@shakespeare.lit/pda'
                     id='yd53c486'
                     to='coven@chat.shakespeare.lit'>
              <x xmlns='jabber:x:data' type='submit'>
                <field var='FORM_TYPE'>
                  <value>http://jabber.org/protocol/muc#request</value>
                </field>
                <field var='muc#role'
                       type='list-single'
                       label='Requested role'>
                  <value>participant</value>
                </field>
              </x>
            </message>
            """;
    // XEP-0045 example 81, "Service Sends Self-Presence Related to Departure of Occupant".
    public static final String SELF_EXIT = """
            <presence
                from='coven@chat.shakespeare.lit/thirdwitch'
                to='hag66@shakespeare.lit/pda'
                type='unavailable'>
              <x xmlns='http://jabber.org/protocol/muc#user'>
                <item affiliation='member'
                      jid='hag66@shakespeare.lit/pda'
                      role='none'/>
                <status code='110'/>
              </x>
            </presence>
            """;
    // XEP-0045 example 89, "Moderator Kicks Occupant".
    public static final String KICK = """
            <iq from='fluellen@shakespeare.lit/pda'
                id='kick1'
                to='harfleur@chat.shakespeare.lit'
                type='set'>
              <query xmlns='http://jabber.org/protocol/muc#admin'>
                <item nick='pistol' role='none'>
                  <reason>Avaunt, you cullion!</reason>
                </item>
              </query>
            </iq>
            """;
    // XEP-0045 example 90, "Service Removes Kicked Occupant".
    public static final String KICKED = """
            <presence
                from='harfleur@chat.shakespeare.lit/pistol'
                to='pistol@shakespeare.lit/harfleur'
                type='unavailable'>
              <x xmlns='http://jabber.org/protocol/muc#user'>
                <item affiliation='none' role='none'>
                  <actor nick='Fluellen'/>
                  <reason>Avaunt, you cullion!</reason>
                </item>
                <status code='110'/>
                <status code='307'/>
              </x>
            </presence>
            """;
    // XEP-0045 example 104, "Service Sends Voice List to Moderator".
    public static final String VOICE_LIST = """
            <iq from='goodfolk@chat.shakespeare.lit'
                id='voice3'
                to='bard@shakespeare.lit/globe'
                type='result'>
              <query xmlns='http://jabber.org/protocol/muc#admin'>
                <item affiliation='none'
                      jid='polonius@hamlet/castle'
                      nick='Polo'
                      role='participant'/>
                <item affiliation='none'
                      jid='horatio@hamlet/castle'
                      nick='horotoro'
                      role='participant'/>
                <item affiliation='member'
                      jid='hecate@shakespeare.lit/broom'
                      nick='Hecate'
                      role='participant'/>
              </query>
            </iq>
            """;
    // XEP-0045 example 110, "Admin Bans User".
    public static final String BAN = """
            <iq from='kinghenryv@shakespeare.lit/throne'
                id='ban1'
                to='southampton@chat.shakespeare.lit'
                type='set'>
              <query xmlns='http://jabber.org/protocol/muc#admin'>
                <item affiliation='outcast'
                      jid='earlofcambridge@shakespeare.lit'/>
              </query>
            </iq>
            """;
    // XEP-0045 example 113, "Service Removes Banned User".
    public static final String BANNED = """
            <presence
                from='southampton@chat.shakespeare.lit/cambridge'
                to='earlofcambridge@shakespeare.lit/stabber'
                type='unavailable'>
              <x xmlns='http://jabber.org/protocol/muc#user'>
                <item affiliation='outcast' role='none'>
                  <actor nick='The ♚'/>
                  <reason>Treason</reason>
                </item>
                <status code='301'/>
              </x>
            </presence>
            """;
    // XEP-0045 example 130, "Service Sends Member List to Admin".
    public static final String MEMBER_LIST = """
            <iq from='coven@chat.shakespeare.lit'
                id='member3'
                to='crone1@shakespeare.lit/desktop'
                type='result'>
              <query xmlns='http://jabber.org/protocol/muc#admin'>
                <item affiliation='member'
                      jid='hag66@shakespeare.lit'
                      nick='thirdwitch'
                      role='participant'/>
              </query>
            </iq>
            """;
    // XEP-0045 example 131, "Admin Sends Modified Member List to Service".
    public static final String MEMBER_LIST_CHANGE = """
            <iq from='crone1@shakespeare.lit/desktop'
                id='member4'
                to='coven@chat.shakespeare.lit'
                type='set'>
              <query xmlns='http://jabber.org/protocol/muc#admin'>
                <item affiliation='none'
                      jid='hag66@shakespeare.lit'/>
                <item affiliation='member'
                      jid='hecate@shakespeare.lit'/>
              </query>
            </iq>
            """;
    // XEP-0045 example 155, "Owner Requests Instant Room".
    public static final String INSTANT_ROOM = """
            <iq from='crone1@shakespeare.lit/desktop'
                id='create1'
                to='coven@chat.shakespeare.lit'
                type='set'>
              <query xmlns='http://jabber.org/protocol/muc#owner'>
                <x xmlns='jabber:x:data' type='submit'/>
              </query>
            </iq>
            """;
    // XEP-0045 example 157, "Service Sends Configuration Form".
    public static final String CONFIGURATION_FORM = """
            <iq from='coven@chat.shakespeare.lit'
                id='create1'
                to='crone1@shakespeare.lit/desktop'
                type='result'>
              <query xmlns='http://jabber.org/protocol/muc#owner'>
                <x xmlns='jabber:x:data' type='form'>
                  <title>Configuration for "coven" Room</title>
                  <instructions>
                      Your room coven@macbeth has been created!
                      The default configuration is as follows:
                        - No logging
                        - No moderation
                        - Up to 20 occupants
                        - No password required
                        - No invitation required
                        - Room is not persistent
                        - Only admins may change the subject
                        - Presence broadcasted for all users
                      To accept the default configuration, click OK. To
                      select a different configuration, please complete
                      this form.
                  </instructions>
                  <field
                      type='hidden'
                      var='FORM_TYPE'>
                    <value>http://jabber.org/protocol/muc#roomconfig</value>
                  </field>
                  <field
                      label='Natural-Language Room Name'
                      type='text-single'
                      var='muc#roomconfig_roomname'/>
                  <field
                      label='Short Description of Room'
                      type='text-single'
                      var='muc#roomconfig_roomdesc'/>
                  <field
                      label='Natural Language for Room Discussions'
                      type='text-single'
                      var='muc#roomconfig_lang'/>
                  <field
                      label='Enable Public Logging?'
                      type='boolean'
                      var='muc#roomconfig_enablelogging'>
                    <value>0</value>
                  </field>
                  <field
                      label='Allow Occupants to Change Subject?'
                      type='boolean'
                      var='muc#roomconfig_changesubject'>
                    <value>0</value>
                  </field>
                  <field
                      label='Allow Members to Invite Others?'
                      type='boolean'
                      var='muc#roomconfig_allowinvites'>
                    <value>0</value>
                  </field>
                  <field
                      label='Who Can Send Private Messages?'
                      type='list-single'
                      var='muc#roomconfig_allowpm'>
                    <value>anyone</value>
                    <option label='Anyone'>
                      <value>anyone</value>
                    </option>
                    <option label='Anyone with Voice'>
                      <value>participants</value>
                      </option>
                    <option label='Moderators Only'>
                      <value>moderators</value>
                    </option>
                    <option label='Nobody'>
                      <value>none</value>
                    </option>
                  </field>
                  <field
                      label='Maximum Number of Occupants'
                      type='list-single'
                      var='muc#roomconfig_maxusers'>
                    <value>20</value>
                    <option label='10'><value>10</value></option>
                    <option label='20'><value>20</value></option>
                    <option label='30'><value>30</value></option>
                    <option label='50'><value>50</value></option>
                    <option label='100'><value>100</value></option>
                    <option label='None'><value>none</value></option>
                  </field>
                  <field
                      label='Roles for which Presence is Broadcasted'
                      type='list-multi'
                      var='muc#roomconfig_presencebroadcast'>
                    <value>moderator</value>
                    <value>participant</value>
                    <value>visitor</value>
                    <option label='Moderator'><value>moderator</value></option>
                    <option label='Participant'><value>participant</value></option>
                    <option label='Visitor'><value>visitor</value></option>
                  </field>
                  <field
                      label='Roles and Affiliations that May Retrieve Member List'
                      type='list-multi'
                      var='muc#roomconfig_getmemberlist'>
                    <value>moderator</value>
                    <value>participant</value>
                    <value>visitor</value>
                    <option label='Moderator'><value>moderator</value></option>
                    <option label='Participant'><value>participant</value></option>
                    <option label='Visitor'><value>visitor</value></option>
                  </field>
                  <field
                      label='Make Room Publicly Searchable?'
                      type='boolean'
                      var='muc#roomconfig_publicroom'>
                    <value>1</value>
                  </field>
                  <field
                      label='Make Room Persistent?'
                      type='boolean'
                      var='muc#roomconfig_persistentroom'>
                    <value>0</value>
                  </field>
                  <field
                      label='Make Room Moderated?'
                      type='boolean'
                      var='muc#roomconfig_moderatedroom'>
                    <value>0</value>
                  </field>
                  <field
                      label='Make Room Members-Only?'
                      type='boolean'
                      var='muc#roomconfig_membersonly'>
                    <value>0</value>
                  </field>
                  <field
                      label='Password Required to Enter?'
                      type='boolean'
                      var='muc#roomconfig_passwordprotectedroom'>
                    <value>0</value>
                  </field>
                  <field type='fixed'>
                    <value>
                      If a password is required to enter this room,
                      you must specify the password below.
                    </value>
                  </field>
                  <field
                      label='Password'
                      type='text-private'
                      var='muc#roomconfig_roomsecret'/>
                  <field
                      label='Who May Discover Real JIDs?'
                      type='list-single'
                      var='muc#roomconfig_whois'>
                    <option label='Moderators Only'>
                      <value>moderators</value>
                    </option>
                    <option label='Anyone'>
                      <value>anyone</value>
                    </option>
                  </field>
                  <field
                      label='Maximum Number of History Messages Returned by Room'
                      type='text-single'
                      var='muc#maxhistoryfetch'>
                    <value>50</value>
                  </field>
                  <field type='fixed'>
                    <value>
                      You may specify additional people who have
                      admin status in the room. Please
                      provide one Jabber ID per line.
                    </value>
                  </field>
                  <field
                      label='Room Admins'
                      type='jid-multi'
                      var='muc#roomconfig_roomadmins'/>
                  <field type='fixed'>
                    <value>
                      You may specify additional owners for this
                      room. Please provide one Jabber ID per line.
                    </value>
                  </field>
                  <field
                      label='Room Owners'
                      type='jid-multi'
                      var='muc#roomconfig_roomowners'/>
                </x>
              </query>
            </iq>
            """;
    // XEP-0045 example 159, "Owner Submits Configuration Form".
    public static final String CONFIGURATION_SUBMIT = """
            <iq from='crone1@shakespeare.lit/desktop'
                id='create2'
                to='coven@chat.shakespeare.lit'
                type='set'>
              <query xmlns='http://jabber.org/protocol/muc#owner'>
                <x xmlns='jabber:x:data' type='submit'>
                  <field var='FORM_TYPE'>
                    <value>http://jabber.org/protocol/muc#roomconfig</value>
                  </field>
                  <field var='muc#roomconfig_roomname'>
                    <value>A Dark Cave</value>
                  </field>
                  <field var='muc#roomconfig_roomdesc'>
                    <value>The place for all good witches!</value>
                  </field>
                  <field var='muc#roomconfig_enablelogging'>
                    <value>0</value>
                  </field>
                  <field var='muc#roomconfig_changesubject'>
                    <value>1</value>
                  </field>
                  <field var='muc#roomconfig_allowinvites'>
                    <value>0</value>
                  </field>
                  <field var='muc#roomconfig_allowpm'>
                    <value>anyone</value>
                  </field>
                  <field var='muc#roomconfig_maxusers'>
                    <value>10</value>
                  </field>
                  <field var='muc#roomconfig_publicroom'>
                    <value>0</value>
                  </field>
                  <field var='muc#roomconfig_persistentroom'>
                    <value>0</value>
                  </field>
                  <field var='muc#roomconfig_moderatedroom'>
                    <value>0</value>
                  </field>
                  <field var='muc#roomconfig_membersonly'>
                    <value>0</value>
                  </field>
                  <field var='muc#roomconfig_passwordprotectedroom'>
                    <value>1</value>
                  </field>
                  <field var='muc#roomconfig_roomsecret'>
                    <value>cauldronburn</value>
                  </field>
                  <field var='muc#roomconfig_whois'>
                    <value>moderators</value>
                  </field>
                  <field var='muc#maxhistoryfetch'>
                    <value>50</value>
                  </field>
                  <field var='muc#roomconfig_roomadmins'>
                    <value>wiccarocks@shakespeare.lit</value>
                    <value>hecate@shakespeare.lit</value>
                  </field>
                </x>
              </query>
            </iq>
            """;
    // XEP-0045 example 201, "Owner Submits Room Destruction Request".
    public static final String DESTROY = """
            <iq from='crone1@shakespeare.lit/desktop'
                id='begone'
                to='heath@chat.shakespeare.lit'
                type='set'>
              <query xmlns='http://jabber.org/protocol/muc#owner'>
                <destroy jid='coven@chat.shakespeare.lit'>
                  <reason>Macbeth doth come.</reason>
                </destroy>
              </query>
            </iq>
            """;
    // XEP-0045 example 202, "Service Removes Each Occupant".
    public static final String DESTROYED = """
            <presence
                from='heath@chat.shakespeare.lit/firstwitch'
                to='crone1@shakespeare.lit/desktop'
                type='unavailable'>
              <x xmlns='http://jabber.org/protocol/muc#user'>
                <item affiliation='none' role='none'/>
                <destroy jid='coven@chat.shakespeare.lit'>
                  <reason>Macbeth doth come.</reason>
                </destroy>
              </x>
            </presence>
            """;

    // XEP-0045 example 50, "Service Updates Nick": the two presences to the occupant changing their nick.
    public static final String NICK_CHANGE_OLD = """
            <presence
                from='coven@chat.shakespeare.lit/thirdwitch'
                id='DC352437-C019-40EC-B590-AF29E879AF98'
                to='hag66@shakespeare.lit/pda'
                type='unavailable'>
              <x xmlns='http://jabber.org/protocol/muc#user'>
                <item affiliation='member'
                      jid='hag66@shakespeare.lit/pda'
                      nick='oldhag'
                      role='participant'/>
                <status code='303'/>
                <status code='110'/>
              </x>
            </presence>""";
    public static final String NICK_CHANGE_NEW = """
            <presence
                from='coven@chat.shakespeare.lit/oldhag'
                id='5B4F27A4-25ED-43F7-A699-382C6B4AFC67'
                to='hag66@shakespeare.lit/pda'>
              <x xmlns='http://jabber.org/protocol/muc#user'>
                <item affiliation='member'
                      jid='hag66@shakespeare.lit/pda'
                      role='participant'/>
                <status code='110'/>
              </x>
            </presence>""";

    // XEP-0045 example 108, "Voice Request Approval Form".
    public static final String VOICE_APPROVAL_FORM = """
            <message from='coven@chat.shakespeare.lit'
                     id='approve'
                     to='crone1@shakespeare.lit/pda'>
              <x xmlns='jabber:x:data' type='form'>
                <title>Voice request</title>
                <instructions>
                  To approve this request for voice, select
                  the &quot;Grant voice to this person?&quot;
                  checkbox and click OK. To skip this request,
                  click the cancel button.
                </instructions>
                <field var='FORM_TYPE' type='hidden'>
                    <value>http://jabber.org/protocol/muc#request</value>
                </field>
                <field var='muc#role'
                       type='list-single'
                       label='Requested role'>
                  <value>participant</value>
                </field>
                <field var='muc#jid'
                       type='jid-single'
                       label='User ID'>
                  <value>hag66@shakespeare.lit/pda</value>
                </field>
                <field var='muc#roomnick'
                       type='text-single'
                       label='Room Nickname'>
                  <value>thirdwitch</value>
                </field>
                <field var='muc#request_allow'
                       type='boolean'
                       label='Grant voice to this person?'>
                  <value>false</value>
                </field>
              </x>
            </message>
            """;
    // XEP-0045 example 109, "Voice Request Approval Submission".
    public static final String VOICE_APPROVAL_SUBMISSION = """
            <message from='crone1@shakespeare.lit/pda'
                     id='approve'
                     to='coven@chat.shakespeare.lit'>
              <x xmlns='jabber:x:data' type='submit'>
                <field var='FORM_TYPE' type='hidden'>
                    <value>http://jabber.org/protocol/muc#request</value>
                </field>
                <field var='muc#role'>
                  <value>participant</value>
                </field>
                <field var='muc#jid'>
                  <value>hag66@shakespeare.lit/pda</value>
                </field>
                <field var='muc#roomnick'>
                  <value>thirdwitch</value>
                </field>
                <field var='muc#request_allow'>
                  <value>true</value>
                </field>
              </x>
            </message>
            """;

    private Xep0045Examples() {
    }
}
