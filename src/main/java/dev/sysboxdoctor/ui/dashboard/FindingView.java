package dev.sysboxdoctor.ui.dashboard;

import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.Severity;
import dev.sysboxdoctor.ui.AppContext;
import dev.sysboxdoctor.ui.common.Fx;
import dev.sysboxdoctor.ui.common.I18n;
import dev.sysboxdoctor.ui.common.Icons;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** One finding: severity icon, title, why, evidence (folded), doc links and "Fix...". */
final class FindingView extends VBox {
    FindingView(Finding f, AppContext ctx, FixAction fix) {
        I18n t = ctx.t();
        getStyleClass().addAll("sd-finding", "severity-" + f.severity().name().toLowerCase(Locale.ROOT));
        setSpacing(6);
        Label title = Fx.label(t.findings().title(f), "sd-finding-title");
        title.setGraphic(Icons.of(icon(f.severity()), "severity-icon"));
        HBox head = new HBox(8, title, Fx.spacer());
        if (fix.canFix(f)) {
            Button fixButton = new Button(t.get("finding.fix"), Icons.of(Material2MZ.PLAY_ARROW));
            fixButton.getStyleClass().add("accent");
            fixButton.setId("fix-" + f.id());
            fixButton.setOnAction(e -> fix.fix(f));
            head.getChildren().add(fixButton);
        }
        if (fix.offersSave(f)) {
            Button save = new Button(t.get("finding.saveInstead"), Icons.of(Material2MZ.SAVE));
            save.setId("save-for-" + f.id());
            save.setOnAction(e -> fix.save(f));
            head.getChildren().add(save);
        }
        getChildren().add(head);
        String why = t.findings().detail(f);
        if (!why.isBlank()) {
            getChildren().add(Fx.label(t.get("finding.why", why), "sd-finding-why"));
        }
        if (!f.evidence().isEmpty()) {
            Label lines = Fx.label(String.join("\n", f.evidence()), "monospace", "sd-evidence");
            TitledPane evidence = new TitledPane(t.get("finding.evidence", f.evidence().size()), lines);
            evidence.setExpanded(f.severity() == Severity.ERROR);
            evidence.getStyleClass().add("sd-evidence-pane");
            getChildren().add(evidence);
        }
        if (!f.docLinks().isEmpty()) {
            FlowPane links = new FlowPane(4, 2);
            links.getChildren().add(Fx.label(t.get("finding.docs"), "text-muted"));
            for (String url : f.docLinks()) {
                Hyperlink link = new Hyperlink(url);
                link.setOnAction(e -> ctx.openLink(url));
                links.getChildren().add(link);
            }
            getChildren().add(links);
        }
    }

    static Ikon icon(Severity s) {
        return switch (s) {
            case ERROR -> Material2AL.ERROR;
            case WARNING -> Material2MZ.WARNING;
            case INFO -> Material2AL.INFO;
            case OK -> Material2AL.CHECK_CIRCLE;
        };
    }
}
