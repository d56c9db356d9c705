package im.parley.xmpp.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes certificates with the {@code openssl} command in a scratch directory, so that the
 * certificates under test are encoded by an independent implementation. EC P-256 keys keep it fast.
 */
public final class TestCertificates {
    private final Path dir;

    public TestCertificates(Path dir) {
        this.dir = dir;
    }

    /** A self-signed certificate carrying {@code extensions} (openssl config lines), e.g. a subjectAltName. */
    public X509Certificate selfSigned(String name, String... extensions) throws Exception {
        return create(name, null, 2, extensions);
    }

    /** A CA certificate (basicConstraints CA:TRUE) whose key is kept under {@code name}. */
    public X509Certificate authority(String name) throws Exception {
        return create(name, null, 2, "basicConstraints=critical,CA:TRUE", "keyUsage=critical,keyCertSign,cRLSign",
                "subjectKeyIdentifier=hash");
    }

    /** An end-entity certificate signed by the CA made earlier as {@code issuer}; days may be negative (expired). */
    public X509Certificate issued(String issuer, String name, int days, String... extensions) throws Exception {
        return create(name, issuer, days, extensions);
    }

    private X509Certificate create(String name, String issuer, int days, String... extensions) throws Exception {
        Path config = dir.resolve(name + ".cnf");
        StringBuilder cnf = new StringBuilder("[req]\ndistinguished_name=dn\nprompt=no\n[dn]\nCN=" + name + "\n[ext]\n");
        if (issuer != null) {
            cnf.append("basicConstraints=critical,CA:FALSE\n");
        }
        for (String e : extensions) {
            cnf.append(e).append('\n');
        }
        if (issuer == null && extensions.length == 0) {
            // An empty section is refused by openssl; this extension says nothing about names.
            cnf.append("subjectKeyIdentifier=hash\n");
        }
        Files.writeString(config, cnf);
        String key = name + ".key";
        String cert = name + ".pem";
        if (issuer == null) {
            openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-keyout", key, "-out", cert, "-days", Integer.toString(days), "-config", config.toString(),
                    "-extensions", "ext");
        } else {
            String csr = name + ".csr";
            openssl("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-keyout", key, "-out", csr, "-config", config.toString());
            // x509 -req, unlike req -x509, accepts a negative -days: a certificate that expired at once.
            openssl("x509", "-req", "-in", csr, "-CA", issuer + ".pem", "-CAkey", issuer + ".key", "-CAcreateserial",
                    "-days", Integer.toString(days), "-extfile", config.toString(), "-extensions", "ext",
                    "-out", cert);
        }
        return read(dir.resolve(cert));
    }

    /** A PKCS#12 key store with the key and certificate made as {@code name} and its issuer's certificate. */
    Path pkcs12(String name, String issuer, String password) throws Exception {
        openssl("pkcs12", "-export", "-inkey", name + ".key", "-in", name + ".pem", "-certfile", issuer + ".pem",
                "-out", name + ".p12", "-passout", "pass:" + password);
        return dir.resolve(name + ".p12");
    }

    static X509Certificate read(Path pem) throws IOException, CertificateException {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private void openssl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(command + " failed:\n" + new String(output, StandardCharsets.UTF_8));
        }
    }
}
