package dev.synthesis.app.request;

import dev.synthesis.app.problem.InvalidRequest;
import java.util.List;
import org.springframework.data.domain.Pageable;

/** The properties a list may be sorted by; anything else (a column the API does not show) is refused by name. */
public record SortKeys(List<String> allowed) {

    public SortKeys(String... allowed) {
        this(List.of(allowed));
    }

    /** The page request as it came, once every sort property is one of ours. */
    public Pageable check(Pageable pageable) {
        pageable.getSort().stream().map(order -> order.getProperty()).filter(property -> !allowed.contains(property)).findFirst()
                .ifPresent(property -> {
                    throw new InvalidRequest("sort", "cannot sort by '" + property + "'; sort by one of " + String.join(", ", allowed));
                });
        return pageable;
    }
}
