package dev.synthesis.app.tenancy;

/** Thrown when tenant-owned data is touched with no tenant known: never read as "all tenants". */
public class MissingTenant extends RuntimeException {

    public MissingTenant() {
        super("no tenant is bound to this request or job");
    }
}
