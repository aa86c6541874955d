"""Background tasks of the interchange app (``django.tasks``; run by ``coopdev db_worker``)."""

from django.tasks import task

from coopdev.interchange import services


@task()
def import_job_run_task(job_id: int) -> None:
    """Run one uploaded file's import."""
    services.import_job_run(job_id=job_id)
