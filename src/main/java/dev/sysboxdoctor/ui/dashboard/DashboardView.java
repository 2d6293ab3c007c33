package dev.sysboxdoctor.ui.dashboard;

import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.RemedyId;
import dev.sysboxdoctor.diagnose.Severity;
import dev.sysboxdoctor.ui.AppContext;
import dev.sysboxdoctor.ui.common.FollowFocus;
import dev.sysboxdoctor.ui.common.Fx;
import dev.sysboxdoctor.ui.common.I18n;
import dev.sysboxdoctor.ui.common.Icons;
import dev.sysboxdoctor.ui.common.Wrapping;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
    private final GridPane cardsPane = Fx.id(new GridPane(), "cards");
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
        HBox.setHgrow(texts, Priority.ALWAYS);
        // Spins only while it is seen: the spinning skin (segments, animation) is built when the
        // diagnosis starts, after the first frame, not for a hidden spinner in it (~0.15 CPU-s).
        ProgressIndicator spinner = new ProgressIndicator(0);
        spinner.progressProperty().bind(Bindings.when(vm.runningProperty())
                .then(ProgressIndicator.INDETERMINATE_PROGRESS).otherwise(0.0));
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
        for (Button b : new Button[] {rerun, cancel, copy}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setMaxWidth(Double.MAX_VALUE);
        }
        HBox runRow = new HBox(8, spinner, rerun, cancel);
        HBox.setHgrow(rerun, Priority.ALWAYS);
        VBox actions = new VBox(8, runRow, copy);
        actions.setMinWidth(Region.USE_PREF_SIZE);
        verdictBox.getChildren().addAll(verdictIcon, texts, actions);
        verdictBox.getStyleClass().add("sd-verdict");

        Label progress = Fx.id(Fx.label("", "text-muted"), "progress-text");
        progress.textProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.progressProperty().isNotEmpty());
        progress.managedProperty().bind(progress.visibleProperty());

        // The target picker exists only once there is more than one target: a ComboBox's skin builds
        // its whole drop-down list, which the first window (no targets yet) would pay for unseen.
        HBox pickerRow = new HBox(8);
        pickerRow.getStyleClass().add("sd-row");
        pickerRow.visibleProperty().bind(Bindings.size(vm.targetNames()).greaterThan(1));
        pickerRow.managedProperty().bind(pickerRow.visibleProperty());
        pickerRow.visibleProperty().addListener((obs, was, shown) -> fillPickerRowWhenShown(pickerRow));
        fillPickerRowWhenShown(pickerRow); // a view rebuilt after a diagnosis (language change, page switch)

        cardsPane.setHgap(12);
        cardsPane.setVgap(12);
        cardsPane.widthProperty().addListener((obs, o, w) -> reflowCards());
        Label findingsTitle = Fx.label(t.get("dashboard.findings"), "title-3");

        VBox page = new VBox(16, verdictBox, progress, pickerRow, cardsPane, findingsTitle, findingsBox);
        page.getStyleClass().add("sd-page");
        page.setMinWidth(0); // wrap texts to the viewport instead of scrolling sideways
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setContent(page);
        FollowFocus.install(this);

        vm.verdictProperty().addListener((obs, old, v) -> showVerdict(v, verdictIcon));
        vm.lastRunProperty().addListener((obs, old, v) -> showLastRun());
        vm.freshnessProperty().addListener((obs, old, v) -> showLastRun());
        vm.runningProperty().addListener((obs, old, v) -> showLastRun());
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
        headline.setText(Wrapping.noOrphan(v.headline()));
        basis.setText(Wrapping.atSeparators(v.basis()));
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

    private void fillPickerRowWhenShown(HBox row) {
        if (!row.isVisible() || !row.getChildren().isEmpty()) {
            return;
        }
        ComboBox<String> picker = Fx.id(new ComboBox<>(vm.targetNames()), "target-picker");
        picker.valueProperty().bindBidirectional(vm.selectedTargetProperty());
        picker.setCellFactory(list -> new TargetCell());
        picker.setButtonCell(new TargetCell());
        Label pickerLabel = new Label(t.get("dashboard.target"));
        pickerLabel.setLabelFor(picker);
        pickerLabel.setMnemonicParsing(true);
        row.getChildren().setAll(pickerLabel, picker);
    }

    private void showLastRun() {
        Instant at = vm.lastRunProperty().get();
        Freshness fresh = vm.freshnessProperty().get();
        lastRun.getStyleClass().remove("sd-stale");
        if (at == null) {
            lastRun.setText(t.get(vm.runningProperty().get() ? "dashboard.lastRun.first" : "dashboard.lastRun.never"));
            return;
        }
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(t.locale())
                .withZone(ZoneId.systemDefault());
        Duration took = vm.lastRunTookProperty().get();
        String when = t.get("dashboard.lastRun", f.format(at),
                String.format(Locale.ROOT, "%.1f", took == null ? 0.0 : took.toMillis() / 1000.0));
        if (fresh == Freshness.CURRENT) {
            lastRun.setText(when);
            return;
        }
        lastRun.setText(t.get("dashboard.lastRun." + switch (fresh) {
            case REFRESHING -> "refreshing";
            case NOT_REFRESHED_CANCELLED -> "cancelled";
            case NOT_REFRESHED_FAILED -> "failed";
            default -> "outOfDate";
        }, when));
        if (fresh != Freshness.REFRESHING) {
            lastRun.getStyleClass().add("sd-stale");
        }
    }

    private void showCards() {
        cardsPane.getChildren().clear();
        for (StatusCard card : vm.cards()) {
            Label title = Fx.label(t.get("card." + card.kind().key() + ".title"), "sd-card-title");
            title.setWrapText(false);
            title.setMinWidth(Region.USE_PREF_SIZE);
            title.setGraphic(Icons.of(cardIcon(card.kind())));
            Label state = Fx.id(Fx.label(t.get("state." + card.state().name().toLowerCase(Locale.ROOT)), "sd-pill",
                    card.state().styleClass()), "card-" + card.kind().key() + "-state");
            Label value = Fx.id(Fx.label(Wrapping.atSeparators(card.value()), "sd-card-value"),
                    "card-" + card.kind().key() + "-value");
            Label detail = Fx.label(Wrapping.atSeparators(card.detail()), "text-muted", "sd-card-detail");
            VBox box = new VBox(6, new HBox(8, title, Fx.spacer(), state), value, detail);
            box.getStyleClass().addAll("sd-card", card.state().styleClass());
            box.setId("card-" + card.kind().key());
            box.setFocusTraversable(false);
            box.setMaxHeight(Double.MAX_VALUE);
            state.setMinWidth(Region.USE_PREF_SIZE);
            cardsPane.getChildren().add(box);
        }
        columns = 0;
        reflowCards();
    }

    private int columns;

    /** Four cards in a row when they fit at a readable width (about 15 em each), else two, else one. */
    private void reflowCards() {
        double em = Math.max(1, headline.getFont().getSize() / 1.55);
        double width = cardsPane.getWidth() > 0 ? cardsPane.getWidth() : 4 * 18 * em;
        int n = width >= 4 * 15 * em ? 4 : width >= 2 * 15 * em ? 2 : 1;
        if (n == columns) {
            return;
        }
        columns = n;
        cardsPane.getColumnConstraints().clear();
        for (int i = 0; i < n; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / n);
            c.setFillWidth(true);
            cardsPane.getColumnConstraints().add(c);
        }
        for (int i = 0; i < cardsPane.getChildren().size(); i++) {
            Node card = cardsPane.getChildren().get(i);
            GridPane.setConstraints(card, i % n, i / n);
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
            bySeverity.computeIfAbsent(f.severity(), s -> new ArrayList<>()).add(f);
        }
        if (bySeverity.isEmpty()) {
            findingsBox.getChildren().add(Fx.label(vm.runningProperty().get() ? t.get("dashboard.findings.pending")
                    : t.get("dashboard.findings.none"), "text-muted"));
            return;
        }
        // One cause, one action: findings a fix shares go under the worst of them as supporting evidence.
        Map<RemedyId, Finding> primaryByCause = new EnumMap<>(RemedyId.class);
        Map<Finding, List<Finding>> sameCause = new IdentityHashMap<>();
        Set<Finding> nested = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Finding f : vm.findings()) {
            RemedyId cause = fix.causeOf(f);
            if (cause != null) {
                Finding primary = primaryByCause.putIfAbsent(cause, f);
                if (primary != null) {
                    sameCause.computeIfAbsent(primary, p -> new ArrayList<>()).add(f);
                    nested.add(f);
                }
            }
        }
        bySeverity.values().forEach(list -> list.removeIf(nested::contains));
        bySeverity.values().removeIf(List::isEmpty);
        bySeverity.forEach((severity, list) -> {
            String key = "severity." + severity.name().toLowerCase(Locale.ROOT);
            Label header = Fx.id(Fx.label(t.get(key + ".group", list.size()), "title-4", "sd-group-title"),
                    "group-" + severity.name().toLowerCase(Locale.ROOT));
            VBox group = new VBox(8, header);
            list.forEach(f -> group.getChildren().add(new FindingView(f, ctx, fix, sameCause.getOrDefault(f, List.of()))));
            findingsBox.getChildren().add(group);
        });
    }

    /** A target in the picker with its state as wsl.exe reports it ("Ubuntu-24.04 · Stopped"). */
    private final class TargetCell extends ListCell<String> {
        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            if (empty || name == null) {
                setText(null);
                return;
            }
            String state = vm.distroState(name);
            setText(state == null || state.isBlank() ? name : t.get("dashboard.target.withState", name,
                    t.getOr("distro.state." + state.toLowerCase(Locale.ROOT), state)));
        }
    }

    public DashboardViewModel viewModel() {
        return vm;
    }
}
