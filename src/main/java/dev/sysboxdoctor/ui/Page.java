package dev.sysboxdoctor.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The pages of the main window, in navigation order (Ctrl+1, Ctrl+2, ...); MainWindow builds one view per constant. */
public enum Page {
    DASHBOARD(Material2AL.FACT_CHECK),
    CONTAINERS(Material2AL.LAYERS),
    REPORTS(Material2AL.DESCRIPTION),
    LOG(Material2AL.LIST_ALT),
    SETTINGS(Material2MZ.SETTINGS);

    private final Ikon icon;

    Page(Ikon icon) {
        this.icon = icon;
    }

    public Ikon icon() {
        return icon;
    }

    public String key() {
        return name().toLowerCase();
    }
}
