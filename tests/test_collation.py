"""Lithuanian alphabetical order, the same in Python and in the database."""

from __future__ import annotations

import unicodedata

from sqlalchemy import text

from fieldkit.model.collation import SQL_FUNCTION, lithuanian_order
from fieldkit.store import Store

ALPHABET = list("aąbcčdeęėfghiįyjklmnoprsštuųūvzž")


def test_the_letters_sort_in_the_alphabets_order() -> None:
    shuffled = sorted(ALPHABET)  # code-point order: č, š, ž after z
    assert sorted(shuffled, key=lithuanian_order) == ALPHABET


def test_case_and_decomposed_letters_do_not_change_the_order() -> None:
    names = ["Žemaitė", "zuikis", "Šarūnas", unicodedata.normalize("NFD", "šaltinis"), "Tomas"]
    assert sorted(names, key=lithuanian_order) == [names[3], names[2], names[4], names[1], names[0]]
    assert lithuanian_order("ŠIAULIAI") == lithuanian_order(
        unicodedata.normalize("NFD", "šiauliai")
    )


def test_several_columns_sort_most_significant_first() -> None:
    people = [("Čepas", "Ona"), ("Cepas", "Petras"), ("Čepas", "Antanas"), (None, "Be pavardės")]
    ordered = sorted(people, key=lambda p: lithuanian_order(*p))
    assert ordered == [
        (None, "Be pavardės"),
        ("Cepas", "Petras"),
        ("Čepas", "Antanas"),
        ("Čepas", "Ona"),
    ]


def test_every_store_connection_sorts_the_same_way(store: Store) -> None:
    words = ["Žalias", "Yla", "Įvairus", "Zuikis", "ąžuolas", "Šuo", "Sala"]
    values = " UNION ALL ".join(f"SELECT '{word}' AS w" for word in words)
    with store.read() as session:
        rows = session.execute(text(f"SELECT w FROM ({values}) ORDER BY {SQL_FUNCTION}(w)"))
        assert [row[0] for row in rows] == sorted(words, key=lithuanian_order)
    assert sorted(words, key=lithuanian_order) == [
        "ąžuolas",
        "Įvairus",
        "Yla",
        "Sala",
        "Šuo",
        "Zuikis",
        "Žalias",
    ]
