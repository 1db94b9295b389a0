package org.newsgraph.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.model.Modality;

/**
 * An event the graph should contain for an article. Each actor list holds alternatives: any one
 * of them is right (a leader or the state he acts for).
 *
 * @param cameo      CAMEO code, two to four digits ("138", "0332")
 * @param agents     JSON field "agent", a string or a list; at least one
 * @param targets    JSON field "target", a string or a list; may be empty
 * @param recipients JSON field "recipient", a string or a list; may be empty
 * @param modality   asserted, conditional, hypothetical, negated or planned; null when not given
 * @param note       free text for people, ignored by scoring
 */
public record GoldEvent(@JsonProperty("cameo") String cameo,
                        @JsonProperty("agent") List<String> agents,
                        @JsonProperty("target") List<String> targets,
                        @JsonProperty("recipient") List<String> recipients,
                        @JsonProperty("modality") Modality modality,
                        @JsonProperty("note") String note) {
    public GoldEvent {
        GoldChecks.requireCameoCode(cameo, "cameo");
        agents = GoldChecks.requireReferences(agents, "agent");
        targets = GoldChecks.optionalReferences(targets, "target");
        recipients = GoldChecks.optionalReferences(recipients, "recipient");
    }

    /** The CAMEO root: the first two digits, on which events are matched. */
    public String cameoRoot() {
        return CameoCodes.root(cameo);
    }

    /** Targets and recipients together: an extracted event may put the other side in either role. */
    public List<String> otherSide() {
        return Stream.concat(targets.stream(), recipients.stream()).toList();
    }
}
