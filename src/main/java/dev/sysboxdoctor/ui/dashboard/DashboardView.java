package dev.sysboxdoctor.ui.dashboard;

import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.Severity;
import dev.sysboxdoctor.ui.AppContext;
import dev.sysboxdoctor.ui.common.Fx;
import dev.sysboxdoctor.ui.common.I18n;
import dev.sysboxdoctor.ui.common.Icons;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The dashboard: verdict, target picker, status cards, findings grouped by severity. */
public final class DashboardView extends ScrollPane {
    private final DashboardViewModel vm;
    private final AppContext ctx;
    private final FixAction fix;
    private final I18n t;
    private final Label headline = Fx.id(Fx.label("", "sd-verdict-headline"), "verdict");
    private final Label basis = Fx.id(Fx.label("", "sd-verdict-basis"), "verdict-basis");
    private final Label lastRun = Fx.id(Fx.label("", "text-muted"), "last-run");
    private final HBox verdictBox = new HBox(16);
    private final TilePane cardsPane = Fx.id(new TilePane(12, 12), "cards");
    private final VBox findingsBox = Fx.id(new VBox(16), "findings");

    public DashboardView(DashboardViewModel vm, AppContext ctx, FixAction fix, Runnable copyReport) {
        this.vm = vm;
        this.ctx = ctx;
        this.fix = fix;
        this.t = ctx.t();
        setFitToWidth(true);
        getStyleClass().add("sd-page-scroll");

        Label verdictIcon = new Label();
        verdictIcon.getStyleClass().add("sd-verdict-icon");
        VBox texts = new VBox(4, headline, basis, lastRun);
        texts.setMinWidth(0);
        HBox.setHgrow(texts, javafx.scene.layout.Priority.ALWAYS);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("diagnosis-progress");
        spinner.visibleProperty().bind(vm.runningProperty());
        spinner.managedProperty().bind(vm.runningProperty());
        spinner.setPrefSize(28, 28);
        Button rerun = Fx.id(new Button(t.get("dashboard.rerun"), Icons.of(Material2MZ.REFRESH)), "rerun");
        rerun.setOnAction(e -> vm.run());
        rerun.disableProperty().bind(vm.runningProperty());
        Button cancel = Fx.id(new Button(t.get("common.cancel")), "cancel-diagnosis");
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(vm.runningProperty());
        Button copy = Fx.id(new Button(t.get("dashboard.copyReport"), Icons.of(Material2AL.CONTENT_COPY)), "copy-report");
        copy.setOnAction(e -> copyReport.run());
        copy.disableProperty().bind(vm.finalDiagnosisProperty().isNull());
        VBox actions = new VBox(8, new HBox(8, spinner, rerun, cancel), copy);
        verdictBox.getChildren().addAll(verdictIcon, texts, actions);
        verdictBox.getStyleClass().add("sd-verdict");

        Label progress = Fx.id(Fx.label("", "text-muted"), "progress-text");
        progress.textProperty().bind(vm.progressProperty());

        ComboBox<String> picker = Fx.id(new ComboBox<>(vm.targetNames()), "target-picker");
        picker.valueProperty().bindBidirectional(vm.selectedTargetProperty());
        Label pickerLabel = new Label(t.get("dashboard.target"));
        pickerLabel.setLabelFor(picker);
        pickerLabel.setMnemonicParsing(true);
        HBox pickerRow = new HBox(8, pickerLabel, picker);
        pickerRow.getStyleClass().add("sd-row");
        pickerRow.visibleProperty().bind(Bindings.size(vm.targetNames()).greaterThan(1));
        pickerRow.managedProperty().bind(pickerRow.visibleProperty());

        cardsPane.setPrefTileWidth(260);
        cardsPane.setPrefColumns(4);
        Label findingsTitle = Fx.label(t.get("dashboard.findings"), "title-3");

        VBox page = new VBox(16, verdictBox, progress, pickerRow, cardsPane, findingsTitle, findingsBox);
        page.getStyleClass().add("sd-page");
        setContent(page);

        vm.verdictProperty().addListener((obs, old, v) -> showVerdict(v, verdictIcon));
        vm.lastRunProperty().addListener((obs, old, v) -> showLastRun());
        vm.cards().addListener((ListChangeListener<StatusCard>) c -> showCards());
        vm.findings().addListener((ListChangeListener<Finding>) c -> showFindings());
        showVerdict(vm.verdictProperty().get(), verdictIcon);
        showLastRun();
        showCards();
        showFindings();
    }

    private void showVerdict(Verdict v, Label icon) {
        if (v == null) {
            return;
        }
        headline.setText(v.headline());
        basis.setText(v.basis());
        basis.setVisible(!v.basis().isBlank());
        basis.setManaged(basis.isVisible());
        verdictBox.getStyleClass().removeIf(s -> s.startsWith("verdict-"));
        verdictBox.getStyleClass().add("verdict-" + v.level().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        icon.setGraphic(Icons.of(switch (v.level()) {
            case BROKEN, FAILED -> Material2AL.ERROR;
            case SAFE -> Material2AL.CHECK_CIRCLE;
            case NOT_APPLICABLE -> Material2AL.INFO;
            case UNKNOWN -> Material2AL.HELP;
            case PENDING -> Material2MZ.SEARCH;
        }, "sd-verdict-glyph"));
    }

    private void showLastRun() {
        Instant at = vm.lastRunProperty().get();
        if (at == null) {
            lastRun.setText(t.get("dashboard.lastRun.never"));
            return;
        }
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(t.locale())
                .withZone(ZoneId.systemDefault());
        Duration took = vm.lastRunTookProperty().get();
        lastRun.setText(t.get("dashboard.lastRun", f.format(at),
                String.format(Locale.ROOT, "%.1f", took == null ? 0.0 : took.toMillis() / 1000.0)));
    }

    private void showCards() {
        cardsPane.getChildren().clear();
        for (StatusCard card : vm.cards()) {
            Label title = Fx.label(t.get("card." + card.kind().key() + ".title"), "sd-card-title");
            title.setGraphic(Icons.of(cardIcon(card.kind())));
            Label state = Fx.id(Fx.label(t.get("state." + card.state().name().toLowerCase(Locale.ROOT)), "sd-pill",
                    card.state().styleClass()), "card-" + card.kind().key() + "-state");
            Label value = Fx.id(Fx.label(card.value(), "sd-card-value"), "card-" + card.kind().key() + "-value");
            Label detail = Fx.label(card.detail(), "text-muted", "sd-card-detail");
            VBox box = new VBox(6, new HBox(8, title, Fx.spacer(), state), value, detail);
            box.getStyleClass().addAll("sd-card", card.state().styleClass());
            box.setId("card-" + card.kind().key());
            box.setFocusTraversable(false);
            cardsPane.getChildren().add(box);
        }
    }

    private static Ikon cardIcon(CardKind kind) {
        return switch (kind) {
            case WSL -> Material2AL.DESKTOP_WINDOWS;
            case KERNEL -> Material2MZ.MEMORY;
            case SYSBOX -> Material2AL.ARCHIVE;
            case DOCKER -> Material2MZ.STORAGE;
        };
    }

    private void showFindings() {
        findingsBox.getChildren().clear();
        Map<Severity, List<Finding>> bySeverity = new EnumMap<>(Severity.class);
        for (Finding f : vm.findings()) {
            bySeverity.computeIfAbsent(f.severity(), s -> new java.util.ArrayList<>()).add(f);
        }
        if (bySeverity.isEmpty()) {
            findingsBox.getChildren().add(Fx.label(vm.runningProperty().get() ? t.get("dashboard.findings.pending")
                    : t.get("dashboard.findings.none"), "text-muted"));
            return;
        }
        bySeverity.forEach((severity, list) -> {
            String key = "severity." + severity.name().toLowerCase(Locale.ROOT);
            Label header = Fx.id(Fx.label(t.get(key + ".group", list.size()), "title-4", "sd-group-title"),
                    "group-" + severity.name().toLowerCase(Locale.ROOT));
            VBox group = new VBox(8, header);
            list.forEach(f -> group.getChildren().add(new FindingView(f, ctx, fix)));
            findingsBox.getChildren().add(group);
        });
    }

    public DashboardViewModel viewModel() {
        return vm;
    }
}
