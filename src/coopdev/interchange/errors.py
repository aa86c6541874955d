"""What can go wrong in an import, in plain words, with where it went wrong.

Messages are constants (tests import them) marked for translation; they are formatted with
``%`` named parameters when an :class:`ImportIssue` is made.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True, slots=True)
class ImportIssue:
    """One problem: which file, where (XML line, or CSV/XLSX row and column), what, and why."""

    file: str
    message: str
    line: int | None = None
    row: int | None = None
    column: str = ""
    element: str = ""
    identifier: str = ""
    # "file" (the whole file refused), "schema", "codelist" or "rule" (the platform's own checks);
    # "warning": reported, but no reason on its own to refuse the activity
    kind: str = "rule"

    def as_dict(self) -> dict:
        return asdict(self)

    def __str__(self) -> str:
        where = [self.file]
        if self.line:
            where.append(f"line {self.line}")
        if self.row:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}")
        if self.element:
            where.append(f"<{self.element}>")
        if self.identifier:
            where.append(f"activity {self.identifier}")
        return f"{', '.join(where)}: {self.message}"


class ImportError_(Exception):  # noqa: N801 - the house name for the interchange domain's exception
    """The whole file is refused (unreadable, hostile, not IATI, too large): nothing is imported."""

    def __init__(self, issue: ImportIssue) -> None:
        super().__init__(str(issue))
        self.issue = replace(issue, kind="file")


# -- the file as a whole ---------------------------------------------------------------------
UNKNOWN_FORMAT = _("This file is not IATI XML, CSV or XLSX: its first bytes match none of these formats.")
EMPTY_FILE = _("The file is empty.")
DOCTYPE_REFUSED = _(
    "The XML file declares a DOCTYPE or entities. These are refused because they can read files "
    "on the server or expand without end (XXE, billion laughs); IATI files never need them."
)
XML_TRUNCATED = _("The XML ends before it is complete: the file may be truncated. (%(detail)s)")
XML_BAD_ENCODING = _(
    "The file is not in the character encoding it declares (UTF-8 unless the XML declaration says "
    "otherwise): save it again as UTF-8. (%(detail)s)"
)
XML_SYNTAX = _("The XML is not well-formed: %(detail)s")
NOT_IATI_XML = _(
    "This XML file is not IATI activity data: its root element is <%(root)s>, not <iati-activities>."
)
IATI_ORGANISATION_FILE = _(
    "This is an IATI organisation file (<iati-organisations>); only activity files can be imported."
)
NO_ACTIVITIES = _("The file holds no activity.")
TOO_LARGE = _("The file is %(size)s MB, above the limit of %(limit)s MB.")
CSV_BAD_ENCODING = _("This row is not valid UTF-8 text: save the file again as UTF-8 (CSV UTF-8).")
CSV_MISSING_COLUMNS = _("The header row lacks the required columns: %(columns)s.")
XLSX_UNREADABLE = _("The spreadsheet cannot be read: %(detail)s")
JSON_UNREADABLE = _("The JSON cannot be read: %(detail)s")

# -- one activity ----------------------------------------------------------------------------
SCHEMA_ERROR = _("Does not follow the IATI schema: %(detail)s")
TOP_LEVEL_ELEMENT = _(
    "<%(element)s> is not allowed directly inside <iati-activities>; only <iati-activity> and "
    "elements in another namespace are."
)
DUPLICATE_IDENTIFIER = _(
    "The identifier %(identifier)s appears more than once in this file (first at %(first)s)."
)
MISSING_IDENTIFIER = _("The activity has no identifier.")
IDENTIFIER_NOT_PREFIXED = _(
    "The identifier does not begin with the reporting organisation's identifier, %(ref)s-, as "
    "IATI requires. This alone does not stop the activity from being imported: change the "
    "identifier only if it was never published, because a published IATI identifier must never "
    "change."
)
MISSING_TITLE = _("The activity has no title.")
MISSING_REPORTING_ORG = _("The reporting organisation has no identifier (ref).")
UNKNOWN_CODE = _("%(code)s is not a code of the IATI %(codelist)s codelist.")
MISSING_CODE = _("A code from the IATI %(codelist)s codelist is required here.")
PERCENTAGES_NOT_100 = _("The %(what)s percentages add up to %(total)s, not 100.")
PERCENTAGES_MISSING = _("When there is more than one %(what)s, each needs a percentage.")
BAD_DATE = _("%(value)s is not a date (YYYY-MM-DD).")
BAD_NUMBER = _("%(value)s is not a number.")
BAD_INTEGER = _("%(value)s is not a whole number.")
BAD_ITEM = _("%(value)s does not follow the form %(form)s.")
MISSING_VALUE = _("A value is required here.")
MISSING_DATE = _("A date is required here.")
MANAGED_ABOVE_TOTAL = _(
    "The value managed by the organisation (%(managed)s) is above the total value (%(total)s)."
)
PERIOD_ENDS_BEFORE_START = _("The period ends before it starts.")
NO_CURRENCY = _("The amount has no currency and the activity no default currency.")
WOMEN_MEN_ABOVE_TOTAL = _("Women and men reached add up to more than the people reached.")
OTHER_ORGANISATION = _(
    "The reporting organisation of this activity is %(ref)s; you may import only activities of "
    "%(organisation)s (%(expected)s)."
)
BELONGS_TO_OTHER_ORGANISATION = _(
    "A project with this identifier already exists and is reported by another organisation."
)
FORMULA_CELL = _(
    "The cell starts with %(char)s and a spreadsheet would run it as a formula; remove the "
    "character or start the cell with an apostrophe (')."
)
NOTHING_IMPORTED = _(
    "Nothing was imported: %(count)s activities have errors. Fix them, or import the valid ones "
    "and skip the rest (--skip-invalid, or the checkbox on the upload page)."
)
IMPORT_INTERRUPTED = _(
    "The import was interrupted before it finished (the background worker stopped), so nothing "
    "of this file was written. Upload it again."
)
