from django.urls import URLPattern, URLResolver, path

from coopdev.interchange import views

app_name = "interchange"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.data_help, name="help"),
    path("template.csv", views.template_csv, name="template_csv"),
    path("template.xlsx", views.template_xlsx, name="template_xlsx"),
    path("export.<str:fmt>", views.export_download, name="export"),
    path("import/", views.import_upload, name="upload"),
    path("import/<uuid:job_uuid>/", views.import_job, name="job"),
    path("import/<uuid:job_uuid>/status.json", views.import_job_status, name="job_status"),
    path("import/<uuid:job_uuid>/problems.csv", views.import_job_problems, name="job_problems"),
]
