package com.mastertrade.it;

import static com.mastertrade.it.Platform.asOperator;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/** Operators run the housekeeping job on demand and read its history. */
class BatchJobsIT {

    @Test
    void housekeepingRunsToCompletionOnDemand() throws Exception {
        long execution = asOperator()
                .post("/operator/api/jobs/housekeeping/start")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("execution_id");
        String status = null;
        for (int i = 0; i < 100 && !"COMPLETED".equals(status) && !"FAILED".equals(status); i++) {
            Thread.sleep(100);
            status = asOperator()
                    .get("/operator/api/jobs/housekeeping/runs")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getString("find { it.execution_id == " + execution + " }.status");
        }
        assertThat(status).isEqualTo("COMPLETED");
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
