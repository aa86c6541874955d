"""The reference loader: what the data migration put in the database, and that loading again is harmless."""

import csv
import re
from collections import Counter, defaultdict

import pycountry
import pytest

from coopdev.reference.models import (
    CodelistItem,
    Country,
    Currency,
    ExchangeRate,
    Region,
    SDGGoal,
    SDGTarget,
    Sector,
    SectorCategory,
)
from coopdev.reference.services import CODELIST_ITEM_LISTS, reference_load, sdg_target_sort_key
from coopdev.reference.tests.conftest import DATA_DIR, codelist

LANGUAGES = ("en", "it", "tr", "es", "fr")
HEX_COLOUR = re.compile(r"^#[0-9A-F]{6}$", re.IGNORECASE)

pytestmark = pytest.mark.django_db


def all_models_counts() -> dict[str, int]:
    models = (
        Region,
        Country,
        SDGGoal,
        SDGTarget,
        SectorCategory,
        Sector,
        Currency,
        CodelistItem,
        ExchangeRate,
    )
    return {model.__name__: model.objects.count() for model in models}


# --- SDGs ---


def test_the_17_sdgs_have_names_and_short_names_in_five_languages_and_a_colour():
    goals = list(SDGGoal.objects.order_by("number"))
    assert [goal.number for goal in goals] == list(range(1, 18))
    for goal in goals:
        for lang in LANGUAGES:
            assert getattr(goal, f"name_{lang}").strip(), (goal.number, lang)
            assert getattr(goal, f"short_name_{lang}").strip(), (goal.number, lang)
        assert HEX_COLOUR.match(goal.colour), goal.colour


def test_sdg_names_drop_the_goal_prefix_of_the_iati_codelist():
    goal = SDGGoal.objects.get(number=1)
    assert goal.name_en == "End poverty in all its forms everywhere"
    assert goal.name_fr.startswith("Éliminer la pauvreté")
    assert not SDGGoal.objects.filter(name_en__startswith="Goal").exists()
    assert not SDGGoal.objects.filter(name_fr__startswith="Objectif").exists()


def test_sdg_short_names_are_the_official_titles():
    goal = SDGGoal.objects.get(number=1)
    assert (
        goal.short_name_en,
        goal.short_name_fr,
        goal.short_name_it,
        goal.short_name_es,
        goal.short_name_tr,
    ) == (
        "No poverty",
        "Pas de pauvreté",
        "Sconfiggere la povertà",
        "Fin de la pobreza",
        "Yoksulluğa son",
    )
    assert SDGGoal.objects.get(number=2).short_name_en == "Zero hunger"
    assert SDGGoal.objects.get(number=17).colour == "#19486A"


def test_exactly_169_targets_each_under_its_goal_as_in_the_codelist():
    expected: dict[int, set[str]] = defaultdict(set)
    for item in codelist("UNSDG-Targets"):
        code = item.findtext("code")
        expected[int(code.split(".")[0])].add(code)

    assert SDGTarget.objects.count() == 169
    for goal in SDGGoal.objects.prefetch_related("targets"):
        assert {target.code for target in goal.targets.all()} == expected[goal.number]


def test_targets_have_english_and_french_descriptions():
    assert not SDGTarget.objects.filter(description_en="").exists()
    assert SDGTarget.objects.get(code="3.8").description_fr.startswith("Faire en sorte que chacun bénéficie")


def test_targets_sort_numbers_first_then_letters_with_1_10_after_1_9():
    assert sdg_target_sort_key("1.9") < sdg_target_sort_key("1.10") < sdg_target_sort_key("1.a")
    assert sdg_target_sort_key("1.b") < sdg_target_sort_key("2.1")
    codes = [target.code for target in SDGTarget.objects.filter(goal=17)]
    assert codes.index("17.9") + 1 == codes.index("17.10")
    codes = [target.code for target in SDGTarget.objects.filter(goal=1)]
    assert codes == sorted(
        codes, key=lambda code: (not code.split(".")[1].isdigit(), code.split(".")[1].zfill(2))
    )


# --- Sectors ---


def test_every_5_digit_code_of_the_shipped_sector_codelist_is_loaded_with_its_category():
    items = codelist("Sector")
    loaded = dict(Sector.objects.values_list("code", "category_id"))
    for item in items:
        code = item.findtext("code")
        assert loaded.get(code) == code[:3], code
    assert len(loaded) == len(items)


def test_withdrawn_sectors_and_categories_are_flagged():
    withdrawn = {item.findtext("code") for item in codelist("Sector") if item.get("status") == "withdrawn"}
    assert withdrawn
    assert set(Sector.objects.filter(withdrawn=True).values_list("code", flat=True)) == withdrawn
    withdrawn = {
        item.findtext("code") for item in codelist("SectorCategory") if item.get("status") == "withdrawn"
    }
    assert set(SectorCategory.objects.filter(withdrawn=True).values_list("code", flat=True)) == withdrawn


def test_sector_categories_have_names_in_five_languages():
    categories = list(SectorCategory.objects.all())
    assert len(categories) == len(codelist("SectorCategory"))
    for category in categories:
        for lang in LANGUAGES:
            assert getattr(category, f"name_{lang}"), (category.code, lang)
    health = SectorCategory.objects.get(code="121")
    assert (health.name_en, health.name_fr, health.name_it) == (
        "Health, General",
        "Santé, Général",
        "Sanità, generale",
    )


def test_sector_names_in_french_come_from_the_codelist_and_other_languages_fall_back_to_english():
    sector = Sector.objects.get(code="11110")
    assert sector.name_en == "Education policy and administrative management"
    assert sector.name_fr == "Politique de l'éducation et gestion administrative"
    assert sector.name_it == sector.name_en


# --- Countries and regions ---


def test_every_iso_3166_country_is_loaded_with_an_ica_region_and_names_in_five_languages():
    countries = {country.code: country for country in Country.objects.select_related("ica_region")}
    for iso in pycountry.countries:
        country = countries[iso.alpha_2]
        assert country.ica_region.kind == Region.Kind.ICA
        assert (country.alpha3, country.numeric) == (iso.alpha_3, iso.numeric)
        for lang in LANGUAGES:
            assert getattr(country, f"name_{lang}"), (iso.alpha_2, lang)


def test_extra_iati_country_codes_are_loaded_too():
    iati_codes = {item.findtext("code") for item in codelist("Country")}
    assert iati_codes <= set(Country.objects.values_list("code", flat=True))
    kosovo = Country.objects.get(code="XK")
    assert (kosovo.name_en, kosovo.name_tr, kosovo.ica_region.code, kosovo.withdrawn) == (
        "Kosovo",
        "Kosova",
        "europe",
        False,
    )
    antilles = Country.objects.get(code="AN")
    assert antilles.withdrawn
    assert antilles.name_it == "Antille Olandesi"


@pytest.mark.parametrize(
    ("code", "ica_region"),
    [
        ("KE", "africa"),
        ("BR", "americas"),
        ("US", "americas"),
        ("IN", "asia-pacific"),
        ("FJ", "asia-pacific"),
        ("AU", "asia-pacific"),
        ("IT", "europe"),
        ("TR", "europe"),
        ("CY", "europe"),
        ("GE", "europe"),
        ("AM", "europe"),
        ("AZ", "europe"),
        ("IL", "europe"),
        ("SA", "asia-pacific"),
        ("JO", "asia-pacific"),
    ],
)
def test_countries_are_mapped_to_their_ica_region(code, ica_region):
    assert Country.objects.get(code=code).ica_region.code == ica_region


def test_the_four_ica_regions_have_names_in_five_languages_and_countries():
    regions = list(Region.objects.filter(kind=Region.Kind.ICA).order_by("sort_order"))
    assert [region.code for region in regions] == ["africa", "americas", "asia-pacific", "europe"]
    for region in regions:
        assert region.ica_countries.exists()
        for lang in LANGUAGES:
            assert getattr(region, f"name_{lang}")
    assert Region.objects.get(kind="ica", code="asia-pacific").name_fr == "Asie-Pacifique"


def test_ica_overrides_have_a_reason_and_are_applied():
    with (DATA_DIR / "ica_regions_overrides.csv").open(encoding="utf-8") as f:
        overrides = list(csv.DictReader(f))
    assert overrides
    for row in overrides:
        assert row["reason"].strip()
        assert Country.objects.get(code=row["code"]).ica_region.code == row["ica_region"]


def test_countries_outside_overrides_follow_their_m49_continent():
    by_continent = {
        "002": "africa",
        "019": "americas",
        "150": "europe",
        "009": "asia-pacific",
        "142": "asia-pacific",
    }
    with (DATA_DIR / "ica_regions_overrides.csv").open(encoding="utf-8") as f:
        overridden = {row["code"] for row in csv.DictReader(f)}
    for country in Country.objects.select_related("ica_region", "m49_continent").exclude(code__in=overridden):
        assert country.m49_continent is not None, country.code
        assert country.ica_region.code == by_continent[country.m49_continent.code], country.code


def test_m49_regions_and_their_parents():
    ukraine = Country.objects.select_related("m49_subregion__parent", "m49_continent").get(code="UA")
    assert (ukraine.m49_subregion.code, ukraine.m49_subregion.name_en) == ("151", "Eastern Europe")
    assert ukraine.m49_subregion.name_it == "Europa orientale"
    assert ukraine.m49_continent.code == "150"
    assert ukraine.m49_subregion.parent == ukraine.m49_continent

    kenya = Country.objects.select_related("m49_intermediate__parent__parent").get(code="KE")
    assert kenya.m49_intermediate.name_en == "Eastern Africa"
    assert kenya.m49_intermediate.parent.code == "202"
    assert kenya.m49_intermediate.parent.parent.code == "002"
    assert kenya.latitude is not None and kenya.longitude is not None


def test_m49_regions_use_the_un_english_names_and_cldr_for_other_languages():
    latin_america = Region.objects.get(kind="m49-subregion", code="419")
    assert latin_america.name_en == "Latin America and the Caribbean"
    assert latin_america.name_es == "América Latina y el Caribe"
    assert Region.objects.get(kind="m49-subregion", code="035").name_en == "South-eastern Asia"
    africa = Region.objects.get(kind="m49-continent", code="002")
    assert (africa.name_tr, africa.name_fr) == ("Afrika", "Afrique")


def test_every_m49_subregion_and_intermediate_region_has_a_parent_and_all_names():
    for region in Region.objects.filter(kind__in=["m49-subregion", "m49-intermediate"]).select_related(
        "parent"
    ):
        expected_parent = "m49-continent" if region.kind == "m49-subregion" else "m49-subregion"
        assert region.parent is not None and region.parent.kind == expected_parent, region.code
    for region in Region.objects.all():
        for lang in LANGUAGES:
            assert getattr(region, f"name_{lang}"), (region.kind, region.code, lang)


def test_iati_regions_are_loaded_with_french_names():
    items = codelist("Region")
    assert Region.objects.filter(kind=Region.Kind.IATI).count() == len(items)
    europe = Region.objects.get(kind="iati", code="89")
    assert (europe.name_en, europe.name_fr, europe.name_it) == (
        "Europe, regional",
        "Europe, régional",
        "Europe, regional",
    )


# --- Currencies, codelists, pegs ---


def test_currencies_are_named_in_five_languages():
    assert Currency.objects.count() == len(codelist("Currency"))
    usd = Currency.objects.get(code="USD")
    assert usd.name_it == "Dollaro statunitense"
    assert usd.name_tr == "ABD doları"
    for currency in Currency.objects.all():
        for lang in LANGUAGES:
            assert getattr(currency, f"name_{lang}"), (currency.code, lang)


@pytest.mark.parametrize("name", CODELIST_ITEM_LISTS)
def test_each_iati_codelist_is_loaded_in_full(name):
    items = codelist(name)
    loaded = {item.code: item for item in CodelistItem.objects.filter(codelist=name)}
    assert set(loaded) == {item.findtext("code") for item in items}
    for item in items:
        row = loaded[item.findtext("code")]
        assert row.withdrawn == (item.get("status") == "withdrawn")
        assert row.category == (item.findtext("category") or "")
        assert row.name_en and row.name_it


def test_codelist_names_in_french_where_iati_gives_them():
    role = CodelistItem.objects.get(codelist="OrganisationRole", code="1")
    assert (role.name_en, role.name_fr) == ("Funding", "Financement")


def test_long_file_format_codes_fit():
    longest = max((item.findtext("code") for item in codelist("FileFormat")), key=len)
    assert CodelistItem.objects.filter(codelist="FileFormat", code=longest).exists()


def test_euro_pegs_are_loaded_with_a_legal_note():
    pegs = {rate.currency_id: rate for rate in ExchangeRate.objects.filter(source=ExchangeRate.Source.PEG)}
    assert set(pegs) == {"XOF", "XAF", "KMF", "CVE", "BAM", "XPF", "STN"}
    assert str(pegs["XOF"].units_per_eur.normalize()) == "655.957"
    assert str(pegs["XPF"].units_per_eur.normalize()) == "119.331742"
    assert pegs["STN"].date.isoformat() == "2018-01-01"
    assert all(rate.note for rate in pegs.values())


# --- The loader itself ---


def test_loading_again_changes_no_counts_and_keeps_rows_in_place():
    before = all_models_counts()
    region_ids = dict(Region.objects.values_list("code", "pk").filter(kind="m49-subregion"))
    first = reference_load()
    second = reference_load()
    assert first == second
    assert all_models_counts() == before
    assert dict(Region.objects.values_list("code", "pk").filter(kind="m49-subregion")) == region_ids
    assert first == {model: before[model] for model in first}, "the loader reports the rows it holds"


def test_loading_restores_edited_rows_and_keeps_staff_rates():
    Country.objects.filter(code="KE").update(name_it="Changed")
    SDGGoal.objects.filter(number=3).update(colour="#000000")
    ExchangeRate.objects.create(currency_id="KES", date="2024-01-01", units_per_eur="150", source="manual")
    reference_load()
    assert Country.objects.get(code="KE").name_it == "Kenya"
    assert SDGGoal.objects.get(number=3).colour == "#4C9F38"
    assert ExchangeRate.objects.filter(currency_id="KES", source="manual").exists()


def test_untranslated_column_holds_english_whatever_the_active_language():
    from django.utils import translation

    with translation.override("it"):
        reference_load()
    assert Country.objects.filter(code="DE").values_list("name", flat=True).get() == "Germany"


def test_counts_cover_every_model():
    counts = reference_load()
    assert set(counts) == set(all_models_counts())
    assert Counter(counts.values())[0] == 0
