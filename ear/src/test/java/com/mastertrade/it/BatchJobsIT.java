package com.mastertrade.it;

import static com.mastertrade.it.Platform.asOperator;
import static com.mastertrade.it.Platform.runHousekeeping;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/** Operators run the housekeeping job on demand and read its history. */
class BatchJobsIT {

    @Test
    void housekeepingRunsToCompletionOnDemand() throws Exception {
        assertThat(runHousekeeping()).isEqualTo("COMPLETED");
    }

    @Test
    void unknownJobsAre404AndStoresCannotStartJobs() {
        asOperator()
                .post("/operator/api/jobs/drop-everything/start")
                .then()
                .statusCode(404)
                .body("error.code", equalTo("JOB_NOT_FOUND"));
        given().post("/operator/api/jobs/housekeeping/start").then().statusCode(401);
    }
}
