package dev.sysboxdoctor.remedy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the machine looked like at one moment, as far as one remedy cares: e.g. {@code kernel},
 * {@code overlayIdmap}, {@code pinnedKernel}, {@code shiftfsPrecheck}, {@code mode}.
 */
public record ObservedState(String summary, Map<String, String> facts) {
    public ObservedState {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public String fact(String key) {
        return facts.getOrDefault(key, "");
    }
}
