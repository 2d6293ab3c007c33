package dev.sysboxdoctor.remedy;

import java.util.Locale;
import java.util.Map;

/**
 * The WSL networking mode .wslconfig asks for.
 *
 * @param mode      lower case; "nat" when .wslconfig does not say
 * @param wslConfig where .wslconfig is
 */
public record NetworkingObservation(String mode, String wslConfig) {
    public NetworkingObservation {
        mode = mode.toLowerCase(Locale.ROOT);
    }

    boolean nat() {
        return mode.equals("nat");
    }

    void addRows(Map<String, String> out) {
        out.put("networkingMode", mode);
        out.put("wslconfig", wslConfig);
    }
}
