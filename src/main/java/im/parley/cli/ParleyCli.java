package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.client.history.Profile;
import im.parley.client.secrets.PasswordStoreException;
import im.parley.client.secrets.PasswordStores;
import im.parley.xmpp.XmppException;
import im.parley.xmpp.im.InMemoryRosterStore;
import im.parley.xmpp.im.RosterStore;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.jid.JidFormatException;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.transport.ServerAddress;
import im.parley.xmpp.transport.TlsSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code parley cli}: the engine from the command line, for scripts, tests and servers without a screen. */
@Command(name = "parley cli", mixinStandardHelpOptions = true, versionProvider = ParleyCli.Version.class,
        description = "Parley's XMPP engine from the command line.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "2:bad arguments", "3:cannot connect", "4:TLS refused", "5:authentication failed",
                "6:timeout", "7:remote stanza error", "8:call ended without connecting",
                "9:profile unavailable (open in another Parley, damaged, or newer)"})
public final class ParleyCli {
    @Option(names = "--jid", description = "account JID (a resource in it is requested); every command but devices needs it")
    String jid;

    @Option(names = "--host", description = "server host, instead of DNS SRV")
    String host;

    @Option(names = "--port", description = "server port (default 5222, or 5223 with --direct-tls)")
    Integer port;

    @Option(names = "--direct-tls", description = "TLS from the first byte (XEP-0368) instead of STARTTLS")
    boolean directTls;

    @Option(names = "--bosh", description = "https URL of a BOSH connection manager to use instead of TCP")
    java.net.URI bosh;

    @Option(names = "--trust", description = "PEM file of an extra trusted CA certificate")
    Path trust;

    @Option(names = "--pin", description = "SHA-256 fingerprint of a server certificate to accept as is")
    List<String> pins = new ArrayList<>();

    @Option(names = "--channel-binding", description = "bind SCRAM to the TLS channel (SCRAM-*-PLUS over TLS 1.2)")
    boolean channelBinding;

    @Option(names = "--client-cert", description = "PKCS#12 file with a client certificate for SASL EXTERNAL"
            + " (its password from env PARLEY_CERT_PASSWORD, else empty)")
    Path clientCert;

    @Option(names = "--sasl", split = ",", description = "allowed SASL mechanisms, e.g. SCRAM-SHA-256,SCRAM-SHA-512")
    Set<String> mechanisms = Set.of();

    @Option(names = "--resource", description = "resource to request")
    String resource;

    @Option(names = "--password-file", description = "file holding the password (else env PARLEY_PASSWORD)")
    Path passwordFile;

    @Option(names = "--timeout", description = "seconds to wait for the server's answers (default 30)")
    int replyTimeout = 30;

    @Option(names = "--profile", description = "folder for what is kept between runs: accounts, rosters, history,"
            + " chosen devices (default: the system's application-data folder, e.g. ~/.local/share/parley)")
    Path profile;

    /**
     * The subcommands, in help order. Picocli reads every registered command's annotations and
     * fields by reflection when the command line is built (about 0.2 s of a cold start for all
     * of them), so {@link #run} registers only the one named when it can tell which that is.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(SendCommand.class, ListenCommand.class,
            WatchCommand.class, RegisterCommand.class, DiscoCommand.class, VersionCommand.class, PingCommand.class,
            RosterCommand.class, SubscribeCommand.class, PresenceCommand.class, BlockCommand.class,
            UnblockCommand.class, ProfileCommand.class, PubSubCommand.class, CallCommand.class, AnswerCommand.class, DevicesCommand.class, TestCallCommand.class,
            HistoryCommand.class, SearchCommand.class, SyncCommand.class, AccountsCommand.class, ExportCommand.class, ImportCommand.class,
            CompactCommand.class,
            MucCommand.class, BookmarksCommand.class);
    /**
     * Options of this command that take no value (its boolean options and the standard help
     * ones); every other option takes exactly one. Read from the annotations, so a new flag
     * cannot be forgotten here.
     */
    private static final Set<String> FLAGS = flags();

    private static Set<String> flags() {
        Set<String> flags = new java.util.HashSet<>(Set.of("-h", "--help", "-V", "--version"));
        for (java.lang.reflect.Field f : ParleyCli.class.getDeclaredFields()) {
            Option option = f.getAnnotation(Option.class);
            if (option != null && f.getType() == boolean.class) {
                flags.addAll(List.of(option.names()));
            }
        }
        return Set.copyOf(flags);
    }

    public static int run(String... args) {
        CliWarmUp.start();
        CommandLine cmd = new CommandLine(new ParleyCli());
        Class<?> named = subcommandNamed(args);
        for (Class<?> sub : named != null ? List.<Class<?>>of(named) : SUBCOMMANDS) {
            cmd.addSubcommand(sub);
        }
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            ExitCode code = ExitCode.of(ex);
            Throwable cause = ExitCode.unwrap(ex);
            commandLine.getErr().println("parley: " + cause.getMessage());
            return code.code;
        });
        cmd.setParameterExceptionHandler((ex, args1) -> {
            ex.getCommandLine().getErr().println("parley: " + ex.getMessage());
            return ExitCode.BAD_ARGUMENTS.code;
        });
        cmd.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        cmd.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        return cmd.execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * The subcommand the arguments name: the first argument that is neither an option of this
     * command nor an option's value. Null when there is none or it is not a known one (help,
     * typos): then all are registered and picocli says what is wrong as usual.
     */
    static Class<?> subcommandNamed(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return null;
            }
            if (a.startsWith("-")) {
                if (!FLAGS.contains(a) && !a.contains("=")) {
                    i++; // its value
                }
                continue;
            }
            for (Class<?> sub : SUBCOMMANDS) {
                if (sub.getAnnotation(Command.class).name().equals(a)) {
                    return sub;
                }
            }
            return null;
        }
        return null;
    }

    /** Builds the account's config from the options; bad values are argument errors (exit 2). */
    ClientConfig config(CommandLine cmd) {
        if (jid == null) {
            throw new ParameterException(cmd, "Missing required option: '--jid=<jid>'");
        }
        Jid account;
        try {
            account = Jid.of(jid);
            if (resource != null) {
                account = account.withResource(resource);
            }
        } catch (JidFormatException e) {
            throw new ParameterException(cmd, "--jid: " + e.getMessage());
        }
        TlsSettings tls = new TlsSettings(anchors(cmd), Set.copyOf(pins), null, channelBinding);
        if (clientCert != null) {
            String certPassword = System.getenv().getOrDefault("PARLEY_CERT_PASSWORD", "");
            try {
                tls = tls.withClientCertificate(TlsSettings.clientCertificate(clientCert, certPassword.toCharArray()));
            } catch (im.parley.xmpp.transport.TlsException e) {
                throw new ParameterException(cmd, "--client-cert: " + e.getMessage());
            }
        }
        ClientConfig.Builder b = ClientConfig.builder(account)
                .password(clientCert != null && passwordFile == null && System.getenv("PARLEY_PASSWORD") == null
                        ? null : password(cmd, account))
                .tls(tls)
                .mechanisms(mechanisms)
                .replyTimeout(java.time.Duration.ofSeconds(replyTimeout))
                .reconnect(false)
                .bosh(bosh);
        if (host != null || port != null) {
            b.server(new ServerAddress(host != null ? host : account.domain(),
                    port != null ? port : (directTls ? 5223 : 5222), directTls));
        } else if (directTls) {
            b.server(new ServerAddress(account.domain(), 5223, true));
        }
        return b.build();
    }

    AccountSession connect(CommandLine cmd) throws XmppException {
        return connect(cmd, new InMemoryRosterStore());
    }

    /** A connected session that caches the roster in {@code rosterStore}. */
    AccountSession connect(CommandLine cmd, RosterStore rosterStore) throws XmppException {
        AccountSession session = new AccountSession(config(cmd), rosterStore);
        session.connect();
        return session;
    }

    /** Opens the --profile folder's archive (the default folder's without it); close it when done. */
    Profile openProfile() {
        return Profile.open(profileDir());
    }

    /** Whether --profile was given: the long-running commands store what they see only then. */
    boolean profileGiven() {
        return profile != null;
    }

    /** The --profile folder, the system's application-data folder by default. */
    Path profileDir() {
        return profile != null ? profile : Profile.defaultFolder();
    }

    /** Where the microphone and speaker chosen with `devices --use-mic/--use-speaker` are kept. */
    Path devicePreferencesFile() {
        return profileDir().resolve("devices.properties");
    }

    /**
     * The password: from --password-file, else PARLEY_PASSWORD, else the one `accounts add` kept
     * for this account in the profile's password store (the system keyring or an encrypted file).
     */
    private char[] password(CommandLine cmd, Jid account) {
        char[] given = givenPassword(cmd);
        if (given != null) {
            return given;
        }
        try {
            java.util.Optional<char[]> kept = PasswordStores.open(profileDir()).read(account.bare());
            if (kept.isPresent()) {
                return kept.get();
            }
        } catch (PasswordStoreException e) {
            throw new ParameterException(cmd, "no password: the kept one cannot be read (" + e.getMessage()
                    + "); set PARLEY_PASSWORD or use --password-file");
        }
        throw new ParameterException(cmd, "no password: set PARLEY_PASSWORD, use --password-file, or keep one with"
                + " `accounts add`");
    }

    /** The password given for this run (--password-file, else PARLEY_PASSWORD), or null. */
    char[] givenPassword(CommandLine cmd) {
        if (passwordFile != null) {
            try {
                String p = Files.readString(passwordFile, StandardCharsets.UTF_8);
                return p.strip().toCharArray();
            } catch (IOException e) {
                throw new ParameterException(cmd, "--password-file: cannot read " + passwordFile + ": " + e.getMessage());
            }
        }
        String env = System.getenv("PARLEY_PASSWORD");
        return env == null ? null : env.toCharArray();
    }

    private List<X509Certificate> anchors(CommandLine cmd) {
        if (trust == null) {
            return List.of();
        }
        try {
            byte[] pem = Files.readAllBytes(trust);
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            List<X509Certificate> out = new ArrayList<>();
            for (var c : cf.generateCertificates(new ByteArrayInputStream(pem))) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new ParameterException(cmd, "--trust: no certificate in " + trust);
            }
            return out;
        } catch (IOException | CertificateException e) {
            throw new ParameterException(cmd, "--trust: cannot read " + trust + ": " + e.getMessage());
        }
    }

    static Jid parseJid(CommandLine cmd, String value, String what) {
        try {
            return Jid.of(value);
        } catch (JidFormatException e) {
            throw new ParameterException(cmd, what + ": " + e.getMessage());
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"Parley " + im.parley.client.ParleyInfo.version()};
        }
    }

    /** Common shape of the subcommands: parent options, then the work. */
    abstract static class Sub implements Callable<Integer> {
        @CommandLine.ParentCommand
        ParleyCli parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }
}
