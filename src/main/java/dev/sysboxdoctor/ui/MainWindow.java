package dev.sysboxdoctor.ui;

import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.RemedyId;
import dev.sysboxdoctor.ui.common.BackgroundJob;
import dev.sysboxdoctor.ui.common.ErrorDialogs;
import dev.sysboxdoctor.ui.common.Fx;
import dev.sysboxdoctor.ui.common.I18n;
import dev.sysboxdoctor.ui.common.Icons;
import dev.sysboxdoctor.ui.common.Wrapping;
import dev.sysboxdoctor.ui.dashboard.DashboardView;
import dev.sysboxdoctor.ui.dashboard.DashboardViewModel;
import dev.sysboxdoctor.ui.dashboard.FixAction;
import dev.sysboxdoctor.ui.log.LogView;
import dev.sysboxdoctor.ui.settings.Settings;
import dev.sysboxdoctor.ui.settings.SettingsView;
import dev.sysboxdoctor.ui.theme.ThemeChoice;
import dev.sysboxdoctor.ui.theme.ThemeManager;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The main window: navigation on the left, one page at a time on the right. View-models live as
 * long as the window; views are rebuilt when the language changes.
 */
public final class MainWindow {
    public static final double BASE_FONT_PX = 14;

    private final AppContext ctx;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    private final DashboardViewModel dashboard;
    private final Features features;
    private final Map<Page, ToggleButton> navButtons = new EnumMap<>(Page.class);
    private Page current = Page.DASHBOARD;
    private LogView logView;
    private Optional<Boolean> osPrefersDark = Optional.empty();

    public MainWindow(AppContext ctx, Stage stage) {
        this.ctx = ctx;
        this.stage = stage;
        this.dashboard = new DashboardViewModel(ctx.services(), ctx.executor(), ctx::inspectOptions, ctx.t(), ctx.clock());
        this.features = new Features(ctx, this);
        root.getStyleClass().add("sd-root");
        root.setId("main-root");
        scene = new Scene(root, 1180, 760);
        root.setBottom(noticeBar());
        installShortcuts();
        ctx.i18nProperty().addListener((obs, old, now) -> {
            dashboard.setI18n(now);
            rebuild();
        });
        ctx.settingsProperty().addListener((obs, old, now) -> applyLook());
        rebuild();
        applyLook();
    }

    /**
     * Work the first frame does not need (the diagnosis, asking the OS for its theme) waits until
     * that frame is laid out, so it does not compete with it for the CPU.
     */
    public void afterFirstFrame(Runnable then) {
        boolean[] fired = {false};
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (fired[0]) {
                return;
            }
            fired[0] = true;
            Platform.runLater(() -> {
                scene.removePostLayoutPulseListener(once[0]); // not from inside the pulse's own loop over listeners
                askOsTheme();
                then.run();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }

    public AppContext context() {
        return ctx;
    }

    public DashboardViewModel dashboard() {
        return dashboard;
    }

    /** Starts the first diagnosis (the window is up; results fill in as they arrive). */
    public void start() {
        dashboard.run();
    }

    public void show(Page page) {
        if (current == Page.SETTINGS && page != Page.SETTINGS && !leaveSettings()) {
            ToggleButton stay = navButtons.get(Page.SETTINGS);
            if (stay != null) {
                stay.setSelected(true);
            }
            return;
        }
        current = page;
        if (logView != null) {
            logView.dispose();
            logView = null;
        }
        ToggleButton b = navButtons.get(page);
        if (b != null && !b.isSelected()) {
            b.setSelected(true);
        }
        if (b != null && scene.getFocusOwner() instanceof ToggleButton focused && navButtons.containsValue(focused)
                && focused != b) {
            b.requestFocus(); // the focus follows the page (Ctrl+digit), so only one nav item is marked
        }
        root.setCenter(pageNode(page));
    }

    /** Unsaved choices on Settings are not dropped silently: save them, drop them, or stay. */
    private boolean leaveSettings() {
        if (!(root.getCenter() instanceof SettingsView settings) || !settings.hasUnsavedChanges()) {
            return true;
        }
        I18n t = ctx.t();
        ButtonType save = new ButtonType(t.get("settings.unsaved.save"),
                ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(t.get("settings.unsaved.discard"),
                ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(t.get("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                t.get("settings.unsaved.text"), save, discard, stay);
        ask.initOwner(stage);
        ask.setTitle(SysboxDoctorApp.TITLE);
        ask.setHeaderText(t.get("settings.unsaved.title"));
        ask.getDialogPane().setId("settings-unsaved");
        ButtonType answer = ask.showAndWait().orElse(stay);
        if (answer == save) {
            return settings.save();
        }
        return answer == discard;
    }

    public Page currentPage() {
        return current;
    }

    public void shutdown() {
        if (logView != null) {
            logView.dispose();
        }
        ctx.runShutdownActions();
        ctx.executor().shutdown();
    }

    /** Shows an error the way users see errors: plain words, details folded, the log file path. */
    public void showError(String message, Throwable error) {
        ErrorDialogs.show(stage, ctx.t(), message, error, ctx.services().dirs().logFile());
    }

    private Node pageNode(Page page) {
        return switch (page) {
            case DASHBOARD -> new DashboardView(dashboard, ctx, fixAction(), features::copyDiagnosisReport);
            case CONTAINERS -> features.containersView();
            case REPORTS -> features.reportsView();
            case LOG -> logView = new LogView(ctx);
            case SETTINGS -> new SettingsView(ctx, e -> showError(ctx.t().get("settings.saveFailed"), e));
        };
    }

    private FixAction fixAction() {
        return new FixAction() {
            @Override
            public boolean canFix(Finding f) {
                return features.canFix(f);
            }

            @Override
            public void fix(Finding f) {
                features.fix(f, dashboard.selectedTargetFacts());
            }

            @Override
            public RemedyId causeOf(Finding f) {
                return features.causeOf(f);
            }

            @Override
            public boolean offersSave(Finding f) {
                return features.offersSave(f);
            }

            @Override
            public void save(Finding f) {
                show(Page.CONTAINERS);
                features.saveFromFinding();
            }

            @Override
            public boolean offersSaveAll(Finding f) {
                return Features.offersSaveAll(f);
            }

            @Override
            public void saveAll(Finding f) {
                show(Page.CONTAINERS);
                features.saveAll().start();
            }
        };
    }

    private void rebuild() {
        I18n t = ctx.t();
        stage.setTitle(SysboxDoctorApp.TITLE);
        VBox nav = new VBox(4);
        nav.getStyleClass().add("sd-nav");
        nav.setId("nav");
        Label brand = Fx.label(SysboxDoctorApp.TITLE, "sd-brand");
        var iconUrl = MainWindow.class.getResource("/assets/icon-32.png");
        if (iconUrl != null) {
            ImageView logo = new ImageView(iconUrl.toExternalForm());
            logo.setFitWidth(28);
            logo.setFitHeight(28);
            brand.setGraphic(logo);
        }
        nav.getChildren().add(brand);
        ToggleGroup group = new ToggleGroup();
        navButtons.clear();
        int n = 1;
        for (Page p : Page.values()) {
            ToggleButton b = new ToggleButton(t.get("nav." + p.key()), Icons.of(p.icon()));
            b.setId("nav-" + p.key());
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("sd-nav-button");
            b.setTooltip(new Tooltip(t.get("nav.shortcut", n++)));
            b.setOnAction(e -> {
                if (!b.isSelected()) {
                    b.setSelected(true);
                }
                show(p);
            });
            navButtons.put(p, b);
            nav.getChildren().add(b);
        }
        Label version = Fx.label(SysboxDoctorApp.version().isBlank() ? "" : t.get("nav.version", SysboxDoctorApp.version()),
                "text-muted", "sd-version");
        VBox.setVgrow(version, Priority.NEVER);
        VBox filler = new VBox();
        VBox.setVgrow(filler, Priority.ALWAYS);
        nav.getChildren().addAll(filler, version);
        root.setLeft(nav);
        show(current);
    }

    /** The line at the bottom that says what just happened; it fades after a few seconds. */
    private Node noticeBar() {
        Label text = Fx.id(Fx.label("", "sd-notice-text"), "notice");
        text.setGraphic(Icons.of(Material2AL.CHECK_CIRCLE, "sd-notice-glyph"));
        HBox bar = new HBox(text);
        bar.getStyleClass().add("sd-notice");
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());
        PauseTransition hide = new PauseTransition(Duration.seconds(8));
        hide.setOnFinished(e -> bar.setVisible(false));
        ctx.noticeProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isBlank()) {
                text.setText(Wrapping.atSeparators(now));
                bar.setVisible(true);
                hide.playFromStart();
            }
        });
        return bar;
    }

    private void installShortcuts() {
        // Ctrl+1 .. Ctrl+9 follow the pages' order, however many there are.
        Page[] pages = Page.values();
        for (int i = 0; i < Math.min(pages.length, 9); i++) {
            Page p = pages[i];
            KeyCode digit = KeyCode.valueOf("DIGIT" + (i + 1));
            scene.getAccelerators().put(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN), () -> show(p));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), dashboard::run);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), dashboard::run);
        // Esc cancels a running diagnosis (a focused control that uses Esc itself, like an open list, gets it first).
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && dashboard.runningProperty().get()) {
                dashboard.cancel();
                e.consume();
            }
        });
    }

    private void applyLook() {
        Settings s = ctx.settingsProperty().get();
        boolean dark = ThemeChoice.parse(s.theme()).dark(osPrefersDark);
        ThemeManager.apply(scene, dark);
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * s.textSize() / 100.0));
        root.getStyleClass().removeIf(c -> c.startsWith("sd-scale-"));
        root.getStyleClass().add("sd-scale-" + (s.textSize() >= 150 ? 150 : s.textSize() >= 125 ? 125 : 100));
    }

    /** The OS setting is read off the UI thread (it runs reg.exe / gsettings); light until it answers. */
    private void askOsTheme() {
        ctx.executor().submit(BackgroundJob.of("os-theme", p -> ctx.services().systemTheme().prefersDark())
                .onSuccess(dark -> {
                    osPrefersDark = dark;
                    applyLook();
                }));
    }
}
