package com.mastertrade.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mastertrade.shared.NotFoundException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** The operators' console starts the jobs it knows and shows their runs (admin manual, "Batch jobs"). */
class BatchJobsTest {

    private final BatchJobs jobs = new BatchJobs();

    @Test
    void aJobItDoesNotKnowIs404BeforeAnyBatchRuntimeIsAsked() {
        for (String job : new String[] {"drop-everything", "Housekeeping", "", "housekeeping "}) {
            assertThatThrownBy(() -> jobs.start(job))
                    .isInstanceOf(NotFoundException.class)
                    .extracting("code")
                    .isEqualTo("JOB_NOT_FOUND");
            assertThatThrownBy(() -> jobs.recentRuns(job))
                    .isInstanceOf(NotFoundException.class)
                    .extracting("code")
                    .isEqualTo("JOB_NOT_FOUND");
        }
    }

    @Test
    void aRunShowsItsStatusExitAndTimesAndNoEndWhileItRuns() {
        Instant start = Instant.parse("2026-12-03T03:15:00Z");
        BatchJobs.Run done =
                BatchJobs.Run.of(execution(41, BatchStatus.COMPLETED, "COMPLETED", start, start.plusSeconds(2)));
        BatchJobs.Run running = BatchJobs.Run.of(execution(42, BatchStatus.STARTED, null, start, null));

        assertThat(done)
                .isEqualTo(new BatchJobs.Run(
                        41, "housekeeping", "COMPLETED", "COMPLETED", start, Instant.parse("2026-12-03T03:15:02Z")));
        assertThat(running.status()).isEqualTo("STARTED");
        assertThat(running.endedAt()).isNull();
        assertThat(running.startedAt()).isEqualTo(start);
    }

    private static JobExecution execution(long id, BatchStatus status, String exit, Instant start, Instant end) {
        return (JobExecution) Proxy.newProxyInstance(
                JobExecution.class.getClassLoader(),
                new Class<?>[] {JobExecution.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getExecutionId" -> id;
                    case "getJobName" -> "housekeeping";
                    case "getBatchStatus" -> status;
                    case "getExitStatus" -> exit;
                    case "getStartTime" -> start == null ? null : Date.from(start);
                    case "getEndTime" -> end == null ? null : Date.from(end);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
