package dev.synthesis.engine.cli;

import dev.synthesis.engine.provenance.JwkSet;
import dev.synthesis.engine.provenance.Manifest;
import dev.synthesis.engine.provenance.ManifestJson;
import dev.synthesis.engine.provenance.ManifestVerifier;
import dev.synthesis.engine.provenance.SignedManifest;
import dev.synthesis.engine.provenance.VerificationFailed;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;

/**
 * {@code synth verify <manifest.json> <file> [--keys signing-keys.json] [--table name]}: checks a
 * dataset's signed manifest and the downloaded file against it, offline. A multi-table dataset's
 * manifest is checked one table download at a time, with {@code --table}. Exit 0 when both check
 * out, 1 naming what failed (signature, table, part, length), 2 when an input cannot be read.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a dataset's signed manifest and the downloaded file against it (exit code 1 if either fails).")
final class VerifyCommand implements Callable<Integer> {

    static final String PUBLISHED_KEYS = "/.well-known/synthesis/signing-keys.json";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<manifest.json>",
            description = "the manifest (a JWS) from /api/generate/{id}/manifest or /api/dataset-jobs/{id}/manifest")
    Path manifestFile;

    @Parameters(index = "1", paramLabel = "<file>", description = "the downloaded output (a dataset's: one table's csv or jsonl gzip)")
    Path data;

    @Option(names = "--table", paramLabel = "<name>",
            description = "for a dataset's manifest: the table whose download <file> is (/api/dataset-jobs/{id}/tables/{name}/download)")
    String table;

    @Option(names = "--keys", paramLabel = "<signing-keys.json>",
            description = "the platform's key set, saved from " + PUBLISHED_KEYS + "; without it the manifest's own key is used")
    Path keys;

    @Override
    public Integer call() {
        SignedManifest signed = read(manifestFile, SignedManifest.class);
        PrintWriter out = spec.commandLine().getOut();
        try {
            ManifestVerifier.Verified verified = keys == null ? ManifestVerifier.verifyWithEmbeddedKey(signed)
                    : ManifestVerifier.verify(signed, read(keys, JwkSet.class));
            verifyFile(verified);
            if (keys == null) {
                out.println("warning: checked with the key embedded in the manifest, thumbprint " + verified.key().thumbprint()
                        + "; compare it with the platform's published keys (" + PUBLISHED_KEYS + ") or pass them with --keys");
            }
            out.println("verified: signature by key " + verified.key().kid() + ", " + checked(verified.manifest()));
            return SynthCli.OK;
        } catch (VerificationFailed failed) {
            spec.commandLine().getErr().println("not verified: " + failed.getMessage());
            return SynthCli.FAILED;
        }
    }

    private String checked(Manifest manifest) {
        Manifest.Output output = manifest.output();
        if (table == null) {
            return output.parts().size() + " parts, root " + output.merkleRoot();
        }
        Manifest.Table checked = output.table(table).orElseThrow();
        return "table " + table + ": " + checked.parts().size() + " parts, root " + checked.merkleRoot() + ", dataset root "
                + output.merkleRoot();
    }

    private void verifyFile(ManifestVerifier.Verified verified) {
        CliFiles.requireFile(data);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(data))) {
            if (table == null) {
                ManifestVerifier.verifyFile(verified.manifest(), in);
            } else {
                ManifestVerifier.verifyTable(verified.manifest(), table, in);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static <T> T read(Path file, Class<T> type) {
        CliFiles.requireFile(file);
        try {
            return ManifestJson.read(Files.readAllBytes(file), type);
        } catch (JacksonException bad) {
            throw new InvalidInput(file + ": not a " + (type == JwkSet.class ? "JWK set" : "signed manifest") + ": "
                    + bad.getOriginalMessage());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
