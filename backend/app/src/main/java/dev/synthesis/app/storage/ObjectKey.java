package dev.synthesis.app.storage;

/** The path of an object inside the platform's bucket, always under {@code tenants/<tenant>/}. */
public record ObjectKey(String value) {

    public ObjectKey {
        if (value == null || !value.startsWith("tenants/") || value.contains("..")) {
            throw new IllegalArgumentException("object keys live under tenants/<tenant>/: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
