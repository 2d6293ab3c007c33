package dev.sysboxdoctor.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the user chose in Settings, saved as JSON.
 *
 * @param engineEndpoint Docker endpoint for the Containers page ("" = the diagnosed target's engine / DOCKER_HOST)
 * @param language       "system", "en" or "zh-CN"
 * @param theme          "system", "light" or "dark"
 * @param textSize       100, 125 or 150 (% of the normal root font size)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(String engineEndpoint, String language, String theme, int textSize) {
    public static final Settings DEFAULTS = new Settings("", "system", "system", 100);

    public Settings {
        engineEndpoint = engineEndpoint == null ? "" : engineEndpoint.trim();
        language = language == null || language.isBlank() ? "system" : language;
        theme = theme == null || theme.isBlank() ? "system" : theme;
        textSize = textSize < 100 || textSize > 200 ? 100 : textSize;
    }

    public Settings withEngineEndpoint(String v) {
        return new Settings(v, language, theme, textSize);
    }

    public Settings withLanguage(String v) {
        return new Settings(engineEndpoint, v, theme, textSize);
    }

    public Settings withTheme(String v) {
        return new Settings(engineEndpoint, language, v, textSize);
    }

    public Settings withTextSize(int v) {
        return new Settings(engineEndpoint, language, theme, v);
    }
}
