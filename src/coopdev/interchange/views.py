"""Web pages of open data in and out: help and templates, downloads, uploads and their jobs."""

from __future__ import annotations

import csv
import io

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils.http import content_disposition_header
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET

from coopdev.accounts.selectors import organisation_list_for_user, user_can_edit_organisation
from coopdev.interchange.columns import COLUMNS
from coopdev.interchange.errors import TOO_LARGE, ImportError_
from coopdev.interchange.exporters import FORMATS, TABLES, export_response, safe_cell
from coopdev.interchange.forms import ImportUploadForm
from coopdev.interchange.models import ImportJob
from coopdev.interchange.selectors import (
    import_job_get_for_user,
    import_job_list_for_user,
    import_job_problem_rows,
    import_job_report,
)
from coopdev.interchange.selectors import import_job_status as job_status_read
from coopdev.interchange.services import import_job_create, import_max_bytes
from coopdev.interchange.uploads import SizeLimitUploadHandler
from coopdev.projects.filters import ProjectFilterForm
from coopdev.projects.selectors import project_list_published


@require_GET
def data_help(request: HttpRequest) -> HttpResponse:
    """How to bring data in and take it out: formats, the template's columns, the downloads."""
    return render(
        request,
        "interchange/help.html",
        {"columns": COLUMNS, "formats": FORMATS, "tables": TABLES, "max_mb": import_max_bytes() >> 20},
    )


def _csv_attachment(rows, filename: str) -> HttpResponse:
    """A small CSV download: UTF-8 with a BOM (spreadsheets then read the accents), every cell
    through ``safe_cell`` (a cell that could run as a formula is neutralised)."""
    text = io.StringIO()
    writer = csv.writer(text)
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    response = HttpResponse("\ufeff" + text.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


@require_GET
def template_csv(request: HttpRequest) -> HttpResponse:
    """The import template: the header and a row of example."""
    return _csv_attachment(
        [[c.name for c in COLUMNS], [c.example for c in COLUMNS]], "coopdev-import-template.csv"
    )


@require_GET
def template_xlsx(request: HttpRequest) -> HttpResponse:
    """The import template as a workbook: the ``projects`` sheet, and a ``help`` sheet per column."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("projects")
    sheet.append([c.name for c in COLUMNS])
    sheet.append([safe_cell(c.example) for c in COLUMNS])
    help_sheet = workbook.create_sheet("help")
    help_sheet.append(["column", "required", "meaning", "example"])
    for c in COLUMNS:
        help_sheet.append([c.name, "yes" if c.required else "", str(c.help), safe_cell(c.example)])
    out = io.BytesIO()
    workbook.save(out)
    response = HttpResponse(
        out.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = 'attachment; filename="coopdev-import-template.xlsx"'
    return response


@require_GET
def export_download(request: HttpRequest, fmt: str) -> HttpResponseBase:
    """The published projects matching the explore page's filters, in ``fmt``, streamed."""
    if fmt not in FORMATS:
        raise Http404
    form = ProjectFilterForm(request.GET)
    if not form.is_valid():
        return HttpResponse("\n".join(form.errors_as_messages()), status=400, content_type="text/plain")
    table = request.GET.get("table") or None
    if table is not None and (fmt != "csv" or table not in TABLES):
        return HttpResponse(
            f"table: one of {', '.join(TABLES)} (CSV only)", status=400, content_type="text/plain"
        )
    return export_response(fmt=fmt, projects=form.filter_queryset(project_list_published()), table=table)


@csrf_exempt  # the CSRF check reads the body: the size limit must be in place before (csrf_protect below)
@login_required
def import_upload(request: HttpRequest) -> HttpResponse:
    """Upload a file for an organisation the user may edit; the import runs in the background.

    An upload above the limit is stopped as it arrives, before it is written anywhere.
    """
    request.upload_handlers.insert(0, SizeLimitUploadHandler(request, limit=import_max_bytes()))
    return _import_upload(request)


@csrf_protect
def _import_upload(request: HttpRequest) -> HttpResponse:
    organisations = organisation_list_for_user(user=request.user, role="editor")
    form = ImportUploadForm(request.POST or None, request.FILES or None, organisations=organisations)
    status = 200
    too_large = getattr(request, "upload_too_large", None)
    if request.method == "POST" and too_large is not None:
        form.is_valid()
        form.errors.pop("file", None)
        form.add_error(
            "file",
            str(TOO_LARGE) % {"size": f"{too_large / (1 << 20):.1f}", "limit": import_max_bytes() >> 20},
        )
        status = 400
    elif request.method == "POST":
        if form.is_valid():
            organisation = form.cleaned_data["organisation"]
            if not user_can_edit_organisation(user=request.user, organisation=organisation):
                raise Http404
            try:
                job = import_job_create(
                    user=request.user,
                    organisation=organisation,
                    upload=form.cleaned_data["file"],
                    skip_invalid=form.cleaned_data["skip_invalid"],
                    dry_run=form.cleaned_data["dry_run"],
                )
            except ImportError_ as exc:
                form.add_error("file", exc.issue.message)
                status = 400
            else:
                return redirect("interchange:job", job_uuid=job.uuid)
        else:
            status = 400
    return render(
        request,
        "interchange/upload.html",
        {
            "form": form,
            "jobs": import_job_list_for_user(user=request.user),
            "max_mb": import_max_bytes() >> 20,
            "has_organisations": organisations.exists(),
        },
        status=status,
    )


def _job_or_404(request: HttpRequest, job_uuid) -> ImportJob:
    """The job if the signed-in user may see it; 404 for a missing job and another's alike."""
    job = import_job_get_for_user(user=request.user, job_uuid=job_uuid)
    if job is None:
        raise Http404
    return job


@login_required
def import_job(request: HttpRequest, job_uuid) -> HttpResponse:
    """A job: its progress bar while it runs, then its report."""
    job = _job_or_404(request, job_uuid)
    return render(
        request,
        "interchange/job.html",
        {"job": job, "report": import_job_report(job=job) or {}, "status": job_status_read(job=job)},
    )


@login_required
def import_job_problems(request: HttpRequest, job_uuid) -> HttpResponse:
    """The job's problems as CSV (cells that could run as formulas neutralised)."""
    job = _job_or_404(request, job_uuid)
    rows = import_job_problem_rows(job=job)
    if not rows:
        raise Http404
    stem = job.filename.rsplit(".", 1)[0] or "import"
    return _csv_attachment(rows, f"{stem}-problems.csv")


@login_required
def import_job_status(request: HttpRequest, job_uuid) -> JsonResponse:
    """The job's state for the progress bar to poll."""
    job = _job_or_404(request, job_uuid)
    status = job_status_read(job=job)
    return JsonResponse(
        {
            "status": status.status,
            "status_display": job.get_status_display(),
            "done": status.done,
            "total": status.total,
            "percent": status.percent,
            "finished": status.finished,
        }
    )
