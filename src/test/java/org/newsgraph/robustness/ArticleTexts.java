package org.newsgraph.robustness;

import java.util.List;

/**
 * Short news-like texts written for the robustness tests: plain English with a few states and
 * organizations, quotes and reporting verbs, so every stage has something to do.
 */
public final class ArticleTexts {
    /** Good articles; each is different so each yields its own statements. */
    public static final List<String> GOOD = List.of(
            """
            Norway and Chile signed a fisheries agreement in Oslo on Tuesday, ending two years of negotiations.
            The Norwegian foreign minister said the deal would protect fish stocks in the South Pacific. "We have found a fair balance," she told reporters after the ceremony.
            Chile's ambassador to Norway said his government expected the parliament in Santiago to ratify the agreement before the end of the year.
            """,
            """
            The United Nations called on Monday for a ceasefire in the border region, where fighting has displaced thousands of families.
            A spokesperson for the UN Secretary-General said aid convoys had been blocked for a week. "Civilians must be allowed to leave," the spokesperson said.
            Kenya offered to host talks between the two sides next month.
            """,
            """
            Canada announced new sanctions against three shipping companies on Wednesday, accusing them of breaking an arms embargo.
            The foreign ministry in Ottawa said the companies had moved weapons through ports in the Mediterranean. "We will not look away," the minister said in a statement.
            The European Union said it would study the evidence before deciding on its own measures.
            """,
            """
            Brazil and Argentina agreed on Thursday to open a new bridge across the Uruguay River, a project delayed for a decade.
            The Brazilian president said the bridge would carry trade worth billions of dollars a year. Argentina's economy minister called it "a promise kept" and said work would start in the spring.
            Uruguay welcomed the plan but asked to be consulted on the environmental study.
            """,
            """
            Japan urged restraint after a naval standoff near disputed islands on Friday.
            The government spokesman in Tokyo said two coast guard vessels had been followed for several hours. "Both sides must avoid any step that raises tension," he told a news conference.
            The Philippines said it was monitoring the situation closely and would raise it at the next regional meeting.
            """,
            """
            India and Bangladesh signed an agreement on sharing river water during the dry season, officials said on Saturday.
            The Indian foreign secretary said the accord would be reviewed every five years. "This is a model for the region," he said after talks in Dhaka.
            Nepal asked to join the next round of talks on the rivers that rise on its territory.
            """,
            """
            Ghana recalled its ambassador from a neighbouring country on Sunday after a dispute over a border crossing.
            The foreign ministry in Accra said the crossing had been closed without notice. "We expect an explanation within a week," the ministry said.
            The African Union offered to mediate and said both governments had accepted the offer.
            """);

    /** Russian: the Cyrillic script, a language the models do not know. */
    public static final String RUSSIAN = """
            Министр иностранных дел заявил во вторник, что переговоры о торговом соглашении продолжатся на следующей неделе.
            По его словам, обе стороны согласились обсудить пошлины на сельскохозяйственную продукцию и сроки поставок.
            Представитель правительства добавил, что окончательное решение будет принято до конца месяца.
            """;

    /** German: the Latin script, but not English. */
    public static final String GERMAN = """
            Der Außenminister erklärte am Dienstag, dass die Gespräche über das Handelsabkommen in der kommenden Woche fortgesetzt werden.
            Beide Seiten hätten vereinbart, über Zölle auf landwirtschaftliche Erzeugnisse und über Lieferfristen zu sprechen.
            Ein Sprecher der Regierung fügte hinzu, dass eine endgültige Entscheidung bis zum Ende des Monats getroffen werde.
            Die Opposition kritisierte den Zeitplan und forderte eine Debatte im Parlament, bevor weitere Zusagen gemacht werden.
            """;

    private ArticleTexts() {
    }
}
