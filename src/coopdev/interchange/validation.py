"""Checks of activity records against the codelists and the platform's rules.

The schema says what an IATI file may look like; these checks say whether the platform can
use what it says: every code is in its codelist (reference data in the database, loaded from
the shipped IATI codelists), percentages add up to 100, amounts have a currency, the managed
value is not above the total. Each problem is an :class:`ImportIssue` naming the element (XML)
or the column (CSV/XLSX) in plain words.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from coopdev.interchange.errors import (
    IDENTIFIER_NOT_PREFIXED,
    MANAGED_ABOVE_TOTAL,
    MISSING_CODE,
    MISSING_DATE,
    MISSING_IDENTIFIER,
    MISSING_REPORTING_ORG,
    MISSING_TITLE,
    MISSING_VALUE,
    NO_CURRENCY,
    PERCENTAGES_MISSING,
    PERCENTAGES_NOT_100,
    PERIOD_ENDS_BEFORE_START,
    UNKNOWN_CODE,
    WOMEN_MEN_ABOVE_TOTAL,
    ImportIssue,
)
from coopdev.interchange.records import ActivityRecord
from coopdev.projects.services import identifier_begins_with
from coopdev.reference.models import (
    CodelistItem,
    Country,
    Currency,
    Region,
    SDGGoal,
    SDGTarget,
    Sector,
    SectorCategory,
)

HUNDRED = Decimal(100)
# Rounding in the source systems: IATI's own guidance tolerates a small difference.
PERCENTAGE_TOLERANCE = Decimal("0.5")


@dataclass
class Codes:
    """Every code an import checks against, read once per import."""

    lists: dict[str, frozenset[str]]
    countries: frozenset[str]
    currencies: frozenset[str]
    iati_regions: frozenset[str]
    sectors: frozenset[str]
    categories: frozenset[str]
    goals: frozenset[str]
    targets: frozenset[str]

    @classmethod
    def load(cls) -> Codes:
        lists: dict[str, set[str]] = {}
        for codelist, code in CodelistItem.objects.filter(withdrawn=False).values_list("codelist", "code"):
            lists.setdefault(codelist, set()).add(code)
        return cls(
            lists={name: frozenset(codes) for name, codes in lists.items()},
            countries=frozenset(Country.objects.values_list("code", flat=True)),
            currencies=frozenset(Currency.objects.values_list("code", flat=True)),
            iati_regions=frozenset(
                Region.objects.filter(kind=Region.Kind.IATI).values_list("code", flat=True)
            ),
            sectors=frozenset(Sector.objects.values_list("code", flat=True)),
            categories=frozenset(SectorCategory.objects.values_list("code", flat=True)),
            goals=frozenset(str(n) for n in SDGGoal.objects.values_list("number", flat=True)),
            targets=frozenset(SDGTarget.objects.values_list("code", flat=True)),
        )

    def has(self, codelist: str, code: str) -> bool:
        return code in self.lists.get(codelist, frozenset())


class Checker:
    """Validates one record; ``where`` maps a record field to the element or column it came from."""

    def __init__(self, *, codes: Codes, filename: str, tabular: bool) -> None:
        self.codes = codes
        self.filename = filename
        self.tabular = tabular
        # Every codelist by name, the reference tables' codes among them: one lookup per code.
        self.lists: dict[str, frozenset[str]] = {
            **codes.lists,
            "Country": codes.countries,
            "Currency": codes.currencies,
            "Region": codes.iati_regions,
            "Sector": codes.sectors,
            "SectorCategory": codes.categories,
            "UNSDG-Goals": codes.goals,
            "UNSDG-Targets": codes.targets,
        }

    def advise(self, rec: ActivityRecord) -> list[ImportIssue]:
        """What the record should do better without being refused for it: warnings.

        The identifier should begin with the reporting organisation's identifier (or with an
        earlier one of it, ``other-identifier`` of type B1), as the IATI schema's documentation
        requires, followed by the organisation's own reference. Real publishers' files break
        this rule, and an identifier once published must never change, so an import reports it
        and goes on; the platform's own project form does require it.
        """
        ident, ref = rec.identifier, rec.reporting_org.ref
        if not ident or not ref:
            return []  # already an error of ``check``
        if any(identifier_begins_with(ident, p) for p in (ref, *rec.previous_org_refs)):
            return []
        message = str(IDENTIFIER_NOT_PREFIXED % {"ref": ref})
        return [self.issue(rec, ("iati-identifier", "iati_identifier"), message, kind="warning")]

    def issue(
        self,
        rec: ActivityRecord,
        place: tuple[str, str],
        message: str,
        kind: str = "rule",
        index: int = 0,
        of: str = "",
    ) -> ImportIssue:
        """A problem of ``rec`` at ``place`` (element, column): in XML at the line of the
        ``index``-th element ``of`` that tag (``ActivityRecord.line_of``), in CSV and XLSX at the
        record's row and that column."""
        element, column = place
        return ImportIssue(
            file=self.filename,
            line=rec.line_of(of or element, index),
            row=rec.row,
            element="" if self.tabular else element,
            column=column if self.tabular else "",
            identifier=rec.identifier,
            message=message,
            kind=kind,
        )

    def check(self, rec: ActivityRecord) -> list[ImportIssue]:
        """The record's problems; in XML each names the line of the element it is about (the
        ``index``-th element ``of`` that tag, ``ActivityRecord.line_of``, looked up only for a
        problem), in CSV and XLSX the row and column."""
        issues: list[ImportIssue] = []
        lists = self.lists

        def add(
            place: tuple[str, str], message: str, kind: str = "rule", index: int = 0, of: str = ""
        ) -> None:
            issues.append(self.issue(rec, place, message, kind, index, of))

        def code(
            place: tuple[str, str],
            codelist: str,
            value: str,
            *,
            required: bool = False,
            index: int = 0,
            of: str = "",
        ) -> None:
            if not value:
                if required:
                    add(place, str(MISSING_CODE % {"codelist": codelist}), "codelist", index, of)
                return
            known = lists.get(codelist)
            if known is None or value not in known:
                add(place, str(UNKNOWN_CODE % {"code": value, "codelist": codelist}), "codelist", index, of)

        if not rec.identifier:
            add(("iati-identifier", "iati_identifier"), str(MISSING_IDENTIFIER))
        if not rec.title:
            add(("title", "title"), str(MISSING_TITLE), of="iati-activity")
        if not rec.reporting_org.ref:
            add(("reporting-org", "reporting_org_ref"), str(MISSING_REPORTING_ORG))
        code(("reporting-org", "reporting_org_type"), "OrganisationType", rec.reporting_org.type)
        code(("activity-status", "activity_status"), "ActivityStatus", rec.activity_status, required=True)
        code(("activity-scope", "activity_scope"), "ActivityScope", rec.activity_scope)
        code(("collaboration-type", "collaboration_type"), "CollaborationType", rec.collaboration_type)
        code(("default-flow-type", "default_flow_type"), "FlowType", rec.default_flow_type)
        code(("default-finance-type", "default_finance_type"), "FinanceType", rec.default_finance_type)
        code(("default-aid-type", "default_aid_type"), "AidType", rec.default_aid_type)
        code(("iati-activity", "default_currency"), "Currency", rec.default_currency)
        for i, org in enumerate(rec.participating_orgs):
            place = ("participating-org", "participating_orgs")
            code(place, "OrganisationRole", org.role, required=True, index=i)
            code(place, "OrganisationType", org.type, index=i)

        for i, country in enumerate(rec.countries):
            code(("recipient-country", "countries"), "Country", country.code, required=True, index=i)
        for i, region in enumerate(rec.regions):
            place = ("recipient-region", "regions")
            code(place, "RegionVocabulary", region.vocabulary, index=i)
            if region.vocabulary == "1":
                code(place, "Region", region.code, required=True, index=i)
        shares = [c.percentage for c in rec.countries] + [r.percentage for r in rec.regions]
        self._percentages(
            shares,
            ("recipient-country", "countries"),
            "recipient country and region",
            lambda place, message: add(place, message, of="" if rec.countries else "recipient-region"),
        )

        by_vocabulary: dict[str, list[Decimal | None]] = {}
        first_of: dict[str, int] = {}
        listed = {"1": "Sector", "2": "SectorCategory", "7": "UNSDG-Goals", "8": "UNSDG-Targets"}
        for i, sector in enumerate(rec.sectors):
            code(("sector", "sectors"), "SectorVocabulary", sector.vocabulary, index=i)
            if sector.vocabulary in listed:
                code(("sector", "sectors"), listed[sector.vocabulary], sector.code, required=True, index=i)
            by_vocabulary.setdefault(sector.vocabulary, []).append(sector.percentage)
            first_of.setdefault(sector.vocabulary, i)
        for vocabulary, percentages in by_vocabulary.items():
            first = first_of[vocabulary]
            self._percentages(
                percentages,
                ("sector", "sectors"),
                f"sector (vocabulary {vocabulary})",
                lambda place, message, first=first: add(place, message, index=first),
            )
        for i, tag in enumerate(rec.tags):
            code(("tag", "sdg_goals"), "TagVocabulary", tag.vocabulary, required=True, index=i)
            if tag.vocabulary == "2":
                code(("tag", "sdg_goals"), "UNSDG-Goals", tag.code, required=True, index=i)
            elif tag.vocabulary == "3":
                code(("tag", "sdg_targets"), "UNSDG-Targets", tag.code, required=True, index=i)

        for i, budget in enumerate(rec.budgets):
            place = ("budget", "budgets")
            code(place, "BudgetType", budget.type, index=i)
            code(place, "BudgetStatus", budget.status, index=i)
            self._amount(budget.value, budget.currency, rec, place, add, code, i)
            if budget.period_start is None or budget.period_end is None:
                add(place, str(MISSING_DATE), index=i)
            elif budget.period_end < budget.period_start:
                add(place, str(PERIOD_ENDS_BEFORE_START), index=i)
        for i, transaction in enumerate(rec.transactions):
            place = ("transaction", "transactions")
            code(place, "TransactionType", transaction.type, required=True, index=i)
            self._amount(transaction.value, transaction.currency, rec, place, add, code, i)
            if transaction.date is None:
                add(place, str(MISSING_DATE), index=i)
        for i, result in enumerate(rec.results):
            code(("result", "results"), "ResultType", result.type, required=True, index=i)
            for indicator in result.indicators:  # at the line of their result
                code(("indicator", "results"), "IndicatorMeasure", indicator.measure, index=i, of="result")
                for period in indicator.periods:
                    if period.period_start is None or period.period_end is None:
                        add(("period", "results"), str(MISSING_DATE), index=i, of="result")
        for i, document in enumerate(rec.documents):
            code(("document-link", "documents"), "DocumentCategory", document.category, index=i)
        for i, location in enumerate(rec.locations):
            code(("location", "locations"), "GeographicExactness", location.exactness, index=i)
            code(("location", "locations"), "GeographicLocationReach", location.location_reach, index=i)

        if rec.total_value is not None or rec.managed_value is not None:
            code(("coopdev:values", "value_currency"), "Currency", rec.value_currency or rec.currency)
        if (
            rec.total_value is not None
            and rec.managed_value is not None
            and rec.managed_value > rec.total_value
        ):
            add(
                ("coopdev:values", "managed_value"),
                str(MANAGED_ABOVE_TOTAL % {"managed": rec.managed_value, "total": rec.total_value}),
            )
        if (
            rec.people_reached is not None
            and (rec.people_reached_women or 0) + (rec.people_reached_men or 0) > rec.people_reached
        ):
            add(("coopdev:people-reached", "people_reached"), str(WOMEN_MEN_ABOVE_TOTAL))
        return issues

    @staticmethod
    def _percentages(percentages: list[Decimal | None], place, what: str, add) -> None:
        if not percentages:
            return
        if len(percentages) == 1 and percentages[0] is None:
            return  # IATI: a single country or sector may omit its percentage (it is 100)
        if any(p is None for p in percentages):
            add(place, str(PERCENTAGES_MISSING % {"what": what}))
            return
        total = sum((p for p in percentages if p is not None), Decimal(0))
        if abs(total - HUNDRED) > PERCENTAGE_TOLERANCE:
            add(place, str(PERCENTAGES_NOT_100 % {"what": what, "total": f"{total.normalize():f}"}))

    @staticmethod
    def _amount(value, currency: str, rec: ActivityRecord, place, add, code, index: int) -> None:
        if value is None:
            add(place, str(MISSING_VALUE), index=index)
        if currency:
            code(place, "Currency", currency, index=index)
        elif not rec.default_currency:
            add(place, str(NO_CURRENCY), index=index)
