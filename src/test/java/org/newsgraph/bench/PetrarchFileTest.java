package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchFileTest {
    @TempDir
    Path dir;

    @Test
    void readsClosedAndUnclosedRecordsAndSkipsTheOthers() throws Exception {
        Path file = dir.resolve("v.xml");
        Files.writeString(file, """
                <Validation>
                ##### comments outside the records
                <Sentences>
                <Sentence category="X" date="20310306" id="A_1" evaluate="true"/>
                <EventCoding eventcode="111" sourcecode="FRAGOV" targetcode="BRA" />
                <Text>
                France criticized
                Brazil.
                </Text>
                <Sentence category="X" date="bad" id="A_2" evaluate="true">
                <EventCoding noevents="True" />
                <Text>Nothing happened.</Text>
                </Sentence>
                <Sentence category="X" date="20310306" id="A_3" evaluate="false"/>
                <Text>Not evaluated.</Text>
                </Sentences>
                """);
        List<PetrarchRecord> records = PetrarchFile.read(file);
        assertEquals(2, records.size());
        PetrarchRecord first = records.get(0);
        assertEquals("France criticized Brazil.", first.text());
        assertEquals(LocalDate.of(2031, 3, 6), first.date());
        assertEquals(List.of(new PetrarchRecord.Expected("111", "FRAGOV", "BRA")), first.expected());
        assertTrue(records.get(1).expected().isEmpty());
        assertEquals(null, records.get(1).date());
    }
}
