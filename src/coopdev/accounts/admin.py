from django.contrib import admin

from coopdev.accounts.models import ProjectPendingChange


@admin.register(ProjectPendingChange)
class ProjectPendingChangeAdmin(admin.ModelAdmin):
    """Pending versions are decided on the review pages; here staff can look them up or discard one."""

    list_display = ["project", "state", "user", "updated_at"]
    list_filter = ["state"]
    search_fields = ["project__iati_identifier"]
    list_select_related = ["project", "user"]
    readonly_fields = ["project", "data", "state", "user", "review_comment", "created_at", "updated_at"]

    def has_add_permission(self, request):
        return False
