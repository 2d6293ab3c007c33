package dev.sysboxdoctor.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sysboxdoctor.diagnose.Diagnosis;
import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.RemedyId;
import dev.sysboxdoctor.diagnose.Severity;
import dev.sysboxdoctor.diagnose.TargetVerdict;
import dev.sysboxdoctor.inspect.ContainerFacts;
import dev.sysboxdoctor.inspect.DockerFacts;
import dev.sysboxdoctor.inspect.KernelFacts;
import dev.sysboxdoctor.inspect.MgrStartBlock;
import dev.sysboxdoctor.inspect.MisplacedFlag;
import dev.sysboxdoctor.inspect.SysboxFacts;
import dev.sysboxdoctor.inspect.SysboxHealth;
import dev.sysboxdoctor.inspect.UnitState;
import dev.sysboxdoctor.inspect.WslDistro;
import java.io.UncheckedIOException;
import java.util.List;

/** The diagnosis as JSON, {@code schemaVersion} 1 (DESIGN.md "Contracts"). Only fields, never raw environment. */
public final class DiagnosisJson {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiagnosisJson() {}

    /** With English finding words (the default of the contract). */
    public static String render(Diagnosis d, String toolVersion, int exitCode) {
        return render(d, toolVersion, exitCode, FindingCatalogue.english());
    }

    /** With the finding words ({@code title}, {@code detail}, {@code modeBasis}) of {@code words}' language. */
    public static String render(Diagnosis d, String toolVersion, int exitCode, FindingCatalogue words) {
        try {
            return JSON.writeValueAsString(tree(d, toolVersion, exitCode, Redactor.secretsOnly(), words)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode tree(Diagnosis d, String toolVersion, int exitCode, Redactor r, FindingCatalogue words) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.putObject("tool").put("name", "sysbox-doctor").put("version", toolVersion);
        root.put("inspectedAt", d.inspectedAt() == null ? null : d.inspectedAt().toString());
        root.put("tookMs", d.took() == null ? null : d.took().toMillis());
        root.putObject("host").put("kind", d.hostKind().name());
        if (d.wsl() == null) {
            root.putNull("wsl");
        } else {
            ObjectNode w = root.putObject("wsl");
            w.put("available", d.wsl().available());
            w.put("version", d.wsl().wslVersion());
            w.put("kernelVersion", d.wsl().kernelVersion());
            w.put("inbox", d.wsl().inbox());
            w.put("defaultDistro", d.wsl().defaultDistro());
            ArrayNode ds = w.putArray("distros");
            for (WslDistro x : d.wsl().distros()) {
                ds.addObject().put("name", x.name()).put("state", x.state()).put("version", x.version())
                        .put("default", x.isDefault()).put("dockerDesktop", x.dockerDesktop());
            }
        }
        if (d.wslConfig() == null) {
            root.putNull("wslconfig");
        } else {
            root.putObject("wslconfig").put("path", r.apply(d.wslConfig().path())).put("exists", d.wslConfig().exists())
                    .put("kernel", r.apply(d.wslConfig().kernelPin())).put("networkingMode", d.wslConfig().networkingMode());
        }
        ArrayNode targets = root.putArray("targets");
        for (TargetVerdict v : d.targets()) {
            target(targets.addObject(), v, r, words);
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : d.findings()) {
            ObjectNode o = findings.addObject();
            o.put("id", f.id()).put("severity", f.severity().name()).put("target", f.target())
                    .put("title", r.apply(words.title(f))).put("detail", r.apply(words.detail(f)));
            strings(o.putArray("evidence"), f.evidence(), r);
            strings(o.putArray("remedies"), f.remedies().stream().map(RemedyId::key).toList(), r);
            strings(o.putArray("docLinks"), f.docLinks(), r);
        }
        root.putObject("summary")
                .put("errors", d.findings().stream().filter(f -> f.severity() == Severity.ERROR).count())
                .put("warnings", d.findings().stream().filter(f -> f.severity() == Severity.WARNING).count())
                .put("exitCode", exitCode);
        return root;
    }

    private static void target(ObjectNode o, TargetVerdict v, Redactor r, FindingCatalogue words) {
        o.put("name", v.name());
        o.put("kind", v.facts().kind().name());
        o.put("reachable", v.facts().reachable().asBoolean());
        KernelFacts k = v.facts().kernel();
        o.putObject("kernel").put("release", k.release()).put("platform", k.platform().name()).put("shiftfs", k.shiftfs().name())
                .put("overlayIdmap", k.overlayIdmap().asBoolean()).put("overlayIdmapBasis", k.overlayIdmapBasis())
                .put("systemd", k.systemd().asBoolean()).put("osId", k.osId()).put("usernsClone", k.usernsClone().asBoolean())
                .put("wslNetworkingMode", k.wslNetworkingMode());
        SysboxFacts s = v.facts().sysbox();
        ObjectNode sb = o.putObject("sysbox");
        sb.put("installed", s.installed().asBoolean()).put("version", s.version());
        strings(sb.putArray("mgrFlags"), s.configuredFlags(), r);
        sb.put("mgrRunning", s.mgrRunning().asBoolean());
        strings(sb.putArray("mgrRunningFlags"), s.runningFlags(), r);
        sb.put("execStart", r.apply(s.execStart()));
        strings(sb.putArray("unitFiles"), s.unitFiles(), r);
        health(sb, s.health(), r);
        sb.put("mode", v.mode().name()).put("modeIfInstalled", v.modeIfInstalled().name()).put("modeBasis", words.basis(v.modeBasis()));
        MgrStartBlock b = s.lastStart();
        if (b == null) {
            sb.putNull("lastStart");
        } else {
            ObjectNode ls = sb.putObject("lastStart");
            ls.put("startedAt", b.startedAt() == null ? null : b.startedAt().toString()).put("version", b.version());
            strings(ls.putArray("lines"), b.lines(), r);
        }
        DockerFacts dk = v.facts().docker();
        ObjectNode dn = o.putObject("docker");
        dn.put("reachable", dk.reachable().asBoolean()).put("endpoint", r.apply(dk.endpoint())).put("version", dk.version())
                .put("dockerDesktop", dk.dockerDesktop()).put("operatingSystem", dk.operatingSystem())
                .put("defaultRuntime", dk.defaultRuntime()).put("storageDriver", dk.storageDriver());
        strings(dn.putArray("runtimes"), dk.runtimes(), r);
        strings(dn.putArray("securityOptions"), dk.securityOptions(), r);
        dn.put("usernsRemap", dk.usernsRemap());
        ArrayNode cs = dn.putArray("containers");
        for (ContainerFacts c : dk.containers()) {
            cs.addObject().put("id", c.id()).put("name", c.name()).put("image", c.image()).put("runtime", c.runtime())
                    .put("state", c.state()).put("sysbox", c.sysbox());
        }
        o.put("commitRisk", v.commitRisk().name());
        ArrayNode risk = o.putArray("containersAtRisk");
        for (ContainerFacts c : v.containersAtRisk()) {
            risk.addObject().put("name", c.name()).put("id", c.id()).put("image", c.image()).put("running", "running".equals(c.state()));
        }
    }

    /** Sysbox's daemons: unit states, the classified cause of a failed start, flags in the wrong unit. */
    private static void health(ObjectNode sb, SysboxHealth h, Redactor r) {
        unit(sb.putObject("mgrState"), h.mgrUnit());
        if (h.mgrFailure() == null) {
            sb.putNull("mgrFailure");
        } else {
            sb.putObject("mgrFailure").put("cause", h.mgrFailure().cause().name()).put("line", r.apply(h.mgrFailure().line()));
        }
        sb.put("mgrLogFile", r.apply(h.mgrLogFile()));
        unit(sb.putObject("fsState"), h.fsUnit());
        if (h.fsFailure() == null) {
            sb.putNull("fsFailure");
        } else {
            sb.putObject("fsFailure").put("cause", h.fsFailure().cause().name()).put("line", r.apply(h.fsFailure().line()));
        }
        sb.put("fusermount", h.fusermount().asBoolean());
        ArrayNode mf = sb.putArray("misplacedFlags");
        for (MisplacedFlag m : h.misplacedFlags()) {
            mf.addObject().put("file", r.apply(m.file())).put("flag", m.flag());
        }
    }

    private static void unit(ObjectNode o, UnitState u) {
        o.put("activeState", u.activeState()).put("subState", u.subState()).put("result", u.result());
    }

    private static void strings(ArrayNode a, List<String> values, Redactor r) {
        values.forEach(x -> a.add(r.apply(x)));
    }
}
