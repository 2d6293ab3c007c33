package dev.sysboxdoctor.remedy;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two small text files (LCS over lines, 3 lines of context), for previews. */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    /** {@code before == null} means the file does not exist yet; {@code after == null} that it is removed. */
    static String of(String path, String before, String after) {
        List<String> a = before == null ? List.of() : before.lines().toList();
        List<String> b = after == null ? List.of() : after.lines().toList();
        List<char[]> ops = script(a, b);
        StringBuilder sb = new StringBuilder();
        sb.append("--- ").append(before == null ? "/dev/null" : "a" + slash(path)).append('\n');
        sb.append("+++ ").append(after == null ? "/dev/null" : "b" + slash(path)).append('\n');
        int n = ops.size();
        int i = 0;
        int ai = 0;
        int bi = 0;
        while (i < n) {
            // find next change
            int j = i;
            int aj = ai;
            int bj = bi;
            while (j < n && ops.get(j)[0] == '=') {
                j++;
                aj++;
                bj++;
            }
            if (j == n) {
                break;
            }
            int start = Math.max(i, j - CONTEXT);
            int aStart = aj - (j - start);
            int bStart = bj - (j - start);
            // extend the hunk until CONTEXT*2 equal lines in a row or the end
            int end = j;
            int aEnd = aj;
            int bEnd = bj;
            int equalRun = 0;
            while (end < n && equalRun <= 2 * CONTEXT) {
                char op = ops.get(end)[0];
                equalRun = op == '=' ? equalRun + 1 : 0;
                if (op != '+') {
                    aEnd++;
                }
                if (op != '-') {
                    bEnd++;
                }
                end++;
            }
            int trim = Math.max(0, equalRun - CONTEXT);
            end -= trim;
            aEnd -= trim;
            bEnd -= trim;
            sb.append("@@ -").append(range(aStart, aEnd - aStart)).append(" +").append(range(bStart, bEnd - bStart)).append(" @@\n");
            int ax = aStart;
            int bx = bStart;
            for (int k = start; k < end; k++) {
                char op = ops.get(k)[0];
                if (op == '=') {
                    sb.append(' ').append(a.get(ax++)).append('\n');
                    bx++;
                } else if (op == '-') {
                    sb.append('-').append(a.get(ax++)).append('\n');
                } else {
                    sb.append('+').append(b.get(bx++)).append('\n');
                }
            }
            i = end;
            ai = aEnd;
            bi = bEnd;
        }
        return sb.toString();
    }

    private static String slash(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }

    private static String range(int start, int len) {
        int first = len == 0 ? start : start + 1;
        return len == 1 ? String.valueOf(first) : first + "," + len;
    }

    /** Edit script: one op per output position: '=' keep, '-' delete from a, '+' insert from b. */
    private static List<char[]> script(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<char[]> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                ops.add(new char[] {'='});
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                ops.add(new char[] {'+'});
                j++;
            } else {
                ops.add(new char[] {'-'});
                i++;
            }
        }
        // deletions before insertions within a change block reads better
        for (int k = 1; k < ops.size(); k++) {
            int m = k;
            while (m > 0 && ops.get(m)[0] == '-' && ops.get(m - 1)[0] == '+') {
                char[] t = ops.get(m);
                ops.set(m, ops.get(m - 1));
                ops.set(m - 1, t);
                m--;
            }
        }
        return ops;
    }
}
