package dev.sysboxdoctor.diagnose;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One conclusion, with what it rests on. It carries no sentences: its kind and typed arguments
 * are rendered in the reader's language by the one catalogue renderer (report.FindingCatalogue).
 *
 * @param target   the target's name, or null for machine-wide findings
 * @param args     exactly the arguments the kind and its notes need (a value may be null: unknown)
 * @param notes    optional sentences that apply to this case, in order
 * @param evidence exact lines it rests on (journal line, kernel release, flag, raw output), shown verbatim
 * @param remedies what fixes it, best first
 * @param docLinks URLs for further reading
 */
public record Finding(FindingKind kind, String target, Map<Arg, Object> args, List<FindingNote> notes,
                      List<String> evidence, List<RemedyId> remedies, List<String> docLinks) {
    public Finding {
        Set<Arg> needed = EnumSet.noneOf(Arg.class);
        needed.addAll(kind.args());
        notes.forEach(n -> needed.addAll(n.args()));
        if (!needed.equals(args.isEmpty() ? EnumSet.noneOf(Arg.class) : EnumSet.copyOf(args.keySet()))) {
            throw new IllegalArgumentException(kind + " needs the arguments " + needed + ", got " + args.keySet());
        }
        args.forEach((a, v) -> {
            if (v != null && !a.type().isInstance(v)) {
                throw new IllegalArgumentException(kind + ": " + a + " must be a " + a.type().getSimpleName() + ", got " + v);
            }
        });
        args = Collections.unmodifiableMap(args.isEmpty() ? new EnumMap<>(Arg.class) : new EnumMap<>(args));
        notes = List.copyOf(notes);
        evidence = List.copyOf(evidence);
        remedies = List.copyOf(remedies);
        docLinks = List.copyOf(docLinks);
    }

    public static Builder of(FindingKind kind, String target) {
        return new Builder(kind, target);
    }

    /** The stable id (see {@link FindingIds}); tests, the GUI and the remedy room key off it. */
    public String id() {
        return kind.id();
    }

    public Severity severity() {
        return kind.severity();
    }

    /** Builds a finding one argument at a time; {@link #build()} checks the arguments against the kind. */
    public static final class Builder {
        private final FindingKind kind;
        private final String target;
        private final Map<Arg, Object> args = new EnumMap<>(Arg.class);
        private final List<FindingNote> notes = new ArrayList<>();
        private List<String> evidence = List.of();
        private List<RemedyId> remedies = List.of();
        private List<String> docLinks = List.of();

        private Builder(FindingKind kind, String target) {
            this.kind = kind;
            this.target = target;
        }

        public Builder with(Arg arg, Object value) {
            args.put(arg, value);
            return this;
        }

        /** Adds the note when {@code applies}. */
        public Builder note(FindingNote note, boolean applies) {
            if (applies) {
                notes.add(note);
            }
            return this;
        }

        public Builder evidence(List<String> lines) {
            evidence = lines;
            return this;
        }

        public Builder remedies(List<RemedyId> ids) {
            remedies = ids;
            return this;
        }

        public Builder docs(String... urls) {
            docLinks = List.of(urls);
            return this;
        }

        public Finding build() {
            return new Finding(kind, target, args, notes, evidence, remedies, docLinks);
        }
    }
}
