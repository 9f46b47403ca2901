"""Full-text search rules that work for Chinese and Japanese as well as English.

SQLite's ``unicode61`` tokenizer splits on spaces and punctuation, so a run of
Chinese characters would become one long token and a search for a word inside
it would find nothing. Before indexing we therefore put an invisible
separator (U+200B, which ``unicode61`` treats as a separator) around every CJK
character: each character becomes a token of its own. A query of any length
(one, two, three characters or more) becomes a phrase of consecutive
single-character tokens, which FTS5 matches in order and adjacent, and ranks
with bm25 like any other phrase. Latin-script words stay whole words.
"""

from __future__ import annotations

import re

from annotary.domain.scripts import BOPOMOFO_CLASS, HAN_CLASS, KANA_CLASS

SEP = "\u200b"

# Kana, bopomofo and Han (with extensions and compatibility), CJK punctuation-free.
_CJK = KANA_CLASS + BOPOMOFO_CLASS + HAN_CLASS
_CJK_CHAR = re.compile(f"[{_CJK}]")
TOKEN = re.compile(f"[{_CJK}]|[^\\W_]+(?:['’][^\\W_]+)*", re.UNICODE)
_TERM = re.compile(r'"([^"]*)"|(\S+)')


def has_cjk(text: str) -> bool:
    return _CJK_CHAR.search(text) is not None


def segment(text: str) -> str:
    """The text as it is indexed: CJK characters set apart by U+200B."""
    cleaned = text.replace(SEP, "")
    return _CJK_CHAR.sub(lambda m: f"{SEP}{m.group(0)}{SEP}", cleaned)


def unsegment(text: str) -> str:
    return text.replace(SEP, "")


def tokens(text: str) -> list[str]:
    """Search tokens: single CJK characters and whole words elsewhere."""
    return [t.lower() for t in TOKEN.findall(text)]


def fts_query(user_query: str) -> str:
    """Translate what a user types into a safe FTS5 MATCH expression.

    Each bare word and each "quoted phrase" must occur (AND); a term with CJK
    characters is a phrase of its characters. FTS5 syntax typed by the user is
    treated as text, never as operators. Returns "" when nothing searchable remains.
    """
    return " ".join(
        '"' + " ".join(t.replace('"', '""') for t in toks) + '"' for toks in query_terms(user_query)
    )


def query_terms(user_query: str) -> list[list[str]]:
    """The query's terms (bare words and "quoted phrases"), each as its search tokens."""
    terms: list[list[str]] = []
    for match in _TERM.finditer(user_query):
        term = match.group(1) if match.group(1) is not None else match.group(2)
        toks = tokens(term)
        if toks:
            terms.append(toks)
    return terms
