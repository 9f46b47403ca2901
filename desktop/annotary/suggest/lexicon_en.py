"""English word lists: speech verbs, titles, role nouns, organisation heads."""

from __future__ import annotations

import re

_VERB_BASES = (
    "say said says saying|tell told tells telling|add added adds|note noted notes|"
    "warn warned warns|stress stressed stresses|argue argued argues|claim claimed claims|"
    "insist insisted insists|explain explained explains|announce announced announces|"
    "confirm confirmed confirms|deny denied denies|admit admitted admits|"
    "acknowledge acknowledged acknowledges|state stated states|urge urged urges|"
    "promise promised promises|vow vowed vows|pledge pledged pledges|declare declared declares|"
    "reply replied replies|respond responded responds|recall recalled recalls|"
    "write wrote writes|ask asked asks|answer answered answers|complain complained complains|"
    "concede conceded concedes|contend contended contends|maintain maintained maintains|"
    "emphasise emphasised emphasises emphasize emphasized emphasizes|reveal revealed reveals|"
    "predict predicted predicts|suggest suggested suggests|report reported reports|"
    "signal signalled signaled signals|caution cautioned cautions|agree agreed agrees|"
    "describe described describes|call called calls|find finds found|show shows showed|"
    "talk talks talked|laugh laughed laughs|joke joked jokes|assert asserted asserts|"
    "observe observed observes|remark remarked remarks|tweet tweeted tweets|"
    "estimate estimated estimates|conclude concluded concludes|blame blamed blames|"
    "praise praised praises|put"
)
SPEECH_VERBS: frozenset[str] = frozenset(w for group in _VERB_BASES.split("|") for w in group.split())
# Verbs that introduce reported content directly ("X said the plan ...") without "that".
BARE_CONTENT_VERBS: frozenset[str] = frozenset(
    "say said says tell told tells add added adds warn warned warns insist insists insisted "
    "admit admitted admits claim claimed claims argue argued argues".split()
)
# Verbs that only count for short quoted fragments: "called it “a quiet book”".
NAMING_VERBS: frozenset[str] = frozenset(
    "call called calls describe described describes praise praised praises".split()
)
# Verbs not followed by their own content clause but by "to <verb>" (urged X to ...).
TO_VERBS: frozenset[str] = frozenset("urge urged urges promise promised promises vow vowed".split())

PRONOUNS: dict[str, str | None] = {
    "he": "m", "she": "f", "they": None, "it": "org", "we": None, "i": None,
}
GENDER_TITLES: dict[str, str] = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m",
    "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "miss": "f", "dame": "f", "lady": "f",
}
TITLES: frozenset[str] = frozenset(
    """mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady judge justice
    president senator councillor councilor assemblyman assemblywoman governor director minister
    secretary inspector detective chief coach captain colonel general mayor premier chancellor
    rev reverend father sister brother king queen prince princess commissioner sheriff officer
    sergeant constable superintendent chair chairman chairwoman manager ambassador deputy
    spokesman spokeswoman spokesperson economist analyst head leader""".split()
)
ROLE_NOUNS: frozenset[str] = frozenset(
    """secretary minister spokesman spokeswoman spokesperson director president manager coach
    captain chief head executive chairman chairwoman chair economist analyst officer official
    governor mayor judge lawyer professor teacher nurse doctor founder owner organiser organizer
    negotiator leader commander councillor senator member editor consultant researcher
    ecologist geologist archaeologist novelist librarian paramedic chairperson inspector
    secretary-general dispatcher""".split()
)
FEMALE_NOUNS: frozenset[str] = frozenset(
    "spokeswoman chairwoman businesswoman wife mother daughter sister grandmother aunt widow "
    "actress waitress queen princess".split()
)
MALE_NOUNS: frozenset[str] = frozenset(
    "spokesman chairman businessman husband father son brother grandfather uncle widower "
    "actor waiter king prince".split()
)
ORG_HEADS: frozenset[str] = frozenset(
    """ministry agency bank association union council federation authority institute university
    group company party police court office department commission trust securities capital
    chamber prefecture committee foundation corporation board service services club league
    tribunal parliament government administration embassy organisation organization fund
    network school hospital airline airlines railway railways link energy""".split()
)
GENERIC_ORG_NOUNS: frozenset[str] = frozenset(
    "company firm group bank ministry agency council union association federation government "
    "prefecture police authority department commission court trust club charity".split()
)
NOT_NAMES: frozenset[str] = frozenset(
    """the a an in on at of for and but or if as so to by with from this that these those it its
    he she they we i you his her their our my your asked after before when while then yet also
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december q a mr mrs ms dr""".split()
)
PLACE_WORDS: frozenset[str] = frozenset(
    "street road avenue lane square park bridge river hill valley coast island city town county "
    "province region station airport port harbour slam cup league open championship festival "
    "prize award".split()
)
# Cue words that are also common nouns: never a cue right after a quote.
NOUNLIKE_CUES: frozenset[str] = frozenset(
    "signal signals state states report reports call calls put show shows find finds talk talks "
    "answer answers reply replies joke jokes tweet tweets promise promises pledge pledges vow vows "
    "claim claims estimate estimates note notes remark remarks praise ask caution".split()
)
BARE_VERBS: frozenset[str] = frozenset(
    "say says said add adds added warn warns warned insist insists insisted admit admits admitted "
    "claim claimed argue argues argued confirm confirms confirmed announce announced concede "
    "conceded acknowledge acknowledged note noted stress stressed explain explained predict "
    "predicted believe believes believed suggest suggested complain complained agree agreed deny "
    "denied maintain maintained estimate estimated reveal revealed".split()
)
NONSPEAKER_SOURCES: frozenset[str] = frozenset(
    "figures data statistics numbers calculations records estimates".split()
)
TITLE_CONTEXT = re.compile(
    r"\b(?:film|films|movie|book|books|novel|novels|documentary|song|album|play|series|show|"
    r"debut|exhibition|magazine|newspaper|programme|program|opera|poem|painting|titled|entitled|"
    r"so-called|dubbed|nicknamed|known as|term|phrase|word|words|slogan|motto|banner)\s*[,:]?\s*$",
    re.IGNORECASE,
)
WHAT_CALLED = re.compile(
    r"\b(?:what|which|whom)\s+(?:\w+\s+){0,3}(?:calls?|called|describes?|described|terms?|termed|"
    r"dubs?|dubbed|labels?|labelled)(?:\s+[\w’'\-]+){0,6}\s*$",
    re.IGNORECASE,
)
