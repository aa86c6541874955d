"""The two judgement rules as pure functions, on inputs small enough to check by hand."""

import pytest

from coopdev.academy.allocation import Balance, Candidate, pick_for_balance, share_seats


def test_equal_division_when_it_divides():
    assert share_seats(
        9, {"americas": 5, "asia-pacific": 5, "europe": 5}, ["americas", "asia-pacific", "europe"]
    ) == {
        "americas": 3,
        "asia-pacific": 3,
        "europe": 3,
    }


def test_no_region_gets_more_seats_than_people_waiting_and_the_rest_is_shared_again():
    # 10 seats, needs 8/2/5: 3 each (AP capped at 2) leaves 2 for the two others.
    assert share_seats(
        10, {"americas": 8, "asia-pacific": 2, "europe": 5}, ["americas", "asia-pacific", "europe"]
    ) == {
        "americas": 4,
        "asia-pacific": 2,
        "europe": 4,
    }


def test_remainder_goes_to_the_longest_waiting_list():
    assert share_seats(4, {"americas": 2, "europe": 9, "africa": 3}, ["americas", "africa", "europe"]) == {
        "americas": 1,
        "africa": 1,
        "europe": 2,
    }


def test_remainder_tie_goes_to_the_region_whose_first_waiting_person_arrived_first():
    assert share_seats(1, {"europe": 2, "americas": 2}, ["americas", "europe"]) == {"americas": 1}
    assert share_seats(1, {"europe": 2, "americas": 2}, ["europe", "americas"]) == {"europe": 1}


def test_seats_nobody_needs_are_not_given():
    assert share_seats(10, {"europe": 3}, ["europe"]) == {"europe": 3}
    assert share_seats(5, {}, []) == {}


def people(*specs: str) -> list[Candidate]:
    """'w'/'m'/'o'/'u' gender, optional 'y' (under 35) or 'o' (35+) age: e.g. 'wy', 'm', 'mo'."""
    genders = {"w": "woman", "m": "man", "o": "other", "u": "unsaid"}
    ages = {"y": "young", "o": "35-54", "": "unsaid"}
    return [Candidate(i, genders[s[0]], ages[s[1:]]) for i, s in enumerate(specs)]


def test_balance_prefers_the_person_who_closes_the_gender_gap():
    holders = Balance(women=1, men=2)
    assert pick_for_balance(holders, people("m", "m", "w", "m"), window=5).key == 2


def test_balance_prefers_the_person_who_closes_the_generation_gap():
    holders = Balance(young=0, older=3)
    assert pick_for_balance(holders, people("uo", "uo", "uy"), window=5).key == 2


def test_first_come_first_served_when_balance_is_not_at_stake():
    assert pick_for_balance(Balance(women=2, men=2), people("u", "o", "u"), window=5).key == 0
    # Either a man or a woman leaves a gap of 1 when holders are equal: the earliest goes.
    assert pick_for_balance(Balance(women=1, men=1), people("m", "w"), window=5).key == 0


def test_balance_looks_only_at_the_window():
    assert pick_for_balance(Balance(men=3), people("m", "m", "m", "m", "m", "w"), window=5).key == 0


def test_nobody_waiting_is_an_error():
    with pytest.raises(ValueError):
        pick_for_balance(Balance(), [], window=5)
