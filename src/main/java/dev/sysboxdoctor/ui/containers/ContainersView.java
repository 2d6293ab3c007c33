package dev.sysboxdoctor.ui.containers;

import dev.sysboxdoctor.image.ContainerInfo;
import dev.sysboxdoctor.ui.AppContext;
import dev.sysboxdoctor.ui.common.Fx;
import dev.sysboxdoctor.ui.common.I18n;
import dev.sysboxdoctor.ui.common.Icons;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Containers page: a table of containers and "Save as image...". */
public final class ContainersView extends VBox {
    public ContainersView(ContainersViewModel vm, SaveAllViewModel saveAll, AppContext ctx, Consumer<ContainerInfo> saveAs) {
        I18n t = ctx.t();
        setSpacing(12);
        getStyleClass().add("sd-page");

        TableView<ContainerInfo> table = Fx.id(new TableView<>(vm.containers()), "containers-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(t.get("containers.name"), ContainerInfo::name));
        table.getColumns().add(column(t.get("containers.image"), ContainerInfo::image));
        table.getColumns().add(column(t.get("containers.runtime"), ContainerInfo::runtime));
        table.getColumns().add(column(t.get("containers.state"), c -> c.state() == null ? ""
                : t.getOr("containers.state." + c.state().toLowerCase(Locale.ROOT), c.state())));
        TableColumn<ContainerInfo, String> badge = column(t.get("containers.sysbox"), c -> c.sysbox() ? "sysbox" : "");
        badge.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null || item.isEmpty()) {
                    setGraphic(null);
                } else if (vm.atRisk(getTableRow() == null ? null : getTableRow().getItem())) {
                    Label risk = Fx.label(t.get("containers.atRiskBadge"), "sd-badge", "sd-badge-danger");
                    risk.setTooltip(new Tooltip(t.get("containers.atRiskTip")));
                    setGraphic(risk);
                } else {
                    setGraphic(Fx.label(t.get("containers.sysboxBadge"), "sd-badge"));
                }
            }
        });
        table.getColumns().add(badge);
        Label placeholder = new Label();
        // Under a connection error the list is unknown, not empty.
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> t.get(
                vm.failureProperty().get() != null ? "containers.notListed" : "containers.empty"), vm.failureProperty()));
        table.setPlaceholder(placeholder);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, c) -> vm.selectedProperty().set(c));
        vm.selectedProperty().addListener((obs, o, c) -> {
            if (c != null && c != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(c); // chosen for the user (a finding's "Save a container…")
                table.scrollTo(c);
            }
        });
        table.setRowFactory(tv -> {
            TableRow<ContainerInfo> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    saveAs.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && vm.selectedProperty().get() != null) {
                saveAs.accept(vm.selectedProperty().get());
            }
        });

        Button save = Fx.id(new Button(t.get("containers.saveAs"), Icons.of(Material2MZ.SAVE)), "save-as-image");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.selectedProperty().isNull());
        save.setOnAction(e -> saveAs.accept(vm.selectedProperty().get()));
        Button refresh = Fx.id(new Button(t.get("containers.refresh"), Icons.of(Material2MZ.REFRESH)), "containers-refresh");
        refresh.disableProperty().bind(vm.loadingProperty());
        refresh.setOnAction(e -> vm.refresh());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(vm.loadingProperty());
        Label error = Fx.id(Fx.label("", "text-danger"), "containers-error");
        error.textProperty().bind(Bindings.createStringBinding(() -> vm.failureProperty().get() == null ? ""
                : t.get("containers.failed", message(vm.failureProperty().get())), vm.failureProperty()));
        String host = vm.dockerHost();
        Label engine = Fx.id(Fx.label(t.get("containers.engine", EngineNames.of(t, ctx.services().engineUsedFor(host), ctx.services().onWindows())), "text-muted"), "containers-engine");
        getChildren().addAll(Fx.label(t.get("nav.containers"), "title-2"), engine,
                new HBox(8, save, refresh, spinner), new SaveAllBar(saveAll, t), error, table);
        vm.sysboxChangesAtRiskProperty().addListener((obs, o, n) -> table.refresh());
        vm.refreshIfNeverLoaded();
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static TableColumn<ContainerInfo, String> column(String title, Function<ContainerInfo, String> f) {
        TableColumn<ContainerInfo, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        return c;
    }
}
