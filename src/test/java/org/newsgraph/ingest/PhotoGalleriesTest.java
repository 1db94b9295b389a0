package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PhotoGalleriesTest {
    @Test
    void theTitleAndCountersLeaveEachCaptionAParagraphOfItsOwn() {
        String text = "The senator lost her primary.\n\n"
                + "Photos: Embattled Senator Ana Ruiz Photos: Embattled Senator Ana Ruiz Ruiz speaks to reporters in May. "
                + "Hide Caption 1 of 3 Photos: Embattled Senator Ana Ruiz A young Ruiz is seen with her father, Tomas. "
                + "Hide Caption 2 of 3 Photos: Embattled Senator Ana Ruiz Tomas Ruiz fishes with his daughter in 2000. Hide Caption 3 of 3\n\n"
                + "She will run again, her office said.";
        assertEquals("The senator lost her primary.\n\n"
                + "Ruiz speaks to reporters in May.\n\n"
                + "A young Ruiz is seen with her father, Tomas.\n\n"
                + "Tomas Ruiz fishes with his daughter in 2000.\n\n"
                + "She will run again, her office said.", PhotoGalleries.unwrap(text));
    }

    @Test
    void aTextWithoutCountersIsLeftAlone() {
        String text = "Photos: the senator's office released two pictures.\n\nPhotos: more to come.";
        assertEquals(text, PhotoGalleries.unwrap(text));
    }
}
