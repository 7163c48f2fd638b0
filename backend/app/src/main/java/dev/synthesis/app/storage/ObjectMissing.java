package dev.synthesis.app.storage;

/** The object store has no object under the key (deleted out of band, or never written). */
public class ObjectMissing extends RuntimeException {

    public ObjectMissing(ObjectKey key) {
        super("no object " + key + " in the object store");
    }
}
