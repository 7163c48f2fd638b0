package dev.synthesis.app.training;

/**
 * What differentially private training spends from its seed's privacy budget. The budget is kept by
 * the module that owns it (privacy), declared as a bean there, so training charges it without
 * depending on that module (which reads training runs for its ledger).
 */
public interface PrivacyCharges {

    /**
     * Charges a run's ε and δ to its seed, or refuses the run with a problem (409) when they exceed
     * what remains. Call it in the transaction that records the run, before the job is launched: a
     * refused run then leaves no run, no job and no charge, and has read nothing of the seed.
     */
    void charge(PrivateTraining training);

    /** The run is about to read its seed: from now on its charge stands, whatever becomes of the run. */
    void seedRead(TrainingRunId run);

    /** The run failed: its charge is given back if it never read the seed. Nothing happens for a run without a charge. */
    void failed(TrainingRunId run);

    /** The run completed; {@code mechanisms} says in a few words which mechanisms spent its budget. */
    void completed(TrainingRunId run, String mechanisms);
}
