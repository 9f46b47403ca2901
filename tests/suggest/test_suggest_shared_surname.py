"""A surname two people share: the pronoun that follows it in its clause says which one
("Vance went on to give her view" after "Nora Vance lost her husband, Ty Vance, …")."""

from __future__ import annotations

from speaker_cases import direct_speakers


def test_a_shared_surname_followed_by_her_is_the_woman() -> None:
    text = (
        "Nora Vance lost her husband, Army Major Ty Vance, in 2012. On Thursday she spoke "
        "to a radio host about the campaign.\n\n"
        "Margaret Lind had spoken at the convention a week before. Vance went on to give her "
        "view of the dispute. “It upset me to see him attacked like that,” she said."
    )
    assert direct_speakers(text) == ["Nora Vance"]
