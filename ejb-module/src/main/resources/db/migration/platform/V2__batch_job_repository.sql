-- The job repository of Payara's Jakarta Batch runtime (the domain points batch-runtime-configuration at
-- jdbc/mastertrade, schema "public"). Payara reads and writes these tables but, on PostgreSQL, does not create
-- them: this is its own DDL (payara-jbatch.jar, ddls/jsr352-postgresql.ddl). Unqualified names in Payara's
-- queries resolve through the pool's default search_path, hence "public".
CREATE TABLE IF NOT EXISTS public.jobinstancedata (
    jobinstanceid  SERIAL NOT NULL PRIMARY KEY,
    name           VARCHAR(512),
    apptag         VARCHAR(512)
);

CREATE TABLE IF NOT EXISTS public.executioninstancedata (
    jobexecid      SERIAL NOT NULL PRIMARY KEY,
    jobinstanceid  BIGINT NOT NULL REFERENCES public.jobinstancedata (jobinstanceid),
    createtime     TIMESTAMP,
    starttime      TIMESTAMP,
    endtime        TIMESTAMP,
    updatetime     TIMESTAMP,
    parameters     BYTEA,
    batchstatus    VARCHAR(512),
    exitstatus     VARCHAR(512)
);

CREATE TABLE IF NOT EXISTS public.stepexecutioninstancedata (
    stepexecid        SERIAL NOT NULL PRIMARY KEY,
    jobexecid         BIGINT NOT NULL REFERENCES public.executioninstancedata (jobexecid),
    batchstatus       VARCHAR(512),
    exitstatus        VARCHAR(512),
    stepname          VARCHAR(512),
    readcount         INTEGER,
    writecount        INTEGER,
    commitcount       INTEGER,
    rollbackcount     INTEGER,
    readskipcount     INTEGER,
    processskipcount  INTEGER,
    filtercount       INTEGER,
    writeskipcount    INTEGER,
    starttime         TIMESTAMP,
    endtime           TIMESTAMP,
    persistentdata    BYTEA
);

CREATE TABLE IF NOT EXISTS public.jobstatus (
    id   BIGINT NOT NULL REFERENCES public.jobinstancedata (jobinstanceid),
    obj  BYTEA
);

CREATE TABLE IF NOT EXISTS public.stepstatus (
    id   BIGINT NOT NULL REFERENCES public.stepexecutioninstancedata (stepexecid),
    obj  BYTEA
);

CREATE TABLE IF NOT EXISTS public.checkpointdata (
    id   VARCHAR(512),
    obj  BYTEA
);
