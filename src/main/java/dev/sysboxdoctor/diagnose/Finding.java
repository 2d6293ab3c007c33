package dev.sysboxdoctor.diagnose;

import java.util.List;

/**
 * One conclusion, with what it rests on.
 *
 * @param id       stable id (see {@link FindingIds}); tests, the GUI and the remedy room key off it
 * @param target   the target's name, or null for machine-wide findings
 * @param title    one line
 * @param detail   plain explanation (what it means, what happens if nothing is done)
 * @param evidence exact lines it rests on (journal line, kernel release, flag, raw output)
 * @param remedies ids from {@link RemedyIds}, best first
 * @param docLinks URLs for further reading
 */
public record Finding(String id, Severity severity, String target, String title, String detail,
                      List<String> evidence, List<String> remedies, List<String> docLinks) {
    public Finding {
        evidence = List.copyOf(evidence);
        remedies = List.copyOf(remedies);
        docLinks = List.copyOf(docLinks);
    }
}
