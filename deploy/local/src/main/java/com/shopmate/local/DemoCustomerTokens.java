package com.shopmate.local;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;

/**
 * The local stack plays the shop's login: it makes a demo RSA key pair in its data folder ({@code identity/}, made
 * once, kept across restarts), gives the gateway the public key, and {@code ./shopmate token CUSTOMER_ID} signs
 * customer tokens with the private one, as a shop's app back end would (docs/identity.md).
 */
public final class DemoCustomerTokens {

    /** The issuer and audience of the demo tokens; the gateway is configured with the same. */
    public static final String ISSUER = "https://shopmate.local/demo-login";
    public static final String AUDIENCE = "shopmate";
    static final String PUBLIC_KEY_ENV = "SHOPMATE_IDENTITY_JWT_PUBLIC_KEY_LOCATION";
    static final String ISSUER_ENV = "SHOPMATE_IDENTITY_JWT_ISSUER";
    private static final String PRIVATE_KEY = "identity/customer-token.key.pem";
    private static final String PUBLIC_KEY = "identity/customer-token.pub.pem";
    private static final int KEY_BITS = 2048;

    private DemoCustomerTokens() {
    }

    /** The public key's file, the pair made now if there is none. */
    static Path ensureKeys(Path dataDir) {
        Path privateKey = dataDir.resolve(PRIVATE_KEY);
        Path publicKey = dataDir.resolve(PUBLIC_KEY);
        if (Files.isRegularFile(privateKey) && Files.isRegularFile(publicKey)) {
            return publicKey;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(privateKey.getParent());
            write(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
            write(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
            return publicKey;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the demo customer-token keys in " + privateKey.getParent(), e);
        }
    }

    /** A token the local stack's gateway accepts for {@code customerId}, valid for {@code validity}. */
    public static String mint(Path dataDir, String customerId, Duration validity) {
        Path privateKey = dataDir.resolve(PRIVATE_KEY);
        if (!Files.isRegularFile(privateKey)) {
            throw new StackException("no demo signing key in " + privateKey.getParent() + ": ./shopmate up makes it");
        }
        try {
            JwtClaims claims = new JwtClaims();
            claims.setSubject(customerId);
            claims.setIssuer(ISSUER);
            claims.setAudience(AUDIENCE);
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(validity.toSeconds() / 60f);
            claims.setGeneratedJwtId();
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(readPrivateKey(privateKey));
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            return jws.getCompactSerialization();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + privateKey, e);
        } catch (GeneralSecurityException | JoseException e) {
            throw new StackException("the demo signing key " + privateKey + " is not usable: " + e.getMessage());
        }
    }

    private static PrivateKey readPrivateKey(Path file) throws IOException, GeneralSecurityException {
        String base64 = Files.readString(file, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    // Written whole under another name (the private key readable by its owner only), then moved into place.
    private static void write(Path file, String content, boolean secret) throws IOException {
        Path partial = secret
                ? Files.createTempFile(file.getParent(), ".key", ".partial",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(file.getParent(), ".pub", ".partial");
        try {
            Files.writeString(partial, content, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Another process made it meanwhile: theirs is the key.
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
