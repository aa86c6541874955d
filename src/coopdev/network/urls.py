from django.urls import URLPattern, URLResolver, path

from coopdev.network import views

app_name = "network"
urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.index, name="index"),
    path("directory/", views.directory, name="directory"),
    path("directory.csv", views.directory_csv, name="directory_csv"),
    path("directory.json", views.directory_json, name="directory_json"),
    path("directory/schema/", views.directory_schema, name="directory_schema"),
    path("directory/ask-to-be-listed/", views.cooperative_request, name="cooperative_request"),
    path("directory/edit/<str:token>/", views.cooperative_edit, name="cooperative_edit"),
    path("directory/<slug:slug>/", views.cooperative_detail, name="cooperative_detail"),
    path("events/", views.event_list, name="event_list"),
    path("events/<slug:slug>/", views.event_detail, name="event_detail"),
    path("plans/", views.plan_list, name="plan_list"),
    path("plans/<slug:slug>/", views.plan_detail, name="plan_detail"),
    path("library/", views.publication_list, name="publication_list"),
    path("library/<slug:slug>/", views.publication_detail, name="publication_detail"),
]
