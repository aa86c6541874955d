"""Duplicate detection: registry number, website domain, or a close name in the same city."""

import pytest

from coopdev.network.selectors import cooperative_duplicates, normalise_name, website_domain
from coopdev.network.tests.factories import CooperativeFactory

pytestmark = pytest.mark.django_db


def reasons(**kwargs):
    return {d.cooperative.slug: d.reasons for d in cooperative_duplicates(**kwargs)}


def test_the_same_registry_number_written_differently_is_a_duplicate_in_the_same_country():
    CooperativeFactory(slug="a", name="Alpha", registry_number="TR 123-456", city="Ankara")
    assert reasons(name="Other", registry_number="tr123456", country="TR") == {"a": ("registry",)}
    assert reasons(name="Other", registry_number="tr123456", country="IT") == {}


def test_the_same_website_host_is_a_duplicate_whatever_the_scheme_www_or_path():
    CooperativeFactory(slug="a", name="Alpha", website="https://www.alpha-coop.example/about")
    assert reasons(name="Beta", website="http://alpha-coop.example") == {"a": ("domain",)}
    assert reasons(name="Beta", website="https://beta.example") == {}
    assert website_domain("alpha-coop.example/x") == "alpha-coop.example"


def test_a_close_name_in_the_same_city_is_a_duplicate_but_not_in_another_city():
    CooperativeFactory(slug="a", name="Tilya Ekolojik Sosyal Kooperatifi", city="İstanbul", country_id="TR")
    # accents, case and the legal-form word are ignored: "tilya ekolojik sosyal" on both sides
    assert reasons(name="TILYA Ekolojik Sosyal Koop.", city="istanbul", country="TR") == {"a": ("name",)}
    assert reasons(name="Tilya Ekolojik Sosyal Kooperatifi", city="Izmir", country="TR") == {}


def test_the_name_threshold_is_a_difflib_ratio_of_088_by_default(settings):
    CooperativeFactory(slug="a", name="Harbour Workers", city="Genoa", country_id="IT")
    # "harbour workers" vs "harbor workers": ratio 0.97 -> duplicate; "harbour bakers": 0.76 -> not
    assert reasons(name="Harbor Workers", city="Genoa", country="IT") == {"a": ("name",)}
    assert reasons(name="Harbour Bakers", city="Genoa", country="IT") == {}
    settings.NETWORK_DUPLICATE_NAME_RATIO = 0.99
    assert reasons(name="Harbor Workers", city="Genoa", country="IT") == {}


def test_rejected_entries_and_the_entry_itself_are_not_duplicates():
    own = CooperativeFactory(slug="own", name="Alpha", registry_number="42")
    CooperativeFactory(slug="gone", name="Alpha", registry_number="42", status="rejected")
    assert reasons(name="Alpha", registry_number="42", country="TR", exclude_pk=own.pk) == {}


def test_several_reasons_are_all_reported():
    CooperativeFactory(
        slug="a", name="Alpha Coop", city="Bursa", registry_number="9", website="https://a.example"
    )
    assert reasons(name="Alpha", city="Bursa", country="TR", registry_number="9", website="a.example") == {
        "a": ("registry", "domain", "name")
    }


def test_normalised_names_drop_accents_punctuation_and_legal_words():
    assert normalise_name("Şişli Kadın Kooperatifi S.C.") == "sisli kadin"
    assert normalise_name("Coop") == "coop"  # a name made only of legal words is kept
