package dev.synthesis.app.audit;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting: the authenticated caller's name (a user's, or an API key's) and kind; "system" without a caller. */
public record Actor(String name, ActorKind kind) {

    /** The caller of the current thread's request. */
    public static Actor current() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        ActorKind kind = ActorKind.of(caller);
        return new Actor(kind == ActorKind.SYSTEM ? "system" : caller.getName(), kind);
    }
}
