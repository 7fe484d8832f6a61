package io.pgdrift.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** What {@code pgdrift check} found: one {@code ✓}/{@code ✗} line per item, and a fix under each failure. */
final class Checklist {
    private final List<Item> items = new ArrayList<>();

    record Item(boolean ok, String what, String fix) {
    }

    void pass(String what) {
        items.add(new Item(true, what, null));
    }

    void fail(String what, String fix) {
        items.add(new Item(false, what, fix));
    }

    boolean allPassed() {
        return items.stream().allMatch(Item::ok);
    }

    void print(PrintWriter out) {
        for (Item item : items) {
            out.println((item.ok() ? "✓ " : "✗ ") + item.what());
            if (item.fix() != null) {
                out.println("    fix: " + item.fix());
            }
        }
        long failed = items.stream().filter(i -> !i.ok()).count();
        out.println(failed == 0 ? "all " + items.size() + " checks passed" : failed + " of " + items.size() + " checks failed");
        out.flush();
    }
}
