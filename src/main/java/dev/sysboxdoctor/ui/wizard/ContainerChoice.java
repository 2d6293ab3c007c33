package dev.sysboxdoctor.ui.wizard;

import dev.sysboxdoctor.remedy.AtRiskContainer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One container at risk in the wizard: saved unless the user accepted losing its changes, and
 * where its save or restore is (updated on the UI thread).
 */
public final class ContainerChoice {
    private final AtRiskContainer container;
    private final String description;
    private final BooleanProperty save = new SimpleBooleanProperty(true);
    private final StringProperty progress = new SimpleStringProperty("");
    private final DoubleProperty fraction = new SimpleDoubleProperty(0);

    ContainerChoice(AtRiskContainer container, String description) {
        this.container = container;
        this.description = description;
    }

    public String name() {
        return container.name();
    }

    /** Name, image, running or stopped, size of the changes where known. */
    public String description() {
        return description;
    }

    /** Saved before the fix (read-only for views: change it through {@link ContainerChoices}). */
    public boolean saved() {
        return save.get();
    }

    public BooleanProperty saveProperty() {
        return save;
    }

    public StringProperty progressProperty() {
        return progress;
    }

    /** 0..1, or -1 while unknown. */
    public DoubleProperty fractionProperty() {
        return fraction;
    }
}
