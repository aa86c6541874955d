"""URL patterns of Pay it forward, appended to the Academy's (names in the ``academy`` namespace)."""

from django.urls import path

from coopdev.academy.stories import views

urlpatterns = [
    path("pay-it-forward/", views.wall, name="stories"),
    path("pay-it-forward/pledge/", views.pledge_start, name="pledge_start"),
    path("pay-it-forward/p/<str:token>/", views.pledge_page, name="pledge"),
    path("pay-it-forward/p/<str:token>/verify/", views.pledge_verify, name="pledge_verify"),
    path("pay-it-forward/stories/<int:pk>/", views.story_detail, name="story"),
    path(
        "pay-it-forward/stories/<int:pk>/pictures/<int:picture>/", views.story_picture, name="story_picture"
    ),
    path("pay-it-forward/stories/<int:pk>/video/", views.story_video, name="story_video"),
    path("r/<str:token>/pledge/", views.pledge_from_registration, name="pledge_from_registration"),
    path("staff/stories/", views.staff_stories, name="staff_stories"),
    path("staff/stories/<int:pk>/moderate/", views.staff_story_moderate, name="staff_story_moderate"),
]
