package com.mastertrade.operator.jobs;

import com.mastertrade.batch.BatchJobs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

@Path("/jobs/{job}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("superadmin")
public class JobsResource {

    @Inject
    BatchJobs jobs;

    @POST
    @Path("/start")
    public Response start(@PathParam("job") String job) {
        return Response.accepted(Map.of("execution_id", jobs.start(job))).build();
    }

    @GET
    @Path("/runs")
    public List<BatchJobs.Run> runs(@PathParam("job") String job) {
        return jobs.recentRuns(job);
    }
}
