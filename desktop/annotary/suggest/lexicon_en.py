"""English word lists: speech verbs, titles, role nouns, organisation heads."""

from __future__ import annotations

import re


def words(block: str) -> frozenset[str]:
    """A word list stored as whitespace-separated words."""
    return frozenset(block.split())


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
SPEECH_VERBS: frozenset[str] = frozenset(
    w for group in _VERB_BASES.split("|") for w in group.split()
)
# Verbs that introduce reported content directly ("X said the plan ...") without "that".
BARE_CONTENT_VERBS: frozenset[str] = words(
    """
    say said says tell told tells add added adds warn warned warns insist insists insisted admit
    admitted admits claim claimed claims argue argued argues
    """
)
# Verbs that only count for short quoted fragments: "called it “a quiet book”".
NAMING_VERBS: frozenset[str] = words(
    """
    call called calls describe described describes praise praised praises
    """
)
# Verbs not followed by their own content clause but by "to <verb>" (urged X to ...).
TO_VERBS: frozenset[str] = frozenset(
    ["urge", "urged", "urges", "promise", "promised", "promises", "vow", "vowed"]
) | words(
    """
    want wants wanted hope hopes hoped plan plans planned intend intends intended threaten
    threatens threatened refuse refuses refused
    """
)
# Cues of reported speech that are not speech: belief, intent, evidence ("the report found that").
REPORTED_CUES: frozenset[str] = words(
    """
    believe believes believed think thinks thought fear fears feared know knows knew expect
    expects expected feel feels felt accuse accuses accused allege alleges
    alleged testify testifies testified want wants wanted hope hopes hoped plan plans planned
    intend intends intended threaten threatens threatened refuse refuses refused
    """
)

# Words that take their content in a "that" clause on real news (PolNeAR train: the clause
# after "<word> that" was annotated content at least four times in ten): verbs, participles
# and nouns ("his assertion that", "complaints that").
THAT_CUES: frozenset[str] = words(
    """
    noted notes note noting suggested suggest suggests suggesting argued argue argues arguing
    added adds adding acknowledged acknowledge acknowledging insisted insist insists insisting
    claimed claiming declared declaring stated stating revealed warned warn warning confirmed
    complained complaints claims concern concerns asserted asserting assertion implying
    alleging alleged admitted admitting indicated indicate agreed estimated predicted
    predicting conceded responded recalled maintained explained charged denied tweeted wrote
    writes reported announced concluded worried hopes hopeful doubt convinced suggestion
    statement remarks joked clear confident belief claim case show
    """
)
# Evidence verbs: content only when a person, an organisation or a document is the subject
# ("the report found that", never "researchers found that the bridge" in a description).
EVIDENCE_VERBS: frozenset[str] = words(
    """
    found finds find show shows showed showing suggests suggest suggested indicated indicate
    indicates revealed reveals concluded
    """
)
# (Not inquiries, reviews or audits: what they found is a finding, not something said.)
DOCUMENT_NOUNS: frozenset[str] = words(
    """
    report reports study studies poll polls polling survey surveys analysis
    """
)
# What is written or said for someone ("her statement", "an ad", "the memo"): its words are
# quoted as its owner's, and "a statement saying, “…”" keeps the clause's subject as speaker.
WRITTEN_NOUNS: frozenset[str] = words(
    """
    letter letters statement statements memo memos email emails e-mail e-mails ad ads
    advert adverts advertisement website site release footnote note notes message messages
    tweet tweets post posts text texts video videos spot commercial editorial filing complaint
    lawsuit brief document documents transcript campaign office petition flyer leaflet mailer
    sign signs slogan banner
    """
)
# People named by their relation to someone else ("an aide to Mr. Reyes", "a lawyer for
# the family"): the description speaks, not the person after "to", "for" or "of".
RELATIONAL_NOUNS: frozenset[str] = words(
    """
    aide aides adviser advisers advisor advisors assistant assistants lawyer lawyers
    attorney attorneys counsel spokesman spokeswoman spokesperson spokespeople friend friends
    ally allies confidant confidante associate associates representative representatives
    relative relatives
    """
)
# Verbs whose content follows "to" on real news ("vowed to fight", "pointed to the polls").
# Not "declined to comment" (no one's words), nor acts and decisions ("agreed to",
# "decided to", "sought to").
TO_CONTENT_VERBS: frozenset[str] = words(
    """
    referring referred refers pointed pointing points hoping vowing
    vows promising pledging pledged pledges threatening aiming planning
    """
)

# Verb and preposition pairs whose object is the content on real news ("called for a ban",
# "spoke about the deficit"; annotated content at least four times in ten on PolNeAR train).
PREPOSITION_CUES: frozenset[tuple[str, str]] = frozenset(
    (pair.partition("+")[0], pair.partition("+")[2])
    for pair in words(
        """
        called+for calling+for calls+for calling+on spoke+about talked+about talks+about
        railed+against pushing+for warned+of talking+about asked+about concerns+about
        doubts+about critical+of advocate+for mention+of questions+about
        """
    )
)

# Abbreviations written with a full stop that never end a sentence or a name:
# "Sen. Margaret E. Voss", "Alan P. Greer Jr.", "the F.B.I.", "the U.S. Treasury".
_TITLE_ABBREVIATIONS = """
    Mr Mrs Ms Dr Prof St Sen Sens Rep Reps Gov Govs Rev Gen Lt Col Sgt Capt Cmdr Adm Maj Hon Supt
    Insp Det Atty Amb Gens Messrs
"""
_OTHER_ABBREVIATIONS = "Jr Sr Mt Ft No Nos Jan Feb Aug Sept Oct Nov Dec vs"
TITLE_ABBREVIATIONS: tuple[str, ...] = tuple(_TITLE_ABBREVIATIONS.split())
ABBREVIATIONS: tuple[str, ...] = TITLE_ABBREVIATIONS + tuple(_OTHER_ABBREVIATIONS.split())
# One token of an abbreviation or an initial: "Sen.", "E.", "F.B.I.", "U.S.".
ABBREVIATION_TOKEN = (
    r"(?:[A-Z]\.){2,}|(?:" + "|".join(ABBREVIATIONS) + r")\.(?!\w)|[A-Z]\.(?=[ \t]+[A-Z])"
)
# A full stop that does not follow an abbreviation or an initial (and so may end a sentence).
FULL_STOP = r"\.(?<!\b[A-Z]\.)" + "".join(f"(?<!\\b{a}\\.)" for a in ABBREVIATIONS)

PRONOUNS: dict[str, str | None] = {
    "he": "m",
    "she": "f",
    "they": None,
    "it": "org",
    "we": None,
    "i": None,
}
GENDER_TITLES: dict[str, str] = {
    "mr": "m",
    "mr.": "m",
    "sir": "m",
    "lord": "m",
    "ms": "f",
    "ms.": "f",
    "mrs": "f",
    "mrs.": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
}
TITLES: frozenset[str] = words(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady judge justice
    sen sen. sens. rep rep. reps. gov gov. rev rev. gen gen. lt lt. col col. sgt sgt. capt capt.
    cmdr cmdr. adm adm. maj maj. hon hon. supt supt. insp insp. det det. atty atty. amb amb.
    president senator councillor councilor assemblyman assemblywoman governor director minister
    secretary inspector detective chief coach captain colonel general mayor premier chancellor
    rev reverend father sister brother king queen prince princess commissioner sheriff officer
    sergeant constable superintendent chair chairman chairwoman manager ambassador deputy
    spokesman spokeswoman spokesperson economist analyst head leader
    """
)
ROLE_NOUNS: frozenset[str] = words(
    """
    secretary minister spokesman spokeswoman spokesperson director president manager coach
    captain chief head executive chairman chairwoman chair economist analyst officer official
    governor mayor judge lawyer professor teacher nurse doctor founder owner organiser organizer
    negotiator leader commander councillor senator member editor consultant researcher ecologist
    geologist archaeologist novelist librarian paramedic chairperson inspector secretary-general
    dispatcher strategist adviser advisor aide ally boss pollster constituent operative
    """
)
FEMALE_NOUNS: frozenset[str] = words(
    """
    spokeswoman chairwoman businesswoman wife mother daughter sister grandmother aunt widow
    actress waitress queen princess
    """
)
MALE_NOUNS: frozenset[str] = words(
    """
    spokesman chairman businessman husband father son brother grandfather uncle widower actor
    waiter king prince
    """
)
ORG_HEADS: frozenset[str] = words(
    """
    ministry agency bank association union council federation authority institute university
    group company party police court office department commission trust securities capital
    chamber prefecture committee foundation corporation board service services club league
    tribunal parliament government administration embassy organisation organization fund network
    school hospital airline airlines railway railways link energy water bakery brewery mutual
    research holdings motors foods media press times courier herald gazette theatre museum
    library society studios partners ltd plc inc corp airways mining insurance investments
    laboratories labs systems technologies telecom academy college conservatoire
    """
)
GENERIC_ORG_NOUNS: frozenset[str] = words(
    """
    company firm group bank ministry agency council union association federation government
    prefecture police authority department commission court trust club charity
    """
)
NOT_NAMES: frozenset[str] = words(
    """
    the a an in on at of for and but or if as so to by with from this that these those it its he
    she they we i you his her their our my your asked after before when while then yet also
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december q a mr mrs ms dr
    """
)
PLACE_WORDS: frozenset[str] = words(
    """
    street road avenue lane square park bridge river hill valley coast island city town county
    province region station airport port harbour slam cup league open championship festival
    prize award tower arena stadium zone
    """
)
# Cue words that are also common nouns: never a cue right after a quote.
NOUNLIKE_CUES: frozenset[str] = words(
    """
    signal signals state states report reports call calls put show shows find finds talk talks
    answer answers reply replies joke jokes tweet tweets promise promises pledge pledges vow
    vows claim claims estimate estimates note notes remark remarks praise ask caution
    """
)
BARE_VERBS: frozenset[str] = words(
    """
    say says said add adds added warn warns warned insist insists insisted admit admits admitted
    claim claimed argue argues argued confirm confirms confirmed announce announced concede
    conceded acknowledge acknowledged note noted stress stressed explain explained predict
    predicted believe believes believed suggest suggested complain complained agree agreed deny
    denied maintain maintained estimate estimated reveal revealed
    """
)
NONSPEAKER_SOURCES: frozenset[str] = frozenset(
    ["figures", "data", "statistics", "numbers", "calculations", "records", "estimates"]
)
TITLE_CONTEXT = re.compile(
    r"\b(?:film|films|movie|book|books|novel|novels|documentary|song|album|play|series|show|"
    r"debut|exhibition|magazine|newspaper|programme|program|opera|poem|painting|titled|entitled|"
    r"so-called|dubbed|nicknamed|known as|term|phrase|word|slogan|motto|banner|"
    # not "In Vance’s words, “…”", "She did not mince words: “…”": someone's own words
    r"(?<!’s )(?<!'s )(?<!his )(?<!her )(?<!their )(?<!own )(?<!mince )(?<!minced )words)"
    r"\s*[,:]?\s*$",
    re.IGNORECASE,
)
WHAT_CALLED = re.compile(
    r"\b(?:what|which|whom)\s+(?:\w+\s+){0,3}(?:calls?|called|describes?|described|terms?|termed|"
    r"dubs?|dubbed|labels?|labelled)(?:\s+[\w’'\-]+){0,6}\s*$",
    re.IGNORECASE,
)
# Organisations of the state: "the company" never refers back to one of these.
PUBLIC_ORG_HEADS: frozenset[str] = words(
    """
    ministry agency authority department commission prefecture government administration embassy
    parliament council office court tribunal police committee service services
    """
)
# Nouns that stand for a business named earlier ("the company", "the chipmaker").
BUSINESS_NOUNS: frozenset[str] = words(
    """
    company firm group business chain lender insurer retailer carmaker chipmaker maker brewer
    operator supplier utility airline bakery publisher broadcaster developer manufacturer
    """
)
# Descriptions that refer back to a person named earlier ("the pensioner", "the Kenyan").
DESCRIPTOR_NOUNS: frozenset[str] = words(
    """
    pensioner retiree veteran teenager youngster newcomer debutant debutante rookie champion
    titleholder runner-up winner challenger favourite underdog striker midfielder defender winger
    goalkeeper keeper forward batsman batter bowler sprinter runner swimmer cyclist boxer
    player athlete composer novelist author writer poet artist painter singer musician actor
    actress director designer architect economist scientist researcher academic historian
    farmer grower fisherman baker shopkeeper owner father mother widow widower survivor victim
    defendant accused claimant witness mourner driver pilot soldier officer nurse doctor teacher
    student pupil graduate entrepreneur founder campaigner activist protester volunteer mayor
    pharmacist grandmother grandfather woman man mum dad
    """
)
# Relatives who share the family name: "her son Tomasz" -> Tomasz <her surname>.
KIN_NOUNS: dict[str, str | None] = {
    "son": "m", "daughter": "f", "father": "m", "mother": "f", "wife": "f", "husband": "m",
    "widow": "f", "widower": "m", "brother": "m", "sister": "f", "grandson": "m",
    "granddaughter": "f", "grandfather": "m", "grandmother": "f", "twin": None,
}  # fmt: skip
# Endings of nationality words used as nouns: "the Kenyan", "the Dutchwoman".
DEMONYM_ENDINGS: tuple[str, ...] = ("an", "ese", "woman", "man", "i", "er", "ard", "on", "ch")

# Places that are never a speaker: a speaker is a person or an organisation phrase.
PLACE_NAMES: frozenset[str] = frozenset(
    line.strip().lower()
    for line in """
    Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|
    Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|
    Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|
    New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|
    Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|
    West Virginia|Wisconsin|Wyoming|America|United States|United Kingdom|Britain|England|
    Scotland|Wales|Ireland|Northern Ireland|Europe|Asia|Africa|Middle East|Latin America|
    North America|South America|Canada|Mexico|China|Japan|India|Russia|Germany|France|Italy|
    Spain|Israel|Iran|Iraq|Syria|Afghanistan|Pakistan|Saudi Arabia|North Korea|South Korea|
    Ukraine|Turkey|Egypt|Libya|Cuba|Brazil|Australia|New Zealand|Los Angeles|San Francisco|
    San Diego|Las Vegas|New Orleans|Chicago|Boston|Philadelphia|Detroit|Miami|Atlanta|Dallas|
    Houston|Denver|Seattle|Cleveland|Baltimore|Manhattan|Brooklyn|Capitol Hill|Wall Street|
    Silicon Valley|London|Paris|Berlin|Moscow|Beijing|Tokyo|Hong Kong|Jerusalem|Brussels
    """.replace("\n", "").split("|")
)
# Words that make a phrase a date, a time or a quantity, never a speaker ("Election Day").
NOT_SPEAKER_WORDS: frozenset[str] = words(
    """
    day days week weeks month months year years night nights morning afternoon evening
    percent jobs dollars times
    """
)
# Whole phrases that are never a speaker: quantifiers and bare adjectives ("others", "the").
NOT_SPEAKERS: frozenset[str] = words(
    """
    others other another some many few several both all most none everyone everybody nobody
    someone somebody anyone one ones democratic republican conservative liberal former senior
    top new this that these those there here it
    """
)
# Last words of organisation names that are not heads elsewhere ("Islamic State", "Fox News").
ORG_LAST_WORDS: frozenset[str] = words(
    """
    state news times post journal tribune network campaign caucus senate congress house pac
    llc center centre institute review magazine channel radio television tv alliance coalition
    movement initiative project forum convention
    """
)
# Common given names with a clear gender: "she said" never goes to "Nora Vance".
FEMALE_GIVEN_NAMES: frozenset[str] = words(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela
    nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
    heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
    megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice
    jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle
    theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla sheila
    michele jill debbie claire patty
    jane jillian dianne betsy nina roberta madeleine eleanor ellen erin kate katie kathy
    kristen krista lori maureen nora paula peggy rita rosa sally sue tammy tina vanessa wendy
    yolanda carla carly connie dawn gail gwen irene joanne josephine joy kristin liz lucy
    marcia meg melanie miriam molly monica naomi nadia nikki norma pam penny priscilla ruby
    sheryl sonia stacy sylvia tara valerie vera yvonne zoe elise elena sofia lucia carmen
    ana gabriela adriana fatima aisha keisha latoya tiffany crystal brooke heidi holly jenna
    katrina kristina leah mandy marsha mia michaela rhonda tamara whitney kirsten loretta eva
    elaine darlene cathy bonnie audrey anne annie alison allison alicia alexandra abby amelia
    anita becky beth candace cindy claudia colleen deanna deirdre edith ella esther florence
    hazel ida ingrid jeanne jenny joanna jodi juanita karla kara kari karin lana laurie lena
    lillian lois louise lydia maggie marla maxine megyn nancy phyllis regina renee rosemary
    sabrina selena sherry sonya stella tanya vicki vivian wanda maya kamala hillary ivanka
    melania huma kellyanne ada susana
    """
)
MALE_GIVEN_NAMES: frozenset[str] = words(
    """
    james robert john michael david william richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
    brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
    jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith christian
    roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy
    bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell
    elijah louis philip johnny ben chris mike bill tim harry rick jim tom dan bob steve martin
    ed
    greg glen glenn corey cory craig todd doug dave don ron rob jeff ted bernie mitch chuck
    rudy neil ken kurt lance leon luis carlos jorge miguel pedro manuel antonio francisco
    ricardo roberto alejandro fernando sergio eduardo rafael omar ahmed mohammed muhammad
    hassan ibrahim tony nick matt andy pete joel seth ross ian evan colin hugh howard herbert
    stanley leonard marvin melvin curtis clarence earl fred allen dale derek duane floyd
    gordon jon lloyd max mitchell nelson norman phil rex rod shane stuart trent troy vernon
    wade brad chad darrell reggie marco mitt newt jeb reince hank barack bernard rahm karl
    mario hector raul julian tom
    """
)
