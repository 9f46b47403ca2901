"""Who speaks in an English attribution when the nearest noun phrase is not the speaker:
the object of a preposition ("a source speaking to the Gazette said"), a role beside a name
("Tom Varga, president and chief executive of X stated"), a name with an aside ("Mr. Brandt, who …,
issued a statement saying"), the one moved to speak ("That prompted Tolven to respond"), a
name and its organisation after a quote ("” Tom Kell of the Harbour Center wrote")."""

from __future__ import annotations

import re

from annotary.suggest import lexicon_en as en
from annotary.suggest.english import Subject, Tok, is_cue, role_noun, subject_before
from annotary.suggest.english_names import en_entity


def beyond_object(text: str, toks: list[Tok], subj: Subject | None, cue: int) -> Subject | None:
    """ "Another source speaking to the Gazette said", "Another source familiar with
    Vance’s thinking said": the noun phrase before the participle or "familiar" speaks,
    not the object of its preposition; so does the subject of a clause whose object is
    ("his campaign sent a text to supporters saying:"), and a document ("a paper from
    the Harbour Institution had this to say")."""
    if subj is None:
        return None
    s = next((j for j, t in enumerate(toks) if t.start == subj.start), None)
    if s is None or s < 3:
        return subj
    p = s - 1
    while p > s - 3 and (toks[p].low in ("the", "a", "an") or "-" in toks[p].low):
        p -= 1  # "from the left-leaning Harbour Institution"
    if toks[p].low in ("from", "by", "of") and toks[p - 1].low in _DOCUMENTS:
        head = subject_before(text, toks, p)
        return Subject(head.start, head.end, None) if head is not None else subj
    if toks[s - 1].low not in _PP_OBJECT:
        return subj
    if toks[cue].low.endswith("ing") and toks[s - 1].low in ("to", "with"):
        comma = max((j for j in range(s) if toks[j].text == ","), default=-1)
        rest = toks[comma + 1 :]
        opening = opening_subject(rest, cue - comma - 1)
        if opening is not None:
            return opening
    link = toks[s - 2].low
    if link not in ("familiar", "close") and not (
        link.endswith("ing") and toks[s - 2].text.islower() and link not in _NOT_PARTICIPLES
    ):
        return subj
    head = subject_before(text, toks, s - 2)
    if head is None or head.start >= toks[s - 2].start or head.end < toks[s - 3].end:
        return subj
    if link in ("familiar", "close"):
        return Subject(head.start, subj.end, head.role)
    return head


_PP_OBJECT = frozenset(["to", "with", "for", "on", "at", "about"])


_DOCUMENTS = en.DOCUMENT_NOUNS | frozenset(["paper", "article", "editorial", "memo", "letter"])


def object_speaks(toks: list[Tok], k: int) -> Subject | None:
    """ "… drew a rebuke from Tolven, who said:" (a relative clause on a name), "That
    prompted Tolven to respond:" (the object of a verb that moves someone to speak)."""
    if k >= 3 and toks[k - 1].low == "who" and toks[k - 2].text == ",":
        end = k - 3
    elif k >= 3 and toks[k - 1].low == "to" and toks[k - 3].low in _MOVED:
        end = k - 2
    else:
        return None
    first = end
    while first > 0 and toks[first - 1].text[:1].isupper() and toks[first - 1].text.isalpha():
        first -= 1
    if not toks[end].text[:1].isupper() or not toks[first].text.isalpha():
        return None
    if first > 0 and toks[first - 1].text == "," and toks[k - 1].low == "who":
        return None  # "Vance, a friend of Tolven, who …": an aside, not this name
    return Subject(toks[first].start, toks[end].end, None)


_MOVED = frozenset(
    ["prompted", "led", "forced", "caused", "moved", "inspired", "pushed", "spurred", "got"]
)


def appositive_name(toks: list[Tok], subj: Subject | None, k: int) -> Subject | None:
    """ "Her opponent, state Sen. Mara Tolven, responded:": the name in the aside between
    a description and its verb."""
    if subj is None or k < 4 or toks[k - 1].text != ",":
        return subj
    c = next((j for j in range(k - 2, max(0, k - 9), -1) if toks[j].text == ","), None)
    if c is None or toks[c - 1].end != subj.end:
        return subj
    last = k - 2
    first = last
    while first > c + 1 and toks[first - 1].text[:1].isupper():
        first -= 1
    if last - first < 1 or not toks[c + 1].text.islower() or not toks[c - 1].text.islower():
        return subj  # "Ben Ortiz, a spokesman for the Harbour Trust, said": the name
    if any(
        t.low in ADJUNCT_PREPOSITIONS
        or t.low in DETERMINERS
        or t.low in ("by", "with", "to")
        or t.low.endswith("ed")
        for t in toks[c + 1 : first]
    ):
        return subj  # "The jury, chaired by the novelist Henrik Dahl, praised": not a name
    return Subject(toks[first].start, toks[last].end, subj.role)


def name_before_role(toks: list[Tok], subj: Subject | None) -> Subject | None:
    """ "Tom Varga, president and chief executive of the Harbour Association stated": the
    name before the comma speaks, with the role after it."""
    if subj is None:
        return None
    s = next((j for j, t in enumerate(toks) if t.start == subj.start), None)
    if s is None or not role_noun(toks[s].low):
        return subj
    c = s - 1
    while c >= 0 and s - c <= 4 and toks[c].text != ",":
        if not (toks[c].text.islower() and toks[c].text.isalpha()):
            return subj
        c -= 1
    first = c - 1
    while first >= 0 and toks[first].text[:1].isupper() and toks[first].text.isalpha():
        first -= 1
    first += 1
    if c < 2 or c - first < 2 or (first > 0 and toks[first - 1].text not in ",.;:"):
        return subj
    return Subject(
        toks[first].start, toks[c - 1].end, " ".join(t.text for t in toks[c + 1 : s + 1])
    )


_NOT_PARTICIPLES = frozenset(["according", "during", "including", "regarding", "nothing"])


def familiar_with(toks: list[Tok], subj: Subject) -> Subject:
    """ "said one Democrat familiar with the talks, who …": the description goes on to
    the end of what they are familiar with."""
    k = next((j for j, t in enumerate(toks) if t.end == subj.end), None)
    if k is None or k + 3 >= len(toks) or toks[k + 1].low not in ("familiar", "close"):
        return subj
    if toks[k + 2].low not in ("with", "to"):
        return subj
    end = k + 3
    while end + 1 < len(toks) and end - k < 10 and toks[end + 1].text[:1].isalnum():
        if toks[end + 1].low in ("who", "which", "that") or is_cue(toks[end + 1].text):
            break
        end += 1
    return Subject(subj.start, toks[end].end, subj.role)


def affiliation(toks: list[Tok], k: int) -> Subject | None:
    """ "” Tom Kell of the Harbour Center for Peace Studies wrote": a name and the body it
    belongs to, then the cue: the name, with the body as its role."""
    of = next((j for j in range(1, min(k, 5)) if toks[j].low == "of"), None)
    if of is None or k - of > 12 or toks[k - 1].text == ",":
        return None
    if not all(t.text[:1].isupper() and t.text.isalpha() for t in toks[:of]):
        return None
    if not all(t.text[:1].isupper() or t.low in _AFFILIATION_LINKS for t in toks[of + 1 : k]):
        return None
    role = " ".join(t.text for t in toks[of:k])
    return Subject(toks[0].start, toks[of - 1].end, role)


_AFFILIATION_LINKS = frozenset(["the", "of", "for", "and", "at", "on", "in", "&"])


def without_dangling(toks: list[Tok], subj: Subject) -> Subject:
    """ "wrote the authors of the “Growth Project,”": a description cut at a quoted title
    loses its dangling "of the"."""
    k = next((j for j, t in enumerate(toks) if t.end == subj.end), None)
    first = next((j for j, t in enumerate(toks) if t.start == subj.start), None)
    if k is None or first is None:
        return subj
    end = k
    while end > first + 1 and toks[end].low in ("of", "the", "a", "an", "for", "at"):
        end -= 1
    return subj if end == k else Subject(subj.start, toks[end].end, subj.role)


DETERMINERS = frozenset(["a", "an", "the", "his", "her", "its", "their", "our", "my", "this"])


NOT_SUBJECTS = frozenset(["it", "there", "this", "that", "what", "then", "but", "and"])


_DETERMINER_OPENERS = frozenset(["a", "an", "another", "one", "the", "his", "her", "its", "their"])


PLAIN_PAST = frozenset(["has", "had", "was", "is", "sent", "made", "took", "gave", "put"])


def opening_subject(toks: list[Tok], upto: int) -> Subject | None:
    """ "A spokeswoman for the House Services Committee emailed reporters …, arguing, “…”":
    the noun phrase that opens the sentence, up to its verb, speaks for a participle."""
    if not toks or toks[0].low not in _DETERMINER_OPENERS:
        return None
    for v in range(2, min(upto, 10)):
        low = toks[v].low
        if not toks[v].text[:1].isalnum():
            return None
        if toks[v].text.islower() and (
            low.endswith("ed") or low in PLAIN_PAST or low in en.SPEECH_VERBS
        ):
            return Subject(toks[0].start, toks[v - 1].end, None)
    return None


def name_with_aside(toks: list[Tok], upto: int) -> Subject | None:
    """ "Mr. Brandt, who said last week that …, issued a statement saying, “…”",
    "Vance, herself a supporter, drew boos upon saying, “…”": the name that opens the
    sentence, an aside between commas, then its verb: the name speaks for a participle."""
    if not toks or not toks[0].text[:1].isupper() or toks[0].low in NOT_SUBJECTS:
        return None
    j = 0
    while j < min(upto, 4) and toks[j].text[:1].isupper():
        j += 1
    if j >= upto or toks[j].text != ",":
        return None
    c = next((i for i in range(j + 1, min(upto, j + 30)) if toks[i].text == ","), None)
    if c is None or c + 1 >= upto:
        return None
    verb = toks[c + 1]
    if not (
        verb.text.islower()
        and verb.text.isalpha()
        and (verb.low.endswith("ed") or verb.low in PLAIN_PAST or is_cue(verb.text))
    ):
        return None
    return Subject(toks[0].start, toks[j - 1].end, None)


ADJUNCT_PREPOSITIONS = frozenset(
    ["in", "on", "at", "during", "before", "after", "about", "of", "from", "via", "through"]
)


def quoted_as(toks: list[Tok], k: int) -> Subject | None:
    """ "the Gazette quoted Tolven as saying", "Tolven was quoted as saying": the one
    quoted speaks, not the one who quotes."""
    if k < 3 or toks[k - 1].low != "as" or not toks[k].low.endswith("ing"):
        return None
    q = next((j for j in range(k - 2, max(-1, k - 8), -1) if toks[j].low == "quoted"), None)
    if q is None:
        return None
    if q + 1 < k - 1:  # "quoted Tolven as saying"
        first, last = q + 1, k - 2
    elif q >= 2 and toks[q - 1].low in ("was", "were", "is", "been"):
        last = q - 2  # "Tolven was quoted as saying"
        first = last
        while first > 0 and toks[first - 1].text[:1].isupper():
            first -= 1
    else:
        return None
    if not toks[last].text[:1].isupper() or last - first > 4:
        return None
    return Subject(toks[first].start, toks[last].end, None)


def party_label(text: str, toks: list[Tok], k: int) -> Subject | None:
    """ "Senate Majority Leader Tom Brandt, R-Ohio, said": the name before a party
    label between commas."""
    if k < 5 or toks[k - 1].text != "," or toks[k - 2].text != "." or toks[k - 4].text != ",":
        return None
    if _PARTY.fullmatch(toks[k - 3].text) is None:
        return None
    return subject_before(text, toks, k - 4)


_PARTY = re.compile(r"[DRI]-[A-Z][a-z]{1,4}")


def coordinated_roles(toks: list[Tok], subj: Subject | None) -> Subject | None:
    """ "the Harbour senator and Freedom presidential candidate said": two roles of one
    person joined by "and", the description whole (not its second half)."""
    if subj is None:
        return None
    s = next((j for j, t in enumerate(toks) if t.start == subj.start), None)
    if s is None or s < 3 or toks[s - 1].low != "and" or not toks[s - 2].text.islower():
        return subj
    if not role_noun(toks[s - 2].low):
        return subj
    j = s - 3
    while j >= 0 and s - j <= 6 and toks[j].low not in ("the", "a", "an"):
        if not toks[j].text.isalpha() or toks[j].low in ("and", "or", "of", "with", "said"):
            return subj
        j -= 1
    if j < 0 or toks[j].low not in ("the", "a", "an"):
        return subj
    return Subject(toks[j].start, subj.end, subj.role)


def name_before_appositive(toks: list[Tok], subj: Subject | None) -> Subject | None:
    """ "Okafor, the Harbour Trust’s longtime chairwoman, who is retiring, said": the
    description between commas is the name's appositive; the name speaks."""
    if subj is None:
        return None
    s = next((j for j, t in enumerate(toks) if t.start == subj.start), None)
    e = next((j for j, t in enumerate(toks) if t.end == subj.end), None)
    if s is not None and e is not None:
        owner = _name_before_owned_role(toks, s, e)
        if owner is not None:
            return owner
    if s is None or e is None or e + 2 >= len(toks) or toks[e + 1].text != ",":
        return subj
    if toks[e + 2].low not in ("who", "whose") or not role_noun(toks[e].low):
        return subj
    c = s - 1 - (s >= 1 and toks[s - 1].low in DETERMINERS)
    if c < 1 or toks[c].text != ",":
        return subj
    first = c - 1
    while first > 0 and toks[first - 1].text[:1].isupper() and toks[first - 1].text.isalpha():
        first -= 1
    if not toks[c - 1].text[:1].isupper() or (first > 0 and toks[first - 1].text not in ",.;:"):
        return subj
    role = " ".join(t.text for t in toks[c + 1 : e + 1])
    return Subject(toks[first].start, toks[c - 1].end, role)


_PARTY_OF = frozenset(["republican", "democrat", "democratic", "independent"])


def _name_before_owned_role(toks: list[Tok], s: int, e: int) -> Subject | None:
    """ "Tom Kell, Governor Vance’s former chief of staff, said", "Representative Nora
    Okafor, Democrat of Oregon, said": a capitalised owner or a party and state made the
    description look like a name; the name before the comma speaks, with the description
    as its role."""
    owned = toks[e].text.islower() and any(
        t.text.endswith(("’s", "'s", "s’", "s'")) for t in toks[s:e]
    )
    party = e > s + 1 and toks[s].low in _PARTY_OF and toks[s + 1].low == "of"
    if not (owned or party) or s < 3 or toks[s - 1].text != ",":
        return None
    first = s - 2
    while first > 0 and s - 1 - first < 5 and toks[first - 1].text[:1].isupper():
        first -= 1
    if first > 0 and toks[first - 1].text[:1].isalnum():
        return None
    entity = en_entity(" ".join(t.text for t in toks[first : s - 1]))
    if s - 1 - first < 2 or entity is None or entity.kind != "person":
        return None  # a person's name ("In Harbour City, Vance’s aide said" is no appositive)
    role = " ".join(t.text for t in toks[s : e + 1])
    return Subject(toks[first].start, toks[s - 2].end, role)


def person_of_org(toks: list[Tok], subj: Subject | None) -> Subject | None:
    """ "Tom Kell of the Harbour Center for Peace Studies said:": the person, with the
    body as the role, not the body the noun phrase ends in."""
    if subj is None:
        return None
    s = next((j for j, t in enumerate(toks) if t.start == subj.start), None)
    if s is None:
        return subj
    p = s - 1 - (s >= 1 and toks[s - 1].low == "the")
    if p < 2 or toks[p].low != "of" or not toks[p - 1].text[:1].isupper():
        return subj
    first = p - 1
    while first > 0 and toks[first - 1].text[:1].isupper() and toks[first - 1].text.isalpha():
        first -= 1
    name = " ".join(t.text for t in toks[first:p])
    entity = en_entity(name)
    if p - first < 2 or entity is None or entity.kind != "person":
        return subj
    if first > 0 and toks[first - 1].text not in ",.;:" and not toks[first - 1].text.islower():
        return subj
    role = " ".join(
        t.text for t in toks[p : next(j for j, t in enumerate(toks) if t.end == subj.end) + 1]
    )
    return Subject(toks[first].start, toks[p - 1].end, role)
