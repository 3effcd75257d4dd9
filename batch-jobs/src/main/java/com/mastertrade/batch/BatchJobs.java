package com.mastertrade.batch;

import com.mastertrade.shared.NotFoundException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/** Starts the platform's jobs on demand and tells their recent history, for the operators' console. */
@Stateless
public class BatchJobs {

    static final Set<String> JOBS = Set.of("housekeeping");
    private static final int HISTORY = 20;

    public long start(String job) {
        requireKnown(job);
        return operator().start(job, new Properties());
    }

    public List<Run> recentRuns(String job) {
        requireKnown(job);
        JobOperator operator = operator();
        if (!operator.getJobNames().contains(job)) {
            return List.of();
        }
        return operator.getJobInstances(job, 0, HISTORY).stream()
                .map(JobInstance::getInstanceId)
                .flatMap(id -> operator.getJobExecutions(operator.getJobInstance(id)).stream())
                .map(Run::of)
                .sorted(Comparator.comparing(Run::executionId).reversed())
                .toList();
    }

    private static void requireKnown(String job) {
        if (!JOBS.contains(job)) {
            throw new NotFoundException("JOB_NOT_FOUND", "No job " + job + "; known: " + JOBS);
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    /** One execution of a job. */
    public record Run(
            long executionId, String job, String status, String exitStatus, Instant startedAt, Instant endedAt) {

        static Run of(JobExecution execution) {
            return new Run(
                    execution.getExecutionId(),
                    execution.getJobName(),
                    execution.getBatchStatus().name(),
                    execution.getExitStatus(),
                    execution.getStartTime() == null
                            ? null
                            : execution.getStartTime().toInstant(),
                    execution.getEndTime() == null
                            ? null
                            : execution.getEndTime().toInstant());
        }
    }
}
