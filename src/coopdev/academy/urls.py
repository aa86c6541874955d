from django.urls import path

from coopdev.academy import views

app_name = "academy"
urlpatterns = [
    path("", views.index, name="index"),
    path("past/", views.past, name="past"),
    path("feed.ics", views.feed_ics, name="feed"),
    path("s/<slug:slug>/", views.session_detail, name="session"),
    path("s/<slug:slug>/session.ics", views.session_ics, name="session_ics"),
    path("r/<str:token>/", views.registration_page, name="registration"),
    path("r/<str:token>/confirm/", views.registration_confirm, name="confirm"),
    path("r/<str:token>/data.json", views.registration_data, name="data"),
    path("r/<str:token>/erase/", views.registration_erase, name="erase"),
    path("r/<str:token>/certificate/", views.registration_certificate, name="certificate"),
    path("cancel/<str:cancel_token>/", views.registration_cancel, name="cancel"),
    path("staff/s/<slug:slug>/", views.staff_session, name="staff_session"),
    path("staff/s/<slug:slug>/redistribute/", views.staff_redistribute, name="staff_redistribute"),
    path("staff/s/<slug:slug>/attendance/", views.staff_attendance, name="staff_attendance"),
    path("staff/s/<slug:slug>/participants.<str:fmt>", views.staff_export, name="staff_export"),
    path("staff/r/<int:pk>/action/", views.staff_registration_action, name="staff_action"),
    path("staff/r/<int:pk>/certificate/", views.staff_certificate, name="staff_certificate"),
]

# Pay it forward (pledges and stories): see coopdev.academy.stories.
from coopdev.academy.stories.urls import urlpatterns as stories_urlpatterns  # noqa: E402

urlpatterns += stories_urlpatterns
