package com.mastertrade.batch.housekeeping;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.Properties;

/** Starts the housekeeping job every night at 03:15 server time. */
@Singleton
public class HousekeepingSchedule {

    @Schedule(hour = "3", minute = "15", persistent = false)
    void nightly() {
        BatchRuntime.getJobOperator().start("housekeeping", new Properties());
    }
}
