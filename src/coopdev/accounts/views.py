"""The workspace of organisation members and the reviewers' pages.

Views parse, check permission through the selectors' getters (which answer "not found" alike
for missing and forbidden objects) and call one service. Anonymous visitors are sent to sign in.
"""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from coopdev.accounts import selectors, services
from coopdev.accounts.display import change_rows, code_names
from coopdev.accounts.forms import ApiTokenCreateForm, MemberAddForm, MemberRoleForm, ProjectForm, ReturnForm
from coopdev.accounts.models import ProjectPendingChange
from coopdev.organisations.models import ApiToken, Membership, Organisation
from coopdev.projects import services as project_services
from coopdev.projects.models import Project

Role = Membership.Role


def _organisation(request: HttpRequest, slug: str, role: str) -> Organisation:
    try:
        return selectors.organisation_get_for_user(user=request.user, slug=slug, role=role)
    except Organisation.DoesNotExist:
        raise Http404(_("No such organisation.")) from None


def _project(request: HttpRequest, pk: int, role: str) -> Project:
    try:
        return selectors.project_get_for_user(user=request.user, pk=pk, role=role)
    except Project.DoesNotExist:
        raise Http404(_("No such project.")) from None


def _require_reviewer(request: HttpRequest) -> None:
    if not selectors.user_is_reviewer(user=request.user):
        raise Http404(_("No such page."))


@login_required
def workspace(request: HttpRequest) -> HttpResponse:
    """The user's organisations, their role in each, and every project of each in any state."""
    user = request.user
    organisations = list(
        selectors.organisation_list_for_user(user=user)
        .annotate(
            project_count=Count("reported_projects", distinct=True),
        )
        .order_by("name")
    )
    roles = dict(
        Membership.objects.filter(user_id=request.user.pk or 0).values_list("organisation_id", "role")
    )
    for organisation in organisations:
        organisation.role = roles.get(organisation.pk)  # type: ignore[attr-defined]
    states = dict(
        selectors.project_list_for_user(user=user)
        .values_list("publication_state")
        .annotate(n=Count("pk"))
        .values_list("publication_state", "n")
    )
    return render(
        request,
        "accounts/workspace.html",
        {
            "organisations": organisations,
            "states": [
                (value, label, states.get(value, 0)) for value, label in Project.PublicationState.choices
            ],
            "is_reviewer": selectors.user_is_reviewer(user=user),
            "review_count": selectors.project_review_queue().count()
            if selectors.user_is_reviewer(user=user)
            else 0,
        },
    )


@login_required
def organisation_workspace(request: HttpRequest, slug: str) -> HttpResponse:
    """One organisation's projects in every publication state, with their data quality."""
    organisation = _organisation(request, slug, Role.VIEWER)
    state = request.GET.get("state", "")
    quality = selectors.organisation_data_quality(organisation=organisation)
    pending = dict(
        ProjectPendingChange.objects.filter(project__reporting_org=organisation).values_list(
            "project_id", "state"
        )
    )
    pending_labels = dict(ProjectPendingChange.State.choices)
    rows = [
        {
            "quality": row,
            "project": row.project,
            "pending": pending_labels.get(pending.get(row.project.pk, "")),
        }
        for row in sorted(quality.projects, key=lambda r: r.project.iati_identifier)
        if not state or row.project.publication_state == state
    ]
    return render(
        request,
        "accounts/organisation.html",
        {
            "organisation": organisation,
            "rows": rows,
            "quality": quality,
            "state": state,
            "states": Project.PublicationState.choices,
            "can_edit": selectors.user_can_edit_organisation(user=request.user, organisation=organisation),
            "is_admin": selectors.user_is_organisation_admin(user=request.user, organisation=organisation),
        },
    )


def _form_context(form: ProjectForm) -> dict[str, Any]:
    return {
        "form": form,
        "organisation": form.organisation,
        "country_rows": form.share_rows("countries"),
        "sector_rows": form.share_rows("sectors"),
        "picker_text": {
            "search": _("Type to search"),
            "remove": _("Remove"),
            "none": _("Nothing chosen yet"),
            "nomatch": _("No match"),
            "percent": _("Percentage"),
        },
    }


def _save_project(request: HttpRequest, form: ProjectForm, project: Project | None) -> Project | None:
    try:
        if project is None:
            return project_services.project_create(
                organisation=form.organisation, user=request.user, data=form.project_data
            )
        return project_services.project_update(project=project, user=request.user, data=form.project_data)
    except project_services.ProjectError as exc:
        for field, errors in exc.errors.items():
            for error in errors:
                form.add_error(field if field in form.fields else None, error)
        if not exc.errors:
            form.add_error(None, exc.message)
        return None


@login_required
def project_create(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = _organisation(request, slug, Role.EDITOR)
    form = ProjectForm(request.POST or None, organisation=organisation)
    if request.method == "POST" and form.is_valid():
        project = _save_project(request, form, None)
        if project is not None:
            messages.success(request, _("Project created as a draft. Submit it for review when it is ready."))
            return redirect("accounts:project_edit", pk=project.pk)
    return render(request, "accounts/project_form.html", _form_context(form))


@login_required
def project_edit(request: HttpRequest, pk: int) -> HttpResponse:
    from coopdev.accounts.views_children import section_nav

    project = _project(request, pk, Role.EDITOR)
    pending = selectors.project_pending_change(project=project)
    current = project_services.project_snapshot(project=project)
    data_initial = {**current, **(pending.data if pending else {})}
    form = ProjectForm(
        request.POST or None, organisation=project.reporting_org, project=project, data_initial=data_initial
    )
    if request.method == "POST" and form.is_valid():
        saved = _save_project(request, form, project)
        if saved is not None:
            if (
                project.publication_state == Project.PublicationState.PUBLISHED
                and not selectors.user_is_reviewer(user=request.user)
            ):
                messages.success(
                    request,
                    _(
                        "Changes saved. The published version stays public until a reviewer "
                        "publishes your changes: submit them for review when they are ready."
                    ),
                )
            else:
                messages.success(request, _("Changes saved."))
            return redirect("accounts:project_edit", pk=project.pk)
    return render(
        request,
        "accounts/project_form.html",
        {
            **_form_context(form),
            "project": project,
            "pending": selectors.project_pending_change(project=project),
            "can_submit": _can_submit(project, pending),
            "return_comment": selectors.project_last_review_comment(project=project),
            "nav": section_nav(project, data_initial, "main"),
        },
    )


def _can_submit(project: Project, pending: ProjectPendingChange | None) -> bool:
    States = Project.PublicationState
    if project.publication_state in (States.DRAFT, States.RETURNED):
        return True
    return (
        project.publication_state == States.PUBLISHED
        and pending is not None
        and pending.state != ProjectPendingChange.State.SUBMITTED
    )


@login_required
@require_POST
def project_submit(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project(request, pk, Role.EDITOR)
    try:
        project_services.project_submit(project=project, user=request.user)
    except project_services.ProjectError as exc:
        messages.error(request, str(exc.message))
    else:
        messages.success(request, _("Submitted for review. The reviewers have been told."))
    return redirect("accounts:project_edit", pk=project.pk)


@login_required
@require_POST
def project_pending_discard(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project(request, pk, Role.EDITOR)
    try:
        project_services.project_pending_discard(project=project, user=request.user)
    except project_services.ProjectError as exc:
        messages.error(request, str(exc.message))
    else:
        messages.success(request, _("Your proposed changes were discarded."))
    return redirect("accounts:project_edit", pk=project.pk)


@login_required
def project_history(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project(request, pk, Role.VIEWER)
    revisions = list(selectors.project_revision_list(project=project))
    names = code_names([revision.changes for revision in revisions])
    return render(
        request,
        "accounts/project_history.html",
        {
            "project": project,
            "revisions": [(revision, change_rows(revision.changes, names)) for revision in revisions],
            "can_edit": selectors.user_can_edit_organisation(
                user=request.user, organisation=project.reporting_org
            ),
        },
    )


# --- Review --------------------------------------------------------------------------------------


@login_required
def review_queue(request: HttpRequest) -> HttpResponse:
    _require_reviewer(request)
    return render(request, "accounts/review_queue.html", {"projects": selectors.project_review_queue()})


def _review_context(project: Project) -> dict[str, Any]:
    pending = selectors.project_pending_change(project=project)
    current = project_services.project_snapshot(project=project)
    if pending is not None and project.publication_state == Project.PublicationState.PUBLISHED:
        changes = project_services.project_changes(old=current, new=pending.data)
    else:
        changes = {key: [None, value] for key, value in current.items() if value not in (None, "", [], {})}
    since_review = selectors.project_changes_since_last_review(project=project)
    names = code_names([changes, since_review or {}])
    return {
        "project": project,
        "pending": pending,
        "changes": change_rows(changes, names),
        "is_change": bool(pending),
        "since_review": change_rows(since_review, names) if since_review is not None else None,
    }


@login_required
def review_detail(request: HttpRequest, pk: int) -> HttpResponse:
    _require_reviewer(request)
    project = _project(request, pk, Role.VIEWER)
    form = ReturnForm()
    return render(
        request,
        "accounts/review_detail.html",
        {
            **_review_context(project),
            "form": form,
            "revisions": selectors.project_revision_list(project=project)[:10],
        },
    )


@login_required
@require_POST
def review_publish(request: HttpRequest, pk: int) -> HttpResponse:
    _require_reviewer(request)
    project = _project(request, pk, Role.VIEWER)
    try:
        project_services.project_publish(project=project, user=request.user)
    except project_services.ProjectError as exc:
        messages.error(request, str(exc.message))
        return redirect("accounts:review_detail", pk=project.pk)
    messages.success(request, _("Published: %(title)s") % {"title": project.title_text})
    return redirect("accounts:review_queue")


@login_required
@require_POST
def review_return(request: HttpRequest, pk: int) -> HttpResponse:
    _require_reviewer(request)
    project = _project(request, pk, Role.VIEWER)
    form = ReturnForm(request.POST)
    if form.is_valid():
        try:
            project_services.project_return(
                project=project, user=request.user, comment=form.cleaned_data["comment"]
            )
        except project_services.ProjectError as exc:
            messages.error(request, str(exc.message))
            return redirect("accounts:review_detail", pk=project.pk)
        messages.success(request, _("Returned to the editors with your comment."))
        return redirect("accounts:review_queue")
    return render(
        request,
        "accounts/review_detail.html",
        {
            **_review_context(project),
            "form": form,
            "revisions": selectors.project_revision_list(project=project)[:10],
        },
        status=400,
    )


# --- Members and API tokens ----------------------------------------------------------------------


@login_required
def members(request: HttpRequest, slug: str) -> HttpResponse:
    """Organisation admins add people by e-mail, change roles and remove members."""
    organisation = _organisation(request, slug, Role.ADMIN)
    add_form = MemberAddForm()
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "add":
                add_form = MemberAddForm(request.POST)
                if add_form.is_valid():
                    membership, created = services.membership_add(
                        organisation=organisation,
                        user=request.user,
                        email=add_form.cleaned_data["email"],
                        role=add_form.cleaned_data["role"],
                    )
                    messages.success(
                        request,
                        _("Invitation sent to %(email)s.") % {"email": membership.user.email}
                        if created
                        else _("%(email)s added.") % {"email": membership.user.email},
                    )
                    return redirect("accounts:members", slug=organisation.slug)
            elif action in ("role", "remove"):
                role_form = MemberRoleForm(
                    request.POST if action == "role" else {**request.POST.dict(), "role": "viewer"}
                )
                if role_form.is_valid():
                    membership = Membership.objects.select_related("organisation").get(
                        pk=role_form.cleaned_data["membership"], organisation=organisation
                    )
                    if action == "role":
                        services.membership_role_set(
                            membership=membership, user=request.user, role=role_form.cleaned_data["role"]
                        )
                        messages.success(request, _("Role changed."))
                    else:
                        services.membership_remove(membership=membership, user=request.user)
                        messages.success(request, _("Member removed."))
                    return redirect("accounts:members", slug=organisation.slug)
        except Membership.DoesNotExist:
            raise Http404(_("No such member.")) from None
        except services.AccountsError as exc:
            messages.error(request, str(exc.message))
            return redirect("accounts:members", slug=organisation.slug)
    memberships = (
        Membership.objects.filter(organisation=organisation).select_related("user").order_by("user__email")
    )
    return render(
        request,
        "accounts/members.html",
        {
            "organisation": organisation,
            "memberships": memberships,
            "add_form": add_form,
            "roles": Role.choices,
        },
    )


@never_cache
@login_required
def api_tokens(request: HttpRequest, slug: str) -> HttpResponse:
    """Organisation admins create tokens (the raw key is shown in this one response), list and revoke them."""
    organisation = _organisation(request, slug, Role.ADMIN)
    form = ApiTokenCreateForm(request.POST or None)
    raw_key = None
    if request.method == "POST" and form.is_valid():
        try:
            token, raw_key = services.api_token_create(
                organisation=organisation, user=request.user, name=form.cleaned_data["name"]
            )
        except services.AccountsError as exc:
            form.add_error("name", exc.message)
        else:
            form = ApiTokenCreateForm()
    return render(
        request,
        "accounts/api_tokens.html",
        {
            "organisation": organisation,
            "form": form,
            "raw_key": raw_key,
            "tokens": selectors.api_token_list(organisation=organisation),
        },
    )


@login_required
@require_POST
def api_token_revoke(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    organisation = _organisation(request, slug, Role.ADMIN)
    try:
        token = ApiToken.objects.select_related("organisation").get(pk=pk, organisation=organisation)
    except ApiToken.DoesNotExist:
        raise Http404(_("No such token.")) from None
    try:
        services.api_token_revoke(token=token, user=request.user)
    except services.AccountsError as exc:
        messages.error(request, str(exc.message))
    else:
        messages.success(request, _("Token “%(name)s” revoked.") % {"name": token.name})
    return redirect("accounts:api_tokens", slug=organisation.slug)
