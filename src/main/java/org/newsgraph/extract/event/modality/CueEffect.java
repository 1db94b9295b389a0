package org.newsgraph.extract.event.modality;

import org.newsgraph.model.Modality;

/** What a modality cue word does to the events in its scope (see extract/event-modality-cues.tsv). */
public enum CueEffect {
    NEGATION, PLANNED, HYPOTHETICAL, INTENT, REJECT, THREAT, REQUEST;

    static CueEffect parse(String name) {
        return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** The modality an event in the scope of this cue has, when nothing stronger applies. */
    Modality modality() {
        return switch (this) {
            case NEGATION, REJECT -> Modality.NEGATED;
            case PLANNED, INTENT -> Modality.PLANNED;
            case HYPOTHETICAL, THREAT, REQUEST -> Modality.HYPOTHETICAL;
        };
    }
}
