package dev.newswire.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away certificate authority and the PKCS12 stores signed by it, made with the JDK's
 * {@code keytool} in a folder: a broker keystore (CN=localhost, SAN localhost and 127.0.0.1, so
 * hostname verification passes), a client keystore (for mutual TLS) and a truststore holding the CA
 * that both sides use. Every store has its own random password, so a test can search logs for it.
 */
public final class TestCertificates {

    /** A PKCS12 store and its password (which is also its key's password, as PKCS12 has one). */
    public record Store(Path path, String password) {
    }

    private static final String VALIDITY_DAYS = "2";

    private final Store ca;
    private final Store broker;
    private final Store client;
    private final Store truststore;

    private TestCertificates(Store ca, Store broker, Store client, Store truststore) {
        this.ca = ca;
        this.broker = broker;
        this.client = client;
        this.truststore = truststore;
    }

    /** Creates the CA and the three stores in {@code dir} (about a dozen keytool runs, a few seconds). */
    public static TestCertificates create(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Store ca = new Store(dir.resolve("ca.p12"), secret("ca"));
        keytool("-genkeypair", "-alias", "ca", "-dname", "CN=newswire-test-ca", "-keyalg", "RSA", "-keysize", "2048",
                "-validity", VALIDITY_DAYS, "-ext", "bc:c", "-storetype", "PKCS12", "-keystore", ca.path().toString(),
                "-storepass", ca.password());
        Path caCert = dir.resolve("ca.pem");
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca.path().toString(), "-storepass", ca.password(),
                "-file", caCert.toString());
        Store truststore = new Store(dir.resolve("truststore.p12"), secret("trust"));
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", caCert.toString(), "-storetype", "PKCS12",
                "-keystore", truststore.path().toString(), "-storepass", truststore.password());
        Store broker = signed(dir, ca, caCert, "broker", "CN=localhost", "SAN=dns:localhost,ip:127.0.0.1");
        Store client = signed(dir, ca, caCert, "client", "CN=newswire-client", null);
        return new TestCertificates(ca, broker, client, truststore);
    }

    public Store broker() {
        return broker;
    }

    public Store client() {
        return client;
    }

    public Store truststore() {
        return truststore;
    }

    /** Every password of the stores made here (the CA's included). */
    public List<String> passwords() {
        return List.of(ca.password(), broker.password(), client.password(), truststore.password());
    }

    private static Store signed(Path dir, Store ca, Path caCert, String name, String dname, String san) {
        Store store = new Store(dir.resolve(name + ".p12"), secret(name));
        keytool("-genkeypair", "-alias", name, "-dname", dname, "-keyalg", "RSA", "-keysize", "2048",
                "-validity", VALIDITY_DAYS, "-storetype", "PKCS12", "-keystore", store.path().toString(),
                "-storepass", store.password());
        Path request = dir.resolve(name + ".csr");
        keytool("-certreq", "-alias", name, "-keystore", store.path().toString(), "-storepass", store.password(),
                "-file", request.toString());
        Path cert = dir.resolve(name + ".pem");
        List<String> gencert = new ArrayList<>(List.of("-gencert", "-rfc", "-alias", "ca", "-keystore",
                ca.path().toString(), "-storepass", ca.password(), "-infile", request.toString(), "-outfile",
                cert.toString(), "-validity", VALIDITY_DAYS));
        if (san != null) {
            gencert.addAll(List.of("-ext", san));
        }
        keytool(gencert.toArray(String[]::new));
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", caCert.toString(), "-keystore",
                store.path().toString(), "-storepass", store.password());
        keytool("-importcert", "-alias", name, "-file", cert.toString(), "-keystore", store.path().toString(),
                "-storepass", store.password());
        return store;
    }

    private static String secret(String what) {
        return what + "-" + UUID.randomUUID().toString().replace("-", "");
    }

    private static void keytool(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run keytool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running keytool", e);
        }
    }
}
