package com.mastertrade.batch.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.api.Batchlet;
import jakarta.ejb.Schedule;
import jakarta.inject.Named;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The housekeeping job as the batch runtime reads it: its steps, in order, name batchlets this module has; and it
 * runs nightly at 03:15 (admin manual, "Batch jobs").
 */
class HousekeepingJobTest {

    @Test
    void theJobPurgesResetLinksIdempotencyKeysAbandonedUploadsThenPastQuotasWithBatchletsThatExist() throws Exception {
        List<String> refs = new ArrayList<>();
        try (InputStream xml = getClass().getResourceAsStream("/META-INF/batch-jobs/housekeeping.xml")) {
            assertThat(xml).as("META-INF/batch-jobs/housekeeping.xml").isNotNull();
            NodeList steps = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(xml)
                    .getElementsByTagName("step");
            for (int i = 0; i < steps.getLength(); i++) {
                Element batchlet = (Element) ((Element) steps.item(i))
                        .getElementsByTagName("batchlet")
                        .item(0);
                refs.add(batchlet.getAttribute("ref"));
            }
        }

        assertThat(refs)
                .containsExactly(
                        "purgeExpiredTokens",
                        "purgeExpiredIdempotencyKeys",
                        "purgeAbandonedUploads",
                        "purgePastDownloadQuotas");
        for (String ref : refs) {
            Class<?> batchlet = Class.forName(getClass().getPackageName() + "."
                    + ref.substring(0, 1).toUpperCase(Locale.ROOT) + ref.substring(1));
            assertThat(Batchlet.class).isAssignableFrom(batchlet);
            assertThat(batchlet.getAnnotation(Named.class))
                    .as("%s is found by its CDI name %s", batchlet.getSimpleName(), ref)
                    .isNotNull()
                    .extracting(Named::value)
                    .isEqualTo("");
        }
    }

    @Test
    void itRunsEveryNightAtQuarterPastThree() throws Exception {
        Schedule schedule =
                HousekeepingSchedule.class.getDeclaredMethod("nightly").getAnnotation(Schedule.class);

        assertThat(schedule.hour()).isEqualTo("3");
        assertThat(schedule.minute()).isEqualTo("15");
        assertThat(schedule.persistent()).isFalse();
    }
}
