"""Sign-in and passwords, the members' workspace, review, members and API tokens (under /accounts/)."""

from django.contrib.auth import views as auth_views
from django.urls import URLPattern, URLResolver, path, reverse_lazy

from coopdev.accounts import views, views_children
from coopdev.accounts.forms import PasswordResetForm

app_name = "accounts"

auth_patterns: list[URLPattern | URLResolver] = [
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="accounts/auth/login.html",
            next_page=reverse_lazy("accounts:workspace"),
            redirect_authenticated_user=True,
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(next_page=reverse_lazy("home")), name="logout"),
    path(
        "password/change/",
        auth_views.PasswordChangeView.as_view(
            template_name="accounts/auth/password_change_form.html",
            success_url=reverse_lazy("accounts:password_change_done"),
        ),
        name="password_change",
    ),
    path(
        "password/change/done/",
        auth_views.PasswordChangeDoneView.as_view(template_name="accounts/auth/password_change_done.html"),
        name="password_change_done",
    ),
    path(
        "password/reset/",
        auth_views.PasswordResetView.as_view(
            template_name="accounts/auth/password_reset_form.html",
            form_class=PasswordResetForm,
            email_template_name="accounts/auth/password_reset_email.txt",
            subject_template_name="accounts/auth/password_reset_subject.txt",
            success_url=reverse_lazy("accounts:password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/auth/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="accounts/auth/password_reset_confirm.html",
            success_url=reverse_lazy("accounts:password_reset_complete"),
        ),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="accounts/auth/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
]

urlpatterns: list[URLPattern | URLResolver] = [
    *auth_patterns,
    path("workspace/", views.workspace, name="workspace"),
    path("workspace/<slug:slug>/", views.organisation_workspace, name="organisation"),
    path("workspace/<slug:slug>/projects/new/", views.project_create, name="project_create"),
    path("workspace/<slug:slug>/members/", views.members, name="members"),
    path("workspace/<slug:slug>/api-tokens/", views.api_tokens, name="api_tokens"),
    path(
        "workspace/<slug:slug>/api-tokens/<int:pk>/revoke/", views.api_token_revoke, name="api_token_revoke"
    ),
    path("projects/<int:pk>/edit/", views.project_edit, name="project_edit"),
    path("projects/<int:pk>/submit/", views.project_submit, name="project_submit"),
    path("projects/<int:pk>/discard/", views.project_pending_discard, name="project_pending_discard"),
    path("projects/<int:pk>/history/", views.project_history, name="project_history"),
    path(
        "projects/<int:pk>/budgets/",
        views_children.project_section,
        {"kind": "budgets"},
        name="project_budgets",
    ),
    path(
        "projects/<int:pk>/transactions/",
        views_children.project_section,
        {"kind": "transactions"},
        name="project_transactions",
    ),
    path(
        "projects/<int:pk>/locations/",
        views_children.project_section,
        {"kind": "locations"},
        name="project_locations",
    ),
    path(
        "projects/<int:pk>/organisations/",
        views_children.project_section,
        {"kind": "participating_orgs"},
        name="project_participants",
    ),
    path("projects/<int:pk>/results/", views_children.project_results, name="project_results"),
    path("projects/<int:pk>/results/new/", views_children.project_result_edit, name="project_result_new"),
    path(
        "projects/<int:pk>/results/<int:index>/",
        views_children.project_result_edit,
        name="project_result_edit",
    ),
    path(
        "projects/<int:pk>/results/<int:index>/delete/",
        views_children.project_result_delete,
        name="project_result_delete",
    ),
    path("review/", views.review_queue, name="review_queue"),
    path("review/<int:pk>/", views.review_detail, name="review_detail"),
    path("review/<int:pk>/publish/", views.review_publish, name="review_publish"),
    path("review/<int:pk>/return/", views.review_return, name="review_return"),
]
