-- A process killed between Spring Batch's creation of a job instance and of its first execution
-- leaves an instance that can be neither started nor restarted; the app removes such an instance
-- before it starts the job (TenantJobStarter). Only instances: executions are never deleted.
grant delete on batch_job_instance to ${app_role};
