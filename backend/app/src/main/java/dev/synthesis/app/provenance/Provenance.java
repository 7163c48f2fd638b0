package dev.synthesis.app.provenance;

import dev.synthesis.app.audit.AuditTrail;
import dev.synthesis.app.provenance.internal.SigningKeys;
import dev.synthesis.app.provenance.internal.StoredSigningKey;
import dev.synthesis.engine.provenance.JwkSet;
import dev.synthesis.engine.provenance.Manifest;
import dev.synthesis.engine.provenance.ManifestSigner;
import dev.synthesis.engine.provenance.SignedManifest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provenance feature's API: sign a dataset's manifest with the platform's active key, publish
 * every key (retired ones too, so manifests signed before a rotation still verify), rotate.
 */
@Service
public class Provenance {

    /** Who signs: the platform's name in every manifest. */
    public static final String PLATFORM = "synthesis";

    private final SigningKeys keys;
    private final AuditTrail audit;
    private final Clock clock;

    Provenance(SigningKeys keys, AuditTrail audit, Clock clock) {
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    /** Signs with the active key; fails when there is none (start-up makes one) or it does not open. */
    @Transactional(readOnly = true)
    public SignedManifest sign(Manifest manifest) {
        StoredSigningKey key = keys.active().orElseThrow(() -> new IllegalStateException("the platform has no active signing key"));
        return ManifestSigner.sign(manifest, keys.privateKey(key), key.publicKey());
    }

    /** The public key set served at the well-known URL, each key with its status. */
    @Transactional(readOnly = true)
    public JwkSet publishedKeys() {
        return new JwkSet(keys.all().stream().map(key -> key.publicKey().published(key.view().status())).toList());
    }

    /** Every key, newest first, as admins see them. */
    @Transactional(readOnly = true)
    public List<SigningKeyView> signingKeys() {
        return keys.all().stream().map(StoredSigningKey::view).toList();
    }

    /** A platform admin's rotation: a new active key, the old one retired but still published; audited. */
    @Transactional
    public SigningKeyView rotate() {
        String retired = keys.active().map(StoredSigningKey::kid).orElse(null);
        SigningKeyView created = keys.rotate(clock.instant()).view();
        audit.record("signing-key.rotated", created.kid(), retired == null ? Map.of() : Map.of("retiredKid", retired));
        return created;
    }
}
