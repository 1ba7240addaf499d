package org.dialogues.store;

import java.util.List;
import java.util.Objects;

/** A news organisation or official source: its canonical name, other name forms and web domains. */
public record Outlet(String name, List<String> nameForms, List<String> domains) {

    public Outlet {
        Objects.requireNonNull(name, "name");
        nameForms = List.copyOf(nameForms);
        domains = List.copyOf(domains);
    }
}
