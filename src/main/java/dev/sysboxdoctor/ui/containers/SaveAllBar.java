package dev.sysboxdoctor.ui.containers;

import dev.sysboxdoctor.ui.common.Fx;
import dev.sysboxdoctor.ui.common.I18n;
import dev.sysboxdoctor.ui.common.Icons;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;

/** "Save all" with its progress, cancel and one line per container saved or not. */
final class SaveAllBar extends VBox {
    SaveAllBar(SaveAllViewModel vm, I18n t) {
        setSpacing(4);
        setId("save-all-bar");
        Button saveAll = Fx.id(new Button(t.get("saveAll.button"), Icons.of(Material2MZ.SAVE_ALT)), "save-all");
        saveAll.disableProperty().bind(vm.runningProperty());
        saveAll.setOnAction(e -> vm.start());
        Button cancel = Fx.id(new Button(t.get("common.cancel")), "save-all-cancel");
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(vm.runningProperty());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.fractionProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.managedProperty().bind(vm.runningProperty());
        Label status = Fx.id(Fx.label("", "text-muted"), "save-all-status");
        status.textProperty().bind(vm.statusProperty());
        VBox lines = Fx.id(new VBox(2), "save-all-results");
        vm.results().addListener((ListChangeListener<String>) c -> lines.getChildren().setAll(
                vm.results().stream().map(l -> (Node) Fx.label(l)).toList()));
        getChildren().addAll(new HBox(8, saveAll, bar, cancel, status), lines);
    }
}
