package dev.synthesis.app.provenance.internal;

import dev.synthesis.engine.provenance.Jwk;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The platform's signing keys in {@code signing_keys}. They are the platform's, not a tenant's,
 * so the table has no tenant and no row-level security; the private halves are sealed by
 * {@link KeySealing} and never leave this class unsealed except to sign.
 */
@Component
public class SigningKeys {

    private static final String COLUMNS = "kid, public_key_x, private_key_sealed, created_at, activated_at, retired_at";

    private final JdbcTemplate jdbc;
    private final KeySealing sealing;

    SigningKeys(JdbcTemplate jdbc, KeySealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    /** Every key, newest first: the active one and the retired ones that older manifests name. */
    public List<StoredSigningKey> all() {
        return jdbc.query("select " + COLUMNS + " from signing_keys order by activated_at desc", SigningKeys::row);
    }

    public Optional<StoredSigningKey> active() {
        return jdbc.query("select " + COLUMNS + " from signing_keys where retired_at is null", SigningKeys::row).stream().findFirst();
    }

    /**
     * Retires the active key, if any, and stores a new active one. Call it in a transaction: the
     * unique index on the active key makes a concurrent rotation fail instead of leaving two.
     */
    public StoredSigningKey rotate(Instant now) {
        jdbc.update("update signing_keys set retired_at = ? where retired_at is null", Timestamp.from(now));
        KeyPair pair = generate();
        Jwk publicKey = Jwk.of(pair.getPublic());
        byte[] sealed = sealing.seal(pair.getPrivate().getEncoded(), publicKey.kid());
        jdbc.update("insert into signing_keys (kid, public_key_x, private_key_sealed, created_at, activated_at) values (?, ?, ?, ?, ?)",
                publicKey.kid(), publicKey.x(), sealed, Timestamp.from(now), Timestamp.from(now));
        return new StoredSigningKey(publicKey.kid(), publicKey, sealed, now, now, null);
    }

    public PrivateKey privateKey(StoredSigningKey key) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(sealing.open(key.sealedPrivateKey(), key.kid())));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException unusable) {
            throw new IllegalStateException("signing key " + key.kid() + " does not open to an Ed25519 key", unusable);
        }
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException everyJdkSince15HasIt) {
            throw new IllegalStateException(everyJdkSince15HasIt);
        }
    }

    private static StoredSigningKey row(ResultSet row, int number) throws SQLException {
        Timestamp retired = row.getTimestamp("retired_at");
        String kid = row.getString("kid");
        return new StoredSigningKey(kid, new Jwk("OKP", "Ed25519", row.getString("public_key_x"), kid, null, null, null),
                row.getBytes("private_key_sealed"), row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("activated_at").toInstant(), retired == null ? null : retired.toInstant());
    }
}
