package dev.sysboxdoctor.ui.dashboard;

import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.Severity;
import dev.sysboxdoctor.ui.AppContext;
import dev.sysboxdoctor.ui.common.Fx;
import dev.sysboxdoctor.ui.common.I18n;
import dev.sysboxdoctor.ui.common.Icons;
import dev.sysboxdoctor.ui.common.Wrapping;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One finding: severity icon, title, its actions (one per cause, in a row that wraps rather than
 * cutting labels), why, evidence (folded), the findings with the same cause, doc links.
 */
final class FindingView extends VBox {
    FindingView(Finding f, AppContext ctx, FixAction fix, List<Finding> sameCause) {
        I18n t = ctx.t();
        getStyleClass().addAll("sd-finding", "severity-" + f.severity().name().toLowerCase(Locale.ROOT));
        setSpacing(6);
        Label title = Fx.label(Wrapping.atSeparators(t.findings().title(f)), "sd-finding-title");
        title.setGraphic(Icons.of(icon(f.severity()), "severity-icon"));
        title.setMaxWidth(Double.MAX_VALUE);
        getChildren().add(title);
        FlowPane head = new FlowPane(8, 8);
        head.getStyleClass().add("sd-finding-actions");
        // A finding about containers at risk acts by saving them; the cause's own finding carries "Fix...".
        if (fix.canFix(f) && !fix.offersSaveAll(f)) {
            Button fixButton = new Button(t.get("finding.fix"), Icons.of(Material2MZ.PLAY_ARROW));
            fixButton.getStyleClass().add("accent");
            fixButton.setId("fix-" + f.id());
            fixButton.setOnAction(e -> fix.fix(f));
            fixButton.setMinWidth(Region.USE_PREF_SIZE);
            head.getChildren().add(fixButton);
        }
        if (fix.offersSave(f)) {
            Button save = new Button(t.get("finding.saveInstead"), Icons.of(Material2MZ.SAVE));
            save.setId("save-for-" + f.id());
            save.setOnAction(e -> fix.save(f));
            save.setMinWidth(Region.USE_PREF_SIZE);
            head.getChildren().add(save);
        }
        if (fix.offersSaveAll(f)) {
            Button saveAll = new Button(t.get("finding.saveAllNow"), Icons.of(Material2MZ.SAVE_ALT));
            saveAll.getStyleClass().add("accent");
            saveAll.setId("save-all-for-" + f.id());
            saveAll.setOnAction(e -> fix.saveAll(f));
            saveAll.setMinWidth(Region.USE_PREF_SIZE);
            head.getChildren().add(saveAll);
        }
        if (!head.getChildren().isEmpty()) {
            getChildren().add(head);
        }
        String why = t.findings().detail(f);
        if (!why.isBlank()) {
            getChildren().add(Fx.label(Wrapping.atSeparators(t.get("finding.why", why)), "sd-finding-why"));
        }
        List<String> evidenceLines = trimBlankEnds(f.evidence());
        if (!evidenceLines.isEmpty()) {
            Label lines = Fx.label(Wrapping.atSeparators(String.join("\n", evidenceLines)), "monospace", "sd-evidence");
            lines.setMaxHeight(Double.MAX_VALUE); // fills the pane, text at the top: no blank band above the first line
            TitledPane evidence = new TitledPane(t.get("finding.evidence", evidenceLines.size()), lines);
            evidence.setExpanded(f.severity() == Severity.ERROR);
            evidence.getStyleClass().add("sd-evidence-pane");
            getChildren().add(evidence);
        }
        if (!sameCause.isEmpty()) {
            VBox related = new VBox(6);
            for (Finding other : sameCause) {
                Label otherTitle = Fx.label(Wrapping.atSeparators(t.findings().title(other)), "sd-related-title");
                otherTitle.setGraphic(Icons.of(icon(other.severity()), "severity-icon"));
                related.getChildren().add(otherTitle);
                String otherWhy = t.findings().detail(other);
                if (!otherWhy.isBlank()) {
                    related.getChildren().add(Fx.label(Wrapping.atSeparators(otherWhy), "text-muted"));
                }
            }
            TitledPane pane = new TitledPane(t.get("finding.sameCause", sameCause.size()), related);
            pane.setExpanded(false);
            pane.setId("same-cause-" + f.id());
            pane.getStyleClass().add("sd-evidence-pane");
            getChildren().add(pane);
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

    /** Evidence as shown: no blank lines before the first or after the last. */
    static List<String> trimBlankEnds(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && (lines.get(from) == null || lines.get(from).isBlank())) {
            from++;
        }
        while (to > from && (lines.get(to - 1) == null || lines.get(to - 1).isBlank())) {
            to--;
        }
        return lines.subList(from, to);
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
