package dev.synthesis.app.storage;

/** The path of an object inside the platform's bucket, always under {@code tenants/<tenant>/}. */
public record ObjectKey(String value) {

    public ObjectKey {
        if (value == null || !value.startsWith("tenants/") || value.contains("..")) {
            throw new IllegalArgumentException("object keys live under tenants/<tenant>/: " + value);
        }
    }

    /** A key below this one, e.g. a part of an output folder. */
    public ObjectKey child(String name) {
        if (!value.endsWith("/") || name.contains("/") || name.contains("..")) {
            throw new IllegalArgumentException("cannot put " + name + " under " + value);
        }
        return new ObjectKey(value + name);
    }

    @Override
    public String toString() {
        return value;
    }
}
