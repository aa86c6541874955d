"""``network_plan_import``: a good file loads; a bad one lists every problem and writes nothing."""

import json

import pytest
from django.core.management import CommandError, call_command

from coopdev.network.models import ActionPlan, Deliverable

pytestmark = pytest.mark.django_db

PLAN = {
    "slug": "imported",
    "starts_on": "2024-07-05",
    "declarations": [{"sdgs": ["17"], "text": {"tr": "Yerel ağlar", "en": "Local networks"}}],
    "working_groups": [
        {
            "name": "Networks",
            "deliverables": [{"title": "Five cities", "owner": "A", "due_on": "2027-07-01", "sdgs": [17]}],
        }
    ],
}


def test_a_good_plan_file_is_imported(tmp_path, capsys):
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(PLAN), encoding="utf-8")
    call_command("network_plan_import", str(path))
    assert "Imported plan imported: 1 working groups, ends 2027-07-05." in capsys.readouterr().out
    assert Deliverable.objects.get().due_on.isoformat() == "2027-07-01"


def test_a_bad_plan_file_names_each_problem_and_imports_nothing(tmp_path):
    bad = json.loads(json.dumps(PLAN))
    bad["working_groups"][0]["deliverables"][0].update(due_on="2099-01-01", sdgs=["99"])
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(CommandError) as exc:
        call_command("network_plan_import", str(path))
    text = str(exc.value)
    assert "working_groups[0].deliverables[0].due_on: The due date 2099-01-01 is after the end" in text
    assert "working_groups[0].deliverables[0].sdgs: “99” is not an SDG goal" in text
    assert not ActionPlan.objects.exists()


def test_a_file_that_is_not_json_is_refused_clearly(tmp_path):
    path = tmp_path / "plan.json"
    path.write_bytes(b"%PDF-1.4 not json")
    with pytest.raises(CommandError, match="not a readable JSON file"):
        call_command("network_plan_import", str(path))
