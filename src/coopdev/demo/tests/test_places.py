"""Where a project takes place reads naturally in every language."""

import pytest

from coopdev.demo.places import AREAS, CLUSTERS, PLACE_BY_CODE, PLACES, locative
from coopdev.demo.texts import format_int, italian_percent


def places(*codes: str):
    return [PLACE_BY_CODE[code] for code in codes]


@pytest.mark.parametrize(
    ("codes", "lang", "expected"),
    [
        (("SN",), "en", "in Senegal"),
        (("PH",), "en", "in the Philippines"),
        (("BF", "ML", "NE"), "en", "in Burkina Faso, Mali and Niger"),
        (("BF", "ML", "NE"), "it", "in Burkina Faso, Mali e Niger"),
        (("CM", "CD"), "it", "in Camerun e nella Repubblica Democratica del Congo"),
        (("HT", "DO"), "it", "ad Haiti e nella Repubblica Dominicana"),
        (("BF", "ML", "NE"), "fr", "au Burkina Faso, au Mali et au Niger"),
        (("CI",), "fr", "en Côte d'Ivoire"),
        (("MG",), "fr", "à Madagascar"),
        (("DO", "HT"), "es", "en la República Dominicana y Haití"),
        (("TR",), "tr", "Türkiye'de"),
    ],
)
def test_locative(codes, lang, expected):
    assert locative(places(*codes), lang) == expected


def test_87_countries_in_six_areas_and_clusters_stay_inside_one_area():
    assert len(PLACES) == len(PLACE_BY_CODE) == 87
    assert {place.area for place in PLACES} == set(AREAS)
    for cluster in CLUSTERS:
        assert len({PLACE_BY_CODE[code].area for code in cluster}) == 1, cluster


def test_numbers_and_percentages_as_each_language_writes_them():
    assert format_int(12500, "en") == "12,500"
    assert format_int(12500, "it") == "12.500"
    assert format_int(12500, "fr") == "12\u202f500"
    assert italian_percent(35) == "il 35%"
    assert italian_percent(86) == "l'86%"
    assert italian_percent(8) == "l'8%"
