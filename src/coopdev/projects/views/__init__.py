"""Views of the Development Data Platform; see ``pages`` (pages and downloads) and ``figures``."""

from coopdev.projects.views.pages import (
    embed,
    explore,
    explore_csv,
    explore_json,
    home,
    organisation_detail,
    project_detail,
    region_detail,
    region_factsheet,
    sdg_detail,
    sdg_factsheet,
    sector_detail,
    sector_factsheet,
)

__all__ = [
    "embed",
    "explore",
    "explore_csv",
    "explore_json",
    "home",
    "organisation_detail",
    "project_detail",
    "region_detail",
    "region_factsheet",
    "sdg_detail",
    "sdg_factsheet",
    "sector_detail",
    "sector_factsheet",
]
