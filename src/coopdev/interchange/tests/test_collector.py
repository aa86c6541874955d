"""An import runs with young garbage collections only, and sets the collector back after."""

import gc
import threading

import pytest

from coopdev.interchange import collector
from coopdev.interchange.collector import OLDEST_THRESHOLD, YOUNG_THRESHOLD, young_collections_only
from coopdev.interchange.generate import iati_file_write
from coopdev.interchange.services import import_file
from coopdev.projects.models import Project


@pytest.fixture
def thresholds():
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*saved)


def test_inside_the_block_no_full_collections_and_fewer_young_ones(thresholds):
    with young_collections_only():
        assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, OLDEST_THRESHOLD)
    assert gc.get_threshold() == (700, 10, 10)


def test_set_back_when_the_block_raises(thresholds):
    with pytest.raises(ZeroDivisionError), young_collections_only():
        raise ZeroDivisionError
    assert gc.get_threshold() == (700, 10, 10)
    assert collector._active == 0


def test_a_higher_first_threshold_is_kept_and_collection_off_stays_off(thresholds):
    gc.set_threshold(50_000, 10, 10)
    with young_collections_only():
        assert gc.get_threshold()[0] == 50_000
    gc.set_threshold(0, 10, 10)
    with young_collections_only():
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold() == (0, 10, 10)


def test_overlapping_imports_set_it_back_only_when_the_last_one_ends(thresholds):
    first_inside = threading.Event()
    first_may_end = threading.Event()

    def first() -> None:
        with young_collections_only():
            first_inside.set()
            first_may_end.wait(5)

    thread = threading.Thread(target=first)
    thread.start()
    assert first_inside.wait(5)
    with young_collections_only():
        first_may_end.set()
        thread.join(5)
        # The first import ended while this one runs: the setting stays.
        assert gc.get_threshold()[2] == OLDEST_THRESHOLD
    assert gc.get_threshold() == (700, 10, 10)


@pytest.mark.django_db
def test_import_file_reads_and_writes_inside_the_block(thresholds, tmp_path):
    path = tmp_path / "a.xml"
    iati_file_write(path=path, activities=30)
    seen: list[tuple[int, int, int]] = []
    report = import_file(path=path, progress=lambda done, total: seen.append(gc.get_threshold()))
    assert report.created == 30 and Project.objects.count() == 30
    assert seen and all(t == (YOUNG_THRESHOLD, 10, OLDEST_THRESHOLD) for t in seen)
    assert gc.get_threshold() == (700, 10, 10)
