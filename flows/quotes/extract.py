"""Rule-based extraction of direct, indirect and partial quotes with their speakers.

One pass over the sentences of an article. In each sentence we look, outside quotation marks, for
an attribution: a cue verb from the lexicon (``sagte``, ``teilte … mit``) with its speaker noun
phrase, or a reportive phrase (``laut X``, ``nach Angaben X``, ``X zufolge``, ``, so X``,
``wie X mitteilte``, ``heißt es in X``). The attribution decides the reported span (the clause on
the other side of the comma or colon, or the quotation-mark pair) and the speaker. Sentences in
Konjunktiv right after a quote inherit its speaker; so do quote-only sentences.

>>> from flows.records import Doc
>>> doc = Doc("a1", "Russland zeige kein Interesse, erklärte Merz. „Wir handeln“, sagte er.")
>>> [(q.type, q.text, q.speaker_text, q.cue) for q in extract_quotes(doc)]
[('indirect', 'Russland zeige kein Interesse', 'Merz', 'erklärte'), ('direct', 'Wir handeln', 'er', 'sagte')]
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import takewhile
from operator import attrgetter

from flows.ingest.dateline import first_dateline
from flows.names import Government, capitals, country_for_adjective, country_for_capital, country_government
from flows.names.gazetteer import land_governments
from flows.names.gazetteer import load as gazetteer
from flows.names.roles import role_noun
from flows.quotes.lexicon import (CLAUSE_STOPS, CueVerb, announce_verbs, body_nouns, cue_particle, cue_verbs,
                                  lowercase_words, reported_verbs, statement_nouns, temporal_nouns)
from flows.quotes.model import Candidate, SpeakerOption, accepts, choose_speaker, quote_features, sentence_features
from flows.quotes.text import (DATELINE_RE, QUOTE, QuotePair, Sentence, Token, link_line_spans, pair_quote_marks,
                               split_sentences, tokenize)
from flows.records import Doc, Mention, Quote

DETERMINERS = frozenset(
    "der die das den dem des ein eine einer eines einem einen sein seine seinem seiner seines ihr ihre "
    "ihrem ihrer ihres unser unsere mein meine dieser diese diesem dieses".split()
)
PRONOUNS = frozenset("er sie Er Sie".split())
#: the impersonal subject right after a verb (``Eine Einigung hält man für „…“``): the noun phrase before the verb is
#: its object, and ``man`` is an anonymous speaker no mention links (session 14; the object was taken). Only in place
#: of that noun phrase: a ``man`` the search found no speaker for before makes no new quote (``sagt man, …``: hearsay)
IMPERSONAL_PRONOUN = "man"
#: indefinite pronouns that fill the subject right after a cue verb (review 18: ``Aus Sicht der Opposition erklärte
#: man, …``, ``Von der Regierung erklärte niemand, …``, ``Aus Angst verlautete nichts, hieß es, …``): the
#: ``aus``/``von`` phrase before the verb is then no source. Not the expletive ``es`` (``Aus dem Ministerium
#: verlautete es, …``: it names nobody, and the phrase stays the source)
INDEFINITE_SUBJECTS = frozenset("man jemand niemand nichts keiner".split())
#: relative pronouns (and articles): a clause opened by one after a comma may be a relative clause
RELATIVE_PRONOUNS = frozenset("der die das dem den denen dessen deren".split())
#: relative pronouns that can be the subject of a cue ("X, die angab, dass …")
RELATIVE_SUBJECTS = frozenset("der die welche welcher".split())
#: demonstratives that stand alone as a subject before a verb ("Diese bestätigte, dass …")
DEMONSTRATIVES = frozenset("Diese Dieser diese dieser".split())
#: dative pronouns before "zufolge" that stand for a source named before ("Ihnen zufolge", "denen zufolge")
ZUFOLGE_PRONOUNS = frozenset("ihnen ihm ihr denen dem der".split())
#: "the latter" as a speaker (", so letztere"): the entity named last, like a demonstrative, also before punctuation
LATTER = frozenset("letztere letzterer Letztere Letzterer".split())
NAME_PARTICLES = frozenset("von van de der den al bin ibn da di del la le zu".split())
#: a name part opened by a lower-case particle and a hyphen (Arabic names: "al-Bussaidi", "el-Baradei")
HYPHENATED_PARTICLE_RE = re.compile(r"^(?:al|el|ad|ar|as|at|an|ash|ibn|bin|abu|ben)-[A-ZÄÖÜ]")
#: lowercase words that are never part of a speaker noun phrase
NP_STOP = frozenset(
    "am im in an auf aus bei mit nach seit vor zu zum zur vom von über unter gegenüber und oder aber auch "
    "noch nur schon bereits dann damals heute gestern zuvor später weiter zudem jedoch dagegen indes "
    "dazu daher deshalb nun erneut zuletzt kürzlich einmal es sich nicht".split()
)
#: capitalised sentence openers that start no noun phrase (prepositions, adverbs, conjunctions)
NOT_NP_START = frozenset(
    "auf in im an am aus bei beim für mit nach vor seit über unter um durch gegen ohne zwischen während "
    "wegen trotz laut dabei damit dafür deshalb darum daher zudem auch so doch aber und oder denn dann "
    "nun jetzt heute gestern bereits schon noch zuvor später zuletzt inzwischen mittlerweile dagegen "
    "indes jedoch allerdings außerdem ebenso gleichzeitig demnach danach wie als wenn weil ob dass "
    "nachdem obwohl bevor vom zum zur es man was wer ähnlich offiziell vorerst davon hierzu zunächst "
    "zuerst anschließend erst gerade besonders immerhin schließlich zugleich trotzdem ferner weiterhin "
    "insgesamt bisher bislang seither einst künftig derzeit aktuell zurzeit momentan ebenfalls nur sogar "
    "etwa rund fast knapp mehr weniger viele alle beide einige manche mehrere andere weitere hier dort da "
    "dies deswegen dennoch sonst vielmehr zwar gestern morgen abends damals "
    "nämlich offenbar offensichtlich angeblich wohl vermutlich tatsächlich denn ja nein bitte danke "
    "unterdessen insbesondere unmittelbar hingegen indessen folglich stattdessen daraufhin dazu darin "
    "hierbei hierfür dementsprechend entsprechend abschließend ausdrücklich öffentlich ebenso genauso "
    "gegenüber ihm ihr ihnen ihn uns aufgrund angesichts infolge anlässlich einerseits andererseits "
    "kurzzeitig zeitweise weiter".split()
)
#: adverbs before a subject at the start of a clause ("Auch Feinstein argumentierte, …")
#: also the coordinating conjunctions before the first position of a main clause ("Aber Zeitungen berichteten, …")
LEADING_ADVERBS = frozenset("auch zudem außerdem bereits schon ebenfalls selbst sogar aber doch und denn".split())
#: focus particles and conjunctions that may stand before a sentence's subject (``Auch X stellte sich …``, ``Aber X
#: sagte …``): LEADING_ADVERBS but those that take the verb second (``Zudem sagte X``, ``Bereits hatte X …``)
SUBJECT_PARTICLES = LEADING_ADVERBS - frozenset("zudem außerdem bereits schon".split())
#: words between an inverted verb and its subject (``äußerte sich auch der Minister``)
AFTER_VERB_SKIP = frozenset(
    "sich auch jedoch dabei dazu daraufhin nun zudem außerdem bereits schon noch hingegen allerdings "
    "ebenfalls gestern heute dann damals später zuvor inzwischen erneut nochmals sogar wiederum".split()
)
#: words before a name that make it no subject (prepositions, object and genitive articles, "und")
SUBJECT_BLOCKERS = frozenset(
    "mit im in bei beim von vom gegenüber nach auf aus zu zum zur für über an am vor gegen ohne um durch "
    "den dem des einem einen eines und oder sowie wie als".split()
)
#: determiners of a nameless description that refers back to an entity named before
DESCRIPTION_DETERMINERS = frozenset("der die das dem den des ein eine eines einer".split())  # also after laut, zufolge
#: heads of descriptions of institutions (also as compound heads: "Branchenverband", "Landgericht")
INSTITUTION_HEADS = tuple(
    "unternehmen konzern verband verein gericht richter ministerium regierung behörde partei gewerkschaft "
    "firma hersteller kommission klub club bahn polizei staatsanwaltschaft konzernleitung vorstand "
    "investor botschaft kammer amt agentur institut stiftung organisation zentrale kanzlei senat kreis "
    "mission verwaltung armee militär streitkräfte allianz bündnis".split()
)
#: heads of statements whose genitive names the speaker ("einer Mitteilung des Vereins" → the club)
STATEMENT_HEADS = ("mitteilung", "erklärung", "begründung", "stellungnahme", "schreiben", "statement", "aussendung",
                   "beschluss")  # "Aussendung": Austrian for a press release; a court's "Beschluss" is its statement
#: heads of descriptions that refer to a court
COURT_HEADS = ("richter", "richterin", "gericht", "kammer")
#: institution heads that all describe a company (``der Stahlkonzern Ruhrstahl`` is ``das Unternehmen``)
COMPANY_HEADS = ("unternehmen", "konzern", "firma", "hersteller", "investor", "bahn", "konzernleitung")
#: institution heads that all describe armed forces (``Das Militär``, ``ein Armeesprecher`` → ``Israelische Armee``,
#: ``Streitkräfte Malis``)
ARMY_HEADS = ("armee", "militär", "streitkräfte")
#: what a ministry's name holds (``Bundesministerium des Innern``, ``Auswärtiges Amt``, ``Eidgenössisches Departement
#: für auswärtige Angelegenheiten``) for ``das Ministerium`` to refer to it
MINISTRY_HEAD = "ministerium"
MINISTRY_NAMES = (MINISTRY_HEAD, "auswärtig", "departement")
#: institution heads that refer only to a body called by them (an army, a mission, an administration the names
#: stage links by name): with none named before, the description is of a body the article does not name (``teilte
#: die Armee mit`` in a Malian article naming only the agency dpa and the rebels; ``nach Angaben der Polizei`` was
#: linked to the most-named party, ``Dem Ministerium zufolge`` to the CSU). Not Gewerkschaft, Verband, Behörde: the
#: most-named body is often one (Verdi, Economiesuisse; tune3, tune5, tune7, SpkAtt train lose one each)
NAMED_ONLY_HEADS = ARMY_HEADS + ("mission", "verwaltung", "polizei", "allianz", "bündnis", MINISTRY_HEAD)
#: institution heads that describe any kind of body, so they exclude none
GENERIC_HEADS = ("organisation", "zentrale", "vorstand")
#: institution heads whose description, with no body called by it before and none opening the sentence before,
#: is the organisation the article names most: a company or club the article is about (``das Unternehmen``, ``der
#: Konzern``, ``des Vereins``: devset, tune5), a court's panel (``der Senat``, tune5), a generic head (``eine
#: Sprecherin der Organisation``, tune3). Not an association, union, authority or government the article never names:
#: the most-named body was of another kind in all 13 such links on the tuning sets (``der Verband`` → SPD, ``des
#: Verbandes`` → a police directorate, ``der Gewerkschaft`` → Thyssenkrupp Steel, ``Militärregierung`` → JNIM, ``des
#: Amtes`` → SPD; tune5, tune9, tune10, tune12, tune13), so such a speaker stays unlinked
MOST_NAMED_HEADS = COMPANY_HEADS + GENERIC_HEADS + ("verein", "klub", "club")
#: a senate no body named before is called (``Der Erste Senat``, ``der Staatsschutzsenat``, ``der Urteilsbegründung des
#: Senats``) is a court's: the latest court named, else no one. The subject and most-named tiers gave another body 3
#: times of 3 (tune14 Bundesrat ×2 and tune16 a secret service for the Bundesverfassungsgericht and an OLG; tune9's
#: court senate was unlinked), and the court 2 of 2 times in tune5; a city's or country's senate is named
#: (``Berliner Senat``, ``US-Senat``) and taken by its name first
SENATE_HEAD = "senat"
#: prepositions before a platform a statement went out on ("schrieb auf X")
CHANNEL_PREPOSITIONS = frozenset({"auf", "via"})
#: heads of spokesperson descriptions, who speak for the latest named institution
SPOKESPERSON_HEADS = ("sprecher", "sprecherin")
#: an indefinite member of a body (``ein Vertreter der sächsischen Landesregierung``) is an anonymous individual,
#: not the body's voice as a spokesperson is: no speaker entity (devset conventions: null for anonymous individuals)
MEMBER_HEADS = frozenset("vertreter vertreterin mitglied mitarbeiter mitarbeiterin berater beraterin".split())
#: the circles of a body (``Aus Kreisen der Grünen hieß es``) are anonymous as the compounds ``EU-Kreisen``,
#: ``Regierungskreisen``, ``Diplomatenkreisen`` are (no entity: tune8, tune13, tune15, SpkAtt train 55189 by the
#: compound; gold null for the analytic form in tune14, 3 quotes, which gave the party)
CIRCLE_HEADS = frozenset({"kreise", "kreisen"})
#: endings of nouns for persons (der 44-Jährige, der Innenminister, die Vorsitzende, der Präsident; inflected: "der
#: 53-Jährigen", "dem Vorsitzenden", "des Präsidenten"; ranks in -al: "sagte der General"; a party's member, a
#: profession: "der Sozialdemokrat", "der Freiheitliche", "der Anwalt", "der Politologe", "der Redakteur"; not
#: "-mann": "Der Mann" is mostly someone new)
PERSON_HEAD_ENDINGS = ("jährige", "er", "in", "ent", "ist", "chef", "profi", "ende", "te", "ige", "igen", "enden",
                       "enten", "ssar", "är", "general", "admiral", "kardinal",
                       "krat", "kandidat", "diplomat", "soldat", "anwalt", "liche", "loge", "eur")
#: nouns of bodies that end like person nouns in ``-er`` (:data:`PERSON_HEAD_ENDINGS`): ``nach Angaben des Betreibers``
#: is the airport's operator (tune4: was the person named last), ``der britische Fernsehsender``, ``des
#: Flugdatenproviders``, ``der Bundesgesetzgeber`` (SpkAtt train 57933, 84297, 47908: each the person named last, all
#: wrong); ``Veranstalter``, ``Anbieter``, ``Versorger``, ``Versicherer`` are companies or organisers as often. No person
#: is taken for them (an apposition that names one, ``Der Veranstalter, X,``, still gives X)
BODY_HEADS_IN_ER = ("betreiber", "sender", "provider", "gesetzgeber", "veranstalter", "anbieter", "versorger",
                    "versicherer")
#: titles of an office that a body fills (``der Vorsitzende``, ``der Präsident``, ``der Staatsanwalt``): without a
#: holder the article gives that title (:func:`_role_before`) they are no person named before. The latest-person
#: fallback took another body's person for them 9 times against 2 right over the tuning sets and SpkAtt train/dev
#: (session 11): ``sagte der Vorsitzende`` of a court chamber → Söder (tune9), ``Der Staatsanwalt`` → the dead son,
#: ``Der amerikanische Präsident`` → McCain, ``Der venezolanische Staatschef`` → Castro (SpkAtt dev 13389, 17060,
#: 40463), ``der Bundeswahlleiter`` → Schröder, ``der Bundespräsident`` → Kogler, ``der Bevollmächtigte der
#: EU-Kommission`` → McCreevy, ``Der Fraktionsvorsitzende im … Landtag``, ``Der Geschäftsführer von „Ener1“`` (SpkAtt
#: train 12491, 18625, 38180, 42185, 55265); right were ``Der Präsident`` → Mugabe and ``der brasilianische
#: Präsident`` → Lula (SpkAtt dev). A title in a compound with its body (``Der GdP-Vorsitzende``, right on SpkAtt
#: dev 17905) still takes the latest person
OFFICE_TITLE_HEADS = ("vorsitzende", "vorsitzender", "vorsitzenden", "präsident", "präsidentin", "präsidenten",
                      "staatsanwalt", "staatsanwältin", "wahlleiter", "wahlleiterin", "geschäftsführer",
                      "geschäftsführerin", "bevollmächtigte", "bevollmächtigter", "bevollmächtigten", "staatschef",
                      "staatschefin")
#: endings of a person noun after "die" that make it plural, a group ("die Arbeitgeber", "die Experten"), not a
#: woman ("die Ministerin", "die 53-Jährige", "die Vorsitzende")
PLURAL_PERSON_ENDINGS = ("er", "en")
#: object pronouns between a verb and its subject (``so charakterisierte ihn der Funktionär``)
OBJECT_PRONOUNS = frozenset("ihn ihm ihr ihnen es sie das dies".split())
#: cues whose quotation names what was said ("sprach von einem „…“ für …"): the quoted words are the quote
#: (also "nannte die Bewerbung „sehr respektabel“ …", "bezeichnete das Unglück als „große Tragödie“ für …")
NAMING_CUES = frozenset("sprach sprachen spricht sprechen nannte nannten nennt nennen bezeichnete bezeichneten "
                        "bezeichnet bezeichnen".split())
#: words opening a clause after a cue's quotation that is no part of it: a medium's ``wie X berichtete`` or a
#: condition (``sollten …``, ``falls …``, ``wenn …``)
QUOTATION_TAIL_OPENERS = frozenset("wie sollte sollten falls wenn sofern sobald".split())
#: definite articles opening a role that refers back to its holder (``der Chef des Verbands``)
DEFINITE_ARTICLES = frozenset("der die dem den".split())
#: a dative pronoun that is also a possessive determiner (``ihr Anwalt``)
POSSESSIVE_OR_DATIVE = frozenset({"ihr"})
#: a finite auxiliary before the subject: ``„…“, hatte X in einem Interview erklärt``
AUXILIARIES = frozenset(
    "hat hatte haben hatten habe hätte ist war sind waren wird wurde werden wurden sei will wollte "
    "wollten kann konnte muss musste soll sollte ließ ließen lässt".split()
)
#: a sentence's own subject and verb must end in a comma before this token to head its reported clause (also
#: with a coordinated verb: "X spielte die Idee jedoch herunter und ist der Meinung, dass …")
OWN_HEAD_REACH = 16
#: how many tokens of an opening adverbial may come before the finite auxiliary of a narrated sentence
AUXILIARY_REACH = 10
#: verbs that name, not say: ``„Wikiasari“, so heißt ein Projekt`` gives the quotation no speaker
NAMING_VERBS = frozenset("heißt hieß heißen hießen heisst hiess heissen hiessen".split())  # also Swiss "hiess"
#: clauses opened by these are circumstances, not reported statements ("Während X …, fordert Merz …")
#: a clause opened by these after a cue verb's comma goes on narrating ("…, und Englands Stürmer …")
COORDINATORS = frozenset("und jedoch aber sondern".split())
#: subordinating conjunctions of manner or comment that open a clause with its own cue (``indem sie forderte``)
INNER_CLAUSE_OPENERS = frozenset("indem wobei".split())
SUBORDINATORS = frozenset("während weil nachdem obwohl bevor wenn als da seit seitdem damit um falls sobald".split())
#: accusative/dative determiners: a noun phrase after the verb that starts with one is an object
OBJECT_DETERMINERS = frozenset("den dem einen einem ihn ihm ihnen".split())
#: articles of an object right after a relative ``die``/``der``, which is then the pronoun and the subject (``die Helfer,
#: die einer Zeitung den Einsatz als „…“ bezeichneten``), not an article: OBJECT_DETERMINERS and the dative ``einer``
RELATIVE_OBJECT_OPENERS = OBJECT_DETERMINERS | {"einer"}
#: a reported clause does not start with a relative pronoun ("…, dessen Leitung …") nor with "darunter", which
#: lists members of the noun before ("drohte mit Gegenmassnahmen, darunter die Raiffeisen Bank")
RELATIVE_STARTS = frozenset(
    "was dessen deren welche welcher welches welchen welchem wo womit wodurch darunter".split())
ADJECTIVE_RE = re.compile(r"^[a-zäöüß][\w-]*(?:e|en|er|es|em)$")
#: adjectives of origin: before a statement noun they name its source ("nach israelischen Angaben")
ORIGIN_RE = re.compile(r"isch(?:e|en|er|es|em)$")
#: reportive nouns after "nach" (also as compound heads: "nach Polizeiangaben", "Nach Medienberichten")
REPORT_NOUNS = tuple(
    "angaben ansicht einschätzung auffassung informationen darstellung worten aussage aussagen berichten "
    "schätzungen erkenntnissen meinung überzeugung einschätzungen auskunft mitteilung schilderung willen "
    "meldungen studie untersuchungen ermittlungen recherchen umfrage umfragen zählung beobachtungen "
    "aussagen zeugenaussagen bericht berechnungen daten statistik ermittlungsstand kenntnisstand "
    # SpkAtt train misses 2026-11-25: "Nach einer Stellungnahme der US-Armee", "Nach Schätzung der
    # Weltgesundheitsorganisation", "Nach einer ersten Analyse", "Nach Darstellungen des Verlages"
    "stellungnahme schätzung analyse analysen darstellungen prognose prognosen vorhersage "
    # tenth pass, documents (SpkAtt train misses: "Nach dem Grundgesetz", "Nach einem EU-Dokument", "Nach Planungen
    # aus dem Jahr 2005", "Nach dem vorläufigen Endergebnis"); "veröffentlichung" left out (dev -1 joint)
    "dokument planungen verfassung grundgesetz endergebnis".split()
)
#: report nouns before a postposed "nach" ("seiner Meinung nach", "Dem Vernehmen nach", "Expertenmeinung nach")
POSTPOSED_REPORT_NOUNS = ("meinung", "ansicht", "auffassung", "einschätzung", "überzeugung", "vernehmen",
                          "angaben", "aussagen", "darstellung")
#: articles that open no genitive: after a report noun they start the reported clause, not its source
NON_GENITIVE_DETERMINERS = frozenset("den dem die das ein eine einen einem".split())
#: determiners that open a genitive source after a statement noun (``nach Angaben des Betreibers``)
GENITIVE_DETERMINERS = frozenset("des der eines einer".split())
#: prepositions between a report noun and its source ("nach Angaben aus dem Präsidialamt")
SOURCE_PREPOSITIONS = frozenset("von vom aus".split())
#: a lower-case source after "von"/"aus" is a medium's name when it has a digit, dot or hyphen ("von n24")
SOURCE_NAME_RE = re.compile(r"^[a-z][\w.-]*[\d.-][\w.-]*$")
#: an adjective opening an article-less genitive plural after a report noun ("nach Meinung politischer Beobachter")
GENITIVE_ADJECTIVE_RE = re.compile(r"^[a-zäöüß][\w-]*er$")
#: possessives of a report noun that stand for its source ("nach ihren Angaben", "nach dessen Angaben")
POSSESSIVES = ("ihr", "sein", "dessen", "deren")
#: sentence-initial adverbs that report the source named before: "… gab das Ergebnis bekannt. Demnach hat …"
#: (SpkAtt train: 16 of 19 sentences opened by "Demnach" are annotated Indirect with "Demnach" as cue
#: and speaker; mid-sentence "demnach" only 3 of 8, so it is left out). The quote takes the previous sentence's source
#: (its quote's speaker or its cue verb's subject): a linked one through the word as its pro-form, else its own words.
SOURCE_PRO_FORMS = frozenset({"Demnach"})
#: the words of a source note less its preposition or postposition ("Nach ersten Angaben" -> "ersten Angaben",
#: "Angaben zufolge" -> "Angaben", "Dem Vernehmen nach" -> "Dem Vernehmen"): SpkAtt's speaker span of such a note
SOURCE_NOTE_WORDS_RE = re.compile(r"(?:(?:[Nn]ach|[Ll]aut|[Gg]emäß) )?(.+?)(?: (?:zufolge|nach))?")
#: forms of "werden" opening a cue without a speaker: an agentless passive ("wird ... befürchtet")
PASSIVE_AUXILIARIES = frozenset("wird wurde werden wurden".split())
#: prepositions of a passive's agent ("von der Regierung kritisiert"): the agent is the speaker then
PASSIVE_AGENTS = frozenset("von vom durch".split())
#: cue participles whose passive subject is the speaker ("X wurde mit den Worten zitiert")
UNPASSIVE_CUES = frozenset({"zitiert"})
#: demonstratives that open a sentence citing the sentence before: "Das teilte die Polizei mit."
BACK_REFERENCES = frozenset({"Das", "Dies"})
#: words after "zu" that make it a preposition, no infinitive marker (``zu denen``, ``zu dem``, ``gehört zu jenen``,
#: ``zählt zu diesen``): determiners, relative and demonstrative pronouns (DETERMINERS lacks ``diesen`` and ``jen-``),
#: not the infinitive ``sein`` (``beteiligt gewesen zu sein``)
PRONOUN_AFTER_ZU = (DETERMINERS | RELATIVE_PRONOUNS | frozenset(
    "diesen jene jenen jener jenem jenes derjenigen denjenigen diejenigen demjenigen desjenigen".split())) - {"sein"}
#: cue verbs whose "…, zu + infinitive" complement is an event, not a quote (devset conventions)
INFINITIVE_RE = re.compile(
    rf"(?:\bzu\s+(?!(?:{'|'.join(sorted(PRONOUN_AFTER_ZU))})\s*$)\w+|\w+zu\w+(?:en|ern|eln))\s*$")
COMPLEMENTIZERS = ("dass ", "ob ")
#: Konjunktiv I forms: reported speech even without a cue
KONJUNKTIV_I = frozenset(
    "sei seien seiest habe werde könne müsse solle wolle dürfe möge wisse gebe stehe liege gehe bleibe "
    "komme brauche zeige setze plane erwarte halte sehe gelte trage führe lasse "
    # before a capitalised subject the guess cannot tell them from adjectives ("Ohne Sparmaßnahmen drohe Österreich …")
    "drohe fehle hoffe gehöre bestehe verfüge benötige erfolge entspreche treffe mache stelle nehme zahle suche "
    "fordere liefere verhindere ändere sorge lege zähle reiche steige sinke falle wachse ziehe schaffe "
    # stems in -t, which the guess skips as weak past forms ("China behalte sich weitere Schritte vor"; "Sein Land
    # leiste bereits genug", "Ein Konvoi warte seit Tagen", "Die Schweiz verpflichte sich", "Das Abkommen enthalte
    # …": continuations after a quote in tune7, tune12, tune13, tune18, tune20, session 16)
    "behalte koste leiste warte verpflichte enthalte arbeite bedeute biete richte fürchte".split()
)
#: nouns whose content a Konjunktiv I clause after a comma gives (``mit der Begründung, …``; SpkAtt train misses)
COMPLEMENT_NOUNS = ("begründung", "ankündigung", "hinweis", "vorwurf", "behauptung", "warnung", "worten",
                    "aussage", "erklärung", "argument")
#: Konjunktiv I auxiliaries before a participle ("habe … beschlossen", "sei … erklärt worden")
KONJUNKTIV_I_AUXILIARIES = frozenset("habe haben sei seien werde".split())
#: Konjunktiv II and hearsay modals: reported speech only right after a quote. Not the singular "dürfte": reported
#: speech has "dürfe", so it is the writer's conjecture ("Der Fall dürfte die Debatte weiter anheizen", tune9; SpkAtt
#: train one false continuation fewer); the plural "dürften" stands in for "dürfen" ("Sie dürften nicht …")
KONJUNKTIV_II = frozenset(
    "hätte hätten wäre wären würde würden könnte könnten müsste müssten dürften gäbe käme kämen "
    "ginge stünde soll sollen".split()
    # forms with an umlaut no indicative shares ("Beide Regierungen stünden unter Druck", "Reformen bräuchten …")
    + "stünden bräuchte bräuchten wüsste wüssten sähe sähen gäben fänden läge lägen bliebe".split()
)
#: hearsay modals: also in KONJUNKTIV_II (a clause with them is no plain statement), but alone they make no
#: sentence a continuation of the quote before
HEARSAY = frozenset("soll sollen".split())
#: a perfect infinitive ending a sentence with a hearsay modal ("soll … gestanden haben", "… verletzt worden sein"):
#: the modal reports what someone said, no plan
PERFECT_HEARSAY_RE = re.compile(r"\b(?:haben|sein)\W*$")
KONJUNKTIV = KONJUNKTIV_I | KONJUNKTIV_II
NOT_KONJUNKTIV = frozenset(
    "eine keine seine ihre deine meine diese jene welche alle beide viele wenige einige manche solche ohne "
    "gerne heute bitte gerade alleine lange ende nahe weitere andere erste letzte neue große hohe die sie "
    "wie nie etliche mehrere sowie halbe ganze wurde kurze breite weite rechte linke obere untere "
    "innere äußere gleiche selbe ebenfalls jede jeder mittlere dasselbe dieselbe derselbe vorne inne "
    "mittlerweile insbesondere zustande zugrunde beinahe heutzutage inklusive solange live".split()
)
#: "-weise" words longer than this are adverbs (beziehungsweise, teilweise), shorter ones may be verbs (verweise)
ADVERB_WEISE_MIN = 8
CHANNEL_RE = re.compile(
    r"\b(?i:auf|über|via|im|in|bei)\s+(?:(?:der|dem|einer|einem|seiner|seinem|ihrer|ihrem)\s+)?"
    r"(?:(?:Plattform|Kurznachrichtendienst|Onlinedienst|Netzwerk|Online-Plattform)\s+)?"
    r"(?:X|Telegram|Facebook|Instagram|Twitter|TikTok|YouTube|Truth Social|Bluesky|Threads|"
    r"\w*[Ff]ernsehen|\w*[Ii]nterview|\w*[Aa]nsprache|\w*[Bb]otschaft|\w*[Pp]ressekonferenz|"
    r"\w*[Mm]itteilung|\w*[Ee]rklärung|Rede|\w*[Pp]odcast|Radio\w*|Talkshow|Sendung)\b"
)
#: lower-case words that open a phrase, never a title: quoted words after a title noun that start so are a quote
PHRASE_OPENERS = frozenset("wie als zu für mit von auf in im an am aus bei nach ohne gegen ein eine einen einem einer der "
                           "die das den dem des nicht nur so".split())
SCARE_RE = re.compile(r"(?:so ?genannt|angeblich|vermeintlich)\w*\s*$", re.I)
#: nouns that announce a title in quotation marks (newspaper, programme, party, book …)
TITLE_NOUN_RE = re.compile(
    r"(?:Zeitung|Zeitschrift|Magazin|Blatt|Sender|Sendung|Programm|Show|Film|Buch|Roman|Titel|Partei|"
    r"Bewegung|Liste|Operation|Kampagne|Album|Lied|Song|Serie|Stück|Motto|Aktion|Projekt|Initiative|Bündnis|"
    r"Überschrift|Schlagzeile|Aufschrift|Slogan|kurz|Dokumentation|Kanal|Portal)"
    r"\s*:?\s*$"
    # compounds of a medium or work as the head, also inflected, not before a colon (der Fernsehsender „Channel
    # 10“, die Klima-Dokumentation „…“, des Wochenmagazines „profil“; not "warnte die Moderatorin eines
    # Lokalsenders: „…“")
    r"|\w[\w-]*(?:zeitung|zeitschrift|magazin|sender|sendung|film|album|serie|dokumentation|kanal|portal)"
    r"(?:e|es|s|en|n)?\s*$"
)
#: nouns of bodies, laws, prizes and things with names: a quotation after them is a name when it looks like one
#: (der Nachrichtenagentur „Associated Press“, die Organisation „Reporter ohne Grenzen“, der Frachter „Delight“;
#: not "sieht in dem Gesetz „kein Hindernis …“")
NAMED_NOUN_RE = re.compile(
    r"(?:Agentur|Organisation|Gruppe|Verein|Verband|Firma|Unternehmen|Konzern|Marke|Gesetz|Preis|Auszeichnung|"
    r"Schiff|Frachter|Enzyklika|\w[\w-]*(?:agentur|organisation|gesetz|preis)(?:e|es|s|en|n)?)\s*$"
)
#: most words of such a name
NAMED_NOUN_WORDS = 8
#: a quotation right after these names a source (laut „Reuters“), it is no quote
#: the opening quotation mark of a medium's title after its description ("die Zeitung „Bild“")
TITLE_OPENING_RE = re.compile(r"\s*[„\"»«‚‹]")
#: punctuation inside quoted words: a sentence or phrase, no title or label
PUNCTUATION_RE = re.compile(r"[.,!?:;]")
SOURCE_BEFORE_RE = re.compile(r"\b(?:[Ll]aut|[Gg]emäß)\s*$")
DEFINITE_BEFORE_RE = re.compile(r"\b(?:der|die|das|dem|den|des|im|beim|vom|zum|zur)\s*$")
TITLE_FUNCTION_WORDS = frozenset("am an der des die das von vom und für im in of the and zur zum".split())


@dataclass(frozen=True, slots=True)
class Speaker:
    text: str
    start: int
    end: int
    entity_id: str | None = None
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said it and how, found in one sentence; ``content`` is the reported clause if any."""

    speaker: Speaker | None
    cue: str | None
    cue_start: int | None
    content: tuple[int, int] | None  # span of the reported clause (indirect) in the text
    content_pair: QuotePair | None  # the quotation the cue introduces, when the clause is one
    confidence: float
    infinitive: tuple[int, int] | None = None  # a zu-infinitive complement in place of a content clause
    # "nahm nach eigenen Angaben … fest", "drohte mit …, sollte …": the content is SpkAtt's quote only
    source_note: bool = False


def extract_quotes(doc: Doc, mentions: Sequence[Mention] = (), reported: bool = False) -> Iterator[Quote]:
    """Yield the quotes of ``doc`` in text order (ids ``{article_id}:q1``, ``:q2``, …): the rule
    quotes the learned filter keeps and the cue-less sentences the learned classifier adds; with
    ``reported`` also the sentences of type ``reported`` (SpkAtt's Reported speech acts, which the devset
    conventions and so the events and names stages do not count: they ask for none)."""
    found = [_with_speaker(c.quote, choose_speaker(c.speakers))
             for c in quote_candidates(doc, mentions, accepts, reported)]
    # a speech act told inside a quotation is the quoted speaker's words, part of that quote
    quoted = [(q.start, q.end) for q in found if q.type in ("direct", "partial")]
    found = [q for q in found if q.type != "reported" or not any(s <= q.start and q.end <= e for s, e in quoted)]
    found += _clause_partials(doc.text, found)
    found.sort(key=lambda q: (q.start, -q.end))
    found = _linked_speakers(doc.text, _partials_of_their_clause(found), mentions)
    for i, q in enumerate(found, 1):
        yield replace(q, quote_id=f"{doc.article_id}:q{i}")


def _clause_partials(text: str, quotes: list[Quote]) -> list[Quote]:
    """Quoted words inside an indirect quote that no quote of their own covers (``Man wolle „Ängste abbauen“, sagte
    ihre Sprecherin``, ``Das sei „nicht darstellbar“`` after a quote): a partial quote of that clause, as the devset
    conventions mark them (283 of the 288 quotations inside a gold indirect quote of the tuning sets and the devset;
    the other five are terms: „Omnibus“, „Quick Freeze“). The rules make one only where the clause has a
    speaker by its cue and the learned filter keeps it; an unsourced cue (``hieß es aus Koalitionskreisen``) or a
    continuation made none. Titles and scare quotes stay out (:func:`_is_not_quote`). SpkAtt nests such partials
    and scores only the clause.

    >>> text = "Man wolle „Ängste abbauen“, hieß es."
    >>> clause = Quote("a:q1", 0, 26, text[:26], "indirect", cue="hieß")
    >>> [(q.type, q.text) for q in _clause_partials(text, [clause])]
    [('partial', 'Ängste abbauen')]
    """
    pairs = [p for p in pair_quote_marks(text) if p.depth == 0]
    taken = [(q.start, q.end) for q in quotes if q.type in ("partial", "direct")]
    added = []
    for q in quotes:
        if q.type != "indirect":
            continue
        for p in pairs:
            s, e = p.inner
            if q.start <= s and e <= q.end and not any(a < e and s < b for a, b in taken) \
                    and not _is_not_quote(text, p):
                added.append(replace(q, start=s, end=e, text=text[s:e], type="partial", group=None))
                taken.append((s, e))
    return added


def _partials_of_their_clause(quotes: list[Quote]) -> list[Quote]:
    """Quoted words inside an indirect quote (``Die Regierung habe „Maß gehalten“, hieß es …``) are part of the
    reported clause, so they have its speaker: the ranker, which scores them alone, would pick another. Not inside a
    direct quote: there they are the words of someone the quoted speaker cites (``„Ein Kollege hat mir gesagt: ‚…‘“``).

    >>> clause = Quote("a:q1", 0, 30, "x", "indirect", speaker_text="Sie", speaker_start=40, speaker_end=43)
    >>> [q.speaker_text for q in _partials_of_their_clause([clause, Quote("a:q2", 10, 20, "y", "partial")])]
    ['Sie', 'Sie']
    """
    clauses = [q for q in quotes if q.type == "indirect"]
    directs = [q for q in quotes if q.type == "direct"]
    out = []
    for q in quotes:
        outer = next((c for c in clauses if c.start <= q.start and q.end <= c.end), None) \
            if q.type == "partial" and not any(d.start <= q.start and q.end <= d.end for d in directs) else None
        if outer is not None and (outer.speaker_start, outer.speaker_end) != (q.speaker_start, q.speaker_end):
            q = replace(q, speaker_text=outer.speaker_text, speaker_start=outer.speaker_start,
                        speaker_end=outer.speaker_end, speaker_entity_id=outer.speaker_entity_id,
                        speaker_name=outer.speaker_name)
        out.append(q)
    return out


#: an unlinked speaker that is a country's government without its country: a government spokesperson (the names
#: stage links one to the Bundesregierung where the article names its chancellor) or a bare ``die Regierung`` (alone or
#: as the owner of a statement, ``hieß es in einer Erklärung der Regierung``). Anonymous members (``ein Vertreter der
#: Regierung``) and circles (``Regierungskreisen``) stay unlinked.
GOVERNMENT_SPOKESPERSON_RE = re.compile(r"(?:[Ee]in(?:es)?|[Ee]iner?|[Dd]e[rs]|[Dd]ie)\s+Regierungssprecher(?:in|s)?")
BARE_GOVERNMENT_SPEAKER_RE = re.compile(r"(?:(?:[Ee]ine[rm]?|[Dd]e[rm]|[Dd]ie)\s+(?:Erklärung|Mitteilung)\s+)?"
                                        r"(?:[Dd]ie|der)\s+Regierung")
#: a place right after such a speaker is the government's seat (``ein Regierungssprecher in Tokio``)
GOVERNMENT_PLACE_RE = re.compile(r"\s+in\s+")
#: how far into the article its dateline may stand (after a title or a photo credit line)
GOVERNMENT_DATELINE_REACH = 400


#: a speaker the entity id and canonical name of a body it names without linking it, or None
SpeakerLink = tuple[str | None, str | None]


def _linked_speakers(text: str, quotes: list[Quote], mentions: Sequence[Mention]) -> list[Quote]:
    """Each quote whose speaker is still unlinked, given the body its words name, by the first of
    :data:`SPEAKER_LINKS` that knows it (a government, a country-named body, a bare body noun)."""
    out = []
    for q in quotes:
        for link in SPEAKER_LINKS:
            if q.speaker_entity_id is None and q.speaker_text and q.speaker_start is not None:
                found = link(text, q, mentions)
                if found is not None:
                    q = replace(q, speaker_entity_id=found[0], speaker_name=found[1])
        out.append(q)
    return out


def _government_speaker(text: str, q: Quote, mentions: Sequence[Mention]) -> SpeakerLink | None:
    """An unlinked government speaker as the government of the country its place stands for: the place named right
    after it (``ein Regierungssprecher in Brüssel``), else the article's dateline (``Bamako (dpa) – … hieß es in
    einer Erklärung der Regierung``); a capital stands for its state (``flows.names.country_government``). The quote
    sets name a spokesperson's government by the country's adjective (``Belgische Regierung`` ×3 tune17,
    ``Japanische Regierung`` tune13, the Bundesregierung for Germany: tune12, heldout2) and a bare government's
    statement by the country (``Mali`` ×2 tune5); one that the gazetteer names (Bundesregierung) keeps its name.
    """
    spokesperson = GOVERNMENT_SPOKESPERSON_RE.fullmatch(q.speaker_text) is not None
    if not spokesperson and not BARE_GOVERNMENT_SPEAKER_RE.fullmatch(q.speaker_text):
        return None
    government = _government_of(text, q.speaker_end, mentions)
    if government is None:
        return None
    if spokesperson or government.entity_id:
        return government.entity_id, government.name
    return government.country_id, government.country


def _government_of(text: str, end: int, mentions: Sequence[Mention]) -> Government | None:
    """The country and government of the place right after ``end`` or of the article's dateline."""
    gap = GOVERNMENT_PLACE_RE.match(text, end)
    if gap is not None:
        place = next((m for m in mentions if m.start == gap.end() and m.entity_type == "LOC"), None)
        if place is not None:
            return country_government(place.entity_name or place.text)
    dateline = first_dateline(text, GOVERNMENT_DATELINE_REACH)
    if dateline is None:
        return None
    place = next((m for m in mentions if dateline.start() <= m.start < dateline.end() and m.entity_type == "LOC"),
                 None)
    return country_government(place.entity_name or place.text) if place is not None else None


#: an unlinked speaker that is a country's government, military government or army named by the country's adjective
#: or genitive (``die norwegische Regierung``, ``Mexikos Regierung``, ``Das israelische Militär``). The names stage
#: leaves them as no names (its gold annotates none of the governments, nor ``das russische Militär`` three times);
#: as quote speakers the sets name them by the adjective: ``Belgische Regierung`` (tune17), ``Japanische
#: Regierung``, ``Serbische Regierung`` (tune13), ``Malische Militärregierung`` (tune13, tune15), ``<Adjective>
#: Armee`` for the army (tune3, tune4, tune7, tune8, tune11, tune13, tune15, tune17; for ``das israelische Militär``
#: and ``das Militär`` too: tune7, tune11).
STATE_BODY_SPEAKER_RE = re.compile(
    r"(?:(?:[Ee]ine[rm]?|[Dd]e[rm]|[Dd]ie)\s+(?:Erklärung|Mitteilung)\s+)?"
    r"(?:(?:[Dd](?:ie|e[rsm]|as))\s+(?P<adjective>[a-zäöü][a-zäöüß-]+)|(?P<owner>[A-ZÄÖÜ][a-zäöüß-]+)s)"
    r"\s+(?P<noun>Regierung|Militärregierung|Armee|Militärs?)")
#: the quote sets' noun for each body noun of a speaker (an army is ``<Adjective> Armee``, also as ``Militär``)
STATE_BODY_NOUNS = {"Regierung": "Regierung", "Militärregierung": "Militärregierung", "Armee": "Armee",
                    "Militär": "Armee", "Militärs": "Armee"}


def _state_body_speaker(text: str, q: Quote, mentions: Sequence[Mention]) -> SpeakerLink | None:
    """An unlinked government, military government or army named by its country's adjective or genitive, as the
    quote sets name it (``STATE_BODY_SPEAKER_RE``): ``die norwegische Regierung`` -> ``Norwegische Regierung``,
    ``Mexikos Regierung`` -> ``Mexikanische Regierung``, ``das israelische Militär`` -> ``Israelische Armee``;
    a government the gazetteer names keeps its name and entity (``die deutsche Regierung`` -> Bundesregierung). A
    country without a state or adjective gives nothing."""
    named = STATE_BODY_SPEAKER_RE.fullmatch(q.speaker_text)
    body = named and _state_body(named["adjective"], named["owner"], STATE_BODY_NOUNS[named["noun"]])
    return (body[1], body[0]) if body else None


def _state_body(adjective: str | None, owner: str | None, noun: str) -> tuple[str, str | None] | None:
    """The name and entity of a country's ``noun`` (Regierung, Militärregierung, Armee) for the country of a
    nationality adjective or a genitive owner: ``<Adjective> <noun>``; the government the gazetteer names keeps its
    name and entity, and a country whose government has a name of its own gets no other body (the Bundeswehr)."""
    country = country_for_adjective(adjective) if adjective else None
    government = country_government(country.name if country else owner or "")
    if government is None:
        return None
    if noun == "Regierung":
        return government.name, government.entity_id
    if government.entity_id is not None or not government.name.endswith(" Regierung"):
        return None
    return f"{government.name.removesuffix(' Regierung')} {noun}", None


#: an unlinked speaker that is a definite bare body noun, alone or after a spokesperson or a statement (``Nach Angaben
#: der Gewerkschaft``, ``eine Sprecherin des Landkreises``, ``erklärte die Gruppe``): the noun is looked up in
#: ``data/body_nouns.csv``. The names stage leaves these nouns alone (its gold marks no generic noun as a name).
BARE_BODY_SPEAKER_RE = re.compile(
    r"(?:(?:[Ee]ine?[rsm]?|[Dd]e[rsmn]|[Dd]ie|[Dd]as)\s+[\w-]*"
    r"(?:[Ss]precher(?:in|s)?|Mitteilung|Erklärung|Stellungnahme|Angaben)\s+)?"
    r"(?P<article>[Dd](?:er|ie|as|es|em|en))\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)")
#: the noun of ``body_nouns.csv`` whose fitting bodies are the Länder (``des Landes``)
LAND_NOUN = "land"


def _bare_body_speaker(text: str, q: Quote, mentions: Sequence[Mention]) -> SpeakerLink | None:
    """An unlinked bare body noun as speaker (:data:`BARE_BODY_SPEAKER_RE`) as the body of its kind named before it
    (``data/body_nouns.csv``): ``die IG Metall … Nach Angaben der Gewerkschaft`` -> IG Metall, ``die Gruppe JNIM …
    erklärte die Gruppe`` -> JNIM, ``im Landkreis Kassel … des Landkreises`` -> Landkreis Kassel, ``des Landes`` ->
    the Land named most before it. No body of the kind named before: the speaker stays unlinked."""
    named = BARE_BODY_SPEAKER_RE.fullmatch(q.speaker_text)
    body = named and _bare_body(text, named["article"], named["noun"], q.speaker_start, mentions)
    return (body.entity_id, body.entity_name) if body else None


def _bare_body(text: str, article: str, noun: str, start: int, mentions: Sequence[Mention]) -> Mention | None:
    """The body a bare ``article noun`` before ``start`` stands for, if ``body_nouns.csv`` knows the noun."""
    key = noun.lower()
    if key not in body_nouns() and article.lower() == "des":
        key = GENITIVE_ENDING_RE.sub("", key)
    row = body_nouns().get(key)
    if row is None:
        return None
    if key == LAND_NOUN:
        return _land_in_focus(mentions, start)
    before = [m for m in mentions if m.end <= start and m.entity_id and m.entity_type == row.entity_type
              and (_holds_head((name := m.entity_name or m.text).lower(), key) or _holds_head(m.text.lower(), key)
                   or name in row.fits
                   or _word_before(text, m.start) == key)]
    return before[-1] if before else None


def _land_in_focus(mentions: Sequence[Mention], start: int) -> Mention | None:
    """The Land of Germany or Austria named most before ``start``, by its name or its government's
    (``Niederösterreichische Landesregierung`` ×3 outweighs one ``Oberösterreich`` named later), the latest on a
    tie."""
    lands = _lands()
    counts = Counter(lands.get(m.entity_name or "") for m in mentions if m.end <= start and m.entity_id)
    named = [m for m in mentions
             if m.end <= start and m.entity_id and m.entity_type == "LOC" and m.entity_name in lands]
    return max(reversed(named), key=lambda m: counts[m.entity_name]) if named else None


@lru_cache(maxsize=1)
def _lands() -> dict[str, str]:
    """The Länder of Germany and Austria and their governments (``flows/names/data/land_governments.csv``) -> Land."""
    out = {land: land for land, _ in land_governments()}
    out.update({name: land for (land, _), name in land_governments().items()})
    return out


#: the ways an unlinked speaker names a body, tried in this order by :func:`_linked_speakers`
SPEAKER_LINKS: tuple[Callable[[str, Quote, Sequence[Mention]], SpeakerLink | None], ...] = (
    _government_speaker, _state_body_speaker, _bare_body_speaker)


#: what stands right before a capital that speaks for its state: a sentence opening (the subject, ``Paris wies …
#: zurück``) or ``aus`` (``Nach Angaben aus Washington``); after ``in`` it is a place (``hieß es in Warschau``), as an
#: object the addressee (``warnte Washington``)
CAPITAL_SPEAKER_BEFORE_RE = re.compile(r"(?:^|[.!?:]\s+|\n\s*|\baus\s+)$")
#: how far back the capital's context is read
CAPITAL_CONTEXT_CHARS = 8
#: what follows a state that speaks: its verb or a comma (``Belarus erklärte``, ``Ägypten und Katar riefen``), not a
#: noun it is the genitive of (``Israels Armee erklärte``: the army speaks)
STATE_SPEAKER_AFTER_RE = re.compile(r"\s*[,a-zäöüß]")


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    """The states (unions, authorities) of ``flows.names.capitals``, by canonical name (``Belarus``, ``Frankreich``)."""
    return frozenset(capitals().values())


def _capital_states(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Capitals in a speaker's place (:data:`CAPITAL_SPEAKER_BEFORE_RE`) as speakers for their state
    (``flows.names.country_for_capital``: tune5, tune6 gold ``Frankreich``, ``USA``), and states there as themselves
    (``Belarus erklärte, es habe …``: tune11 gold ``Belarus``); they keep the place type, so no description (``der
    Sprecher``, ``die Regierung``) refers back to them, and the span stays the city (SpkAtt).

    >>> text = "Paris wies das zurück. Belarus erklärte, es habe informiert. Israels Armee erklärte, …"
    >>> [(m.text, m.entity_name) for m in _capital_states(text, [
    ...     Mention(0, 5, "Paris", "LOC", "loc:paris", "Paris", "gazetteer", 1.0),
    ...     Mention(23, 30, "Belarus", "LOC", "loc:belarus", "Belarus", "gazetteer", 1.0),
    ...     Mention(61, 68, "Israels", "LOC", "loc:israel", "Israel", "gazetteer", 1.0)])]
    [('Paris', 'Frankreich'), ('Belarus', 'Belarus')]
    """
    out = []
    for m in mentions:
        if m.entity_type == "LOC" and m.entity_name \
                and CAPITAL_SPEAKER_BEFORE_RE.search(text, max(0, m.start - CAPITAL_CONTEXT_CHARS), m.start):
            if m.entity_name in _state_names():
                if STATE_SPEAKER_AFTER_RE.match(text, m.end):
                    out.append(m)
                continue
            state = country_for_capital(m.entity_name)
            if state is not None:
                out.append(replace(m, entity_id=state.entity_id, entity_name=state.name))
    return out


def conventional(quotes: Iterable[Quote]) -> list[Quote]:
    """The quotes our annotation conventions count (``/work/shared/data/devset/CONVENTIONS.md``): all
    but type ``reported``, SpkAtt's speech acts without a content clause. The pipeline stores every
    type; the events stage (the quote an event sits in), er/sie speakers as name mentions and the
    devset-convention scorers read these.

    An indirect quote whose words open with a partial quote and go on as narration (``sprach von einem „…“ und
    forderte …``, ``begründete sein Veto mit der „…“ eines Staates``) names what was said: no content clause by
    these conventions, the partial quote is the quote (``_named_object``).

    >>> [q.type for q in conventional([Quote("a:q1", 0, 5, "x", "reported"), Quote("a:q2", 6, 9, "y", "direct")])]
    ['direct']
    """
    counted = [q for q in quotes if q.type != "reported"]
    partials = {q.start: q for q in counted if q.type == "partial"}
    return [q for q in counted if not _named_object(q, partials)]


def _named_object(q: Quote, partials: dict[int, Quote]) -> bool:
    """``q`` is an indirect quote that opens with the quotation of a partial quote (a key of ``partials``, by start)
    and whose words after it, up to a comma or a linking word, hold no verb in reported mood: the quotation is the
    object of the cue and the rest narration (``„Diebstahl“ und drohte mit …``, ``„Etappensieg“, dem …``), not a
    clause beginning with quoted words (``„Neue Regeln“ seien nötig``). On the tuning sets 9 such indirect quotes
    in 8 sets (tune3, tune11, tune12, tune14 ×2, tune15 ×2, tune16, tune17) were all extra quotes, none matched;
    SpkAtt, whose quotations include such objects, does not read ``conventional``.

    >>> text = "„Diebstahl“ und drohte mit Klagen"
    >>> inner = Quote("a:q2", 1, 10, "Diebstahl", "partial")
    >>> _named_object(Quote("a:q1", 0, 33, text, "indirect"), {1: inner})
    True
    >>> _named_object(Quote("a:q1", 0, 22, "„Diebstahl“ sei Unrecht", "indirect"), {1: inner})
    False
    """
    inner = partials.get(q.start + 1)
    if q.type != "indirect" or inner is None or inner.end >= q.end:
        return False
    rest = tokenize(q.text, inner.end - q.start)  # from the closing mark
    clause = list(takewhile(lambda t: t.text != "," and t.text not in CLAUSE_LINKS, rest[1:]))
    return _clause_mood(rest[:1] + clause) is None


def _pro_form_source(text: str, attr: Attribution, source: Speaker | None) -> Speaker | None:
    """The speaker of a sentence that reports ``source``, the source of the sentence before: ``Demnach`` opening it
    is that source's pro-form, the span with the source's entity like a resolved pronoun (SpkAtt train: 16 of 19
    such sentences mark the word as the speaker); a source with no entity, or a sentence without the word (``…,
    hieß es in Frankfurt``), keeps the source's own words.

    >>> source = Speaker("Die Wahlkommission", 0, 18, "org:wk", "Wahlkommission")
    >>> attr = Attribution(None, "Demnach", 35, (43, 59), None, 0.9)
    >>> _pro_form_source("Die Wahlkommission gab es bekannt. Demnach hat sie gewonnen.", attr, source).text
    'Demnach'
    """
    if source is None or source.entity_id is None or attr.cue not in SOURCE_PRO_FORMS or attr.cue_start is None:
        return source
    end = attr.cue_start + len(attr.cue)
    return Speaker(text[attr.cue_start:end], attr.cue_start, end, source.entity_id, source.name)


def _quote_speaker(q: Quote) -> Speaker:
    """The speaker of ``q`` (a quote with one), for the attribution of a later sentence that goes on with it."""
    return Speaker(q.speaker_text, q.speaker_start, q.speaker_end, q.speaker_entity_id, q.speaker_name)


def _with_speaker(q: Quote, option: SpeakerOption | None) -> Quote:
    """``q`` with the speaker the ranker chose (``None``: the rules' speaker stays)."""
    if option is None or (option.start, option.end) == (q.speaker_start, q.speaker_end):
        return q
    return replace(q, speaker_text=option.text, speaker_start=option.start, speaker_end=option.end,
                   speaker_entity_id=option.entity_id, speaker_name=option.name)


def rules_speaker(options: Sequence[SpeakerOption]) -> SpeakerOption | None:
    """The rules' speaker of a quote's options (the first), for :func:`quote_candidates`' ``rank``."""
    return options[0] if options else None


def quote_candidates(doc: Doc, mentions: Sequence[Mention] = (),
                     keep: Callable[[str, tuple[str, ...]], bool] = lambda kind, features: True,
                     reported: bool = False,
                     rank: Callable[[Sequence[SpeakerOption]], SpeakerOption | None] = choose_speaker
                     ) -> Iterator[Candidate]:
    """Every rule quote (kind ``"rule"``) and every sentence without one that has a finite reported
    clause (kind ``"sentence"``: a ``dass`` clause or reported mood, as a cue-less indirect quote), with
    ``reported`` also every other sentence that tells a speech act (kind ``"reported"``, see
    :func:`_reported_act`), with
    features for
    :func:`flows.quotes.model.accepts`; only those ``keep(kind, features)`` admits are yielded (with their
    speaker options, the costly part). ``rank`` picks the speaker a continuation goes on with among a quote's
    options (the learned ranker; :func:`rules_speaker` for the rules' own choice, which the trainer passes so
    that what it learns from does not depend on the model it replaces).

    >>> doc = Doc("a", "Er kam. Sie ahnt, dass es regnet. Er sagte, es regne.")
    >>> [(c.kind, c.quote.text, c.quote.speaker_text) for c in quote_candidates(doc)]
    [('sentence', 'es regnet', 'Sie'), ('rule', 'es regne', 'Er')]
    """
    text = doc.text
    links = link_line_spans(text)
    pairs = [p for p in pair_quote_marks(text) if not _inside_any(p.start, links)]
    sentences = [s for s in split_sentences(text, pairs) if not _inside_any(s.start, links)]
    people = sorted([m for m in mentions if m.entity_type in ("PER", "ORG")] + _capital_states(text, mentions),
                    key=lambda m: m.start)
    last: Speaker | None = None  # speaker of the previous sentence's quote, for continuations
    last_named: Speaker | None = None
    prev_source: Speaker | None = None  # who the previous sentence cites, for a "Demnach" opening this one
    group_count = 0
    prev_toks: list[Token] = []
    noun_phrases: dict[int, tuple[NounPhrase, ...]] = {}  # per sentence, built when a quote needs them
    tops = [[p for p in pairs if p.depth == 0 and sent.start <= p.start < sent.end] for sent in sentences]
    all_toks = [_sentence_tokens(text, sent, top) for sent, top in zip(sentences, tops)]
    before: Speaker | None = None
    prev_report: Speaker | None = None
    for n_sentence, (sent, top, toks) in enumerate(zip(sentences, tops, all_toks)):
        prev_last, before = before, last  # the quote speakers before the previous sentence and before this one
        attr = _find_attribution(text, toks, top, people, last_named)
        borrowed = False  # the attribution's speaker is the source of the sentence before, beyond the ranker's options
        if attr is not None and last is not None and _reported_cue_clause(toks, attr):
            # "„…“, sagte Miersch. Die Koalition habe den Kompromiss beschlossen, daran seien alle gebunden.": a cue
            # whose own clause is in Konjunktiv I after a quote is reported too; the quote goes on
            attr = None
        if attr is not None and (attr.cue in SOURCE_PRO_FORMS or attr.speaker is None and _heisst_es_place(toks)):
            # "Demnach …" and "…, hieß es in Frankfurt" report the source of the sentence before
            attr = replace(attr, speaker=_pro_form_source(text, attr, prev_source))
        elif attr is not None and _heisst_es_unsourced(toks, attr):
            # "Der Konzern kündigte einen Notfahrplan an. Im Fernverkehr solle …, hieß es in einer Mitteilung.":
            # a statement without its own source is the one of the sentence before, or of its subject
            before_subject = _sentence_subject(text, prev_toks, people, last_named)
            source = prev_source or (before_subject if before_subject is not None
                                     and _speaker_like(before_subject, people) else None)
            if attr.speaker is not None and (record := attr.speaker.text.split()[-1].lower()) in RECORD_HEADS:
                # a record keeps its own words unless a linked source owns it (SpkAtt marks the document: ``Im
                # Bericht heißt es, …``; an unlinked source before was a noun phrase of a quote, SpkAtt train 31955)
                # or a court named before: a ruling is always the court's, not the subject's before (``Moskau muss
                # zahlen, entschied die Große Kammer. …, heißt es in dem Urteil.``, tune13)
                linked = source if source is not None and source.entity_id is not None else None
                court = _court_document_owner(text, attr.speaker, people)
                source = court if court is not None and (record in RULING_HEADS or linked is None) else linked
            attr = replace(attr, speaker=source) if source is not None else attr
            borrowed = source is not None
        elif attr is not None and attr.speaker is None and n_sentence and _bare_heisst_es(toks, attr) and (
                prev_report is not None
                or (act := _reported_act(text, prev_toks, sentences[n_sentence - 1], people, last_named)) is not None):
            # "Nach Angaben des Ministeriums drangen 34 Flugzeuge vor. Die Armee habe Raketen abgefeuert, hieß es.":
            # the source a reportive phrase named in the sentence before goes on; "Der Pensionistenverband rief zu
            # einer Kundgebung auf. Man erwarte Tausende, hieß es.": after a speech act its speaker goes on (devset
            # conventions); after narration a bare "hieß es" stays sourceless
            attr = replace(attr, speaker=prev_report or _quote_speaker(act))
            borrowed = prev_report is not None
        cited = attr.speaker if attr is not None else None
        # a linked source of a reportive phrase ("Nach Angaben des Ministeriums", "X zufolge") for a bare "hieß es"
        # in the sentence after
        prev_report = cited if cited is not None and cited.entity_id is not None and _is_reportive(attr) else None
        # a statement noun without a source ("Nach ersten Angaben …"), "Demnach" with none before or an agentless
        # passive ("Es wird befürchtet, dass …") has no speaker by rule; ranking would pick a noun phrase of the
        # reported clause ("Schäden") or the previous quote's speaker
        sourceless = attr is not None and attr.speaker is None and attr.cue is not None and (
            attr.cue in SOURCE_PRO_FORMS or any(w.lower() in statement_nouns() for w in attr.cue.split())
            or _agentless(attr))
        quotes: list[Quote] = []
        rumour = False  # reports that name nobody: a clause the devset conventions do not count, whose source goes on
        if attr is not None and attr.content is not None and attr.content_pair is None:
            rumour = _anonymous_hearsay(toks, attr) or _note_of_no_statement(toks, attr, sourceless)
            if not attr.source_note and not rumour:
                quotes.append(_make(text, attr.content, "indirect", attr, attr.confidence))
            elif reported:  # a source note inside an indicative clause: SpkAtt's quote, none by the devset's
                quotes.append(_make(text, attr.content, "reported", attr, attr.confidence))
        elif reported and attr is not None and attr.infinitive is not None:
            quotes.append(_make(text, attr.infinitive, "reported", attr, REPORTED_CONFIDENCE))
        direct = [p for p in top if _is_direct(text, sent, p, top)]
        speaker_src = attr
        if speaker_src is None or speaker_src.speaker is None:
            inherited = last if (last is not None and (not direct or _quote_only(text, sent, top))) else None
            if inherited is None and direct:
                inherited = _sentence_subject(text, _colon_intro(toks), people, last_named) \
                    or _sentence_subject(text, prev_toks, people, last_named)
            speaker_src = Attribution(inherited, None, None, None, None, 0.6) if inherited else speaker_src
        if len(direct) > 1 and attr is not None and attr.cue is not None:
            group_count += 1
        for p in top:
            if _is_not_quote(text, p) or cited is not None and cited.start < p.end and p.start < cited.end:
                continue  # a title, or the name of the speaker ("erklärte der „Oberste Rat …“, …")
            s, e = p.inner
            if p in direct and attr is None and _is_label(text, p):
                continue  # a lone name or label in marks („Wikiasari“), not a statement
            if p in direct:
                group = group_count if len(direct) > 1 and attr is not None and attr.cue is not None else None
                src = speaker_src or Attribution(None, None, None, None, None, 0.4)
                conf = 0.9 if attr is not None and attr.speaker is not None else src.confidence
                quotes.append(replace(_make(text, (s, e), "direct", src, conf), group=group))
            # quoted words of a sentence without a cue are its subject's, unless the sentence is in Konjunktiv I right
            # after a quote: then they go on with that quote's speaker ("»…«, sagte Rutte. Die Allianz werde »jeden
            # Zentimeter« verteidigen.")
            elif attr is None and not (last is not None and _reported_mood(toks) == "k1") \
                    and (own := _partial_subject(text, toks, p, people, last_named)) is not None:
                quotes.append(_make(text, (s, e), "partial", Attribution(own, None, None, None, None, 0.5), 0.5))
            elif speaker_src is not None and speaker_src.speaker is not None:
                quotes.append(_make(text, (s, e), "partial", speaker_src, 0.7 if attr else 0.5))
            quotes.extend(_nested_partials(text, pairs, p, people, last_named))
        # a cue without a reported clause narrates ("Das Kirchenrecht sieht den Rücktritt vor."): the sentence
        # after it may still cite it ("Dies bestätigte der Vatikan.")
        back = _back_reference(text, all_toks[n_sentence + 1], people, last_named) \
            if not quotes and (attr is None or attr.content is None and attr.content_pair is None) \
            and n_sentence + 1 < len(all_toks) else None
        if back is not None:
            quotes.append(_make(text, _trim(text, sent.start, sent.end), "indirect", back, back.confidence))
        sentence_mood = _reported_mood(toks)
        # a hearsay modal alone reports nothing: "Der nächste Gipfel soll 2026 … stattfinden" is a plan or a
        # rumour, not reported speech (devset conventions)
        mood = sentence_mood if sentence_mood != "hearsay" else None
        # quoted words in a sentence in reported mood ("Damit seien „der Kurs … nicht mehr so klar“") are partial
        # quotes inside it: the sentence itself goes on reporting as well
        colon = _colon_head(toks) if (quotes or last is not None) and mood is not None and attr is None \
            and text.find(":", sent.start, sent.end) >= 0 else None  # (most sentences have none)
        if colon is not None and all(q.type == "partial" for q in quotes):
            # "Kretschmer verteidigte sich: Er wolle „keinen Diktatfrieden“, …": a colon introduction by its own
            # subject reports the clause after it, with quoted words in it or without, also right after another's
            # quote (no continuation of it: "„…“, sagte der Kanzler. Auch X stellte sich dahinter: Wer …, müsse …");
            # with neither, the clause path below takes it (Konjunktiv I only)
            head = _head_attribution(text, toks, colon, last, people, last_named)
            span = _trim(text, toks[colon + 1].start, sent.end)
            quotes.append(_make(text, span, "indirect", replace(head, confidence=0.6), 0.6))
        elif mood is not None and all(q.type == "partial" for q in quotes) and attr is None \
                and (_own_head(toks) is None or last is not None and _preterite_head(toks)):
            # after a quote any reported mood continues it; otherwise only Konjunktiv I, whose
            # speaker is the subject of the sentence before ("Er verteidigte … . Er halte …")
            speaker = last if last is not None else (
                _sentence_subject(text, prev_toks, people, last_named) if mood == "k1" else None)
            if speaker is not None and last is None and prev_last is not None and not _speaker_like(speaker, people) \
                    and not any(t.text in cue_verbs() for t in prev_toks):
                # one narrated sentence between quotes ("Sirenen heulten. Viele Menschen seien …"): a subject that
                # names nobody ("Sirenen") and says nothing (no cue verb: "äußerte Zweifel") is no speaker; the
                # quote before it goes on
                speaker = prev_last
            if speaker is not None:
                noun_comma = _statement_noun_comma(toks) if mood == "k1" else None
                span = _trim(text, toks[noun_comma + 1].start if noun_comma is not None else sent.start, sent.end)
                conf = 0.6 if last is not None else 0.45
                quotes.append(_make(text, span, "indirect", Attribution(speaker, None, None, None, None, conf), conf))
        own_clause: set[int] = set()  # quotes given the subject of their own clause, not ranked again
        for k, q in enumerate(quotes):
            own = _own_clause_speaker(text, toks, q, attr, people, last_named) \
                if q.type in ("partial", "direct") else None
            if own is not None and (own.start, own.end) != (q.speaker_start, q.speaker_end) \
                    and (own.entity_id is not None or q.speaker_entity_id is None or own.text in RELATIVE_SUBJECTS):
                # an unlinked description ("Der Niedersachse hatte … als „…“ kritisiert", "Ein Sprecher der Miliz")
                # may be the linked speaker before it, which the search found: it stays
                quotes[k] = replace(q, speaker_text=own.text, speaker_start=own.start, speaker_end=own.end,
                                    speaker_entity_id=own.entity_id, speaker_name=own.name)
                own_clause.add(q.start)
        attributed = attr is not None
        if quotes:
            feats = sentence_features(toks, sentence_mood, last is not None, attributed, n_sentence)
            # a speech act told without its content (type reported: "kündigte an, … zu stimmen") opens no
            # continuation: the Konjunktiv II sentence after it ("Ohne ihre Stimmen hätte die Koalition keine
            # Mehrheit") is the writer's, as when reported quotes are not asked for
            # … unlike reports that name nobody ("Sie entstammen Zeitungsberichten zufolge … Familien. Zwei der
            # Männer seien …": the reports go on; SpkAtt train)
            speakers = [q for q in quotes if q.speaker_text is not None and (rumour or q.type != "reported")]
            if not rumour and not any(q.type != "reported" for q in quotes):
                last = None
            elif speakers:
                q0 = speakers[0]
                last = _quote_speaker(q0)
                if q0.speaker_entity_id is not None or q0.speaker_text not in PRONOUNS:
                    last_named = last
            channel = _channel(text, sent, top)
            # the quote a continuation goes on with: the first with a cue of its own; when the ranker gives it
            # another speaker than the rules did, the continuation takes that one (below)
            lead = next((n_q for n_q, q in enumerate(quotes)
                         if q.cue is not None and (rumour or q.type != "reported")), None)
            ranked: SpeakerOption | None = None
            for n_q, q in enumerate(quotes):
                q_feats = feats + quote_features(q)
                if keep("rule", q_feats) or _phrase_partial(text, q) or q.type == "reported":
                    # a quote nested in another's quotation has the speaker of its own cue, a sourceless one none
                    sourceless_content = sourceless and attr.content == (q.start, q.end)
                    unranked = _nested(q, top) or sourceless_content or borrowed \
                        or _pronoun_after_cue(text, q) or _subject_past_dative(text, q) or q.type == "reported" \
                        or q.cue is not None and q.cue.endswith(RELAYED_CUE_TAIL) or _object_quoted(text, q) \
                        or q.start in own_clause
                    options = () if unranked else _speaker_options(
                        text, q, n_sentence, all_toks, people, before, last_named, noun_phrases)
                    if n_q == lead and options:
                        ranked = rank(options)
                    if sourceless_content and q.speaker_start is None \
                            and (note := _note_speaker(text, attr)) is not None:
                        # after the filter, which reads the speaker, and after `last`: a continuation does not go
                        # on with the note
                        q = replace(q, speaker_text=note.text, speaker_start=note.start, speaker_end=note.end)
                    yield Candidate(replace(q, channel=channel) if q.cue else q, "rule", q_feats, options)
            if ranked is not None and ranked.text is not None \
                    and (ranked.start, ranked.end) != (quotes[lead].speaker_start, quotes[lead].speaker_end):
                # the speaker the quote ends up with, not the rules' guess the ranker overruled, goes on: "Man sei …,
                # sagte deren Koordinatorin X. Die Lage sei „…“" (the rules found no speaker after "deren"), "…, sagte
                # dagegen Kremlsprecher X. Solange …, werde …" (session 16: tune13, tune14, tune18)
                last = Speaker(ranked.text, ranked.start, ranked.end, ranked.entity_id, ranked.name)
                if ranked.entity_id is not None or ranked.text not in PRONOUNS:
                    last_named = last
        else:
            clause = _sentence_clause(text, toks, sent, mood if last is not None else _only_konjunktiv_i(mood))
            act = (_reported_infinitive(text, toks, people, last_named)
                   or _reported_act(text, toks, sent, people, last_named)) if reported and clause is None else None
            if act is None and reported and clause is None and last is not None and sentence_mood == "hearsay" \
                    and PERFECT_HEARSAY_RE.search(text, sent.start, sent.end):
                # "„…“, sagte der Staatsanwalt. Er soll die Tat gestanden haben.": a hearsay modal with a perfect
                # infinitive right after a quote tells what its speaker reported (SpkAtt's FreeIndirect); the devset
                # conventions count no hearsay (plans and rumours), so it comes only on request, as type reported
                act = _make(text, _trim(text, sent.start, sent.end), "reported",
                            Attribution(last, None, None, None, None, REPORTED_CONFIDENCE), REPORTED_CONFIDENCE)
            # the learned filters' features only for a sentence with a candidate (most sentences have none)
            feats = sentence_features(toks, sentence_mood, last is not None, attributed, n_sentence) \
                if act is not None or clause is not None else ()
            if act is not None:
                # a speech act told without a content clause ("Merz forderte mehr Druck auf Russland"): SpkAtt's
                # Reported quotation is the whole sentence, speaker and cue included; the devset conventions leave
                # it out, so it has its own type and no speaker ranking (its speaker is the verb's subject)
                yield Candidate(act, "reported", feats, ())
            if clause is not None:
                span, comma = clause
                attr = _head_attribution(text, toks, comma, last, people, last_named) if comma is not None \
                    else Attribution(last or _sentence_subject(text, prev_toks, people, last_named),
                                     None, None, None, None, 0.4)
                q = _make(text, span, "indirect", attr, 0.4)
                q_feats = feats + quote_features(q)
                # a colon introduction by someone named ("Meinl-Reisinger verurteilte die Angriffe: Wer …
                # bombardiere, führe Krieg …") reports what follows, whatever the verb
                if keep("sentence", q_feats) or comma is not None and toks[comma].text == ":" \
                        and attr.speaker is not None and _speaker_like(attr.speaker, people):
                    options = () if _agentless(attr) else _speaker_options(
                        text, q, n_sentence, all_toks, people, before, last_named, noun_phrases)
                    yield Candidate(q, "sentence", q_feats, options)
            last = None
        # the previous sentence's source: its quote's speaker, else the subject of its cue verb ("Die
        # Wahlkommission gab ein Ergebnis bekannt. Demnach …")
        prev_source = last if any(q.speaker_text is not None and q.type != "reported" for q in quotes) else cited
        prev_toks = toks


#: verb parts that tell a stance in a verb-final clause whose form the cue verb table lacks (it lists ``lehnt`` for
#: "lehnt … ab", not the joined ``ablehnte``): ``…, was der Bürgermeister ablehnte: „…“``, ``…, die den Einsatz als
#: „…“ verurteilten``, ``…, der die Kritik zurückwies: „…“``
STANCE_VERB_PARTS = ("lehnt", "urteilt", "wies")
#: articles that may open a subject (nominative), unlike ``den``/``dem``/``des``/``einen``/``einem``/``eines``
NOMINATIVE_OPENERS = frozenset("der die das ein eine".split())
#: subject pronouns right after a verb: the noun phrase before the verb is then its object
#: (``Eine Einigung hält sie für „unwahrscheinlich“``)
SUBJECT_PRONOUNS_AFTER_VERB = frozenset("er sie wir ich man".split())


def _own_clause_speaker(text: str, toks: list[Token], q: Quote, attr: Attribution | None, people: list[Mention],
                        last_named: Speaker | None) -> Speaker | None:
    """The subject of the clause a partial quote stands in, or of the clause a colon closes before a direct one,
    when that clause tells a speech act: its opening noun phrase before the finite verb (``Die Linke lehnt … ab;
    Fraktionschefin X kündigte Widerstand „…“ an``), in a relative clause the noun phrase after the pronoun (``…, was
    der Bürgermeister ablehnte: „…“``) or the pronoun itself, standing for the noun phrase before the comma (``…
    von 20 Gouverneuren, die den Einsatz als „…“ verurteilten``). None in a reported clause (Konjunktiv, ``dass``,
    ``ob``, the attribution's content), where the subject is what is spoken about.

    >>> text = "Die Partei lehnt das ab; Fraktionschefin Anna Berg kündigte Widerstand „auf allen Ebenen“ an."
    >>> toks = tokenize(text, 0, 72) + [Token(QUOTE, 72, 88)] + tokenize(text, 88)
    >>> q = _make(text, (73, 87), "partial", Attribution(None, None, None, None, None, 0.5), 0.5)
    >>> _own_clause_speaker(text, toks, q, None, [], None).text
    'Fraktionschefin Anna Berg'
    """
    qi = next((k for k, t in enumerate(toks) if t.text == QUOTE and t.start < q.start <= t.start + 1), None)
    if qi is None or attr is not None and attr.content is not None and attr.content[0] <= q.start < attr.content[1]:
        return None
    colon = qi > 0 and toks[qi - 1].text == ":"
    if q.type == "direct" and not colon:
        return None
    at = qi - 1 if colon else qi  # the clause's words before the quotation (or its colon)
    start = _clause_start(toks, at, past_quotes=True)
    end = at if colon else _next_index(toks, qi + 1, CLAUSE_ENDS)
    if any(t.text in KONJUNKTIV or t.text.lower() in COMPLEMENTIZER_WORDS for t in toks[start:end]):
        return None
    verbs = cue_verbs()
    k = start
    while k < at and toks[k].text.lower() in LEADING_ADVERBS:
        k += 1
    if k + 1 >= at:
        return None
    if start > 0 and toks[start - 1].text == "," and (toks[k].text in RELATIVE_PRONOUNS or toks[k].text == "was"):
        if not any(t.text in verbs or any(part in t.text for part in STANCE_VERB_PARTS) for t in toks[k + 1:end]):
            return None
        after = toks[k + 1]
        dative = toks[k].text in RELATIVE_SUBJECTS \
            and _oblique_der(toks, k + 1, at, end, _thing_antecedent(toks, start, people)) \
            or toks[k].text == "der" and _masculine_antecedent(text, toks, start, people)
        if not dative and (after.text in NOMINATIVE_OPENERS or any(m.start == after.start for m in people)):
            subject_end = _np_end(toks, k + 1, at)
            return _speaker_at(text, toks, k + 1, subject_end, people, last_named) if subject_end else None
        if toks[k].text not in RELATIVE_SUBJECTS or not after.text.islower() \
                or after.text in DESCRIPTION_DETERMINERS and after.text not in RELATIVE_OBJECT_OPENERS and not dative:
            return None  # "die Reform …": an article, no pronoun
        return _antecedent_speaker(text, toks, start, k, people, last_named)
    if toks[k].text.lower() in NOT_NP_START and not _possessive(toks, k, at) or _is_object_np(toks, k):
        return None
    subject_end = _np_end(toks, k, at)
    if subject_end is None or subject_end + 1 >= end or not toks[subject_end].text.islower() \
            or toks[subject_end + 1].text in SUBJECT_PRONOUNS_AFTER_VERB:
        return None
    finite = toks[subject_end].text
    if finite not in verbs and not (finite in AUXILIARIES and any(t.text in verbs for t in toks[subject_end:end])):
        return None
    return _speaker_at(text, toks, k, subject_end, people, last_named)


#: endings of a feminine noun (``Ministerin``, ``Senatorin``, ``Regierung``, ``Mehrheit``, ``Partnerschaft``,
#: ``Kommission``): ``der`` before one is its dative or genitive, never a subject's article
FEMININE_NOUN_RE = re.compile(r"(?:[a-zäöüß]{2}(?:[eo]r|t|f|g|d|s)in|ung|heit|keit|schaft|ion|tät)$")


#: verb-final forms of cue verbs whose object is a dative (``jemandem etwas vorwerfen``, ``jemandem widersprechen``):
#: after a relative ``die``, never a dative, the one ``der`` noun phrase of the clause is that dative (session 15:
#: ``…, die der Stadt „…“ vorwarf`` gave the person named before, ``Stadt`` having no feminine ending)
DATIVE_CUE_RE = re.compile(r"(?:vor(?:warf|wirft|werfen|hielt|hält|halten)|unterstell|bescheinig|attestier|droh"
                           r"|widersprach|widerspricht|widersprechen|zustimm|zusicher)\w*")


def _oblique_der(toks: list[Token], i: int, at: int, end: int, thing_antecedent: bool = False) -> bool:
    """Whether ``der`` at ``toks[i]``, right after a relative pronoun, opens a noun phrase that cannot be the
    clause's subject, so the pronoun is (``…, die der Ministerin „…“ vorwarf``; session 14: ``der Ministerin`` was read
    as the subject): its noun is feminine (:data:`FEMININE_NOUN_RE`, ``der`` is then dative or genitive), the
    clause's verb at its end is plural (``…, die der Stadt „…“ vorwarfen``) where ``der`` + noun is singular, or
    the pronoun is ``die`` and the verb wants a dative (:data:`DATIVE_CUE_RE`) that no other word of the clause gives
    (``…, die der Stadt „…“ vorwarf``) and the antecedent is no thing reproached (``thing_antecedent``,
    :func:`_thing_antecedent`).

    >>> [_oblique_der(tokenize(f"die der {noun} wieder {verb}"), 1, 4, 5)
    ...  for noun, verb in [("Ministerin", "vorwarf"), ("Stadt", "vorwarfen"), ("Minister", "nannte"),
    ...                     ("Stadt", "vorwarf")]]
    [True, True, False, True]
    """
    if toks[i].text != "der":
        return False
    np_end = _np_end(toks, i, at)
    if np_end is None:
        return False
    verb = toks[end - 1].text if toks[end - 1].text.isalpha() else toks[end - 2].text
    # the phrase's head is its first capitalised word: a noun after it is the clause's object (``der der Stadtrat
    # Untätigkeit vorwarf``: ``_np_end`` runs on over ``Untätigkeit``, whose -keit made ``der Stadtrat`` a dative)
    head = next((t.text for t in toks[i + 1:np_end] if t.text[:1].isupper()), toks[np_end - 1].text)
    return FEMININE_NOUN_RE.search(head) is not None or verb.islower() and verb.endswith("en") \
        or toks[i - 1].text == "die" and not thing_antecedent and DATIVE_CUE_RE.fullmatch(verb) is not None \
        and not any(t.text in DATIVE_OPENERS for t in toks[np_end:end])


def _reported_act(text: str, toks: list[Token], sent: Sentence, people: list[Mention],
                  last_named: Speaker | None) -> Quote | None:
    """The sentence as a ``reported`` quote when its verb is a speech act (``data/reported_verbs.csv``) with the
    word it needs in its clause (``sprach … von``) and a subject to say it.

    >>> text = "Das Weiße Haus verlangte einen umgehenden Rückzug der Truppen."
    >>> q = _reported_act(text, tokenize(text), Sentence(0, len(text), 0), [], None)
    >>> q.text, q.speaker_text, q.cue
    ('Das Weiße Haus verlangte einen umgehenden Rückzug der Truppen', 'Das Weiße Haus', 'verlangte')
    """
    verbs = reported_verbs()
    i = next((k for k in range(1, len(toks)) if toks[k].text in verbs), None)
    if i is None:
        return None
    particle = verbs[toks[i].text]
    clause_end = _next_index(toks, i, (",", ";", ":"))
    clause_start = _clause_start(toks, i)
    # the word may lead too: "Von einem Risiko sprach er", "… wurde von X als unrealistisch bezeichnet"
    at = next((k for k in range(clause_start, clause_end) if k != i and toks[k].text == particle), None) \
        if particle else i
    if at is None or _negated(toks, i, clause_end):
        return None
    aux, agent = _passive_auxiliary(toks, i, clause_start, clause_end)
    if aux is not None:
        # "Der Vorschlag wurde von der Opposition kritisiert": the agent spoke; without one nobody did
        speaker = _agent_speaker(text, toks, agent, clause_end, people, last_named)
    elif i + 1 < len(toks) and toks[i + 1].text in INVERTED_PRONOUNS:
        # "Die Tat bezeichnete er als sinnlos": a pronoun right after the verb is its subject, the object leads
        speaker = _speaker_at(text, toks, i + 1, i + 2, people, last_named)
    elif toks[0].text in OBJECT_OPENERS:
        # "Den Schaden schätzt die Polizei auf …": an accusative or dative opens, the subject follows the verb
        after = _inverted_subject(toks, i + 1, clause_end)
        speaker = _speaker_at(text, toks, after[0], after[1], people, last_named) if after else None
    else:
        speaker = _sentence_subject(text, toks, people, last_named)
        if speaker is None and toks[0].text.lower() in NOT_NP_START \
                and (after := _inverted_subject(toks, i + 1, clause_end)) is not None:
            # "Seit Jahren fordert der mexikanische Staat …", "Als Beispiel nannte die NASA …": an adverbial opens,
            # the subject follows the verb
            speaker = _speaker_at(text, toks, after[0], after[1], people, last_named)
    if speaker is None:
        return None
    cue = toks[i].text if at == i else f"{toks[i].text} ... {toks[at].text}"
    attr = Attribution(speaker, cue, toks[i].start, None, None, REPORTED_CONFIDENCE)
    return _make(text, _trim(text, sent.start, sent.end), "reported", attr, REPORTED_CONFIDENCE)


def _reported_infinitive(text: str, toks: list[Token], people: list[Mention],
                         last_named: Speaker | None) -> Quote | None:
    """The ``zu``-infinitive complement after a comma as a ``reported`` quote when the clause before the comma has a
    cue verb that no speaker attribution took: a passive (``Ihm wird vorgeworfen, …``: its agent or nobody speaks)
    or a subject the verb attribution did not find; the first such comma.

    >>> text = "Dem Mann wird vorgeworfen, seine Tochter geschlagen zu haben."
    >>> q = _reported_infinitive(text, tokenize(text), [], None)
    >>> q.text, q.speaker_text, q.cue
    ('seine Tochter geschlagen zu haben', None, 'wird ... vorgeworfen')
    """
    verbs = cue_verbs()
    for k in (k for k, t in enumerate(toks) if t.text == "," and 0 < k < len(toks) - 1):
        i = next((j for j in range(_clause_start(toks, k), k) if toks[j].text in verbs
                  and (not verbs[toks[j].text].particle_required
                       or any(t.text in verbs[toks[j].text].particles for t in toks[j + 1:k]))), None)
        if i is None or _negated(toks, i, k) or toks[k + 1].text in RELATIVE_STARTS \
                or _relative_clause(toks, k + 1) or _adverbial_clause(toks, k + 1):
            continue
        end = _reported_end(toks, k + 1)
        span = _trim(text, toks[k + 1].start, toks[end - 1].end)
        if span[0] >= span[1] or not _is_infinitive_clause(text, span):
            continue
        aux, agent = _passive_auxiliary(toks, i, _clause_start(toks, i), k)
        cue = toks[i].text
        if aux is not None:
            speaker = _agent_speaker(text, toks, agent, k, people, last_named)
            cue = f"{toks[aux].text} ... {cue}" if aux < i else f"{cue} ... {toks[aux].text}"
        else:
            speaker = _dative_relative_subject(text, toks, i, people, last_named) \
                or _sentence_subject(text, toks, people, last_named)
            if speaker is None:
                return None
        attr = Attribution(speaker, cue, toks[i].start, None, None, REPORTED_CONFIDENCE)
        return _make(text, span, "reported", attr, REPORTED_CONFIDENCE)
    return None


#: relative pronouns that are only dative: the clause they open has its own subject after them (``die Banken, denen
#: X vorwirft, …``); ``der`` may be the subject itself and is left to the sentence
DATIVE_RELATIVES = frozenset({"dem", "denen"})
#: (review 14b) a relative "die"/"der" before a dative that only an object can open is the clause's subject itself:
#: "Es sprach X, die dem Rat vorwirft, …", "… von den Anwohnern, die dem Senat vorwarfen, …"
SUBJECT_RELATIVES = frozenset({"die", "der"})
DATIVE_OPENERS = frozenset({"dem", "einem", "ihm", "ihnen"})
#: adverbials that may stand between a relative pronoun and its clause's subject (``denen unter anderem X …``)
RELATIVE_ADVERBIALS = (("unter", "anderem"), ("vor", "allem"), ("auch",), ("zudem",))


def _dative_relative_subject(text: str, toks: list[Token], i: int, people: list[Mention],
                             last_named: Speaker | None) -> Speaker | None:
    """The subject of the relative clause the cue ``toks[i]`` ends when a dative relative pronoun opens it after a
    comma (session 14: the verb-final ``vorwirft``, ``vorwarfen`` of :func:`flows.quotes.lexicon._inflected`
    reach such clauses; the sentence's subject is someone else), past an adverbial, also with one after it; a
    relative ``die``/``der`` before a dative (``…, die dem Rat vorwirft``) is that subject itself; None otherwise.

    >>> t = "Die Kritik galt den Banken, denen unter anderem der Minister vorwirft, versagt zu haben."
    >>> _dative_relative_subject(t, tokenize(t), 11, [], None).text
    'der Minister'
    """
    k = _clause_start(toks, i)
    if k == 0 or toks[k - 1].text != ",":
        return None
    if toks[k].text in SUBJECT_RELATIVES and k + 1 < i and toks[k + 1].text in DATIVE_OPENERS:
        # "…, die dem Rat vorwirft, …": the pronoun, standing for its antecedent (session 15: it was left unlinked)
        return _antecedent_speaker(text, toks, k, k, people, last_named) \
            or _speaker_at(text, toks, k, k + 1, people, last_named)
    if toks[k].text not in DATIVE_RELATIVES:
        return None
    k += 1
    for words in RELATIVE_ADVERBIALS:
        if tuple(t.text for t in toks[k:k + len(words)]) == words:
            k += len(words)
            break
    end = _np_end(toks, k, i)  # an adverbial may follow the subject: "denen X seit Jahren vorwirft"
    return _speaker_at(text, toks, k, end, people, last_named) if end is not None and end <= i else None


def _agent_speaker(text: str, toks: list[Token], agent: int | None, end: int, people: list[Mention],
                   last_named: Speaker | None) -> Speaker | None:
    """The speaker of a passive speech act: its ``von`` agent before ``end``; without one nobody spoke."""
    agent_end = _np_end(toks, agent, end) if agent is not None else None
    return _speaker_at(text, toks, agent, agent_end, people, last_named) if agent_end else None


INVERTED_PRONOUNS = frozenset("er man wir".split())  # not "sie", which may be the object of a fronted "Sie"
OBJECT_OPENERS = frozenset("Den Dem".split())
REPORTED_CONFIDENCE = 0.5  # a speech act without a content clause is a quote by SpkAtt's conventions only


def _back_reference(text: str, toks: list[Token], people: list[Mention],
                    last_named: Speaker | None) -> Attribution | None:
    """``Das teilte die Polizei mit.`` / ``Dies bestätigte der Vatikan.``: a sentence opened by a
    demonstrative and a cue verb with its subject after it reports the sentence before (SpkAtt train and
    dev: 44 of 72 such pronoun-opened sentences, nearly all misses among them narrate instead of citing).

    >>> text = "Das teilte die Polizei mit."
    >>> a = _back_reference(text, tokenize(text), [], None)
    >>> (a.speaker.text, a.cue)
    ('die Polizei', 'teilte ... mit')
    """
    if len(toks) < 4 or toks[0].text not in BACK_REFERENCES or any(t.text in (QUOTE, "dass") for t in toks):
        return None
    last = toks[-2] if toks[-1].text in ".!?" else toks[-1]
    if toks[1].text in ("geht", "ging") and toks[2].text == "aus" and last.text == "hervor":
        # "Dies geht aus einer Mitteilung des Konzerns hervor": the document (or whose it is) speaks
        end = _np_end(toks, 3, len(toks))
        speaker = _speaker_at(text, toks, 3, end, people, last_named) if end else None
        if speaker is None:
            return None
        return Attribution(speaker, f"{toks[1].text} aus ... hervor", toks[1].start, None, None, 0.7)
    verb = cue_verbs().get(toks[1].text)
    if verb is None or toks[1].text in announce_verbs():
        return None
    particle = last.text if last.text in verb.particles else None
    if verb.particle_required and particle is None:
        return None
    subject = _inverted_subject(toks, 2, len(toks)) or _bare_plural_subject(toks, 2)
    if subject is None:
        return None
    speaker = _speaker_at(text, toks, subject[0], subject[1], people, last_named)
    cue = toks[1].text + (f" ... {particle}" if particle else "")
    return Attribution(speaker, cue, toks[1].start, None, None, 0.7)


def _bare_plural_subject(toks: list[Token], i: int) -> tuple[int, int] | None:
    """``Das berichten arabische Medien.``: adjectives and a noun without an article ending the sentence (an
    inverted subject needs an article before adjectives); the span of that noun phrase.

    >>> _bare_plural_subject(tokenize("Das berichten arabische Medien."), 2)
    (2, 4)
    """
    k = i
    while k < len(toks) and ADJECTIVE_RE.match(toks[k].text) and toks[k].text not in NP_STOP:
        k += 1
    if k == i or k >= len(toks) or not _is_noun(toks[k]) or toks[k].text == QUOTE:
        return None
    end = k + 1
    return (i, end) if end == len(toks) or end == len(toks) - 1 and toks[end].text in ".!?" else None


def _statement_noun_comma(toks: list[Token]) -> int | None:
    """The comma after which a Konjunktiv I clause gives the content of a statement noun in an indicative head
    (``zog das Angebot mit der Begründung zurück, dieses habe die Ausschreibung zugeschnitten``, ``Die erste Reaktion
    bestand in der Ankündigung, der Iran werde …``); None when the head is reported too or no such noun precedes.

    >>> _statement_noun_comma(tokenize("Er zog das Angebot mit der Begründung zurück, dieses habe nichts gebracht."))
    8
    """
    for k in range(2, len(toks) - 2):
        if toks[k].text != ",":
            continue
        near = [t.text.lower() for t in toks[max(0, k - 3):k]]
        if any(w.endswith(COMPLEMENT_NOUNS) for w in near) and _clause_mood(toks[k:]) == "k1" \
                and _clause_mood(toks[:k]) is None and not any(t.text == QUOTE for t in toks[:k]):
            return k
    return None


def _nested(q: Quote, top: list[QuotePair]) -> bool:
    """Whether ``q`` lies inside a quotation of the sentence other than its own marks."""
    return any(p.start < q.start and q.end < p.end and p.inner != (q.start, q.end) for p in top)


def _sentence_clause(text: str, toks: list[Token], sent: Sentence,
                     mood: str | None) -> tuple[tuple[int, int], int | None] | None:
    """The reported part of a sentence the rules found no attribution in, with the index of the comma
    before ``dass`` if any: after ``, dass`` when a short head introduces it (``Er fürchtet, dass …``),
    the whole sentence in reported mood, else None (speech acts without a reported clause and
    ``zu``-infinitive complements are no quotes by the devset conventions).

    >>> text = "Er räumte ein, dass es regnet."
    >>> _sentence_clause(text, tokenize(text), Sentence(0, len(text), 0), None)
    ((20, 29), 3)
    """
    for k in range(1, min(len(toks) - 2, 12)):
        if toks[k].text == "," and toks[k + 1].text == "dass":
            if PRONOMINAL_ADVERB_RE.match(toks[k - 1].text) and not any(t.text in cue_verbs() for t in toks[:k]):
                return None  # "Dabei ging es darum, dass …", "Hinzu kommt, dass …": a complement clause, no report
            if any(toks[j].text in cue_verbs() and _negated(toks, j, k) for j in range(k)):
                return None  # "Die Polizei konnte weder bestätigen noch ausschließen, dass …": nobody claims it
            return _trim(text, toks[k + 2].start, sent.end), k
    head = _colon_head(toks) if text.find(":", sent.start, sent.end) >= 0 else None  # (most sentences have none)
    if head is None and mood is not None:
        head = _own_head(toks)
    if head is not None:
        return _trim(text, toks[head + 1].start, sent.end), head
    noun_comma = _statement_noun_comma(toks) if mood == "k1" else None
    if noun_comma is not None:  # "… zog das Angebot mit der Begründung zurück, dieses habe …": the noun's content
        return _trim(text, toks[noun_comma + 1].start, sent.end), noun_comma
    span = _trim(text, sent.start, sent.end)
    return (span, None) if span[0] < span[1] and mood is not None else None


#: adverbs whose "dass" clause is their complement, no reported speech unless a cue verb governs them ("Es geht
#: darum, dass …", "Die Partie startete damit, dass …", "Hinzu kommt, dass …"; not "X erklärt dazu, dass …"; SpkAtt
#: train does report "ärgerte sich darüber, dass …", "bestehe das Problem darin, dass …", so those stay)
PRONOMINAL_ADVERB_RE = re.compile(
    r"^(?:[Dd]arum|[Dd]amit|[Hh]inzu)$")
#: words after a comma that open no reported clause: conjunctions and relative pronouns
CLAUSE_LINKS = frozenset("und oder aber sondern denn der die das dem den wie so".split())


def _own_head(toks: list[Token]) -> int | None:
    """The comma after which a sentence's reported clause starts when the sentence opens with its own
    subject and an indicative verb (``Der Richter ging davon aus, dass …``, ``Die Staatsanwaltschaft hegt
    den Verdacht, X könnte …``): it is that subject's statement, no continuation of the quote before.

    >>> _own_head(tokenize("Der Richter ging davon aus, dass es so sei."))
    5
    >>> _own_head(tokenize("Die Lage sei ernst, der Winter komme."))
    """
    comma = next((k for k in range(2, min(len(toks) - 2, OWN_HEAD_REACH)) if toks[k].text == ","), None)
    if comma is None or toks[0].text == QUOTE:
        return None
    opener = toks[comma + 1].text
    # an article before its noun opens the reported clause ("…, das Gericht sei nicht zuständig"), a relative
    # pronoun does not
    article = opener in RELATIVE_PRONOUNS and comma + 2 < len(toks) and _is_noun(toks[comma + 2]) \
        and toks[comma + 2].text != QUOTE and not _relative_clause(toks, comma + 1)
    if opener != "dass" and (opener.lower() in RELATIVE_STARTS or opener.lower() in SUBORDINATORS
                             or opener in CLAUSE_LINKS and not article or _clause_mood(toks[comma:]) is None):
        return None
    # "Es wird befürchtet, dass …": an agentless passive is a head of its own too (with no speaker)
    end = 1 if toks[0].text == "Es" and toks[1].text in PASSIVE_AUXILIARIES else _np_end(toks, 0, comma)
    if end is not None and end < comma and toks[end].text in SOURCE_PREPOSITIONS:
        end = _np_end(toks, end + 1, comma) or end  # "Günter Metzges vom Netzwerk Campact ist der Meinung, …"
    if end is None or end >= comma or not toks[end].text.isalpha() or not toks[end].text.islower() \
            or toks[end].text in NP_STOP or _clause_mood(toks[:comma]) is not None \
            or any(t.text in KONJUNKTIV for t in toks[:comma]):
        return None
    return comma


#: pronominal adverbs after a verb that announce a clause of their own (``Die Experten rechneten damit, …``)
CLAUSE_ANNOUNCING_ADVERB_RE = re.compile(r"^dar?(?:an|auf|aus|für|mit|nach|über|um|von|vor|zu)$")


def _preterite_head(toks: list[Token]) -> bool:
    """Whether a sentence's own head (``_own_head``) right after a quote is an opening clause in a weak preterite
    plural, the form of the Konjunktiv II as well, with a Konjunktiv I main clause after its comma: ``„…“, sagte X.
    Die Beamten fehlten an allen Ecken, die Pläne seien kaum noch einzuhalten.`` goes on reporting as a whole, its
    first clause no statement of its subject (tune7 ``Die Beschäftigten arbeiteten seit Jahren am Limit, der
    Fahrermangel werde …``, tune21 ×2). Not with a cue verb before the comma (``Die Minister betonten, …``), a
    pronominal adverb announcing a clause (``Die Experten rechneten damit, …``) or nothing between verb and comma
    (``Die Ärzte befürchteten, …``), nor before a ``dass`` clause.

    >>> _preterite_head(tokenize("Die Beamten fehlten an allen Ecken, die Pläne seien kaum noch einzuhalten."))
    True
    >>> _preterite_head(tokenize("Die Experten rechneten damit, die Preise seien bald höher."))
    False
    """
    head = _own_head(toks)
    end = _np_end(toks, 0, head) if head is not None else None
    if end is None or end + 1 >= head or toks[head + 1].text == "dass":
        return False
    verb = toks[end].text
    return verb.islower() and verb.endswith("ten") and _clause_mood(toks[head:]) == "k1" \
        and not any(t.text in cue_verbs() or CLAUSE_ANNOUNCING_ADVERB_RE.match(t.text) for t in toks[:head])


def _colon_head(toks: list[Token]) -> int | None:
    """The colon after which a sentence's reported clause starts when the sentence opens with its own subject and
    an indicative verb and goes on in Konjunktiv I or II after the colon (``Meinl-Reisinger verurteilte die Angriffe:
    Wer Kraftwerke bombardiere, führe Krieg``), also without a quote before it.

    >>> _colon_head(tokenize("Die Ministerin verurteilte die Angriffe: Wer Kraftwerke bombardiere, führe Krieg."))
    5
    >>> _colon_head(tokenize("Die Bilanz ist klar: Die Zahl der Toten stieg."))
    """
    colon = next((k for k in range(2, min(len(toks) - 2, OWN_HEAD_REACH)) if toks[k].text in (",", ":")), None)
    if colon is None or toks[colon].text != ":" or toks[colon + 1].text == QUOTE:
        return None
    end = _np_end(toks, _subject_opening(toks), colon)
    if end is None or end >= colon or not toks[end].text.isalpha() or not toks[end].text.islower() \
            or toks[end].text in NP_STOP or _clause_mood(toks[colon:]) not in ("k1", "k2") \
            or _clause_mood(toks[:colon]) is not None:  # (the mood scans last: they read the whole sentence)
        return None
    return colon


def _subject_opening(toks: list[Token]) -> int:
    """Where the subject opening a sentence starts: after a focus particle or a conjunction before a capitalised
    word (``Auch NEOS-Klubobmann X stellte sich hinter das Vorhaben: …``, ``Doch die Ministerin wies …``), else at
    the first word.

    >>> [_subject_opening(tokenize(s)) for s in ("Auch Klubobmann X stellte sich dahinter.", "Auch er sagte das.")]
    [1, 0]
    """
    return 1 if len(toks) > 2 and toks[0].text.lower() in SUBJECT_PARTICLES and toks[1].text[:1].isupper() else 0


def _pronoun_after_cue(text: str, q: Quote) -> bool:
    """The rules' speaker is ``er``/``sie`` right after the cue verb (``„…“, sagte er der WAZ``, ``…, sagte sie in
    ihrer Videobotschaft``): the inverted subject is certain, the ranker would weigh the objects after it."""
    if q.cue is None or q.cue_start is None or q.speaker_start is None or q.speaker_text not in PRONOUNS:
        return False
    verb_end = q.cue_start + len(q.cue.split()[0])
    return verb_end <= q.speaker_start and not text[verb_end:q.speaker_start].strip()


def _subject_past_dative(text: str, q: Quote) -> bool:
    """The rules' speaker comes after a feminine dative right after the cue verb (:func:`_past_dative`: ``…, sagte
    der Zeitung die Kanzlerin``, also past adverbs: ``sagte dagegen der Nachrichtenagentur Reuters ein Sprecher``):
    certain, the ranker would take the noun phrase right after the verb (review 16)."""
    if q.cue is None or q.cue_start is None or q.speaker_start is None or q.speaker_text is None \
            or q.speaker_text.split()[0] not in NOMINATIVE_AFTER_DATIVE:
        return False
    between = tokenize(text[q.cue_start + len(q.cue.split()[0]):q.speaker_start])
    k = next((n for n, t in enumerate(between) if t.text not in CUE_SUBJECT_ADVERBS), len(between))
    return k < len(between) and between[k].text == "der" and _np_end(between, k, len(between)) == len(between)


def _object_quoted(text: str, q: Quote) -> bool:
    """The rules' speaker is the one a quoting verb names after its subject (:func:`_quoted_object`: ``…, zitierte
    die Agentur den Machthaber``): certain, the ranker would take the subject right after the verb."""
    if q.cue not in QUOTING_VERBS or q.cue_start is None or q.speaker_start is None:
        return False
    return bool(text[q.cue_start + len(q.cue):q.speaker_start].strip())


def _only_konjunktiv_i(mood: str | None) -> str | None:
    """The reported mood that makes a sentence reported speech when no quote comes right before it:
    Konjunktiv I only (Konjunktiv II and hearsay modals are also conditionals and rumours)."""
    return mood if mood == "k1" else None


def _speaker_like(speaker: Speaker, people: list[Mention]) -> bool:
    """The speaker names someone: a pronoun, a linked entity or a person or organisation mention."""
    return speaker.text in PRONOUNS or speaker.entity_id is not None \
        or any(m.start < speaker.end and speaker.start < m.end for m in people)


#: report nouns that tell a will, no statement (``nach dem Willen der Regierung``)
WILL_NOUNS = frozenset({"willen"})
#: words right after a source note's noun that open its source (``nach ersten Angaben der Polizei``, ``laut
#: Auskunft ihrer Freundin``, ``nach Angaben aus Kiew``)
NOTE_SOURCE_OPENERS = GENITIVE_DETERMINERS | SOURCE_PREPOSITIONS | frozenset(
    "ihrer seiner dessen deren unserer eurer meiner".split())
#: an adjective of origin in a note, also after a "y" (``nach jüngsten libyschen Angaben``): the note has a source
NOTE_ORIGIN_RE = re.compile(r"[iy]sch(?:e|en|er|es|em)$")
#: words of a note that point back to a source named before (``nach diesen Angaben``)
NOTE_BACK_POINTERS = frozenset("diesen dieser diesem denselben ihren seinen".split())


def _note_of_no_statement(toks: list[Token], attr: Attribution, sourceless: bool) -> bool:
    """A source note inside a clause that reports nobody's statement: a statement noun without a source before an
    indicative clause (``Verletzt wurde nach ersten Informationen niemand``, ``will … dem Vernehmen nach …
    einbringen``) or a will, also with a hearsay modal (``soll nach dem Willen der Regierung … werden``). None of the
    tuning sets' such sentences is a gold quote (tune7, tune13 x2, tune14 x2, and tune8's ``Berichten zufolge`` x2,
    which :func:`_anonymous_hearsay` takes); SpkAtt marks them (:func:`_note_speaker`; ``Nach dem Willen des
    G8-Gipfels soll …``, dev), so they are reports the devset conventions do not count, type ``reported``, as
    ``Berichten zufolge`` inside a clause already was. Not a note opening the sentence (``Nach ersten Angaben wurden
    …``: a quote, as before), ``Demnach`` (the source before), an agentless passive, a note with its source after the
    noun, in an adjective of origin (``nach israelischen Angaben``) or named before (``nach diesen Angaben``), or a
    statement noun before a clause in reported mood (``… seien nach ersten Angaben …``).

    >>> toks = tokenize("Verletzt wurde nach ersten Informationen niemand.")
    >>> _note_of_no_statement(toks, Attribution(None, "nach ersten Informationen", 15, (0, 48), None, 0.7), True)
    True
    >>> toks = tokenize("Verletzt worden seien nach ersten Informationen zwei Menschen.")
    >>> _note_of_no_statement(toks, Attribution(None, "nach ersten Informationen", 22, (0, 60), None, 0.7), True)
    False
    >>> toks = tokenize("Sie wollte es laut Auskunft ihrer Freundin nicht wahrhaben.")
    >>> _note_of_no_statement(toks, Attribution(None, "laut Auskunft", 14, (0, 58), None, 0.7), True)
    False
    >>> toks = tokenize("Nach ersten Informationen wurde niemand verletzt.")
    >>> _note_of_no_statement(toks, Attribution(None, "Nach ersten Informationen", 0, (26, 48), None, 0.7), True)
    False
    """
    mood = _reported_mood(toks)
    if attr.cue is None or mood not in (None, "hearsay") or not toks or attr.cue_start == toks[0].start:
        return False
    words = attr.cue.split()
    if any(w.lower() in WILL_NOUNS for w in words):
        return True
    if mood is not None or not sourceless or attr.cue in SOURCE_PRO_FORMS or _agentless(attr) \
            or any(NOTE_ORIGIN_RE.search(w) or w.lower() in NOTE_BACK_POINTERS for w in words):
        return False
    at = next((k for k, t in enumerate(toks) if t.start == attr.cue_start), None)
    after = toks[at + len(words)].text.lower() if at is not None and at + len(words) < len(toks) else ""
    return after not in NOTE_SOURCE_OPENERS


def _note_speaker(text: str, attr: Attribution) -> Speaker | None:
    """The words of a source note without a source (``Nach ersten Angaben``, ``Den vorliegenden Informationen
    zufolge``, ``Dem Vernehmen nach``, ``Demnach`` with no source before) as an unlinked speaker: SpkAtt marks them
    as the speaker (train: 25 of 27 such quotes, dev 6 of 6), less the preposition; no entity and no name, so the
    devset conventions (no speaker) and the stages reading ``speaker_name`` see none. Not an agentless passive
    (``wird ... befürchtet``: nobody said it) nor a cue in parts.

    >>> t = "Nach ersten Angaben gab es zwei Tote."
    >>> _note_speaker(t, Attribution(None, "Nach ersten Angaben", 0, (20, 36), None, 0.7)).text
    'ersten Angaben'
    >>> _note_speaker("Es wird befürchtet, dass …", Attribution(None, "wird ... befürchtet", 3, (20, 26), None, 1))
    """
    start, found = attr.cue_start, SOURCE_NOTE_WORDS_RE.fullmatch(attr.cue or "")
    if start is None or found is None or not text.startswith(found.string, start) or _agentless(attr):
        return None
    return Speaker(found.group(1), start + found.start(1), start + found.end(1))


def _agentless(attr: Attribution) -> bool:
    """The attribution is an agentless passive (cue ``wird ... befürchtet``, ``berichtet ... wurde``, no
    speaker): nobody said it."""
    return attr.speaker is None and attr.cue is not None and not PASSIVE_AUXILIARIES.isdisjoint(attr.cue.split())


def _passive_auxiliary(toks: list[Token], i: int, start: int, end: int) -> tuple[int | None, int | None]:
    """The index of the form of ``werden`` that makes the cue ``toks[i]`` a participle of a passive in its
    clause ``toks[start:end]`` (``werden beschuldigt``, ``Kritisiert wird``, ``berichtet wurde``), if any, and
    where its agent's noun phrase after ``von``/``vom``/``durch`` starts, if any; not ``zitiert`` (``X wurde
    zitiert``: X spoke).

    >>> toks = tokenize("Die Männer werden beschuldigt, Geld genommen zu haben.")
    >>> _passive_auxiliary(toks, 3, 0, 4)
    (2, None)
    >>> toks = tokenize("Der Plan wurde von Merz kritisiert, weil er teuer sei.")
    >>> _passive_auxiliary(toks, 5, 0, 6)
    (2, 4)
    """
    form = toks[i].text.lower()
    participle = form.endswith("t") or (form.endswith("en") and "ge" in form[:-3])
    if not participle or form in UNPASSIVE_CUES:
        return None, None
    aux = next((k for k in range(start, end) if k != i and toks[k].text.lower() in PASSIVE_AUXILIARIES), None)
    if aux is None:
        return None, None
    # "vom Ministerium": the contracted article is the determiner, so the noun phrase starts after it
    agent = next((k + 1 for k in range(start, end - 1) if toks[k].text.lower() in PASSIVE_AGENTS), None)
    return aux, agent


def _head_attribution(text: str, toks: list[Token], comma: int, last: Speaker | None, people: list[Mention],
                      last_named: Speaker | None) -> Attribution:
    """Who says the ``dass`` clause after ``toks[comma]`` when no cue of the lexicon does: the subject
    opening the sentence (``X räumte ein, dass …``) or right after its verb (``Zudem betonte X, dass …``),
    else the previous quote's speaker; the cue is the verb with a particle before the comma
    (``räumte ... ein``), so the clause is no cue-less continuation of the quote before.

    >>> text = "Der Minister räumte ein, dass es regnet."
    >>> a = _head_attribution(text, tokenize(text), 4, None, [], None)
    >>> (a.speaker.text, a.cue)
    ('Der Minister', 'räumte ... ein')
    """
    speaker, verb = last, None
    opening = _subject_opening(toks)
    end = _np_end(toks, opening, comma)
    if end is not None and end < comma and toks[end].text in SOURCE_PREPOSITIONS:
        end = _np_end(toks, end + 1, comma) or end  # "Günter Metzges vom Netzwerk Campact ist der Meinung, …"
    if end is not None and end < comma and toks[end].text.islower() and toks[0].text != QUOTE:
        speaker, verb = _speaker_at(text, toks, opening, end, people, last_named), end
    elif comma > 2 and toks[1].text.islower() and toks[0].text != QUOTE:
        verb = 1
        after = _inverted_subject(toks, 2, comma)
        if after is not None:
            speaker = _speaker_at(text, toks, after[0], after[1], people, last_named)
        elif toks[1].text in PASSIVE_AUXILIARIES:
            speaker = None  # an agentless passive ("Es wird angenommen, dass …") has no speaker
    if verb is None or not toks[verb].text.isalpha():
        return Attribution(speaker, None, None, None, None, 0.4)
    cue = toks[verb].text
    particle = toks[comma - 1].text
    if comma - 1 > verb and particle.isalpha() and particle.islower():
        cue += f" ... {particle}"
    return Attribution(speaker, cue, toks[verb].start, None, None, 0.4)


#: prepositions: a noun phrase right after one is an adverbial (a channel, an addressee), rarely the speaker
PREPOSITIONS = frozenset("mit im in bei beim von vom gegenüber nach auf aus zu zum zur für über an am vor".split())
#: sentences around a quote whose noun phrases may be its speaker (relative to the quote's sentence)
SPEAKER_WINDOW = (-2, -1, 0, 1)
#: character distances between a speaker option and its quote, as feature buckets
DISTANCE_BUCKETS = (3, 12, 40, 100, 250)


@dataclass(frozen=True, slots=True)
class NounPhrase:
    """A noun phrase ``toks[start:end]`` of a sentence as a possible speaker: the speaker it resolves to
    and the ranking features that do not depend on the quote (``offset_flags`` get the sentence offset)."""

    start: int
    end: int
    speaker: Speaker
    features: frozenset[str]
    offset_flags: tuple[str, ...]
    types: str  # feature naming the entity types of the mentions on the speaker span
    colon_at: int | None  # offset of the first colon after the noun phrase in its sentence


def _noun_phrases(text: str, toks: list[Token], people: list[Mention],
                  last_named: Speaker | None) -> tuple[NounPhrase, ...]:
    """Every noun phrase of a sentence's tokens, left to right, with its quote-independent features.

    >>> [np.speaker.text for np in _noun_phrases("Merz sagte der ARD: „Ja.“", tokenize("Merz sagte der ARD:"), [], None)]
    ['Merz', 'der ARD']
    """
    verbs = cue_verbs()
    cue_in_sentence = any(t.text in verbs for t in toks)
    colons = [t for t, tok in enumerate(toks) if tok.text == ":"]
    person_starts = {m.start for m in people if m.entity_type == "PER"}  # "von der Leyen" starts lowercase
    nps: list[NounPhrase] = []
    j = previous_end = 0
    while j < len(toks):
        t = toks[j]
        end = _np_end(toks, j, len(toks), time_ok=True) if t.text != QUOTE and (
            t.text[0].isupper() or t.text.lower() in DETERMINERS
            or (t.text in NAME_PARTICLES and t.start in person_starts)) else None
        if not end:
            j += 1
            continue
        if _statement_only(toks, j, end):  # "Angaben" in "nach ersten Angaben" is what was said, no speaker
            j = previous_end = end
            continue
        speaker = _apposed_person(text, toks, end, people, last_named) or \
            _speaker_at(text, toks, j, end, people, last_named)
        prev = toks[j - 1].text if j else "^"
        nxt = toks[end].text if end < len(toks) else "$"
        prev, nxt = ("QUOTE" if w == QUOTE else w.lower() for w in (prev, nxt))
        head = toks[end - 1].text.lower()
        feats = {f"prev:{prev}", f"next:{nxt}", f"head:{head}", f"suffix:{head[-3:]}", f"len:{min(end - j, 5)}"}
        if prev in verbs:
            feats.add("prev_cue")
        if nxt in verbs:
            feats.add("next_cue")
        if j and (toks[j - 1].text.lower() in PREPOSITIONS or j > 1 and toks[j - 2].text.lower() in PREPOSITIONS):
            feats.add("after_preposition")  # "im Gespräch mit ausländischen Journalisten", "im „Morgenmagazin“ der ARD"
        first = toks[j].text.lower()
        if first in DETERMINERS:
            feats.add(f"det:{first}")
        if j and j == previous_end:  # "sagte Weselsky der ARD": an object right after the subject
            feats.add("follows_np")
        flags = (("clause_first",) if j == 0 or prev in (",", ":", "–", "QUOTE") else ()) + (
            ("cue_in_sentence",) if cue_in_sentence else ())
        colon = next((toks[c].start for c in colons if c >= end), None) if colons else None
        nps.append(NounPhrase(j, end, speaker, frozenset(feats), flags, _entity_types(speaker, people), colon))
        j = previous_end = end
    return tuple(nps)


def _apposed_person(text: str, toks: list[Token], end: int, people: list[Mention],
                    last_named: Speaker | None) -> Speaker | None:
    """The linked person named in an apposition right after a noun phrase ending at ``end``
    (``Die Sprecherin des Außenministeriums, Maria Sacharowa, …``): the description is that person."""
    if end >= len(toks) or toks[end].text != ",":
        return None
    name_end = _np_end(toks, end + 1, len(toks))
    if name_end is None or name_end >= len(toks) or toks[name_end].text not in (",", ".", "!", "?"):
        return None  # also at the end of the sentence: "…, sagte ein Sprecher des Ministeriums, Farid Qasemi."
    if toks[name_end].text == "." and name_end + 1 < len(toks) and toks[name_end + 1].text[:1].isalnum():
        return None  # an abbreviated name's full stop, words after it: "…, sagte Anwalt X, der Torsten K. vertritt."
    speaker = _speaker_at(text, toks, end + 1, name_end, people, last_named)
    linked_person = any(m.entity_type == "PER" and m.entity_id == speaker.entity_id for m in people
                        if m.start == speaker.start)
    return speaker if speaker.entity_id is not None and linked_person else None


MENTION_START = attrgetter("start")


def _starting_before(people: list[Mention], pos: int) -> int:
    """How many of ``people`` (sorted by start, as :func:`quote_candidates` passes them) start before ``pos``: the
    searches for overlapping or earlier mentions stop there (speed: a binary search instead of every mention)."""
    return bisect_left(people, pos, key=MENTION_START)


def _entity_types(speaker: Speaker, people: list[Mention]) -> str:
    types = {m.entity_type for m in people[:_starting_before(people, speaker.end)] if speaker.start < m.end}
    return f"type:{'/'.join(sorted(types)) or 'none'}"


def _speaker_options(text: str, q: Quote, n: int, all_toks: list[list[Token]], people: list[Mention],
                     before: Speaker | None, last_named: Speaker | None,
                     cache: dict[int, tuple[NounPhrase, ...]] | None = None
                     ) -> tuple[SpeakerOption, ...]:
    """Who may have said ``q`` (in sentence ``n``): the rules' speaker first, then every noun phrase of
    the sentences in :data:`SPEAKER_WINDOW` outside the quote, the previous quote's speaker and no speaker,
    each with the features of :func:`_np_features` for the learned ranker. ``cache`` keeps the noun
    phrases of a sentence for the next quote that needs them (pronouns are resolved again: the
    latest named speaker moves on).

    >>> doc = "Merz kam. Er sagte: „Wir handeln.“"
    >>> q = next(c for c in quote_candidates(Doc("a", doc))).quote
    >>> [o.text for o in _speaker_options(doc, q, 1, [tokenize(doc, 0, 9), tokenize(doc, 10)], [], None, None)]
    ['Er', 'Merz', None]
    """
    cache = {} if cache is None else cache
    qtype = f"{q.type}:{q.cue is not None}"
    rule = None if q.speaker_start is None else (q.speaker_start, q.speaker_end)
    found: dict[tuple[int, int] | None, tuple[Speaker | None, set[str]]] = {}
    if rule is not None:
        found[rule] = (Speaker(q.speaker_text or "", q.speaker_start or 0, q.speaker_end or 0,
                               q.speaker_entity_id, q.speaker_name), {"src:rule", f"rule:{qtype}:{q.confidence}"})
    else:
        found[None] = (None, {"src:rule", f"rule:{qtype}:{q.confidence}"})
    ranked_before: list[tuple[int, int]] = []
    addressee = _addressee(text, q)
    for offset in SPEAKER_WINDOW:
        k = n + offset
        if not 0 <= k < len(all_toks):
            continue
        nps = cache.get(k)
        if nps is None:
            nps = cache[k] = _noun_phrases(text, all_toks[k], people, last_named)
        for np in nps:
            speaker = np.speaker if np.speaker.text not in PRONOUNS else \
                _speaker_at(text, all_toks[k], np.start, np.end, people, last_named)
            span = (speaker.start, speaker.end)
            if rule is not None and speaker.start < rule[1] and rule[0] < speaker.end:
                span, speaker = rule, found[rule][0]  # the rules' span of this noun phrase
            if q.start <= speaker.start < q.end or addressee and addressee[0] <= speaker.start < addressee[1]:
                continue
            found.setdefault(span, (speaker, set()))[1].update(_np_features(np, offset, q, qtype, speaker, people))
            if speaker.end <= q.start:
                ranked_before.append(span)
    for rank, span in enumerate(sorted(set(ranked_before), key=lambda sp: -sp[1])[:4]):
        found[span][1].add(f"rank_before:{rank}")
    if before is not None:
        span = (before.start, before.end)
        found.setdefault(span, (before, set()))[1].update(("prev_speaker", f"prev_speaker:{qtype}"))
    found.setdefault(None, (None, set()))[1].update(("none", f"none:{qtype}"))
    options = []
    for speaker, feats in found.values():
        if speaker is not None and speaker.entity_id is not None and rule is not None \
                and speaker.entity_id == q.speaker_entity_id:
            feats.add("rule_entity")
        feats.add("bias")
        options.append(SpeakerOption(speaker.text if speaker else None, speaker.start if speaker else None,
                                     speaker.end if speaker else None, speaker.entity_id if speaker else None,
                                     speaker.name if speaker else None, tuple(sorted(feats))))
    return tuple(options)


#: a dative object right after a cue verb, up to the clause's end: ``dem`` with any noun (``sagte dem Sender``), ``der``
#: only with a feminine head noun (``der Nachrichtenagentur Reuters``, ``der Deutschen Presse-Agentur``, ``der
#: Zeitung``), which no nominative has (``die``); ``der ORF``, ``der Sprecher`` may be the subject. The suffix must end
#: the whole last word, hyphen included (review 18: ``der Putin-Kritiker``, ``der Union-Politiker`` are masculine), and
#: the masculine shapes of these endings stay out: the French agent nouns in -eur (``der Gouverneur``, ``der
#: Redakteur``), -ion only after t, s, g, n, x (``der Champion``, ``der Spion``), -in not after a vowel, m or z (the
#: feminine person nouns ``Ministerin``, ``Präsidentin``, ``Kollegin``, ``Polin``; not ``der Termin``, ``der Kamin``,
#: ``der Pinguin``)
DATIVE_AFTER_CUE_RE = re.compile(r"\s+(?:dem\s|der\s+(?:\w+en\s+)*[A-ZÄÖÜ][\w-]*"
                                 r"(?:ung|heit|keit|schaft|[tsgnx]ion|tät|(?<!e)ur|(?<![aeiouäöümz])in)(?![\w-]))"
                                 r"[^,;:.!?]*")


def _addressee(text: str, q: Quote) -> tuple[int, int] | None:
    """The span of the dative object right after ``q``'s cue verb when the rules found the cue's subject right before
    the verb (``Ein Diplomat sagte der Nachrichtenagentur Reuters, …``, ``Er sagte dem Sender …``): a clause has one
    subject, so a ``der``/``dem`` phrase after the verb is the one spoken to, and the ranker may not take it as the
    speaker (session 18: a news agency as speaker over an unlinked subject; not after ``wie``, whose subject follows).

    >>> text = "Ein Diplomat sagte der Agentur Reuters, es regne."
    >>> q = Quote("", 40, 48, "es regne", "indirect", "Ein Diplomat", 0, 12, cue="sagte", cue_start=13)
    >>> text[slice(*_addressee(text, q))]
    ' der Agentur Reuters'
    """
    if q.cue is None or q.cue_start is None or q.speaker_end is None or q.speaker_end > q.cue_start \
            or text[q.speaker_end:q.cue_start].strip() or q.start < q.cue_start or q.cue.split()[0].lower() == "wie":
        return None  # only a subject right before the verb ("Am Abend veröffentlichte der ORF …": the subject after)
    found = DATIVE_AFTER_CUE_RE.match(text, q.cue_start + len(q.cue.split()[0]))
    return (found.start(), found.end()) if found else None


def _np_features(np: NounPhrase, offset: int, q: Quote, qtype: str, speaker: Speaker,
                 people: list[Mention]) -> set[str]:
    """Features of the noun phrase ``np`` (resolved to ``speaker``) as a speaker of ``q``: its own
    features (the words around it: cue verbs, colons, prepositions; determiner and head word), the
    sentence it is in and its side of the quote, distance, its position in the clause, the kind of entity."""
    side = "before" if speaker.end <= q.start else "after"
    gap = q.start - speaker.end if side == "before" else speaker.start - q.end
    own_span = speaker.start == np.speaker.start and speaker.end == np.speaker.end
    types = np.types if own_span else _entity_types(speaker, people)
    feats = set(np.features)
    feats.update((f"off:{offset}:{side}", f"q_off:{qtype}:{offset}:{side}",
                  f"dist:{next((b for b in DISTANCE_BUCKETS if gap <= b), 999)}", types))
    feats.update(f"{flag}:{offset}" for flag in np.offset_flags)
    if speaker.entity_id is not None:
        feats.add("linked")
    if speaker.text in PRONOUNS:
        feats.add(f"pronoun:{offset}")
    if offset == 0 and side == "before" and np.colon_at is not None and np.colon_at < q.start:
        feats.add("colon_intro")
    return feats


def _inside_any(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _sentence_tokens(text: str, sent: Sentence, top: list[QuotePair]) -> list[Token]:
    """Tokens of the sentence with every outermost quotation replaced by one ``QUOTE`` token."""
    toks: list[Token] = []
    pos = sent.start
    for p in top:
        toks.extend(tokenize(text, pos, p.start))
        toks.append(Token(QUOTE, p.start, p.end))
        pos = p.end
    toks.extend(tokenize(text, pos, sent.end))
    return toks


def _make(text: str, span: tuple[int, int], qtype: str, attr: Attribution, confidence: float) -> Quote:
    s, e = span
    sp = attr.speaker
    return Quote(
        quote_id="", start=s, end=e, text=text[s:e], type=qtype,  # type: ignore[arg-type]
        speaker_text=sp.text if sp else None, speaker_start=sp.start if sp else None,
        speaker_end=sp.end if sp else None, speaker_entity_id=sp.entity_id if sp else None,
        speaker_name=sp.name if sp else None, cue=attr.cue, cue_start=attr.cue_start,
        confidence=round(confidence, 2),
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip whitespace, dashes, a leading complementizer and the final punctuation."""
    while start < end and (text[start].isspace() or text[start] in "–—-,:"):
        start += 1
    for comp in COMPLEMENTIZERS:
        if text.startswith(comp, start):
            start += len(comp)
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?–—-"):
        end -= 1
    return start, end


# --- attribution ------------------------------------------------------------------------------


def _reported_cue_clause(toks: list[Token], attr: Attribution) -> bool:
    """Whether ``attr``'s cue verb stands in a clause opening the sentence whose finite verb is a Konjunktiv I
    auxiliary before the cue's participle (``Die Koalition habe den Kompromiss beschlossen, …``), with no
    quotation in the sentence.

    >>> toks = tokenize("Die Koalition habe den Kompromiss beschlossen, daran seien alle gebunden.")
    >>> _reported_cue_clause(toks, Attribution(None, "beschlossen", toks[5].start, None, None, 0.8))
    True
    """
    if attr.cue is None or attr.cue_start is None or attr.cue not in cue_verbs() or attr.content_pair is not None:
        return False  # a verb, not a reportive phrase ("sei laut Macromedia überflüssig")
    i = next((k for k, t in enumerate(toks) if t.start == attr.cue_start), None)
    if i is None or any(t.text in (",", ":", QUOTE) for t in toks[:i]):
        return False
    return any(t.text in KONJUNKTIV_I_AUXILIARIES for t in toks[1:i])


def _find_attribution(text: str, toks: list[Token], top: list[QuotePair], people: list[Mention],
                      last_named: Speaker | None) -> Attribution | None:
    """The attribution of a sentence: a cue verb with a clause beats a reportive phrase, which beats
    a cue verb that only governs quoted words (``sprach von „…“``)."""
    verbs = cue_verbs()
    trailing = _trailing_cue_after_intro(toks, verbs)
    if trailing is not None:
        attr = _verb_attribution(text, toks, trailing, verbs[toks[trailing].text], top, people, last_named)
        if attr is not None and attr.content is not None and attr.speaker is not None:
            return attr
    fallback: Attribution | None = None
    for i, tok in enumerate(toks):
        verb = verbs.get(tok.text)
        if verb is None or (i and toks[i - 1].text in ("zu", "um")) or _heisst_es_at(toks, i) \
                or tok.text in DAVON_CUE_FORMS and all(t.text != DAVON for t in toks[_clause_start(toks, i):i]):
            # "heißt es" is a reportive phrase with its source after it ("hieß es aus X"); "ausgegangen" without
            # "davon" is no cue
            continue
        if tok.text in QUOTING_VERBS and (relayed := _relayed_words(text, toks, i, top, people, last_named)):
            return relayed
        attr = _verb_attribution(text, toks, i, verb, top, people, last_named)
        if attr is not None and attr.content is not None and not attr.cue.lower().startswith("wie ") \
                and _trailing_cue_at(text, toks, attr.content, verbs, top, people, last_named):
            # "Ohne Zugang drohten der Industrie Einbussen, teilte der Verband mit": the clause after the comma is
            # the sentence's own trailing cue, which reports what stands before it
            continue
        inner = _inner_cue_clause(toks, attr.content[0], verbs) if attr is not None and attr.content else None
        if inner is not None:
            # "X wandte sich an Y, da sie befürchtete, …": the inner clause's own cue reports, its pronoun is
            # the speaker and refers to the outer subject
            pronoun, j = inner
            inner_attr = _verb_attribution(text, toks, j, verbs[toks[j].text], top, people, last_named)
            if inner_attr is not None and inner_attr.content is not None:
                outer, t = attr.speaker, toks[pronoun]
                speaker = Speaker(t.text, t.start, t.end, outer.entity_id, outer.name) if outer is not None \
                    else _speaker_at(text, toks, pronoun, pronoun + 1, people, last_named)
                return replace(inner_attr, speaker=speaker)
        if attr is not None and attr.content is not None:
            if _agentless(attr):
                # "X wird aufgefordert, …, so Hisbollah-Chef Nasrallah": a source named by a reportive phrase
                # speaks for the passive sentence
                reportive = _reportive_attribution(text, toks, top, people, last_named)
                if reportive is not None and reportive.speaker is not None:
                    return reportive
            return attr
        fallback = fallback or attr
    reportive = _reportive_attribution(text, toks, top, people, last_named)
    return reportive or fallback or _after_quote_attribution(text, toks, top, people, last_named)


#: the punctuation a clause starts after; also a quotation mark, unless quoted words inside the clause are read past
CLAUSE_MARKS = (",", ":", ";", "–")
CLAUSE_STARTS_AFTER = CLAUSE_MARKS + (QUOTE,)
#: verbs of relaying someone's words (``X zitierte Y mit den Worten, …``): Y speaks
QUOTING_VERBS = frozenset("zitiert zitierte zitierten zitieren".split())
#: verb-final forms of "ausgehen" that are cues only as "davon ausgehen" (to assume: SpkAtt train's 3 cues of
#: "ausgegangen" all have it); without it they say where something came from (``Die Ausschreitungen seien von
#: Provokateuren ausgegangen``, ``der von der Sonne ausgeht``: tune11, SpkAtt train)
DAVON_CUE_FORMS = frozenset({"ausgegangen", "ausgeht"})
DAVON = "davon"
#: what follows the quoted person: ``mit den Worten``; the end of such a cue (its speaker is certain: unranked)
WITH_WORDS = ("mit", "den", "Worten")
RELAYED_CUE_TAIL = " ... " + " ".join(WITH_WORDS)


def _relayed_words(text: str, toks: list[Token], i: int, top: list[QuotePair], people: list[Mention],
                   last_named: Speaker | None) -> Attribution | None:
    """``Die Agentur zitierte Kim Yo Jong, die Schwester von X, mit den Worten, das Bündnis werde …``: the quoted
    person (the object of ``toks[i]``, past an apposition) says what follows ``mit den Worten``.

    >>> t = "Die Zeitung zitierte den Minister mit den Worten, die Lage sei ernst."
    >>> a = _relayed_words(t, tokenize(t), 2, [], [], None)
    >>> a.speaker.text, t[a.content[0]:a.content[1]]
    ('den Minister', 'die Lage sei ernst')
    """
    words = next((m for m in range(i + 2, len(toks) - 3) if tuple(t.text for t in toks[m:m + 3]) == WITH_WORDS), None)
    end = min(_next_index(toks, i + 1, (",",)), words) if words is not None else None
    if end is None or _np_end(toks, i + 1, end) != end:
        return None
    start = words + 3 + (toks[words + 3].text in (",", ":"))
    speaker = _speaker_at(text, toks, i + 1, end, people, last_named)
    attr = _with_content(text, toks, start, len(toks), speaker, toks[i].text + RELAYED_CUE_TAIL, toks[i].start, top,
                         0.8)
    return attr if attr.content is not None else None


def _quoted_object(toks: list[Token], i: int, subject_end: int) -> tuple[int, int] | None:
    """The person a quoting verb ``toks[i]`` names after its subject (``…, zitierte die Agentur den Machthaber``,
    ``„…“, zitiert Welt-Online den Minister``): who is quoted speaks, the medium only relays (tune13; SpkAtt train
    4555 and 48520 mark both). None for another verb or no object (``„…“, zitiert CNN.``).

    >>> toks = tokenize("Die Lage sei ernst, zitierte die Agentur den Minister.")
    >>> _quoted_object(toks, 5, 8)
    (8, 10)
    """
    if toks[i].text not in QUOTING_VERBS or subject_end >= len(toks):
        return None
    first = toks[subject_end]
    if first.text not in OBJECT_DETERMINERS and not (_is_capitalized(first) and first.text not in DETERMINERS):
        return None
    end = _np_end(toks, subject_end, len(toks))
    return (subject_end, end) if end is not None else None


def _trailing_cue_at(text: str, toks: list[Token], content: tuple[int, int], verbs: dict, top: list[QuotePair],
                     people: list[Mention], last_named: Speaker | None) -> bool:
    """Whether the reported clause ``content`` is the sentence's trailing cue clause (``…, teilte der Verband
    mit``, ``…, wie Reuters berichtete``): a few words without quoted ones ending the sentence that open with a cue
    verb or ``wie``, whose subject reports what stands before it (not ``Wie X mitteilte, sieht Y „kein …“``).

    >>> t = "Ohne Zugang drohten der Industrie Einbussen, teilte der Verband mit."
    >>> _trailing_cue_at(t, tokenize(t), (t.index("teilte"), len(t) - 1), cue_verbs(), [], [], None)
    True
    """
    j = next((k for k, t in enumerate(toks) if t.start >= content[0]), None)
    if j is not None and toks[j].text == "wie":  # "…, wie die Nachrichtenagentur Reuters berichtete."
        j = next((k for k in range(len(toks) - 1, j, -1) if toks[k].text in verbs), None)
    if j is None or toks[j].start < content[0] or toks[j].text not in verbs \
            or len(toks) - j > TRAILING_CUE_TOKENS or any(t.text in (",", QUOTE) for t in toks[j:]):
        return False
    later = _verb_attribution(text, toks, j, verbs[toks[j].text], top, people, last_named)
    return later is not None and later.speaker is not None and later.content is not None \
        and later.content[1] <= toks[j].start


#: most tokens of a trailing cue clause (``teilte der Schweizer Wirtschaftsdachverband am Freitag mit.``)
TRAILING_CUE_TOKENS = 9


def _inner_cue_clause(toks: list[Token], content_start: int, verbs: dict) -> tuple[int, int] | None:
    """Whether the clause a cue verb seems to report is a subordinate or relative clause with its own subject
    pronoun and cue verb (``…, da sie befürchtete, man wolle …``, ``…, indem sie … aufforderte: „…“``, ``…, bei
    dem sie gesagt hatte, …``): that inner cue reports what follows, the outer verb reports nothing.

    >>> toks = tokenize("Sie wandte sich an X, da sie befürchtete, man wolle es.")
    >>> _inner_cue_clause(toks, toks[6].start, {"befürchtete": None})
    (7, 8)
    """
    k = next((n for n, t in enumerate(toks) if t.start >= content_start), len(toks))
    if k < len(toks) and toks[k].text in PREPOSITIONS:
        k += 1  # "bei dem sie gesagt hatte"
    if k + 2 >= len(toks) or toks[k].text not in SUBORDINATORS | INNER_CLAUSE_OPENERS | RELATIVE_PRONOUNS \
            or toks[k + 1].text not in ("er", "sie"):
        return None
    for j in range(k + 2, len(toks)):
        if toks[j].text in (",", ":", ";", QUOTE):
            return None
        if toks[j].text in verbs:
            return k + 1, j
    return None


def _negated(toks: list[Token], i: int, clause_end: int) -> bool:
    """The cue at ``i`` is negated (``wollte nicht bestätigen, dass …``, ``bestätigte nicht, dass …``,
    ``konnte weder bestätigen noch ausschließen, dass …``): it reports no clause, nobody claims it."""
    start = _clause_start(toks, i)
    before = [t.text for t in toks[max(start, i - 2):i]]
    after = [t.text for t in toks[i + 1:clause_end]]
    return "nicht" in before[-1:] or "noch" in before[-1:] or after[:1] == ["nicht"] \
        or "weder" in (t.text for t in toks[start:i])


def _cue_ends_sentence(toks: list[Token], i: int, verb: CueVerb) -> bool:
    """The cue at ``i`` and its inverted subject end the sentence, at most with a place and the verb's
    particle (``…, teilten die Vereinten Nationen mit.``, ``…, sagte er in Berlin.``; not ``…, droht der HSV mit
    dem Abstieg``)."""
    end = _subject_np_end(toks, i + 1, len(toks))
    if end is None:
        return False
    rest = [t.text for t in toks[end:] if t.text not in (".", "!", "?")]
    if rest and rest[-1] in verb.particles:
        rest = rest[:-1]
    return not rest or len(rest) == 2 and rest[0] in ("in", "im", "am", "gegenüber")


def _trailing_cue_after_intro(toks: list[Token], verbs: dict) -> int | None:
    """The cue verb right after a quotation that a colon introduces (``Besorgt äußerte sich X, Y, zu …:
    „…“, sagte er gegenüber Z``): the quotation's own cue names its speaker, so it beats the introduction's
    verb, whose comma before an apposition is no reported clause."""
    for i in range(3, len(toks)):
        if toks[i].text in verbs and toks[i - 1].text == "," and toks[i - 2].text == QUOTE \
                and any(t.text == ":" for t in toks[:i - 2]) and i + 1 < len(toks) \
                and _subject_np_end(toks, i + 1, len(toks)) is not None:
            return i
    return None


def _after_quote_attribution(text: str, toks: list[Token], top: list[QuotePair], people: list[Mention],
                             last_named: Speaker | None) -> Attribution | None:
    """``„…“, beschreibt ein Reporter das Ereignis`` / ``„…“, so charakterisierte ihn X`` /
    ``„…“, hatte VW-Chef Winterkorn erklärt``: any finite verb right after an opening quotation and
    its comma, with the subject after it, attributes the quotation (German verb-second order)."""
    if len(toks) < 4 or toks[0].text != QUOTE or toks[1].text != ",":
        return None
    j = 2 + (toks[2].text == "so")
    verb = toks[j]
    if not verb.text.isalpha() or not verb.text.islower() or verb.text in NP_STOP:
        return None
    if verb.text in NAMING_VERBS and toks[j + 1].text != "es":
        return None
    k = j + 1
    while k < len(toks) and toks[k].text in OBJECT_PRONOUNS:
        k += 1
    subject = _inverted_subject(toks, k, len(toks))
    if subject is None:
        return None
    subject = _quoted_object(toks, j, subject[1]) or subject  # "„…“, zitiert Welt-Online den Minister"
    speaker = _speaker_at(text, toks, subject[0], subject[1], _outside(people, top[0].start, top[0].end), last_named)
    cue = verb.text
    last = toks[-2] if toks[-1].text in ".!?" else toks[-1]
    if verb.text in AUXILIARIES and last.text in cue_verbs():
        cue = f"{verb.text} ... {last.text}"
    return Attribution(speaker, cue, verb.start, top[0].inner, top[0], 0.75)


def _title_end(text: str, toks: list[Token], k: int, top: list[QuotePair]) -> int | None:
    """End index of a medium's or group's name in quotation marks as a noun phrase starting at ``toks[k]``: an
    optional subject article and adjectives, then a title (``der neue „Oberste Rat zur Wiederherstellung der
    Demokratie“``, ``„BBC News“``, ``die „Computerwoche“``): capitalised words and function words only, at most
    :data:`TITLE_SUBJECT_WORDS`, no punctuation."""
    if k < len(toks) and toks[k].text.lower() in DETERMINERS and toks[k].text.lower() not in OBJECT_DETERMINERS:
        k += 1
    adjectives = 0
    while k < len(toks) and adjectives < 2 and ADJECTIVE_RE.match(toks[k].text):
        k += 1
        adjectives += 1
    if k >= len(toks) or toks[k].text != QUOTE:
        return None
    pair = next((p for p in top if p.start == toks[k].start), None)
    if pair is None:
        return None
    words = text[pair.inner[0]:pair.inner[1]].split()
    if not 0 < len(words) <= TITLE_SUBJECT_WORDS or not words[0][0].isupper() \
            or PUNCTUATION_RE.search(text[pair.inner[0]:pair.inner[1]]) \
            or not all(w[0].isupper() or w[0].isdigit() or w in TITLE_FUNCTION_WORDS for w in words):
        return None
    return k + 1


def _title_before(text: str, toks: list[Token], i: int, top: list[QuotePair]) -> int | None:
    """Start index of a title subject (:func:`_title_end`) that opens the clause of the cue verb at ``i``
    (``Die „Computerwoche“ schreibt …``, ``…, während die „Initiative X“ fordert, …``)."""
    a = i - 1
    while a > 0 and toks[a - 1].text not in (",", ":", ";", QUOTE) and i - a <= 4:
        a -= 1
    if a > 0 and toks[a - 1].text not in (",", ":", ";"):
        return None
    if toks[a].text.lower() in SUBORDINATORS or a == 0 and toks[a].text.lower() in LEADING_ADVERBS:
        a += 1  # "Auch die „Zeit“ schreibt", "…, während die „Initiative X“ fordert" (not "…, auch „Bruno“ genannt")
    return a if _title_end(text, toks, a, top) == i else None  # not after a preposition ("In der „Bild“ sprach er")


#: prepositions that open a sentence with the topic put to the speaker (``Zu Schellings Argument, es gebe …, gibt
#: Foglar zu bedenken: …``, ``Auf die Frage, ob …, sagte sie: …``); the clause between commas after its noun is that
#: noun's content (the argument, question or finding), not the speaker's words (session 17: 10kGNAD test 4 such
#: sentences, tune11 1 false quote)
TOPIC_PREPOSITIONS = frozenset("zu zum zur auf".split())
#: most tokens of the topic phrase before its comma (``Zu Schellings Argument``, ``Auf die Frage``)
TOPIC_PHRASE_TOKENS = 4


def _topic_opening(toks: list[Token], i: int, clause_end: int) -> bool:
    """Whether the sentence of the cue ``toks[i]`` opens with a topic phrase (a preposition of
    ``TOPIC_PREPOSITIONS`` and a noun, no verb) whose content clause stands between commas right before the cue,
    and the cue's own words follow it after a comma or colon: then the clause before the cue is no report.

    >>> def at(s): toks = tokenize(s); i = [t.text for t in toks].index("sagte"); return toks, i, i + 2
    >>> _topic_opening(*at("Zu Toms Argument, es gebe zu wenig Geld, sagte Berg: Niemand will zahlen."))
    True
    >>> _topic_opening(*at("Das Geld fehle, sagte Berg: Niemand will zahlen."))
    False
    """
    if not toks or toks[0].text.lower() not in TOPIC_PREPOSITIONS or clause_end >= len(toks) \
            or toks[clause_end].text not in (",", ":"):
        return False
    comma = next((k for k in range(1, min(i - 1, TOPIC_PHRASE_TOKENS + 1)) if toks[k].text == ","), None)
    if comma is None or comma < 2 or not _is_noun(toks[comma - 1]):
        return False
    verbs = cue_verbs()
    return not any(t.text in verbs or t.text in AUXILIARIES or t.text == QUOTE for t in toks[1:comma])


def _verb_attribution(text: str, toks: list[Token], i: int, verb: CueVerb, top: list[QuotePair],
                      people: list[Mention], last_named: Speaker | None) -> Attribution | None:
    titled_after = _title_end(text, toks, i + 1, top)  # "verkündete der „Deutsche Fußball-Bund“, dass …"
    clause_end = _next_index(toks, titled_after or i + 1, CLAUSE_STOPS)
    inverted = _inverted_subject(toks, i + 1, clause_end)
    if inverted is not None and inverted[1] == clause_end and clause_end < len(toks):
        # "sieht der Vorsitzende der IG Bau, Klaus Wiesehügel, keine Perspektive": an apposition after the
        # inverted subject belongs to it, the clause goes on after it
        apposition_end = _np_end(toks, clause_end + 1, len(toks))
        if apposition_end is not None and apposition_end + 1 < len(toks) and toks[apposition_end].text == ":" \
                and toks[apposition_end + 1].text == QUOTE:
            clause_end = apposition_end  # "sagte X, der Geschäftsführer des Unternehmens: „…“": the quotation follows
        elif apposition_end is not None and apposition_end < len(toks) and toks[apposition_end].text == "," \
                and _apposition_until(toks, clause_end, apposition_end + 1) \
                and toks[clause_end + 1].text.lower() not in DETERMINERS:
            clause_end = apposition_end if _reported_clause_after(toks, apposition_end) \
                or toks[apposition_end + 1].text.lower() in COMPLEMENTIZER_WORDS \
                or _is_capitalized(toks[apposition_end + 1]) and toks[apposition_end + 1].text not in DETERMINERS \
                else _next_index(toks, apposition_end + 1, CLAUSE_STOPS)
    particle_at = _final_particle(toks, clause_end, verb) if verb.complement_only \
        else cue_particle(verb, [t.text for t in toks], i, clause_end)  # also "Wie X mitteilen ließ, …"
    if particle_at is None and verb.particle_required and (named_end := _name_between_commas(toks, clause_end)):
        # "geht nach einem Treffen mit dem Leiter, Jan Berg, davon aus, dass …": a name between commas apposed to
        # the clause's last noun; the particle follows it
        after_name = _next_index(toks, named_end + 1, CLAUSE_STOPS)
        particle_at = next((j for j in range(named_end + 1, after_name) if toks[j].text in verb.particles), None)
        clause_end = after_name if particle_at is not None else clause_end
    if verb.particle_required and particle_at is None:
        return None
    if toks[i].text.startswith(SAGEN_STEM) and toks[clause_end - 1 - (toks[clause_end - 1].text in ".!?")].text \
            == CANCEL_PARTICLE:
        return None  # "Eine Reise nach Paraguay sagte er ab": "absagen" cancels, it says nothing
    cue = toks[i].text
    if particle_at is not None and particle_at < i:
        cue = f"{toks[particle_at].text} {cue}"
    elif particle_at is not None:
        cue += (" " if particle_at == i + 1 else " ... ") + toks[particle_at].text
    wie_at = _wie_before(toks, i)
    introduced_by_wie = wie_at is not None
    if introduced_by_wie:
        cue = f"{toks[wie_at].text} ... {cue}"
        # "Wie aus dem Ministerium verlautete": the source after "aus"/"von"
        source = wie_at + 1 + (wie_at + 1 < i and toks[wie_at + 1].text in SOURCE_PREPOSITIONS)
        verb_at = min(i, particle_at if particle_at is not None else i)  # "Wie X mitteilen ließ"
        if wie_at == 0:  # "Wie X mitteilte, <quote>."
            speaker = _speaker_np(text, toks, source, verb_at, people, last_named) or (
                _speaker_at(text, toks, source, verb_at, people, last_named) if toks[i - 1].text == QUOTE else None)
            after = _next_index(toks, i + 1, (",",))
            return _with_content(text, toks, after + 1, len(toks), speaker, cue, toks[wie_at].start, top, 0.8)
        speaker = _speaker_np(text, toks, source, verb_at, _outside(people, toks[0].start, toks[wie_at].start),
                              last_named)
        return _with_content(text, toks, 0, wie_at - 1, speaker, cue, toks[wie_at].start, top, 0.8)
    trailing = _trailing_cue_clause(toks, i)
    if trailing is not None:  # "Die Lage sei ernst, hatte der Minister am Montag erklärt."
        comma, subject = trailing
        speaker = _speaker_at(text, toks, subject[0], subject[1], _outside(people, toks[0].start, toks[comma].start),
                              last_named)
        aux = toks[comma + 1].text
        return _with_content(text, toks, 0, comma, speaker, f"{aux} ... {cue}", toks[comma + 1].start, top, 0.8)
    appositive = _appositive_subject_end(toks, i)
    head_end = _np_end(toks, 0, i) if i >= 1 and toks[i - 1].text == "," and appositive is None else None
    if head_end is not None and head_end < i - 1 and toks[head_end].text == "," \
            and (toks[head_end + 1].text in RELATIVE_PRONOUNS or toks[head_end + 1].text in PREPOSITIONS
                 and toks[head_end + 2].text in RELATIVE_PRONOUNS) and not _is_object_np(toks, 0) \
            and _second_place_konjunktiv(toks[:i - 1]) is None:
        # "Sergej Lawrow, der nicht angereist war, nannte die Gespräche „…“", also after a preposition ("Die
        # Allianz, zu der Mali gehört, sicherte … zu"): the subject with its relative clause; not when the verb in
        # Konjunktiv I after the relative clause makes it the subject of a reported clause before the cue (session
        # 18: "Das Gesetz, das … beschlossen wurde, verstoße gegen …, sagte sie": the cue's subject is after it)
        appositive = head_end
    if i >= 1 and toks[i - 1].text == "," and appositive is None and _subject_np_end(toks, i + 1, len(toks)) is None:
        # "Frank Sichau, der als Sprecher fungiert, erklärte, …": no subject after the verb, so the
        # noun phrase opening the sentence with its apposition is the subject
        head_end = _np_end(toks, 0, i)
        if head_end is not None and toks[head_end].text == "," and not _is_object_np(toks, 0):
            appositive = head_end
    reported_after = _reported_clause_after(toks, clause_end)
    opened_by_subordinate = toks[0].text.lower() in SUBORDINATORS and (
        reported_after or (clause_end < len(toks) and toks[clause_end].text == ":"))
    if i >= 1 and toks[i - 1].text == "," and appositive is None and not opened_by_subordinate and not (
            reported_after and _subject_np_end(toks, i + 1, len(toks)) is None) \
            and not _topic_opening(toks, i, clause_end):  # "<quote>, sagte X"
        # (not "Nachdem er gefragt wurde, entgegnete X: …": a main clause after an adverbial clause; but a cue
        # clause ending the sentence reports all before it: "Als Kämpfer die Stadt einnahmen, töteten sie …,
        # teilten die Vereinten Nationen mit.")
        if toks[0].text.lower() in SUBORDINATORS and not _cue_ends_sentence(toks, i, verb):
            return None
        subject_at, end = _subject_span(toks, i + 1, len(toks)) or (i + 1, titled_after)
        # "X gab sich gelassen: <clause>, sagte er": the clause after the introduction's colon
        left_start = next((k + 1 for k in range(i - 2, 0, -1) if toks[k].text == ":"), 0)
        head = toks[left_start:i - 1]
        if end is None and (_clause_mood(head) is not None or any(t.text == QUOTE for t in head)) \
                and (skipped := _subject_after_cue(toks, i + 1, len(toks))) is not None:
            subject_at, end = skipped  # "„…“, sagte dagegen Kremlsprecher X", "…, sagte deren Koordinatorin X"
        if toks[left_start].text in ("Sollte", "Sollten") and not any(t.text == "," for t in head):
            return None  # a bare condition ("Sollte X …, droht Y mit …"), no statement before the verb
        if end is None and i + 1 < len(toks) and toks[i + 1].text in CONTRASTIVE_ADVERBS \
                and _clause_mood(head) is None and not any(t.text == QUOTE for t in head):
            # "Söder begrüßte den Beschluss, mahnte aber mehr Tempo an": a verb with no subject after it and "aber"
            # shares the subject before (a coordinated predicate), and the indicative clause before it is narration
            # (without "aber" the subject may only be hard to find: "…, teilte später der Direktor der Behörde mit")
            return None
        outside = _outside(people, toks[left_start].start, toks[i].start)
        if end and (quoted := _quoted_object(toks, i, end)) is not None:
            end = None  # "…, zitierte die Agentur den Machthaber": the one quoted speaks
            speaker = _speaker_at(text, toks, quoted[0], quoted[1], outside, last_named)
        else:
            speaker = (_apposed_person(text, toks, end, outside, last_named)
                       or _speaker_at(text, toks, subject_at, end, outside, last_named)) if end else None
        return _with_content(text, toks, left_start, i - 1, speaker, cue, toks[i].start, top, 0.85)
    # "X sagte(, dass) <clause>" / "Am Montag sagte X: <quote>"
    clause_start = _clause_start(toks, i)
    if i > 1 and toks[i - 1].text == "und" and clause_start and toks[clause_start - 1].text == QUOTE:
        # "Katz warf der Hamas einen »eklatanten Bruch« der Vereinbarung vor und drohte …": quoted words inside the
        # clause end no clause, so a verb coordinated with "und" shares the subject opening it, not the object
        # after the quotation ("der Vereinbarung")
        clause_start = _clause_start(toks, i, past_quotes=True)
    start = 0 if appositive is not None else clause_start
    if start + 1 < i and toks[start].text.lower() in LEADING_ADVERBS:
        start += 1  # "Auch Feinstein argumentierte, …"
    speaker = None
    subject_end = appositive or _np_end(toks, start, i)
    object_first = subject_end is not None and _is_object_np(toks, start)
    # "Er halte … und bezeichnete die Erweiterung als „maßvoll“": a verb coordinated with "und" shares the subject
    # before it, the noun phrase after it is its object
    after = _inverted_subject(toks, i + 1, clause_end) if toks[i - 1].text not in ("und", "sondern") or i == 0 \
        else None
    if (relative := _relative_subject(text, toks, start, i, people, last_named)) is not None:
        speaker = relative  # "…, so Celebi, die auch angab, dass …"
    elif (pronoun := _subordinate_pronoun(toks, i)) is not None:
        speaker = _speaker_at(text, toks, pronoun, pronoun + 1, people, last_named)  # "…, nachdem sie berichtet hatte"
    elif (titled := _title_before(text, toks, i, top)) is not None:
        speaker = _speaker_at(text, toks, titled, i, people, last_named)  # "Die „Computerwoche“ schreibt"
    elif titled_after is not None and (start == i or _temporal(toks[start:i]) or toks[start].text.lower()
                                       in NOT_NP_START or not _np_end(toks, start, i)):
        speaker = _speaker_at(text, toks, i + 1, titled_after, people, last_named)  # "verkündete der „DFB“"
    elif i + 1 < len(toks) and toks[i + 1].text in PRONOUNS:  # "Der Zeitung sagte er, …"
        speaker = _speaker_at(text, toks, i + 1, i + 2, people, last_named)
    elif not object_first and subject_end and subject_end < i and _apposition_until(toks, subject_end, i):
        # "Der Leiter des Präsidialamts, Andrij Jermak, wies …": a person named in the apposition speaks
        speaker = _speaker_at(text, toks, start, i - 1, people, last_named)
    elif appositive is None and subject_end == i and i + 1 < len(toks) and toks[i + 1].text == IMPERSONAL_PRONOUN:
        speaker = _speaker_at(text, toks, i + 1, i + 2, people, last_named)  # "Eine Einigung hält man für „…“"
    elif not object_first and (appositive is not None or subject_end == i):
        speaker = _speaker_at(text, toks, start, subject_end, people, last_named)
    elif after is not None and (subject_end is None or not _attributed_subject(toks, start, subject_end, i)):
        speaker = _speaker_at(text, toks, after[0], after[1], people, last_named)
    elif after is not None:  # "Das Büro für Taiwan-Angelegenheiten in Peking warf Lai vor, …": Lai is the object
        speaker = _speaker_at(text, toks, start, subject_end, people, last_named)
    elif subject_end and not object_first and _distant_subject(toks, subject_end, i, clause_end):
        # "Rice hatte bei ihrem Besuch erklärt, …" / "Medvedev bedankte sich … und sagte: …"
        speaker = _speaker_at(text, toks, start, subject_end, people, last_named)
        if clause_end >= len(toks):
            return None  # no reported clause: a narrated sentence or a continuation in Konjunktiv
    if speaker is None and after is None and start + 1 < i and toks[start].text.lower() in SOURCE_PREPOSITIONS \
            and _np_end(toks, start + 1, i) == i \
            and not (i + 1 < len(toks) and toks[i + 1].text in INDEFINITE_SUBJECTS):
        # "Aus dem Ministerium verlautete, …" (session 18): a cue with no subject takes its source from the "aus"/"von"
        # phrase that fills the field before it, as after "Wie aus dem Ministerium verlautete"; an indefinite pronoun
        # after the verb is its subject (review 18: "Aus Sicht der Opposition erklärte man, …")
        speaker = _speaker_at(text, toks, start + 1, i, people, last_named)
    if speaker is None and reported_after and toks[0].text.lower() not in SUBORDINATORS:
        # the cue introduces a clause in reported mood or with "dass", but its subject is too long for the
        # patterns above ("Louis Gallois, Airbus-Chef, hat angekündigt, …") or follows an auxiliary
        # ("Bereits vor zwei Wochen hatte die Gewerkschaft erklärt, dass …")
        aux = next((k for k in range(i - 1, start - 1, -1) if toks[k].text in AUXILIARIES), None)
        inverted = _inverted_subject(toks, aux + 1, i) if aux is not None else None
        if inverted is not None:
            speaker = _speaker_at(text, toks, inverted[0], inverted[1], people, last_named)
        elif (opening := _np_end(toks, 0, i)) and not _is_object_np(toks, 0):
            speaker = _speaker_at(text, toks, 0, opening, people, last_named)
    passive, agent = _passive_auxiliary(toks, i, clause_start, clause_end)
    if passive is not None and speaker is not None and speaker.start > toks[passive].start:
        passive = None  # "Dies wird in einer Stellungnahme des Ministeriums begründet": the source after it speaks
    if passive is not None and agent is not None:
        # "Der Plan wurde von der Opposition kritisiert, …": the agent speaks, not the subject
        agent_end = _np_end(toks, agent, clause_end)
        speaker = _speaker_at(text, toks, agent, agent_end, people, last_named) if agent_end else speaker
        passive = None
    elif passive is not None and (document := _passive_document(toks, clause_start, clause_end)):
        # "In einem Bericht der Salzburger Nachrichten wurde vermutet, dass …": the document's author speaks
        speaker = _speaker_at(text, toks, document[0], document[1], people, last_named)
        cue = f"{toks[passive].text} ... {cue}" if passive < i else f"{cue} ... {toks[passive].text}"
        passive = None
    if speaker is None and (passive is None or not reported_after):
        return None
    if passive is not None:
        # "Die Männer werden beschuldigt, …" / "…, weil berichtet wurde, dass …": the subject of a passive cue
        # is who is spoken about, nobody says it (agentless: no speaker, not ranked)
        speaker = None
        cue = f"{toks[passive].text} ... {cue}" if passive < i else f"{cue} ... {toks[passive].text}"
    if _negated(toks, i, clause_end):
        return Attribution(speaker, cue, toks[i].start, None, None, 0.7)  # "wollte nicht bestätigen, dass …"
    if verb.complement_only and clause_end < len(toks) and toks[clause_end].text == "," \
            and not _complement_clause(toks, clause_end + 1):
        return None  # "Sie verriet ihre Freunde, die …", "Sie pochte an die Tür, bis …": no complement, no cue
    if clause_end < len(toks) and toks[clause_end].text in (",", ":"):
        attr = _with_content(text, toks, clause_end + 1, _reported_end(toks, clause_end + 1), speaker, cue,
                             toks[i].start, top, 0.8)
        if attr.content is not None and toks[clause_end + 1].text not in RELATIVE_STARTS \
                and not _relative_clause(toks, clause_end + 1) and not _adverbial_clause(toks, clause_end + 1) \
                and not _coordinated_predicate(toks, clause_end + 1):
            if not _is_infinitive_clause(text, attr.content):
                # a bare condition ("drohte mit Streiks, sollte das Unternehmen … festhalten") or a relative clause
                # with a name (", die Washington … verhängt hatte") is SpkAtt's quote only
                return replace(attr, source_note=True) if _bare_condition(toks, clause_end + 1) \
                    or _named_relative_clause(toks, clause_end + 1) \
                    or _demand_object(toks, i, clause_end, speaker) \
                    or _indicative_after_perfect_cue(toks, clause_start, i, clause_end) else attr
            # "forderte X auf, die Gespräche fortzusetzen": no content clause by the devset conventions, SpkAtt's
            # quotation all the same (a reported quote of the infinitive clause, when asked for)
            return Attribution(speaker, cue, toks[i].start, None, None, 0.7, attr.content)
    if clause_end < len(toks) and toks[clause_end].text == QUOTE:
        # "sprach von einer „Kapitulation“, wie die Zeitung „…“ berichtete": the medium's clause after the
        # quotation is no part of it, nor is a condition ("drohte mit „…“, sollten die Staaten … liefern")
        end = clause_end + 1 if clause_end + 2 < len(toks) and toks[clause_end + 1].text == "," \
            and toks[clause_end + 2].text in QUOTATION_TAIL_OPENERS else len(toks)
        if cue.split()[0] in NAMING_CUES and _clause_mood(toks[clause_end:]) in (None, "hearsay") \
                and not any(t.text == "dass" for t in toks[clause_end:]) \
                and (clause_end + 1 >= len(toks) or toks[clause_end + 1].text not in CLAUSE_LINKS):
            # "sprach von einem „Quantensprung“ für das Bündnis": the quoted words name what was said, the rest of
            # their noun phrase is narration (a coordinated clause, "„…“ und forderte …", stays as it was)
            end = clause_end + 1
        return _with_content(text, toks, clause_end, end, speaker, cue, toks[i].start, top, 0.85)
    return Attribution(speaker, cue, toks[i].start, None, None, 0.7)


#: the most words of a name apposed between commas inside a cue's clause (``mit dem Leiter, Jan Berg, …``)
APPOSED_NAME_WORDS = 4


def _name_between_commas(toks: list[Token], comma: int) -> int | None:
    """The index of the comma closing a name of at most APPOSED_NAME_WORDS capitalised words that follows the
    comma at ``comma`` (``…, Joachim Rücker, davon aus``), or None.

    >>> _name_between_commas(tokenize("mit dem Leiter, Jan Berg, davon aus"), 3)
    6
    """
    end = _next_index(toks, comma + 1, CLAUSE_MARKS)
    if comma >= len(toks) or toks[comma].text != "," or end >= len(toks) or toks[end].text != "," \
            or not 0 < end - comma - 1 <= APPOSED_NAME_WORDS:
        return None
    return end if all(_is_capitalized(t) and t.text != QUOTE for t in toks[comma + 1:end]) else None


#: words opening an adverbial clause, which no verb takes as its complement (``pochte an die Tür, bis …``,
#: ``bestritt den Wahlkampf …, obwohl …``; review 17): a complement-only cue does not report it in any mood
ADVERBIAL_OPENERS = SUBORDINATORS | INNER_CLAUSE_OPENERS | frozenset("bis ehe obgleich".split())
#: a support verb's noun particle may be followed by its genitive (``zog eine Bilanz des Jahres: …``)
PARTICLE_GENITIVES = frozenset("des der eines einer".split())


def _final_particle(toks: list[Token], clause_end: int, verb: CueVerb) -> int | None:
    """Where the particle of a complement-only cue (``data/cue_verbs_manual.csv``) ends the verb's phrase, the
    place a separated particle or a support verb's noun has before its complement (``rechnete er vor, dass …``,
    ``kam zu dem Schluss, dass …``; a noun may keep its genitive): ``rechnet vor allem damit``, ``kam zum Schluss
    noch einmal auf …`` and ``machte deutlich mehr Gewinn`` hold the word in another sense (review 17).

    >>> verb = CueVerb("rechnete", frozenset({"vor"}), True, True)
    >>> [_final_particle(tokenize(t), 4, verb) for t in ("Er rechnete es vor, dass", "Er rechnete vor allem damit,")]
    [3, None]
    """
    last = clause_end - 1
    if last >= 0 and toks[last].text in (".", "!", "?"):
        last -= 1
    if last >= 0 and toks[last].text in verb.particles:
        return last
    return next((j for j in range(last - 1, 0, -1) if toks[j].text in verb.particles and toks[j].text[:1].isupper()
                 and toks[j + 1].text in PARTICLE_GENITIVES and "," not in (t.text for t in toks[j:last])), None)


def _complement_clause(toks: list[Token], k: int) -> bool:
    """Whether the clause at ``toks[k]`` after a comma can be a verb's complement (review 17): not a relative clause
    on the object (a relative pronoun before a lower-case word or after a preposition: ``verriet ihre Freunde, die
    ihr geholfen hätten``), not an adverbial clause (``…, weil die Umfragen schlecht seien``) unless a main clause in
    reported mood follows its comma (``…, falls X …, könnten sie …``), and an interrogative clause only in reported
    mood (not ``Der Film erzählt, wie eine Familie … zerbricht``); any other clause is one, in any mood
    (``dass es regnet``).

    >>> [_complement_clause(tokenize(", " + t), 1) for t in ("dass es regnet", "er unterhalte Kontakte",
    ...     "die ihr geholfen hätten", "weil es regne", "falls es regne, komme er nicht", "wie es weitergeht")]
    [True, True, False, False, True, False]
    """
    if k + 1 >= len(toks):
        return False
    first = toks[k].text
    if first in COMPLEMENTIZER_WORDS:
        return True
    if first in RELATIVE_PRONOUNS and toks[k + 1].text.islower() \
            or first in PREPOSITIONS and toks[k + 1].text in RELATIVE_PRONOUNS:
        return False
    if first.lower() in ADVERBIAL_OPENERS:
        comma = next((c for c in range(k + 1, len(toks) - 1) if toks[c].text == ","), None)
        return comma is not None and toks[comma + 1].text.islower() \
            and toks[comma + 1].text not in RELATIVE_PRONOUNS | ADVERBIAL_OPENERS | COORDINATORS \
            and _clause_mood(toks[comma:]) is not None
    return first not in COMPLEMENT_OPENERS or _clause_mood(toks[k - 1:]) is not None


#: heads of documents whose author an agentless passive cue reports (``In einem Bericht der X wurde vermutet``)
DOCUMENT_HEADS = STATEMENT_HEADS + ("bericht", "berichts")
DOCUMENT_DETERMINERS = frozenset("dem der einem einer seinem seiner ihrem ihrer".split())


#: adverbs after the verb of a coordinated predicate ("…, mahnte aber …", "…, forderte jedoch …")
CONTRASTIVE_ADVERBS = frozenset("aber jedoch zugleich allerdings gleichzeitig".split())


def _coordinated_predicate(toks: list[Token], k: int) -> bool:
    """The words after a cue's comma are a second predicate of its subject, no content: a verb with a contrastive
    adverb right after it (``Die Ministerin bedauerte den Beschluss, lehnte aber Finanzhilfen ab``).

    >>> _coordinated_predicate(tokenize("X bedauerte den Beschluss, lehnte aber Hilfen ab."), 5)
    True
    """
    return k + 1 < len(toks) and toks[k + 1].text in CONTRASTIVE_ADVERBS and toks[k].text.isalpha() \
        and toks[k].text.islower() and toks[k].text not in PRONOUNS


def _passive_document(toks: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """The phrase ``<article> <document> des/der <source>`` after ``in`` in a passive clause, as token span.

    >>> toks = tokenize("So wird in einer Pressemitteilung der Organisation gefordert, dass")
    >>> _passive_document(toks, 0, 8)
    (3, 7)
    """
    for k in range(start, end - 4):
        if toks[k].text.lower() in ("in", "im") and toks[k + 1].text.lower() in DOCUMENT_DETERMINERS \
                and toks[k + 2].text.lower().endswith(DOCUMENT_HEADS) and toks[k + 3].text in ("des", "der"):
            np_end = _np_end(toks, k + 3, end)
            if np_end is not None:
                return k + 1, np_end
    return None


def _reported_end(toks: list[Token], a: int) -> int:
    """Where the reported clause starting at ``toks[a]`` ends: before a comma or ``und`` that goes on with
    the speaker's own verb in the indicative past (``er sei unschuldig, erkannte die Autorität des Gerichts
    nicht an``; ``sie müssten …, und bemühte das Bild …``), else at the sentence's end.

    >>> toks = tokenize("Er sagte, er sei unschuldig, erkannte das Gericht nicht an.")
    >>> [t.text for t in toks[3:_reported_end(toks, 3)]]
    ['er', 'sei', 'unschuldig']
    """
    for k in range(a + 2, len(toks) - 1):
        if toks[k].text == ":" and toks[k + 1].text == QUOTE:
            return k  # "Er glaubt, dass das Team gestärkt sei: „Wir haben gelernt …“": the quotation is its own
        if k >= len(toks) - 2:
            break
        w = toks[k + 1].text
        if toks[k].text in (",", "und") and w.isalpha() and w.islower() and w.endswith(("te", "ten")) \
                and w not in KONJUNKTIV and w not in NOT_KONJUNKTIV and not _is_capitalized(toks[k + 2]) \
                and _clause_mood(toks[k:]) is None and _clause_mood(toks[a - 1:k]) is not None:
            return k
    return len(toks)


def _adverbial_clause(toks: list[Token], k: int) -> bool:
    """Whether the clause at ``toks[k]`` is an indicative adverbial clause (``…, nachdem er …``, ``…, da …``,
    ``…, und …``), no reported one: ``Der Hubschrauber wurde als vermisst gemeldet, nachdem er …``.

    >>> _adverbial_clause(tokenize("nachdem er nicht mehr zu sehen war"), 0)
    True
    >>> _adverbial_clause(tokenize("wenn es regne, komme er nicht"), 0)
    False
    """
    return k < len(toks) and toks[k].text in SUBORDINATORS | COORDINATORS and _clause_mood(toks[k:]) is None


#: words opening a condition or a time limit ("falls …", "sollte das Unternehmen …", "bevor …")
CONDITION_OPENERS = frozenset("falls sofern sobald solange bevor wenn sollte sollten".split())


def _bare_condition(toks: list[Token], k: int) -> bool:
    """Whether the clause at ``toks[k]`` is a condition with nothing reported after it (``drohte mit Streiks,
    sollte das Unternehmen an den Plänen festhalten``, ``falls der Bund … beschließe``): the terms of a threat or
    demand, not its content, also in Konjunktiv (tune9); ``…, wenn es regne, komme er nicht`` reports its main
    clause.

    >>> _bare_condition(tokenize("sollte das Unternehmen an den Plänen festhalten."), 0)
    True
    >>> _bare_condition(tokenize("wenn es regne, komme er nicht"), 0)
    False
    """
    return k < len(toks) and toks[k].text in CONDITION_OPENERS and not any(t.text == "," for t in toks[k:])


#: punctuation that ends a clause
CLAUSE_ENDS = (",", ";", ":", ".", "!", "?")
#: "sagen" with the particle "ab" ending its clause is "absagen", to cancel (tune8)
SAGEN_STEM = "sag"
CANCEL_PARTICLE = "ab"


def _indicative_after_perfect_cue(toks: list[Token], start: int, i: int, clause_end: int) -> bool:
    """``Paschinjan hat ein Referendum angekündigt, einen Termin gibt es nicht``: a cue participle ending its
    clause after an auxiliary, then an indicative main clause without a complementizer: the writer goes on
    (tune8); ``…, dass …``, a Konjunktiv clause and one with ``zu`` (an infinitive complement, ``haben …
    aufgefordert, ihre Häuser zu verlassen – …``) stay its content.

    >>> toks = tokenize("Er hat ein Referendum angekündigt, einen Termin gibt es nicht.")
    >>> _indicative_after_perfect_cue(toks, 0, 4, 5)
    True
    >>> _indicative_after_perfect_cue(tokenize("Er hat angekündigt, er werde kommen."), 0, 2, 3)
    False
    """
    k = clause_end + 1
    if i + 1 != clause_end or k >= len(toks) or toks[k].text in COMPLEMENT_OPENERS \
            or AUXILIARIES.isdisjoint(t.text for t in toks[start:i]):
        return False
    clause = toks[clause_end:_next_index(toks, k, CLAUSE_ENDS)]
    return _clause_mood(clause) is None and not any(t.text == "zu" for t in clause)


#: forms of the demand verbs whose object noun phrase (``verlangte eine Kommission``) governs a clause after it
DEMAND_VERBS = frozenset("verlangt verlangte verlangen verlangten fordert forderte fordern forderten".split())


def _demand_object(toks: list[Token], i: int, clause_end: int, speaker: Speaker | None) -> bool:
    """The demand verb ``toks[i]`` has an object noun phrase up to the comma at ``clause_end`` (no preposition
    before its first noun, its subject before the verb), so the clause after the comma belongs to the noun,
    no content of the verb: ``verlangt zudem Garantien, dass …``, ``verlangte eine Kommission, die … müsse``,
    ``forderte einen Preisdeckel, wie es ihn in X gebe``, or it is a new main clause (``verlangte einen Stopp,
    der Vorstand hatte …``). By the devset conventions no quote (SpkAtt's quote only): on the tuning sets 7 such
    clauses in 5 sets (tune4, tune5, tune7, tune16 ×2, tune17 ×2) were all extra quotes (SpkAtt: same scores);
    ``verlangte, dass …`` and ``verlangt von der Regierung, dass …`` keep their content, and so does a main clause
    that may report (:func:`_reported_main_clause`).

    >>> toks = tokenize("Sie verlangte eine Kommission, die bald tagen müsse.")
    >>> _demand_object(toks, 1, 4, Speaker("Sie", 0, 3, None, None)), _demand_object(toks, 1, 4, None)
    (True, False)
    >>> _demand_object(tokenize("Sie verlangte von der Stadt, dass sie zahle."), 1, 5, Speaker("Sie", 0, 3, None, None))
    False
    """
    if toks[i].text.lower() not in DEMAND_VERBS or speaker is None or speaker.end > toks[i].start \
            or clause_end < i + 2 or not _is_noun(toks[clause_end - 1]):
        return False
    if clause_end + 2 < len(toks) and _reported_main_clause(toks, clause_end + 1):
        return False
    for tok in toks[i + 1:clause_end]:
        if tok.text in PREPOSITIONS:
            return False
        if _is_noun(tok):
            return tok.text not in PRONOUNS
    return False


def _reported_main_clause(toks: list[Token], k: int) -> bool:
    """The clause at ``toks[k]`` is a main clause of its own that may report: opened by ``denn`` (``forderte den
    Freispruch, denn der Angeklagte habe …``, 10kGNAD) or in reported mood without a complementizer or relative
    pronoun (before a lower-case word or after a preposition): ``verlangte eine Wende, die Lage sei ernst``.

    >>> clauses = ("denn er habe", "die Lage sei ernst", "die bald tagen müsse")
    >>> [_reported_main_clause(tokenize(", " + t), 1) for t in clauses]
    [True, True, False]
    """
    if toks[k].text == "denn":
        return True
    if toks[k].text in ("dass", "wie", "ob") or toks[k].text in RELATIVE_PRONOUNS and toks[k + 1].text.islower() \
            or toks[k].text in PREPOSITIONS and toks[k + 1].text in RELATIVE_PRONOUNS:
        return False  # a complementizer or a relative pronoun (``, in der …``) opens no main clause
    return _clause_mood(toks[k - 1:]) is not None


def _named_relative_clause(toks: list[Token], k: int) -> bool:
    """``…, die Washington im Sommer gegen Brasilien verhängt hatte``: a relative pronoun, a name and an auxiliary
    ending the clause (verb-final, where a reported clause has its verb second: ``…, die Regierung müsse …``), in
    indicative.

    >>> _named_relative_clause(tokenize("die Washington im Sommer verhängt hatte."), 0)
    True
    >>> _named_relative_clause(tokenize("die Regierung habe versagt."), 0)
    False
    """
    if k + 1 >= len(toks) or toks[k].text not in RELATIVE_PRONOUNS or not toks[k + 1].text[:1].isupper():
        return False
    end = _next_index(toks, k, CLAUSE_ENDS)
    return toks[end - 1].text in AUXILIARIES and _clause_mood(toks[k:end]) is None


def _relative_clause(toks: list[Token], k: int) -> bool:
    """Whether the clause at ``toks[k]`` is a relative clause, no reported one: a relative pronoun before a
    preposition, adverb, article or verb (``, der am Sonntag …``, ``, das sich …``; ``, die meisten …`` and
    ``, die Lage …`` are noun phrases) or after a preposition (``, in dem 185 Länder aufgelistet sind``), in
    indicative.

    >>> [_relative_clause(tokenize(t), 0) for t in ("der am Sonntag", "die meisten seien", "in dem 185 Länder sind")]
    [True, False, True]
    """
    start = k
    if k < len(toks) and toks[k].text in PREPOSITIONS:
        k += 1
    if k + 1 >= len(toks) or toks[k].text not in RELATIVE_PRONOUNS:
        return False
    if _clause_mood(toks[max(0, start - 1):]) is not None:
        return False  # reported mood: SpkAtt reports even relative clauses in Konjunktiv
    # after a preposition, not before a zu-infinitive (", für den Wiederaufbau der Kirche zu sorgen": an article)
    if toks[k].text in ("denen", "dessen", "deren") or k > start and not _infinitive_ahead(toks, k):
        return True
    following = toks[k + 1].text
    return following.isalpha() and following.islower() and (
        following in DETERMINERS or not ADJECTIVE_RE.match(following))


def _infinitive_ahead(toks: list[Token], k: int) -> bool:
    """Whether the reported clause from ``toks[k]`` ends in a ``zu``-infinitive, which no (finite) relative clause
    does (not when the sentence goes on: ``…, in der Krise «Übergewinne» erzielt zu haben, und verlangte …``).

    >>> _infinitive_ahead(tokenize("an der Schlägerei beteiligt gewesen zu sein."), 0)
    True
    >>> _infinitive_ahead(tokenize("in dem 185 Länder aufgelistet sind."), 0)
    False
    """
    clause = " ".join(t.text for t in toks[k:_reported_end(toks, k)]).rstrip(CLOSING_MARKS)
    return INFINITIVE_RE.search(clause) is not None


#: how many words a relative clause may have before its cue verb (``der in einer ersten Stellungnahme vor dem
#: Parlament betonte``), and the pronouns that make another word its subject (``der er sagte``: an object)
RELATIVE_CLAUSE_WORDS = 10
#: words opening a reported clause after a cue's comma
COMPLEMENTIZER_WORDS = frozenset(("dass", "ob"))
#: words opening a content clause in any mood: those and the interrogatives (``…, wie …``, ``…, warum …``)
COMPLEMENT_OPENERS = COMPLEMENTIZER_WORDS | frozenset("wie warum weshalb wieso wer was wo wann".split())
#: most tokens an apposition may have after its noun phrase (a title in quotation marks, an abbreviation in brackets)
APPOSITION_TAIL = 8
#: most words of a name in quotation marks that is a subject (``der „Oberste Rat zur Wiederherstellung der Demokratie“``)
TITLE_SUBJECT_WORDS = 6
#: how many words may stand between a verb-final clause's opening pronoun subject and its cue verb
SUBORDINATE_CLAUSE_WORDS = 8
CLAUSE_SUBJECT_PRONOUNS = frozenset("ich du er sie es wir ihr man".split())


def _relative_subject(text: str, toks: list[Token], start: int, i: int, people: list[Mention],
                      last_named: Speaker | None) -> Speaker | None:
    """The relative pronoun opening the clause of the cue at ``i`` (``Ermittlungen, die ergaben, dass …``)
    as its speaker (SpkAtt marks the pronoun), standing for the noun phrase before the comma.

    >>> text = "Sie sprach mit Celebi, die auch angab, dass es so sei."
    >>> _relative_subject(text, tokenize(text), 5, 7, [], None).text
    'die'
    >>> text = "Es wird ein General, der in einer Stellungnahme betonte, er gehöre keiner Partei an."
    >>> _relative_subject(text, tokenize(text), 5, 10, [], None).text
    'der'
    """
    if not 0 < start < i <= start + RELATIVE_CLAUSE_WORDS or toks[start - 1].text != "," \
            or toks[start].text not in RELATIVE_SUBJECTS \
            or not all(t.text.isalnum() and t.text.lower() not in CLAUSE_SUBJECT_PRONOUNS for t in toks[start + 1:i]) \
            or start + 1 < i and (not toks[start + 1].text.islower()
                                  or toks[start + 1].text in DESCRIPTION_DETERMINERS):
        # "der in einer Stellungnahme betonte": adverbials may stand before the verb; a name or an article right
        # after the pronoun opens another subject ("die Roßberg nannte", "die der Minister nannte": an object)
        return None
    return _antecedent_speaker(text, toks, start, start, people, last_named)


#: the longest antecedent read before a relative clause's comma, in tokens
ANTECEDENT_WORDS = 8


def _antecedent_speaker(text: str, toks: list[Token], start: int, k: int, people: list[Mention],
                        last_named: Speaker | None) -> Speaker | None:
    """The relative pronoun ``toks[k]`` of the clause opening at ``toks[start]`` (after a comma) as a speaker that
    stands for its antecedent, the longest noun phrase ending right before the comma: its text is the pronoun (SpkAtt
    marks the pronoun), its entity and name the antecedent's, a person or a body (``Es sprach Anna Berg, die dem Rat
    vorwirft, …`` -> ``die``, Anna Berg); None without such a noun phrase.

    >>> text = "Es sprach Anna Berg, die dem Rat vorwirft, Gelder verschwendet zu haben."
    >>> m = Mention(10, 19, "Anna Berg", "PER", "e:Anna Berg", "Anna Berg", "gazetteer", 1.0)
    >>> s = _antecedent_speaker(text, tokenize(text), 5, 5, [m], None)
    >>> s.text, s.name
    ('die', 'Anna Berg')
    """
    antecedent = _antecedent(toks, start)
    if antecedent is None:
        return None
    referent = _speaker_at(text, toks, antecedent, start - 1, people, last_named)
    pronoun = toks[k]
    return Speaker(pronoun.text, pronoun.start, pronoun.end, referent.entity_id, referent.name)


#: particles of separable verbs that may stand between an antecedent and its relative clause
SEPARATED_PARTICLES = frozenset("zurück ab an vor aus ein fest".split())
#: endings of a noun for a person (``Anwohnerin``, ``Sprecherinnen``)
PERSON_NOUN_RE = re.compile(r"[a-zäöüß]in(?:nen)?$")


def _thing_antecedent(toks: list[Token], start: int, people: list[Mention]) -> bool:
    """Whether the antecedent of the relative clause opening at ``toks[start]`` names no one: no mention of
    ``people`` in it and its last word no role noun, body noun or noun for a person. A relative ``die`` after such a
    noun is the object of a reproach, not the one who voices it, so ``der`` + noun is the subject (review 15b:
    ``Anna Berg wies die Versäumnisse zurück, die der Stadtrat „…“ vorwarf`` gave Anna Berg).

    >>> t = "Sie wies die Versäumnisse zurück, die der Stadtrat vorwarf."
    >>> _thing_antecedent(tokenize(t), 6, [])
    True
    """
    comma = start - 1
    if comma > 1 and toks[comma - 1].text in SEPARATED_PARTICLES:
        comma -= 1  # the clause set after the verb's particle: ``wies die Versäumnisse zurück, die …``
    j = next((j for j in range(max(0, comma - ANTECEDENT_WORDS), comma) if _np_end(toks, j, comma) == comma), None)
    if j is None:
        return False
    words = toks[j:comma]
    if any(m.start < words[-1].end and words[0].start < m.end for m in people):
        return False
    head = words[-1].text
    return (role_noun(head) is None and PERSON_NOUN_RE.search(head) is None
            and not head.casefold().endswith(tuple(body_nouns())))


def _antecedent(toks: list[Token], start: int) -> int | None:
    """Where the longest noun phrase ending right before the comma before ``toks[start]`` opens, if any."""
    return next((j for j in range(max(0, start - 1 - ANTECEDENT_WORDS), start - 1)
                 if _np_end(toks, j, start - 1) == start - 1), None)


#: determiners of a masculine or neuter noun phrase only, and the contractions before one: a relative ``der`` after
#: one is masculine, so nominative
MASCULINE_OR_NEUTER_DETERMINERS = frozenset("dem den des ein einem einen eines".split())
MASCULINE_OR_NEUTER_CONTRACTIONS = frozenset("beim vom zum im am".split())


def _masculine_antecedent(text: str, toks: list[Token], start: int, people: list[Mention]) -> bool:
    """Whether the antecedent of the relative clause opening at ``toks[start]`` is masculine, so a relative ``der``
    is its nominative, the clause's subject, whatever noun phrase follows (session 15: ``Rückhalt fand X bei dem
    Verband, der der Stadt „…“ vorwarf`` read ``der Stadt`` as the subject and kept X): its determiner is one only a
    masculine or neuter noun takes (:data:`MASCULINE_OR_NEUTER_DETERMINERS`, after one of
    :data:`MASCULINE_OR_NEUTER_CONTRACTIONS`), or it names a man (:func:`_gender`; with no role word for him, by his
    name: :func:`_name_gender`).

    >>> t = "Lob kam von dem Verband, der der Stadt Fehler vorwarf."
    >>> _masculine_antecedent(t, tokenize(t), 6, [])
    True
    """
    j = _antecedent(toks, start)
    if j is None:
        return False
    if toks[j].text.lower() in MASCULINE_OR_NEUTER_DETERMINERS \
            or j > 0 and toks[j - 1].text.lower() in MASCULINE_OR_NEUTER_CONTRACTIONS:
        return True
    person = next((m for m in people if m.entity_type == "PER" and m.entity_id
                   and toks[j].start <= m.start < toks[start - 1].start), None)
    return person is not None and (_gender(text, person.entity_id, people) or _name_gender(person)) == "m"


def _name_gender(person: Mention) -> str | None:
    """``"m"``/``"f"`` by a person's name when the article has no role word for them: the gazetteer's gender of the
    linked person, else the gender all the gazetteer's persons of that given name share (session 15's gap: ``bei Jan
    Kurz, der der Stadt „…“ vorwarf`` read ``der Stadt`` as the subject, a man named without a title being no masculine
    antecedent); None for a given name both men and women bear there (``Kim``) or none.

    >>> _name_gender(Mention(0, 8, "Jan Kurz", "PER", "per:jan-kurz", "Jan Kurz", "pattern", 1.0))
    'm'
    """
    info = gazetteer().info.get(person.entity_id) if person.entity_id else None
    if info is not None and info.gender:
        return info.gender
    words = (person.entity_name or person.text).split()
    return _given_name_genders().get(words[0]) if len(words) > 1 else None


#: states whose persons are named surname first (``Xi Jinping``, ``Li Qiang``, ``Lee Jae-myung``; Japanese names are
#: given first in the German press: ``Shigeru Ishiba``): the first word of such a name is a surname, so it tells no
#: gender and another bearer's ``Li`` or ``Wang`` is none either (review 16: ``bei Li Na, der …`` read Li Na as a man)
SURNAME_FIRST_COUNTRIES = frozenset({"loc:china", "loc:taiwan", "loc:suedkorea", "loc:nordkorea", "loc:vietnam"})
#: given names of one gender in one language and of the other in another (Italian men Andrea, Nicola, Simone,
#: Gabriele, Daniele, Michele, Luca; German or English women of those names; French Jean, English Jean/Toni; German
#: Sascha, English Sasha): they tell no gender whatever the gazetteer's bearers are (review 16: Andrea)
CROSS_LANGUAGE_GIVEN_NAMES = frozenset(
    "Andrea Nicola Simone Gabriele Daniele Michele Luca Jean Toni Sascha".split())


@lru_cache(maxsize=1)
def _given_name_genders() -> dict[str, str]:
    """The given names (first words) of the gazetteer's persons with a gender, each with the one gender all its bearers
    share (a name of both genders left out, and :data:`CROSS_LANGUAGE_GIVEN_NAMES`); not the first words of persons
    of :data:`SURNAME_FIRST_COUNTRIES`, which are surnames."""
    genders: dict[str, set[str]] = {}
    surnames_first = set()
    for info in gazetteer().info.values():
        if info.entity.type != "PER":
            continue
        first = info.entity.name.split()[0]
        if info.country in SURNAME_FIRST_COUNTRIES:
            surnames_first.add(first)
        elif info.gender:
            genders.setdefault(first, set()).add(info.gender)
    return {name: next(iter(g)) for name, g in genders.items()
            if len(g) == 1 and name not in surnames_first and name not in CROSS_LANGUAGE_GIVEN_NAMES}


def _subordinate_pronoun(toks: list[Token], i: int) -> int | None:
    """The subject pronoun of a verb-final clause whose cue verb is ``toks[i]`` (``…, nachdem sie berichtet
    hatte, dass …``, ``einen Zettel, in dem er verlangte, …``): the conjunction or relative pronoun opening the
    clause and ``er``/``sie`` right after it, no comma or quotation between it and the verb.

    >>> toks = tokenize("Die Zeitung wurde verboten, nachdem sie berichtet hatte, dass es so sei.")
    >>> _subordinate_pronoun(toks, 7)
    6
    """
    for p in range(i - 1, max(0, i - SUBORDINATE_CLAUSE_WORDS) - 1, -1):
        if toks[p].text in (",", ":", ";", QUOTE):
            return None
        if p > 0 and toks[p].text in ("er", "sie") and toks[p - 1].text in \
                SUBORDINATORS | INNER_CLAUSE_OPENERS | RELATIVE_PRONOUNS:
            return p
    return None


def _trailing_cue_clause(toks: list[Token], i: int) -> tuple[int, tuple[int, int]] | None:
    """``<clause>, hatte X (…) erklärt.``: the cue at ``i`` ends the sentence after a comma, an auxiliary and
    its subject; the comma's index and the subject's span, or None.

    >>> toks = tokenize("Die Lage sei ernst, hatte der Minister am Montag erklärt.")
    >>> _trailing_cue_clause(toks, 10)
    (4, (6, 8))
    """
    if i + 2 < len(toks) or (i + 1 < len(toks) and toks[i + 1].text not in ".!?"):
        return None
    comma = next((k for k in range(i - 1, 0, -1) if toks[k].text in (",", ":", ";", QUOTE)), None)
    if comma is None or toks[comma].text != "," or toks[comma + 1].text not in AUXILIARIES \
            or toks[0].text.lower() in SUBORDINATORS:
        return None
    subject = _inverted_subject(toks, comma + 2, i)
    return (comma, subject) if subject is not None else None


def _reported_clause_after(toks: list[Token], comma: int) -> bool:
    """Whether ``toks[comma]`` is a comma opening a reported clause: ``dass``/``ob`` or Konjunktiv I.

    >>> _reported_clause_after(tokenize("X sagte, es sei gut."), 2)
    True
    """
    if comma + 1 >= len(toks) or toks[comma].text != ",":
        return False
    return toks[comma + 1].text in ("dass", "ob") or _clause_mood(toks[comma:]) == "k1"


def _wie_before(toks: list[Token], i: int) -> int | None:
    """``wie`` opening the clause of a cue at its end: ``, wie Stern, Direktor der NASA, betonte``, also
    with a finite verb after the cue (``Wie das Ministerium bekannt gab``, ``wie X mitgeteilt hatte``)."""
    after = i + 1
    while after < min(len(toks), i + 3) and toks[after].text.isalpha() and toks[after].text.islower() \
            and toks[after].text not in NP_STOP:
        after += 1
    if after < len(toks) and toks[after].text not in (",", ".", ";", "!", "?"):
        return None
    quoted = False
    for j in range(i - 1, max(-1, i - 16), -1):
        if toks[j].text in (":", ";") or toks[j].text == QUOTE and j < i - 2:
            return None
        quoted = quoted or toks[j].text == QUOTE
        if toks[j].text in ("wie", "Wie") and (j == 0 or toks[j - 1].text == ",") and (j == 0 or not quoted):
            # a medium's name in quotation marks may be the subject of an opening "Wie „heise online“ berichtet, …"
            return j
    return None


def _with_content(text: str, toks: list[Token], a: int, b: int, speaker: Speaker | None, cue: str,
                  cue_start: int, top: list[QuotePair], confidence: float) -> Attribution:
    """Attribution whose reported clause is ``toks[a:b]``; a lone quotation there is the quote."""
    inner = [t for t in toks[a:b] if t.text not in ".,;:!?–—-"]
    if not inner:
        return Attribution(speaker, cue, cue_start, None, None, confidence)
    if len(inner) == 1 and inner[0].text == QUOTE:
        pair = next(p for p in top if p.start == inner[0].start)
        return Attribution(speaker, cue, cue_start, pair.inner, pair, confidence)
    span = _trim(text, toks[a].start, toks[b - 1].end)
    return Attribution(speaker, cue, cue_start, span, None, confidence)


def _parenthetical_so(toks: list[Token], i: int, end: int) -> bool:
    """Whether ``, so X,`` (``toks[i]`` is ``so``, X ends at ``end``) is a parenthesis inside the reported clause:
    more words follow it than precede it, in reported mood and not as a relative clause or apposition
    (``Der Präsident sei, so Gamkrelids, schuld daran, dass …``).

    >>> toks = tokenize("Dennoch, so Nacke, habe Mindermann nicht seiner Vorbildfunktion entsprochen.")
    >>> _parenthetical_so(toks, 2, 4)
    True
    >>> toks = tokenize("Die Lage sei sehr ernst, so Merz, der in Berlin sprach.")
    >>> _parenthetical_so(toks, 6, 8)
    False
    """
    if end + 1 >= len(toks) or toks[end].text != "," or toks[end + 1].text in RELATIVE_STARTS \
            or _relative_clause(toks, end + 1):
        return False
    after = [t for t in toks[end + 1:] if t.text not in ".!?"]
    return len(after) > i - 1 and _clause_mood(toks[end:]) in ("k1", "k2")


def _reportive_attribution(text: str, toks: list[Token], top: list[QuotePair], people: list[Mention],
                           last_named: Speaker | None) -> Attribution | None:
    n = len(toks)
    for i, tok in enumerate(toks):
        word = tok.text
        np_start = np_end = None
        if word in ("laut", "Laut", "gemäß", "Gemäß"):
            # a source in quotation marks is a medium's name: laut „BBC News“
            np_start = i + 1
            np_end = i + 2 if i + 1 < n and toks[i + 1].text == QUOTE else _source_np_end(toks, i + 1, n)
        elif word == "nach" and i > 0 and _is_noun(toks[i - 1]) \
                and toks[i - 1].text.lower().endswith(POSTPOSED_REPORT_NOUNS) \
                and (i + 1 >= n or not (_is_capitalized(toks[i + 1]) or toks[i + 1].text in DETERMINERS)):
            # postposed: "seiner Meinung nach", "Dem Vernehmen nach"; a possessive speaks for its owner
            np_start, np_end = (i - 2 if i > 1 and toks[i - 2].text.lower() in DETERMINERS else i - 1), i
            speaker = _speaker_at(text, toks, i - 1, i, people, last_named) \
                if toks[np_start].text.lower().startswith(POSSESSIVES) else None \
                if _statement_only(toks, np_start, i) else \
                Speaker(text[toks[np_start].start:toks[i - 1].end], toks[np_start].start, toks[i - 1].end)
            cue_start = toks[np_start].start
            cue = word if speaker is not None else " ".join(t.text for t in toks[np_start:i + 1])
            if np_start == 0:
                return _with_content(text, toks, i + 1, n, speaker, cue, cue_start, top, 0.75)
            left = next((k + 1 for k in range(np_start - 1, -1, -1) if toks[k].text in (";", ":")), 0)
            return _with_content(text, toks, left, _next_index(toks, i, (";",)), speaker, cue, cue_start, top, 0.7)
        elif word in ("nach", "Nach") and (noun := _report_noun(toks, i + 1)) is not None:
            # the source is the genitive or von-phrase after the noun, else the noun phrase itself
            source = noun + 1 + (noun + 1 < n and toks[noun + 1].text in SOURCE_PREPOSITIONS)
            # a dative or accusative after the noun is the clause going on ("nach Angaben dem Transport dienten")
            np_start, np_end = source, (None if source == noun + 1 and source < n
                                        and toks[source].text in NON_GENITIVE_DETERMINERS else _np_end(toks, source, n))
            if not np_end and source < n and (
                    source > noun + 1 and SOURCE_NAME_RE.search(toks[source].text)  # "von n24", "von t-online"
                    or GENITIVE_ADJECTIVE_RE.match(toks[source].text)):  # "Meinung politischer Beobachter"
                np_end = source + 1 if source > noun + 1 else _source_np_end(toks, source, n)
            if np_end == source + 1 and source == noun + 1 and not toks[source].text.endswith("s") \
                    and toks[source].text not in DETERMINERS \
                    and not any(m.start < toks[source].end and toks[source].start < m.end for m in people):
                np_end = None  # "soll nach ersten Meldungen Schäden verursacht haben": a bare noun is the clause's
            eigen = toks[noun - 1].text.lower().startswith("eigen")  # the owner's own account, never a genitive's
            if eigen:  # "nach eigenen Angaben ihre Patrouillen": "ihre Patrouillen" is the clause's object
                np_start, np_end = i + 1, noun + 1
            elif not np_end:  # the noun phrase after "nach" ("israelischen Angaben"); a possessive is its owner's
                np_start = noun if toks[noun - 1].text.lower().startswith(POSSESSIVES) else i + 1
                np_end = noun + 1 if source < n and _is_capitalized(toks[source]) \
                    and toks[source].text not in DETERMINERS else _np_end(toks, noun, n)
        elif word == "zufolge" and i > 0:
            clause = _clause_start(toks, i)
            # the longest noun phrase ending right before "zufolge" ("eigenen Angaben zufolge")
            np_start = next((j for j in range(clause, i) if _np_end(toks, j, i) == i), None)
            if np_start is not None and np_start > clause and toks[np_start - 1].text.lower().startswith("eigen"):
                np_start -= 1  # "eigenen Angaben zufolge": the owner's statement, the subject's
            if np_start is None and toks[i - 1].text.lower() in ZUFOLGE_PRONOUNS and (
                    i - 1 == 0 or _clause_mood(toks[i:]) is not None):  # a relative one: "…, denen zufolge … sei"
                # "Ihnen zufolge …", "Grundsätzen, denen zufolge …": the pronoun stands for the source named before
                pronoun = toks[i - 1]
                speaker = _possessor(text, pronoun.start, pronoun.end, people)
                opens = i - 1 == clause
                return _with_content(text, toks, i + 1 if opens else 0, len(toks), speaker, word, pronoun.start, top,
                                     0.75 if opens else 0.7)
            np_end = i if np_start is not None else None
            if np_start is not None:
                speaker, cue, cue_start = _speaker_at(text, toks, np_start, np_end, people, last_named), word, tok.start
                if toks[np_start].text.lower().startswith("eigen"):
                    speaker = _own_account(text, toks, np_start, speaker, people, last_named)
                if _statement_only(toks, np_start, np_end):  # "ersten Angaben zufolge": the noun is part of the cue
                    speaker, cue, cue_start = None, " ".join(t.text for t in toks[np_start:i + 1]), toks[np_start].start
                end = len(toks)
                if np_start == clause == 0:
                    return _with_content(text, toks, i + 1, end, speaker, cue, cue_start, top, 0.75)
                return _with_content(text, toks, 0, end, speaker, cue, cue_start, top, 0.7)
            continue
        elif word == "so" and i > 0 and toks[i - 1].text == ",":
            end = _np_end(toks, i + 1, n)
            if end and (end >= n - 1 or toks[end].text in (",", ".") or toks[end].text in NP_STOP):
                speaker = _speaker_at(text, toks, i + 1, end, _outside(people, toks[0].start, tok.start), last_named)
                if _parenthetical_so(toks, i, end):
                    # "Dennoch, so Nacke, habe Mindermann …": the reported clause goes on after the parenthesis
                    return _with_content(text, toks, end + 1, n, speaker, word, tok.start, top, 0.75)
                return _with_content(text, toks, 0, i - 1, speaker, word, tok.start, top, 0.75)
            continue
        elif word in SOURCE_PRO_FORMS and i == 0 and n > 2 and toks[1].text.islower():
            # the pro-form stands for the source of the sentence before, set by the caller
            return _with_content(text, toks, 1, n, None, word, tok.start, top, 0.7)
        elif word in HEISST and i + 1 < n and toks[i + 1].text == "es" or \
                word == "es" and i + 1 < n and toks[i + 1].text in HEISST:
            return _heisst_es(text, toks, i, top, people, last_named)
        else:
            continue
        if not np_end:
            continue
        np_end = _named_source_end(toks, np_end, n, people)
        if _statement_only(toks, np_start, np_end):  # "nach ersten Angaben": a statement, no speaker
            speaker, cue = None, " ".join(t.text for t in toks[i:np_end])
        else:
            speaker = _speaker_at(text, toks, np_start, np_end, people, last_named)
            if word == "nach" and eigen:
                speaker = _own_account(text, toks, i, speaker, people, last_named)
            cue = " ".join(t.text for t in toks[i:np_start] if t.text not in SOURCE_PREPOSITIONS) \
                if np_start > i + 1 else word
        if i == 0:  # sentence-initial: the rest of the sentence up to a semicolon is the report
            after = np_end + (np_end < n and toks[np_end].text == ",")
            return _with_content(text, toks, after, _next_index(toks, after, (";",)), speaker, cue, tok.start, top,
                                 0.75)
        # mid-sentence: the main clause around it, up to semicolons ("…; nach Behördenangaben stecke …"), or
        # the relative clause it stands in ("eine Umweltzone, die nach Einschätzung des UBA … verbessern kann")
        comma = next((k for k in range(i - 1, -1, -1) if toks[k].text in (",", ";")), None)
        if comma is not None and toks[comma].text == "," and comma + 1 < i and (
                toks[comma + 1].text in RELATIVE_PRONOUNS
                or toks[comma + 1].text in PREPOSITIONS and toks[comma + 2].text in RELATIVE_PRONOUNS):
            end = _next_index(toks, i, (",", ";"))
            return _with_content(text, toks, comma + 1, end, speaker, cue, tok.start, top, 0.7)
        left = next((k + 1 for k in range(i - 1, -1, -1) if toks[k].text in (";", ":")), 0)
        attr = _with_content(text, toks, left, _next_index(toks, i, (";",)), speaker, cue, tok.start, top, 0.7)
        return replace(attr, source_note=True) \
            if word == "nach" and _inner_own_account(toks, i, noun, eigen, np_start, np_end) else attr
    return None


#: most words of a body's name between its head noun and the linked acronym in brackets after it (``des
#: Eidgenössischen Departements für auswärtige Angelegenheiten (EDA)``)
NAME_COMPLEMENT_WORDS = 4


def _named_source_end(toks: list[Token], end: int, limit: int, people: list[Mention]) -> int:
    """The end of a source note's noun phrase ``toks[…:end]`` taken on to the name that follows its head noun: a
    linked organisation right after it (``Laut einer Umfrage des Forschungsinstituts gfs.bern …``: the lower-case
    name stopped the phrase, so the speaker was the unlinked institute and the quote began with its name) or a
    ``für`` complement ending in a linked acronym in brackets (``Nach Angaben des Eidgenössischen Departements für
    auswärtige Angelegenheiten (EDA) war …``). Wrong speakers of this one shape in tune6, tune15 and tune20 (twenty-
    eighth pass); after a note's noun phrase the clause's verb comes, so no other name starts there.

    >>> toks = tokenize("Laut dem Institut gfs.bern stimmten viele zu.")
    >>> toks[_named_source_end(toks, 3, len(toks), [Mention(18, 26, "gfs.bern", "ORG", "o1", "gfs.bern", "x", 1)])].text
    'stimmten'
    >>> _named_source_end(toks, 3, len(toks), [])
    3
    """
    if end >= limit or not _is_noun(toks[end - 1]):
        return end
    linked = [m for m in people if m.entity_id is not None and m.entity_type == "ORG"]
    name = next((m for m in linked if m.start == toks[end].start), None)
    if name is not None:
        return next((k for k in range(end, limit) if toks[k].start >= name.end), limit)
    if toks[end].text != "für":
        return end
    close = next((k for k in range(end + 3, min(end + 4 + NAME_COMPLEMENT_WORDS, limit)) if toks[k].text == ")"), None)
    if close is None or toks[close - 2].text != "(" \
            or not all(ADJECTIVE_RE.match(t.text) or _is_capitalized(t) for t in toks[end + 1:close - 2]) \
            or not any(m.start == toks[close - 1].start for m in linked):
        return end
    return close + 1


#: reports that name nobody (``Berichten``, ``Medienberichten``): with a hearsay modal they pass on a rumour
RUMOUR_NOUN = "berichten"


def _anonymous_hearsay(toks: list[Token], attr: Attribution) -> bool:
    """``Medienberichten zufolge soll …``, ``Berichten zufolge soll …``: a rumour (a hearsay modal, no Konjunktiv I)
    passed on from reports that name nobody (the noun alone, or compounded and unlinked) is no indirect quote by the
    devset conventions (tune8 gold: three of three), as a hearsay modal alone is none; SpkAtt's quote only. Other
    statement nouns keep their quote (``Das Beben soll nach ersten Meldungen …``). Likewise inside an indicative
    clause (``hatte die Luftwaffe Berichten zufolge Ziele bombardiert``, tune8), as ``nach eigenen Angaben``.

    >>> a = Attribution(Speaker("Medienberichten", 0, 15), "zufolge", 16, (24, 60), None, 0.75)
    >>> _anonymous_hearsay(tokenize("Medienberichten zufolge soll die Küstenwache ein Boot festgesetzt haben."), a)
    True
    """
    speaker = attr.speaker
    if speaker is not None and speaker.entity_id is not None:
        return False  # a linked source names somebody
    # its last word: "Berichten der BBC" names its source, "hatte die Luftwaffe Berichten zufolge" ends with the note
    source = (attr.cue or "") if speaker is None else speaker.text.rsplit(" ", 1)[-1]
    if RUMOUR_NOUN not in source.lower():
        return False
    start, end = attr.content
    words = {t.text for t in toks if start <= t.start < end}
    if not HEARSAY.isdisjoint(words) and KONJUNKTIV_I.isdisjoint(words):
        return True
    # inside an indicative clause ("In der Nacht hatte die Luftwaffe Berichten zufolge Ziele bombardiert"): a note
    # on a reported fact, as for "nach eigenen Angaben" (tune8); opening the sentence it opens a quote
    return toks[0].start < (attr.cue_start if speaker is None else speaker.start) and KONJUNKTIV.isdisjoint(words)


#: words before a name inside a subject that make the name an attribute of the head, not the subject itself
OWNER_ATTRIBUTE_WORDS = frozenset("von vom des der".split())


def _own_account(text: str, toks: list[Token], i: int, speaker: Speaker, people: list[Mention],
                 last_named: Speaker | None) -> Speaker:
    """``nach eigenen Worten``, ``eigenen Angaben zufolge`` at ``toks[i]``: the subject of the main clause gives its own
    account, so the unlinked phrase takes the subject's entity and keeps its span (SpkAtt marks the phrase). Found on
    tune14 (``Auch die Grünen wollen nach eigenen Worten „…“ verhandeln``, gold the Greens, we gave none); the phrase
    with a named subject also stands in tune4, tune5 and tune6 (source notes there, unscored) and 11 times in SpkAtt.
    Only in a main clause opening the sentence (no comma before the phrase: in ``X sagte, die Armee habe nach eigenen
    Angaben …`` the army's account is not X's), and only for a linked subject opening it, not a name in its attribute
    (``Die Armee von Staatschef X verlegte nach eigenen Angaben …``, tune6: the unlinked army's account).

    >>> t = "Auch die Grünen wollen nach eigenen Worten verhandeln."
    >>> grune = Mention(9, 15, "Grünen", "ORG", "o1", "Die Grünen", "x", 1.0)
    >>> _own_account(t, tokenize(t), 4, Speaker("eigenen Worten", 28, 42), [grune], None).name
    'Die Grünen'
    """
    if speaker.entity_id is not None or any(t.text in CLAUSE_MARKS for t in toks[:i]):
        return speaker
    opening = 1 if len(toks) > 2 and toks[0].text.lower() in SUBJECT_PARTICLES else 0
    subject = _sentence_subject(text, toks[opening:], people, last_named)
    if subject is None or subject.entity_id is None or subject.end > speaker.start \
            or not OWNER_ATTRIBUTE_WORDS.isdisjoint(text[toks[opening].start:subject.start].split()[1:]):
        return speaker  # "Die Armee von Staatschef X verlegte nach eigenen Angaben …": the army's account, not X's
    return replace(speaker, entity_id=subject.entity_id, name=subject.name)


def _inner_own_account(toks: list[Token], i: int, noun: int, eigen: bool, np_start: int, np_end: int) -> bool:
    """``nach eigenen Angaben``, ``nach Polizeiangaben``, ``nach palästinensischen Angaben`` inside an indicative
    clause (``Die Polizei nahm nach eigenen Angaben zwei Männer fest``): a source note on a reported fact, no
    indirect quote by the devset conventions (which open one with a clause-initial ``laut``/``nach Angaben X``,
    and the tuning sets' gold counts a mid-sentence one only with a genitive or ``von`` source, ``nach Angaben
    des Betreibers``); a bare statement noun (``nach ersten Angaben``) and a Konjunktiv clause stay quotes."""
    after = toks[noun + 1].text if noun + 1 < len(toks) else ""
    if not eigen and (after in SOURCE_PREPOSITIONS or after in GENITIVE_DETERMINERS or after[:1].isupper()):
        return False  # "nach Angaben des Betreibers", "von Diplomaten", "Kiews": the source is named
    return i > 0 and toks[i - 1].text not in (";", ":") and not _statement_only(toks, np_start, np_end) \
        and _clause_mood(toks[:_next_index(toks, i, (",", ";"))]) is None  # its own clause, not a relative one


def _outside(people: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions outside the reported words ``start:end``: a pronoun or description after them
    (``„Ein Treffen mit Putin sei ausgeschlossen“, sagte er``) refers to someone named before, not
    to a person the speaker talks about."""
    return [m for m in people if not start <= m.start < end]


def _source_np_end(toks: list[Token], i: int, limit: int) -> int | None:
    """The end of a source after ``laut``: a noun phrase, also with adjectives and no determiner
    (``laut vorläufigem Ergebnis``, ``laut offiziellen Angaben``)."""
    if i < limit and SOURCE_NAME_RE.search(toks[i].text):
        return i + 1  # a lower-case medium with a dot, digit or hyphen: "laut bildblog.de", "laut n-tv"
    k = i
    while k < limit and k - i < 3 and ADJECTIVE_RE.match(toks[k].text) and toks[k].text not in NP_STOP \
            and toks[k].text not in DETERMINERS:
        k += 1
    return _np_end(toks, k, limit) if k > i and k < limit and _is_noun(toks[k]) else _np_end(toks, i, limit)


def _possessor(text: str, start: int, end: int, people: list[Mention]) -> Speaker:
    """``ihren Angaben`` at ``start:end`` as a speaker: the latest linked person or organisation
    before it owns the statement (``Die Organisation Pro Asyl … Nach ihren Angaben …``)."""
    before = [m for m in people if m.end <= start and m.entity_id]
    owner = before[-1] if before else None
    return Speaker(text[start:end], start, end, owner.entity_id if owner else None,
                   owner.entity_name if owner else None)


def _statement_only(toks: list[Token], i: int, end: int) -> bool:
    """``toks[i:end]`` is a statement noun (``data/statement_nouns.csv``) with at most a determiner and
    adjectives before it (``ersten Angaben``, ``Den Angaben``): what was said, not who said it. A possessive,
    also right before the span (``nach ihren Angaben``), or ``eigen`` (``eigenen Angaben zufolge``) stands for
    its owner, and an adjective of origin names the source (``nach israelischen Angaben``)."""
    head, before = toks[end - 1].text.lower(), toks[i:end - 1]
    return head in statement_nouns() \
        and not any(t.text.lower().startswith(POSSESSIVES) for t in toks[max(0, i - 1):end - 1]) \
        and all(t.text.lower() in DETERMINERS or ADJECTIVE_RE.match(t.text) and not ORIGIN_RE.search(t.text)
                and not t.text.lower().startswith("eigen") for t in before)


def _report_noun(toks: list[Token], i: int) -> int | None:
    """Index of the reportive noun in ``nach [det] [adj] Angaben …``, or None."""
    k = i + (i < len(toks) and toks[i].text.lower() in DETERMINERS)
    # an article after the determiner is no adjective: "nach der die Verfassung geändert werden soll" is relative
    while k < len(toks) and ADJECTIVE_RE.match(toks[k].text) and toks[k].text not in DETERMINERS and k - i < 3:
        k += 1
    if k < len(toks) and toks[k].text[:1].isupper() and toks[k].text.lower().endswith(REPORT_NOUNS):
        return k
    return None


def _sentence_subject(text: str, toks: list[Token], people: list[Mention],
                      last_named: Speaker | None) -> Speaker | None:
    """Who the sentence is about: the noun phrase opening it when a verb follows, also past an apposition
    (``X, Vorsitzende des Verbands, verteidigte …``), or the subject after the verb when an adverb opens the
    sentence (``Dagegen verteidigte X …``).

    >>> text = "Dagegen verteidigte der Vorsitzende den Entwurf."
    >>> _sentence_subject(text, tokenize(text), [], None).text
    'der Vorsitzende'
    """
    if len(toks) > 2 and toks[1].text in PRONOUNS and toks[0].text.lower() in LEADING_ADVERBS:
        return _speaker_at(text, toks, 1, 2, people, last_named)  # "Auch sie forderten den Rücktritt"
    end = _np_end(toks, 0, len(toks)) if toks else None
    if end is None and len(toks) > 2 and (toks[0].text.lower() in NOT_NP_START or toks[0].text.lower() in
                                          lowercase_words()):  # "Besorgt äußerte sich X …"
        # verb second: after an adverb or a prepositional phrase ("Vor dem Publikum betonte er …")
        v = (_np_end(toks, 1, len(toks)) or _time_object_end(toks)) if toks[0].text.lower() in PREPOSITIONS else 1
        verb = toks[v].text if 0 < v < len(toks) - 1 else ""
        after = None
        if verb.islower() and verb.isalpha() and verb not in NP_STOP and verb not in DETERMINERS:
            after = _inverted_subject(toks, v + 1, len(toks))
        if after is None and toks[0].text.lower() in PREPOSITIONS:
            # a longer adverbial before the finite auxiliary ("Am 15. Mai hat die Wahlkommission …", "An die
            # Adresse der Stabilitätswächter in Brüssel hatte Steinbrück …")
            aux = next((k for k in range(1, min(len(toks) - 1, AUXILIARY_REACH)) if toks[k].text == ","
                        or toks[k].text in AUXILIARIES), None)
            after = _inverted_subject(toks, aux + 1, len(toks)) if aux and toks[aux].text != "," else None
        if after is not None or verb.islower():
            return _speaker_at(text, toks, after[0], after[1], people, last_named) if after else None
    if end is None:
        return None
    if end < len(toks) and toks[end].text == ",":
        verb = next((k for k in range(end + 2, len(toks)) if toks[k - 1].text == "," and toks[k].text.islower()), None)
        if verb is not None and (_apposition_until(toks, end, verb) or _named_apposition(toks, verb) == end):
            return _speaker_at(text, toks, 0, verb - 1, people, last_named)
        if verb is not None and _relative_clause(toks, end + 1):  # "X, der bei Y … ist, wies den Vorwurf zurück"
            return _speaker_at(text, toks, 0, end, people, last_named)
    if end >= len(toks) or not toks[end].text.islower():
        return None
    return _speaker_at(text, toks, 0, end, people, last_named)


def _time_object_end(toks: list[Token]) -> int:
    """The end of a time phrase after the preposition opening the sentence (``Am Dienstag``, ``Im Januar 2024``),
    where the finite verb and the inverted subject follow (``Am Dienstag entschied das Gericht …``); 0 when the
    object is no time phrase or goes on with a genitive (``Nach dem Ende der Auktion``: 0, its subject is left
    unread as before).

    >>> [_time_object_end(tokenize(s)) for s in ("Am Dienstag entschied X.", "Nach dem Ende der Auktion kam X.")]
    [2, 0]
    """
    end = _np_end(toks, 1, len(toks), time_ok=True) or 0
    return end if end and _temporal(toks[1:end]) else 0


def _partial_subject(text: str, toks: list[Token], pair: QuotePair, people: list[Mention],
                     last_named: Speaker | None) -> Speaker | None:
    """Who uses the quoted words of a sentence without a cue: its opening subject when that is linked,
    else the first person named before the quotation as a subject, not after a preposition or an
    object or genitive article (``Für den Fall einer Ablehnung kündigte Macron „massive …“ an``)."""
    subject = _sentence_subject(text, toks, people, last_named)
    if subject is not None and subject.entity_id is not None:
        return subject
    for k, tok in enumerate(toks):
        if tok.start >= pair.start:
            break
        m = next((m for m in people if m.start == tok.start and m.entity_type == "PER" and m.entity_id), None)
        if m is not None and (k == 0 or toks[k - 1].text.lower() not in SUBJECT_BLOCKERS):
            return Speaker(m.text, m.start, m.end, m.entity_id, m.entity_name)
    return None


def _colon_intro(toks: list[Token]) -> list[Token]:
    """The words before a colon that opens a quotation (``X bestreitet jede Kenntnis: „…“``)."""
    at = next((k for k, t in enumerate(toks) if t.text == QUOTE), 0)
    return toks[:at - 1] if at > 1 and toks[at - 1].text == ":" else []


def _heisst_es_at(toks: list[Token], i: int) -> bool:
    """``toks[i]`` is the verb of ``heißt es`` / ``es hieß``."""
    return toks[i].text in NAMING_VERBS and (i + 1 < len(toks) and toks[i + 1].text == "es"
                                             or i > 0 and toks[i - 1].text == "es")


#: "heißt es" / "hieß es", also in Swiss spelling ("hiess es aus dem Kanzleramt")
HEISST = frozenset("heißt hieß heisst hiess".split())
#: prepositions before the source of ``heißt es`` (``im Bericht``, ``aus dem Ministerium``, ``auf der Webseite des
#: Vereins``: a web page speaks for its owner, as a document does)
HEISST_ES_SOURCES = frozenset("in im aus von vom bei beim auf".split())


def _heisst_es_place(toks: list[Token]) -> bool:
    """``…, hieß es in Frankfurt.``: "heißt es" with only a place after it (a bare capitalised name after "in"
    ending the clause), so the source is the one of the sentence before (``Die Bundesbank warnte …``).

    >>> _heisst_es_place(tokenize("Die Lage sei ernst, hieß es in Frankfurt."))
    True
    """
    for k in range(len(toks) - 3):
        if toks[k].text in HEISST and toks[k + 1].text == "es" and toks[k + 2].text == "in" \
                and _is_capitalized(toks[k + 3]) and toks[k + 3].text.lower() not in DETERMINERS \
                and (k + 4 == len(toks) or toks[k + 4].text in (".", ",", ";", "!", "?")):
            return True
    return False


#: the words of a reportive phrase's cue (``Nach Angaben``, ``laut``, ``gemäß``, ``zufolge``) that name a source
#: (``gemäß`` was missing, so a bare ``hieß es`` after ``Gemäß dem Ministerium …`` stayed sourceless)
REPORTIVE_CUE_WORDS = frozenset({"nach", "laut", "gemäß", "zufolge"})


def _is_reportive(attr: Attribution) -> bool:
    """The attribution is a reportive phrase (``Nach Angaben``, ``Laut``, ``zufolge``), not a cue verb.

    >>> _is_reportive(Attribution(None, "Nach Angaben", 0, None, None, 0.7))
    True
    """
    return attr.cue is not None and not REPORTIVE_CUE_WORDS.isdisjoint(attr.cue.lower().split())


def _bare_heisst_es(toks: list[Token], attr: Attribution) -> bool:
    """``…, hieß es.`` ending the sentence with nothing after it.

    >>> _bare_heisst_es(tokenize("Man erwarte Tausende, hieß es."), Attribution(None, "hieß es", 22, None, None, 0.7))
    True
    """
    return _is_heisst(attr) and _after_appended_heisst_es(toks, attr) == []


def _is_heisst(attr: Attribution) -> bool:
    """The cue is a form of ``heißen`` (``hieß es``, ``heißt es``)."""
    return attr.cue is not None and attr.cue.split()[0] in HEISST and attr.cue_start is not None


def _after_appended_heisst_es(toks: list[Token], attr: Attribution) -> list[str] | None:
    """The words after ``…, hieß es`` appended to the clause it reports (sentence marks left out); None when the
    cue is not so appended."""
    i = next((k for k, t in enumerate(toks) if t.start == attr.cue_start), None)
    if i is None or i == 0 or toks[i - 1].text != "," or i + 1 >= len(toks) or toks[i + 1].text != "es":
        return None
    return [t.text for t in toks[i + 2:] if t.text not in (".", "!", "?")]


#: what may follow ``heißt es`` when it names the source of the sentence before: ``dort``/``da`` (its place,
#: ``gratulierte … auf X. …, hiess es dort``), ``weiter`` (the statement goes on: ``Die Staatsagentur KCNA meldete,
#: … . Die Waffe diene …, hieß es weiter``; tune8) or an indefinite document (``in einer Mitteilung``)
HEISST_ES_PLACE_ADVERBS = frozenset("dort da weiter".split())
INDEFINITE_ARTICLES = frozenset("ein eine einer einem einen eines".split())


def _heisst_es_unsourced(toks: list[Token], attr: Attribution) -> bool:
    """``…, hiess es dort.`` / ``…, hieß es in einer Aussendung.`` ending the sentence: the statement names no
    source of its own (an indefinite document has no owner; ``in einer Mitteilung des
    Vereins`` has one).

    >>> a = Attribution(None, "hieß es", 22, None, None, 0.7)
    >>> _heisst_es_unsourced(tokenize("Man erwarte Tausende, hieß es in einer Mitteilung."), a)
    True
    >>> _heisst_es_unsourced(tokenize("Man erwarte Tausende, hieß es in einer Mitteilung des Vereins."), a)
    False

    Also a bare definite document before or after it (``In der Begründung heißt es: …``, ``…, heißt es in dem
    Urteil.``, ``…, heißt es im Gutachten.``): it refers back to a statement whose source the text named before
    (``Zugleich mahnte der Senat …``).
    """
    if not _is_heisst(attr):
        return False
    if attr.speaker is not None and attr.speaker.entity_id is None and _unowned_document(attr.speaker.text):
        return True
    rest = _after_appended_heisst_es(toks, attr)
    if rest is None:  # not appended to the clause it reports: "In einer auf X verbreiteten Erklärung hieß es, …"
        cue = next((k for k, t in enumerate(toks) if t.start == attr.cue_start), 0)
        return attr.speaker is None and _indefinite_document([t.text for t in toks[:cue]])
    if len(rest) == 1 and rest[0] in HEISST_ES_PLACE_ADVERBS:
        return True  # a bare "hieß es" stays sourceless here: SpkAtt train marks no speaker (2 of 2); see _bare_heisst_es
    return _indefinite_document(rest)


def _indefinite_document(words: list[str]) -> bool:
    """``in einer (schriftlichen) Mitteilung``: the noun last, an adjective before it at most, or an attributive
    participle with its phrase (``in einer im Staatsfernsehen verlesenen Erklärung``, ``In einer auf Telegram
    verbreiteten Erklärung``; tune13); no owner after the noun (``in einer Mitteilung des Vereins``).

    >>> _indefinite_document("in einer im Staatsfernsehen verlesenen Erklärung".split())
    True
    >>> _indefinite_document("in einer Mitteilung des Vereins".split())
    False
    """
    if len(words) < 3 or words[0].lower() != "in" or words[1] not in INDEFINITE_ARTICLES or not words[-1][0].isupper():
        return False
    between = words[2:-1]
    return (len(between) <= 1 and all(w.islower() for w in between)) \
        or (0 < len(between) <= AGENT_PHRASE_WORDS + 1 and ATTRIBUTIVE_PARTICIPLE_RE.match(between[-1]) is not None)


#: rulings, opinions and reports that ``heißt es`` cites without their owner (``in dem Urteil``, ``im Gutachten``,
#: ``im Bericht``): like a bare statement (STATEMENT_HEADS: ``In der Begründung heißt es``) they are the source's
#: of the sentence before, but only a linked one (else they keep their own words)
RECORD_HEADS = ("urteil", "gutachten", "bericht", "entscheidung")
UNOWNED_DOCUMENT_HEADS = STATEMENT_HEADS + RECORD_HEADS
#: records a court issues: with no linked source before them, the latest court named before speaks (``Der
#: Generalanwalt empfahl …, der Klage stattzugeben. …, heißt es in dem Gutachten.`` → the EuGH named before; tune10)
COURT_DOCUMENT_HEADS = ("urteil", "gutachten")
#: records only a court issues, so the court named before owns them even when the sentence before has a linked
#: subject (an opinion, ``Gutachten``, may be an institute's)
RULING_HEADS = ("urteil",)
#: what the name of a court holds (``Landgericht Stuttgart``, ``Europäischer Gerichtshof``)
COURT_NAME = "gericht"


def _unowned_document(speaker_text: str) -> bool:
    """A document named by its head alone, with a definite article or none (after ``im``).

    >>> _unowned_document("dem Urteil"), _unowned_document("Gutachten"), _unowned_document("einem Urteil")
    (True, True, False)
    """
    *article, head = speaker_text.split()
    return len(article) <= 1 and all(w.lower() in DEFINITE_ARTICLES for w in article) \
        and head.lower() in UNOWNED_DOCUMENT_HEADS


def _court_document_owner(text: str, speaker: Speaker, people: list[Mention]) -> Speaker | None:
    """A court's record (``dem Urteil``) linked to the latest court named before it, if any."""
    if speaker.text.split()[-1].lower() not in COURT_DOCUMENT_HEADS:
        return None
    court = next((m for m in reversed(people) if m.end <= speaker.start and m.entity_id and m.entity_type == "ORG"
                  and COURT_NAME in (m.entity_name or m.text).lower()), None)
    return None if court is None else replace(speaker, entity_id=court.entity_id, name=court.entity_name)


def _heisst_es(text: str, toks: list[Token], i: int, top: list[QuotePair], people: list[Mention],
               last_named: Speaker | None) -> Attribution:
    """``In einer Mitteilung heißt es: …`` / ``…, hieß es aus dem Ministerium``."""
    n = len(toks)
    j = _after_heisst_es_adverbials(toks, i + 2)  # after "heißt es" / "es heißt" ("hieß es am Abend aus …")
    cue = f"{toks[i].text} {toks[i + 1].text}"
    speaker = None
    if j < n and toks[j].text in HEISST_ES_SOURCES:
        end = _source_np_end(toks, j + 1, n)  # also with adjectives after "im": "im vorläufigen Bericht der Mission"
        if end and not (toks[j].text == "in" and end == j + 2 and not any(
                m.start < toks[j + 1].end and toks[j + 1].start < m.end for m in people)):
            # "hieß es in Frankfurt": a bare name after "in" that names no person or organisation is a place
            speaker = _speaker_at(text, toks, j + 1, end, people, last_named)
    opened_by_source = i > 0 and toks[0].text.lower() in HEISST_ES_SOURCES
    if speaker is None and opened_by_source:
        end = _np_end(toks, 1, i)
        if end:
            speaker = _speaker_at(text, toks, 1, end, people, last_named)
    # "…, hieß es aus dem Ministerium" reports the clause before; after "In dem Bericht, der …, heißt es, …" the
    # comma before closes the source's relative clause and the report follows
    if i > 0 and toks[i - 1].text == "," and not (opened_by_source and j < n and toks[j].text in (",", ":")):
        return _with_content(text, toks, 0, i - 1, speaker, cue, toks[i].start, top, 0.7)
    colon = _next_index(toks, j, (",", ":"))
    return _with_content(text, toks, colon + 1, n, speaker, cue, toks[i].start, top, 0.7)


#: adverbs between ``heißt es`` and its source (``heißt es dazu in einer Pressemitteilung des CCC``)
HEISST_ES_ADVERBS = frozenset("dazu zudem weiter auch ebenfalls zunächst später gestern heute bereits".split())


def _after_heisst_es_adverbials(toks: list[Token], j: int) -> int:
    """The index after the adverbs and ``am`` + time word at ``toks[j]`` that may stand between ``heißt es`` and a
    source preposition (``hieß es am Abend aus dem Parlamentsklub der FPÖ``); ``j`` when no source preposition
    follows them (``hieß es weiter.``, ``hieß es am Abend.``).

    >>> [_after_heisst_es_adverbials(tokenize(t), 5) for t in ("Man klage, hieß es am Abend aus dem Klub.",
    ...                                                          "Man klage, hieß es weiter.")]
    [7, 5]
    """
    k = j
    while k < len(toks):
        if toks[k].text in HEISST_ES_ADVERBS:
            k += 1
        elif toks[k].text == "am" and k + 1 < len(toks) and _temporal(toks[k + 1:k + 2]):
            k += 2
        else:
            break
    return k if k > j and k < len(toks) and toks[k].text in HEISST_ES_SOURCES else j


def _next_index(toks: list[Token], i: int, stops: Collection[str]) -> int:
    while i < len(toks) and toks[i].text not in stops:
        i += 1
    return i


def _clause_start(toks: list[Token], i: int, past_quotes: bool = False) -> int:
    """Where the clause of ``toks[i]`` starts: after a comma, colon, semicolon, dash or (unless ``past_quotes``)
    quotation mark."""
    ends = CLAUSE_MARKS if past_quotes else CLAUSE_STARTS_AFTER
    j = i
    while j > 0 and toks[j - 1].text not in ends:
        j -= 1
    return j


def _appositive_subject_end(toks: list[Token], i: int) -> int | None:
    """``Marcelo Ebrard, der Bürgermeister von Mexiko-Stadt, sagte …``: the subject with an apposition
    before the verb, which would otherwise look like a reported clause before ``, sagte``."""
    named = _named_apposition(toks, i)
    if named is not None:
        return named
    end = _np_end(toks, 0, i)
    if end is None or end + 1 >= i or toks[end].text != "," or not (
            toks[end + 1].text.lower() in DETERMINERS or _is_noun(toks[end + 1]) and toks[end + 1].text != QUOTE):
        return None  # also without an article: "Lars Schauer, Manager von Energie Cottbus, bezeichnete …"
    return end if _apposition_until(toks, end, i) else None


def _named_apposition(toks: list[Token], i: int) -> int | None:
    """``(Auch) die Haushaltspolitikerin der Grünen, Anja Hajduk, kritisierte …``: a description of any
    length without a verb, then the name between commas right before the verb at ``i``; the index of the
    comma after the description."""
    if i < 4 or toks[i - 1].text != ",":
        return None
    start = 1 if toks[0].text.lower() in AFTER_VERB_SKIP else 0
    comma = next((k for k in range(i - 2, start, -1) if toks[k].text == ","), None)
    if comma is None or toks[start].text.lower() not in DETERMINERS or comma + 1 >= i - 1:
        return None
    if not all(_is_capitalized(t) or t.text in "()" for t in toks[comma + 1:i - 1]):
        return None
    verbs = cue_verbs()
    if any(t.text == QUOTE or t.text in verbs or t.text in AUXILIARIES or t.text in KONJUNKTIV
           for t in toks[start:comma]):
        return None
    return comma


def _apposition_until(toks: list[Token], i: int, stop: int) -> bool:
    """``Der Leiter der WHO, Klaus Stöhr, sagte`` – an apposition between subject and verb."""
    if i >= stop or toks[i].text != ",":
        return False
    end = _np_end(toks, i + 1, stop)
    if not end or toks[stop - 1].text != "," or stop - 1 - end > APPOSITION_TAIL:
        return False
    # the apposition may go on with a name in quotation marks, an abbreviation in brackets and genitive or
    # prepositional names ("ein Vertreter der Organisation „Iceland Nature Conservation Association“ (Inca)"),
    # never with a verb
    return all(t.text in (QUOTE, "(", ")", "-") or _is_capitalized(t) or t.text in DETERMINERS
               or t.text in PREPOSITIONS or t.text == "und" for t in toks[end:stop - 1])


def _is_noun(tok: Token) -> bool:
    """A capitalised word, also after a number (``53-Jährige``, ``20-Jähriger``).

    >>> [_is_noun(Token(w, 0, 0)) for w in ("Merz", "53-Jährige", "53", "sagte")]
    [True, True, False, False]
    """
    return tok.text[:1].isupper() or (tok.text[:1].isdigit() and tok.text.rpartition("-")[2][:1].isupper())


def _is_capitalized(tok: Token) -> bool:
    return tok.text != QUOTE and (tok.text[0].isupper() or tok.text[0].isdigit())


def _possessive(toks: list[Token], i: int, limit: int) -> bool:
    """Whether ``toks[i]`` is a possessive before its noun (``Ihr Verteidigungsexperte Jan Dörrfeld nannte …``), which
    opens a noun phrase, not the dative pronoun of the same form (``ihr zufolge``).

    >>> _possessive(tokenize("ihr Sprecher sagte"), 0, 3), _possessive(tokenize("ihr zufolge"), 0, 2)
    (True, False)
    """
    return toks[i].text.lower() in POSSESSIVE_OR_DATIVE and i + 1 < limit and _is_noun(toks[i + 1])


def _np_end(toks: list[Token], i: int, limit: int, time_ok: bool = False) -> int | None:
    """End index of a speaker noun phrase starting at ``toks[i]``, or None when none starts there.

    Determiner, up to three adjectives, a run of capitalised words and name particles
    (``von der Leyen``), an optional genitive (``ein Sprecher des Ministeriums``) and a party in
    brackets (``Olaf Scholz (SPD)``).
    """
    if i >= limit:
        return None
    first = toks[i].text
    if first in PRONOUNS or first in LATTER or (
            first in DEMONSTRATIVES and i + 1 < limit and toks[i + 1].text.islower()
            and toks[i + 1].text.isalpha()):
        return i + 1
    lower = first.lower()
    if lower in NOT_NP_START and not _possessive(toks, i, limit):
        return None
    k = i
    if lower in DETERMINERS or _genitive_owner(toks, k, limit):
        k += 1
    adjectives = 0 if k > i else 3  # adjectives only after a determiner
    if lower in AGENT_PHRASE_DETERMINERS:
        # "der von der Hamas kontrollierte Zivilschutz": an agent phrase before the participle it belongs to
        k = _participle_after_agent(toks, k, limit) or k
    while k < limit and adjectives < 3 and ADJECTIVE_RE.match(toks[k].text) and toks[k].text not in NP_STOP \
            and toks[k].text not in DETERMINERS:
        k += 1
        adjectives += 1
    names = 0
    while k < limit:
        t = toks[k]
        if _is_capitalized(t) or HYPHENATED_PARTICLE_RE.match(t.text):  # "Badr al-Bussaidi", "laut el-Baradei"
            k += 1
            names += _is_noun(t) or t.text[0].islower()
        elif t.text in NAME_PARTICLES and k + 1 < limit and (
                _is_capitalized(toks[k + 1]) or (toks[k + 1].text in NAME_PARTICLES and k + 2 < limit
                                                 and _is_capitalized(toks[k + 2]))) and (
                t.text in ("von", "van", "de", "al", "bin", "da", "di", "del", "le", "la")
                or t.text in ("der", "den") and k == i + 1 and toks[i].text in ("von", "van")):
            k += 1  # a name opening with "von der" (inverted subject: "sagte von der Leyen")
        elif t.text == "-" and names:
            k += 1
        else:
            break
    if names == 0 or (i == 0 and k == 1 and toks[0].text.lower() in lowercase_words()):
        # a lone capitalised word opening the sentence that is written in lower case elsewhere is an adverbial
        # or a numeral, no subject: "Besorgt äußerte sich …", "Vier Sicherheitskräfte seien …"
        return None
    if not time_ok and _temporal(toks[i:k]):
        return None  # a time adverbial ("Ende Januar 2006 verkündete X", "Letzte Woche war …"), no speaker
    if k + 1 < limit and toks[k].text in ("des", "der") and (
            _is_capitalized(toks[k + 1]) or ADJECTIVE_RE.match(toks[k + 1].text)):
        g = k + 1
        while g < limit and ADJECTIVE_RE.match(toks[g].text) and toks[g].text not in NP_STOP:
            g += 1
        if g < limit and _is_capitalized(toks[g]):
            while g < limit and _is_capitalized(toks[g]):
                g += 1
            k = g
    if k + 2 < limit and toks[k].text == "(":  # a bracket after the name: "(SPD)", "(34)", "(Freie Wähler)"
        close = next((c for c in range(k + 2, min(k + 2 + BRACKET_WORDS, limit)) if toks[c].text == ")"), None)
        if close == k + 2 or close is not None and all(_is_capitalized(t) for t in toks[k + 1:close]):
            k = close + 1
    if k + 1 < limit and toks[k].text in RETIRED_ABBREVIATIONS and toks[k + 1].text == ".":
        k += 2  # "Die Kanzlerin a.D. sagte …": the title's abbreviation belongs to the noun phrase
    return k


#: most adjectives between a genitive owner and the role noun it determines (``Putins aussenpolitischer Berater``)
OWNER_ADJECTIVES = 2


def _genitive_owner(toks: list[Token], k: int, limit: int) -> bool:
    """``toks[k]`` is a name in the genitive that stands as the determiner of a role noun with adjectives and the
    role holder's name after it (``Putins aussenpolitischer Berater Juri Uschakow``, ``Mannheims oberster
    Bürgermeister Peter Kurz``): without it the noun phrase stopped at the owner, who was taken as the speaker
    (tune15; the form also in tune10 and SpkAtt dev 84747). A word written in lower case elsewhere is no owner
    (``Morgens``, ``Als``), and without an adjective the run of capitalised words already goes on
    (``Polens Regierungschef Donald Tusk``).

    >>> [_genitive_owner(t := tokenize(s), 0, len(t)) for s in ("Putins enger Berater Juri Uschakow sagte",
    ...                                                         "Polens Regierungschef Donald Tusk", "Als neuer Chef X")]
    [True, False, False]
    """
    word = toks[k].text
    if not (_is_capitalized(toks[k]) and len(word) > 3 and word.endswith("s")) or word.lower() in lowercase_words():
        return False
    j = k + 1
    while j < limit and j - k <= OWNER_ADJECTIVES and ADJECTIVE_RE.match(toks[j].text) \
            and toks[j].text not in NP_STOP and toks[j].text not in DETERMINERS:
        j += 1
    return k + 1 < j < limit - 1 and _is_noun(toks[j]) and _is_capitalized(toks[j + 1])


#: most words of an agent phrase inside a noun phrase (``der von der Hamas kontrollierte``, ``die vom Bund
#: finanzierte``) or of another prepositional phrase there (``der aus Kiel angereiste``, ``die in Lyon geborene``: any
#: of :data:`PREPOSITIONS`, a place there was the speaker; SpkAtt train 83589) before its participle
AGENT_PHRASE_WORDS = 4
#: the definite articles before such a phrase: a body named by its role (an indefinite one, ``ein von der Partei
#: nominierter Kandidat``, ``einer von der Stadt in Auftrag gegebenen Untersuchung``, is no one the article goes on
#: with: on 10kGNAD it only made false quotes of a hypothesis and a relative clause)
AGENT_PHRASE_DETERMINERS = frozenset("der die das dem den des".split())
#: an attributive participle (``kontrollierte``, ``eingesetzten``, ``beauftragte``)
ATTRIBUTIVE_PARTICIPLE_RE = re.compile(r"^[a-zäöüß]\w*(?:t|en)(?:e|en|er|es|em)$")


def _participle_after_agent(toks: list[Token], k: int, limit: int) -> int | None:
    """The index of the participle after an agent phrase at ``toks[k]`` (``von der Hamas kontrollierte``) when a
    noun follows it, else None: the phrase is part of the noun phrase whose determiner stands before it.

    >>> toks = tokenize("teilte der von der Hamas kontrollierte Zivilschutz mit")
    >>> _participle_after_agent(toks, 2, len(toks))
    5
    """
    if k >= limit or toks[k].text not in PREPOSITIONS:  # a determiner ending the sentence (session 18: the
        return None                                    # training script's speaker options of every candidate)
    for j in range(k + 2, min(k + 2 + AGENT_PHRASE_WORDS, limit - 1)):
        if ATTRIBUTIVE_PARTICIPLE_RE.match(toks[j].text) and _is_capitalized(toks[j + 1]) \
                and _is_capitalized(toks[j - 1]):
            # the phrase ends in its noun: in "der in einer ersten Stellungnahme vor dem Parlament betonte" (a relative
            # clause, SpkAtt dev 28234) "ersten" is an adjective of the phrase, no participle after it
            return j
        if toks[j].text in CLAUSE_MARKS or toks[j].text == ".":
            return None
    return None


#: most words in brackets after a name (one of any kind, ``(34)``; more only capitalised: ``(Freie Wähler)``)
BRACKET_WORDS = 3
#: abbreviations after a title (``Bundeskanzler a.D.``, ``General i.R.``: retired), tokenised without their last period
RETIRED_ABBREVIATIONS = frozenset({"a.D", "i.R"})


def _temporal(words: list[Token]) -> bool:
    """Whether the words are a point or span of time: a noun of time (``data/temporal_nouns.txt``) with
    numbers, articles and adjectives only (``Ende Januar 2006``, ``Letzte Woche``, ``Wenige Stunden``).

    >>> [_temporal(tokenize(t)) for t in ("Ende Januar 2006", "Letzte Woche", "Der Minister", "Ab 1939")]
    [True, True, False, True]
    """
    nouns = temporal_nouns()
    found = False
    for t in words:
        lower = t.text.lower()
        if lower in nouns:
            found = True
        elif not (t.text[0].isdigit() or lower in DETERMINERS or ADJECTIVE_RE.match(lower)):
            return False
    return found


#: the articles of a subject opening its sentence (nominative; a fronted dative or accusative object with a prepositional
#: attribute, ``Der Regierung in Kiew warf X vor``, is rarer than a subject with one); the indefinite ones since the
#: last round of session 12 (``Ein Regierungssprecher in Tokio nannte die Tests eine „…“``, tune13: the object was
#: the speaker; no other quote of the tuning sets, SpkAtt dev/train or the 10kGNAD test articles changes)
SUBJECT_ARTICLES = frozenset("Der Die Das Ein Eine".split())


def _attributed_subject(toks: list[Token], start: int, subject_end: int, i: int) -> bool:
    """``Das Büro für Taiwan-Angelegenheiten in Peking warf Lai vor``: a noun phrase opening the sentence with its
    article whose prepositional attributes run up to the verb at ``i`` is the subject, so the noun phrase after the
    verb is an object, not an inverted subject (tune15 gave Lai; the same with an apposition, ``X, im Hauptberuf
    Finanzsenator, wies die Kritik zurück``, tune14, and ``…, wies Vorwürfe … zurück``, SpkAtt train 47908).

    >>> toks = tokenize("Das Büro für Angelegenheiten in Peking warf Lai vor")
    >>> _attributed_subject(toks, 0, 2, 6), _attributed_subject(tokenize("Am Montag warf Lai ihm vor"), 0, 2, 2)
    (True, False)
    """
    return start == 0 and subject_end < i and toks[0].text in SUBJECT_ARTICLES and toks[subject_end].text in PREPOSITIONS \
        and all(t.text in PREPOSITIONS or t.text in DETERMINERS or _is_capitalized(t) for t in toks[subject_end:i])


def _distant_subject(toks: list[Token], subject_end: int, i: int, clause_end: int) -> bool:
    """Whether the noun phrase opening the clause is the subject of the cue at ``toks[i]`` although
    words stand between them: a finite verb follows the noun phrase, nothing between is Konjunktiv or
    hearsay (``soll … gefordert haben``), and no second cue follows (``…, sagte X``)."""
    if not toks[subject_end].text.islower():
        return False
    if any(t.text in KONJUNKTIV for t in toks[subject_end:i]):
        return False
    return clause_end + 1 >= len(toks) or toks[clause_end + 1].text not in cue_verbs()


def _is_object_np(toks: list[Token], i: int) -> bool:
    """``Dem Spiegel sagte …``, ``Der englischsprachigen Zeitung sagte …``, ``Der Welt sagte …``
    (:data:`FEMININE_PAPER_TITLES`): a dative or accusative noun phrase in front of the verb, so the subject follows
    the verb."""
    first = toks[i].text.lower()
    if first in OBJECT_DETERMINERS \
            or first == "der" and i + 1 < len(toks) and toks[i + 1].text in FEMININE_PAPER_TITLES:
        return True
    return first == "der" and i + 1 < len(toks) and ADJECTIVE_RE.match(toks[i + 1].text) is not None \
        and toks[i + 1].text.endswith("en")


def _inverted_subject(toks: list[Token], i: int, limit: int) -> tuple[int, int] | None:
    """The subject right after a verb, past ``sich`` and up to two adverbs (``äußerte sich auch X``)."""
    skipped = 0
    while i < limit and toks[i].text in AFTER_VERB_SKIP and skipped < 3:
        i += 1
        skipped += 1
    return _subject_span(toks, i, limit)


#: words a cue after its reported clause may have before its subject (``„…“, sagte dagegen Kremlsprecher X``,
#: ``…, erklärte zudem die Ministerin``): the adverbs :data:`AFTER_VERB_SKIP` passes after an inverted verb (but
#: ``sich``) and further sentence adverbs; a time (``am Montag``, ``gestern Abend``) is passed by
#: :func:`_subject_after_cue`. Session 16: the rules read no speaker there, only the ranker's options had one.
CUE_SUBJECT_ADVERBS = AFTER_VERB_SKIP - {"sich"} | frozenset(
    "dagegen etwa hingegen indes indessen wiederum unterdessen ihrerseits seinerseits".split())
#: the possessive relatives that open a subject after a cue (``…, sagte deren Koordinatorin X``)
POSSESSIVE_RELATIVES = frozenset({"deren", "dessen"})
#: most adverbs and times passed between a cue and its subject
CUE_SUBJECT_SKIPS = 3


def _subject_after_cue(toks: list[Token], i: int, limit: int) -> tuple[int, int] | None:
    """The subject of a cue verb at ``i - 1`` after its reported clause when adverbs (:data:`CUE_SUBJECT_ADVERBS`), a
    time (``am`` + a noun of time, a noun of time after ``gestern``/``heute``) or a possessive relative
    (:data:`POSSESSIVE_RELATIVES`) stand before its noun phrase; None when none of them does.

    >>> t = tokenize("sagte dagegen am Montag deren Sprecherin Anna Berg .")
    >>> _subject_after_cue(t, 1, len(t))
    (4, 8)
    >>> t = tokenize("erklärte zudem die Ministerin .")
    >>> _subject_after_cue(t, 1, len(t)), _subject_after_cue(tokenize("sagte Anna Berg ."), 1, 4)
    ((2, 4), None)
    """
    k, skipped = i, 0
    nouns = temporal_nouns()
    while k < limit and skipped < CUE_SUBJECT_SKIPS:
        word = toks[k].text
        if word in CUE_SUBJECT_ADVERBS:
            k += 1 + (word in ("gestern", "heute") and k + 1 < limit and toks[k + 1].text.lower() in nouns)
        elif word == "am" and k + 1 < limit and toks[k + 1].text.lower() in nouns:
            k += 2
        else:
            break
        skipped += 1
    if k < limit and toks[k].text in POSSESSIVE_RELATIVES and k + 1 < limit and _is_noun(toks[k + 1]):
        end = _np_end(toks, k + 1, limit)
    elif k > i:
        return _subject_span(toks, k, limit)
    else:
        return None
    return (k, end) if end else None


def _subject_np_end(toks: list[Token], i: int, limit: int) -> int | None:
    """A noun phrase after an inverted verb that can be its subject (not ``den``/``einem`` …)."""
    if i < limit and toks[i].text in OBJECT_DETERMINERS:
        return None
    return _np_end(toks, i, limit)


#: articles that open a nominative noun phrase right after a ``der`` phrase with a feminine noun, which is then a
#: dative, the addressee, not the subject (``…, sagte der Zeitung die Kanzlerin``, ``…, sagte der Nachrichtenagentur
#: Reuters ein Sprecher``); not ``der``/``einer`` (a genitive: ``der Sprecher der Stadt``). Review 16: the dative was
#: the speaker.
NOMINATIVE_AFTER_DATIVE = frozenset("die ein eine".split())
#: endings of a feminine head noun: :data:`FEMININE_NOUN_RE`'s and the suffixes -ur (not -eur), -ei, -ie, -ik, -enz,
#: -anz: a ``der`` phrase with one before a nominative article is a dative (``der Zeitung``, ``der Agentur``, ``der
#: Polizei``, ``der Kanzlerin``); a masculine one (``mahnte der Senat die Politik``) is the subject, the article after
#: it an object's
FEMININE_HEAD_RE = re.compile(FEMININE_NOUN_RE.pattern[:-2] + r"|(?<!e)ur|ei|ie|ik|enz|anz)$")
#: short titles of feminine papers without a feminine ending (``Die Welt``, ``Die Zeit``, ``Bild``, ``Die Presse``,
#: ``Rheinische Post``, ``taz``, ``FAZ``, ``NZZ``, ``Frankfurter Rundschau``): ``der Zeit`` after a cue is the paper
#: spoken to, a dative like ``der Zeitung`` (session 17: ``sagte der Zeit die Ministerin`` gave ``der Zeit``)
FEMININE_PAPER_TITLES = frozenset("Welt Zeit Bild Presse Post Rundschau taz Taz TAZ FAZ NZZ WAZ".split())


def _past_dative(toks: list[Token], start: int, end: int, limit: int) -> tuple[int, int]:
    """The subject span after an inverted verb: ``(start, end)``, or the noun phrase after it when ``der`` opens it and
    a nominative article (:data:`NOMINATIVE_AFTER_DATIVE`) follows it and its noun is feminine
    (:data:`FEMININE_HEAD_RE`), so ``der …`` is a dative; not before a time (``sagte der Zeitung eine Woche später``).

    >>> t = tokenize("sagte der Zeitung die Kanzlerin .")
    >>> _past_dative(t, 1, 3, len(t)), _past_dative(tokenize("sagte der Zeitung eine Woche später ."), 1, 3, 7)
    ((3, 5), (1, 3))
    """
    if toks[start].text != "der" or end >= limit or toks[end].text not in NOMINATIVE_AFTER_DATIVE:
        return start, end
    head = next((t.text for t in toks[start + 1:end] if t.text[:1].isupper()), "")
    # the title heads the phrase, no genitive in it ("der Frankfurter Rundschau", not "der Sprecher der Zeit":
    # review 17, a genitive paper in the subject made its object the speaker)
    title = any(t.text in FEMININE_PAPER_TITLES
                for t in takewhile(lambda t: t.text not in GENITIVE_DETERMINERS, toks[start + 1:end]))
    if not FEMININE_HEAD_RE.search(head) and not title:
        return start, end
    after = _np_end(toks, end, limit)
    if after is None or after <= end + 1 or _temporal(toks[end:after]):
        return start, end
    return end, after


def _subject_span(toks: list[Token], i: int, limit: int) -> tuple[int, int] | None:
    """The subject span right after an inverted verb at ``i - 1``, past a feminine dative (:func:`_past_dative`)."""
    end = _subject_np_end(toks, i, limit)
    return _past_dative(toks, i, end, limit) if end else None


def _speaker_np(text: str, toks: list[Token], i: int, limit: int, people: list[Mention],
                last_named: Speaker | None) -> Speaker | None:
    end = _np_end(toks, i, limit)
    return _speaker_at(text, toks, i, end, people, last_named) if end else None


def _anonymous_member(np: list[Token]) -> bool:
    """``ein (hochrangiger) Vertreter der/des …``, ``Ein Berater Burhans``: an indefinite member of a body or of a
    person (:data:`MEMBER_HEADS`; the owner in the genitive, tune15 gold: nobody); ``Kreisen der …``: the body's
    circles (:data:`CIRCLE_HEADS`).

    >>> [_anonymous_member(tokenize(np)) for np in ("Ein Vertreter der sächsischen Landesregierung",
    ...     "Ein Sprecher der Landesregierung", "Ein Berater Erdogans", "Kreisen der Union", "Kreisen um Macron")]
    [True, False, True, True, False]
    """
    if len(np) > 2 and np[0].text.lower() in CIRCLE_HEADS:
        return np[1].text in ("der", "des")
    if len(np) < 3 or np[0].text.lower() not in INDEFINITE_ARTICLES:
        return False
    k = 1
    while k < len(np) - 1 and np[k].text.islower():  # adjectives: "ein hochrangiger Vertreter"
        k += 1
    if np[k].text.lower() not in MEMBER_HEADS or k + 1 >= len(np):
        return False
    owner = np[k + 1].text
    return owner in ("der", "des") or (k + 2 == len(np) and owner[:1].isupper() and owner.endswith("s"))


def _office_of(np: list[Token]) -> bool:
    """``des Büros des Ministerpräsidenten``, ``aus dem Büro des Verteidigungsministers``: the office
    (:data:`OFFICE_HEADS`) of a role named without its holder, which speaks for itself (tune11, tune13 gold: the
    office, the ministry; the names stage's holder of the role was taken, once of another country). The names stage
    links no such office, so it stays unlinked. Not with the holder's name (``das Büro von Ministerpräsident X``: gold
    the office in tune6, the person in tune7) nor ``Netanjahus Büro`` (tune7 gold: Netanjahu).

    >>> [_office_of(tokenize(np)) for np in ("dem Büro des Verteidigungsministers", "Netanjahus Büro",
    ...                                      "dem Büro von Landeshauptmann Thomas Stelzer")]
    [True, False, False]
    """
    k = 1 if np and np[0].text.lower() in DETERMINERS else 0
    return k + 2 < len(np) and np[k].text.lower() in OFFICE_HEADS \
        and np[k + 1].text in GENITIVE_DETERMINERS and sum(map(_is_capitalized, np[k + 2:])) == 1


def _speaker_at(text: str, toks: list[Token], i: int, end: int, people: list[Mention],
                last_named: Speaker | None) -> Speaker:
    """The speaker for ``toks[i:end]``: linked through the overlapping mention (a person before an
    organisation), a pronoun resolved to the latest person or named speaker before it."""
    if end - i > 2 and toks[end - 1].text == "." and toks[end - 2].text in RETIRED_ABBREVIATIONS:
        end -= 2  # "Die Kanzlerin a.D.": the role resolves without the abbreviation
    start, stop = toks[i].start, toks[end - 1].end
    if _office_of(toks[i:end]):  # "aus dem Büro des Verteidigungsministers": the office, not the minister
        return Speaker(text[start:stop], start, stop)
    if end == i + 1 and i > 0 and toks[i - 1].text.lower().startswith(POSSESSIVES) \
            and toks[i].text.lower().endswith(REPORT_NOUNS):  # "nach ihren Angaben": the owner speaks
        return _possessor(text, toks[i - 1].start, stop, people)
    overlapping = [m for m in people[:_starting_before(people, stop)] if start < m.end]
    if end - i > 2 and toks[i].text.lower() in AGENT_PHRASE_DETERMINERS \
            and (participle := _participle_after_agent(toks, i + 1, end)) is not None:
        # the agent of an attributive participle ("der von der Hamas kontrollierte Zivilschutz") does not speak
        overlapping = [m for m in overlapping if not toks[i + 1].start <= m.start < toks[participle].start]
    if overlapping and _anonymous_member(toks[i:end]):
        return Speaker(text[start:stop], start, stop)
    if overlapping:
        best = min(overlapping, key=lambda m: (m.entity_id is None, m.entity_type != "PER", -(m.end - m.start)))
        forward = best.entity_id is not None and _forward_link(text, best, people)
        referent = None if best.entity_id is not None and not forward \
            else _description_referent(text, toks[i:end], start, people)
        if referent is None and best.entity_type != "PER":
            referent = _role_holder(text, toks[i:end], best, people)
            if referent is not None:  # "sagte der Chef des Deutschen Bauernverbands": the person holding the role
                return Speaker(text[start:stop], start, stop, referent.entity_id, referent.entity_name)
        if referent is None:
            if forward:
                return Speaker(best.text, best.start, best.end)
            return Speaker(best.text, best.start, best.end, best.entity_id, best.entity_name)
        return Speaker(best.text, best.start, best.end, referent.entity_id, referent.entity_name)
    surface = text[start:stop]
    referent = _description_referent(text, toks[i:end], start, people)
    if referent is not None:
        return Speaker(surface, start, stop, referent.entity_id, referent.entity_name)
    titled = next((m for m in people[_starting_before(people, stop + 1):_starting_before(people, stop + 4)]
                   if m.entity_id and TITLE_OPENING_RE.fullmatch(text[stop:m.start])), None)
    if titled is not None:  # "Die staatliche Zeitung „Global Times“ schrieb": the titled medium
        return Speaker(surface, start, stop, titled.entity_id, titled.entity_name)
    if surface in DEMONSTRATIVES or surface in LATTER:  # "Diese bestätigte, dass …": the entity named last
        latest = next((m for m in reversed(people) if m.end <= start and m.entity_id), None)
        if latest is not None:
            return Speaker(surface, start, stop, latest.entity_id, latest.entity_name)
    if surface in PRONOUNS:
        # "sie" is no man and "er" no woman the article names as such (Co-Präsidentin X, Außenminister Y)
        wanted = "f" if surface.lower() == "sie" else "m"
        latest = next((m for m in reversed(people) if m.end <= start and m.entity_type == "PER" and m.entity_id
                       and _gender(text, m.entity_id, people) in (None, wanted)), None)
        if latest is not None and len(SENTENCE_BREAK_RE.findall(text, latest.end, start)) <= 1:
            latest = _sentence_subject_person(text, latest, people, wanted) or latest
        named_fits = last_named is not None and (
            last_named.entity_id is None or _gender(text, last_named.entity_id, people) in (None, wanted))
        if latest is None and surface.lower() == "sie" and last_named is not None and last_named.entity_id is None \
                and (organisation := _latest_organisation(text, start, people)) is not None \
                and organisation.start > last_named.start:
            # "…, teilte die Armee mit. Die JNIM reklamierte den Angriff …. Sie drohte …": no person to refer to, and
            # the organisation named after the unlinked last speaker is the nearer antecedent
            return Speaker(surface, start, stop, organisation.entity_id, organisation.entity_name)
        if latest is not None and named_fits and last_named.entity_id is None and latest.start < last_named.start \
                and INDEFINITE_GENDER.get(last_named.text.split()[0].lower()) == wanted:
            # "Ein westlicher Diplomat, der anonym bleiben wollte, sagte, …. „…“, sagte er.": the nameless speaker
            # just introduced goes on, not a person named before him
            return Speaker(surface, start, stop)
        if latest is not None and (not named_fits or latest.start > last_named.start
                                   or last_named.entity_id is None):
            return Speaker(surface, start, stop, latest.entity_id, latest.entity_name)
        if named_fits:
            return Speaker(surface, start, stop, last_named.entity_id, last_named.name)
        if surface.lower() == "sie" and (organisation := _latest_organisation(text, start, people)) is not None:
            return Speaker(surface, start, stop, organisation.entity_id, organisation.entity_name)
    return Speaker(surface, start, stop)


#: the office nouns of :func:`_office_of`
OFFICE_HEADS = frozenset({"büro", "büros"})
#: the gender an indefinite article gives a nameless speaker (``Ein Diplomat``, ``Eine Anwohnerin``) for er/sie
INDEFINITE_GENDER = {"ein": "m", "eine": "f"}
#: endings of a role noun right before a name that tell the person's gender (Co-Präsidentin X, Minister Y)
FEMININE_ROLE_RE = re.compile(r"[a-zäöüß]{2}(?:er|t|f|g|d|s)in$")
MASCULINE_ROLE_RE = re.compile(r"[a-zäöüß]{2}(?:ister|ident|sprecher|chef|kanzler|führer|sitzender|ent|or)$")


#: a role noun or title before a name opening its sentence (``Kanzler Olaf Scholz``, ``Der Kanzler Olaf Scholz``)
SUBJECT_ROLE_RE = re.compile(r"(?:(?:Der|Die) )?(?:[A-ZÄÖÜ][\w-]*[a-zäöüß] )?\Z")


#: a comma or lower-case word between two mentions: they are not parts of one name
CLAUSE_WORD_RE = re.compile(r"[,;]|\s[a-zäöüß]")


def _sentence_subject_person(text: str, latest: Mention, people: list[Mention], wanted: str) -> Mention | None:
    """The person opening the sentence of ``latest`` (its subject) when that is another person of the
    pronoun's gender: ``Scholz sprach mit Macron. Er sagte …`` → Scholz, the subject before the object (the
    caller asks only when ``latest`` is in the pronoun's sentence or the one before).

    >>> t = "Olaf Scholz traf Emmanuel Macron. Er sagte, man stehe zusammen."
    >>> s = Mention(0, 11, "Olaf Scholz", "PER", "p1", "Olaf Scholz", "x", 1.0)
    >>> m = Mention(17, 32, "Emmanuel Macron", "PER", "p2", "Emmanuel Macron", "x", 1.0)
    >>> _sentence_subject_person(t, m, [s, m], "m").text
    'Olaf Scholz'
    """
    breaks = list(SENTENCE_BREAK_RE.finditer(text, 0, latest.start))
    sentence_start = breaks[-1].end() if breaks else 0
    opening = next((m for m in people if sentence_start <= m.start < latest.start), None)
    if opening is None or opening.entity_type != "PER" or not opening.entity_id \
            or opening.entity_id == latest.entity_id or _gender(text, opening.entity_id, people) not in (None, wanted) \
            or SUBJECT_ROLE_RE.match(text, sentence_start, opening.start) is None \
            or not CLAUSE_WORD_RE.search(text, opening.end, latest.start):
        return None  # (two mentions in one name, "Sayyid Ali Hosseini Khamenei", are no subject and object)
    return opening


def _gender(text: str, entity_id: str, people: list[Mention]) -> str | None:
    """``"f"``/``"m"`` when the article tells a person's gender: a role mention with its article (``die
    61-Jährige``, ``der Kremlsprecher``), ``Frau``/``Herr`` or a role noun right before a name; else None.

    >>> t = "Co-Präsidentin Mattea Meyer sprach."
    >>> _gender(t, "p1", [Mention(15, 27, "Mattea Meyer", "PER", "p1", "Mattea Meyer", "x", 1.0)])
    'f'
    """
    for m in people:
        if m.entity_id != entity_id:
            continue
        first = m.text.split(maxsplit=1)[0].lower()
        before = _word_before(text, m.start)
        if first == "die" or before == "frau" or FEMININE_ROLE_RE.search(before):
            return "f"
        if first == "der" or before == "herr" or MASCULINE_ROLE_RE.search(before):
            return "m"
    return None


def _role_holder(text: str, np: list[Token], organisation: Mention, people: list[Mention]) -> Mention | None:
    """The person a definite role of an organisation refers back to (``der Chef des Deutschen Bauernverbands`` after
    ``Bauernpräsident Joachim Rukwied``): the role without its genitive resolved as a description; None for a
    spokesperson or a statement, who speak for the organisation (``ein Sprecher des Ministeriums``).

    >>> t = "Bauernpräsident Joachim Rukwied warnte. Das sagte der Chef des Bauernverbands."
    >>> people = [Mention(16, 31, "Joachim Rukwied", "PER", "p1", "Joachim Rukwied", "x", 1.0),
    ...           Mention(63, 77, "Bauernverbands", "ORG", "o1", "Deutscher Bauernverband", "x", 1.0)]
    >>> _role_holder(t, tokenize(t)[7:11], people[1], people).entity_name
    'Joachim Rukwied'
    """
    genitive = next((k for k, t in enumerate(np) if t.text in ("des", "der") and k > 0 and t.end <= organisation.start),
                    None)
    if genitive is None or genitive != 2 or np[0].text.lower() not in DEFINITE_ARTICLES:
        return None
    head = np[1].text.lower()
    if not _is_noun(np[1]) or head.endswith(VOICE_HEADS) \
            or not head.endswith(PERSON_HEAD_ENDINGS) or head.endswith(INSTITUTION_HEADS):
        return None
    referent = _description_referent(text, np[:2], np[0].start, people)
    return referent if referent is not None and referent.entity_type == "PER" else None


#: heads of those who speak for someone else: statements and spokespeople (one tuple: built once, not per call)
VOICE_HEADS = STATEMENT_HEADS + SPOKESPERSON_HEADS
#: the genitive ending of a noun (``des Konzerns``, ``des Gerichts``); a noun in ``-nis`` doubles its ``s``
#: (``des Bündnisses``: was read as ``bündniss``, so the description lost its link to ``Bündnis Sahra Wagenknecht``)
GENITIVE_ENDING_RE = re.compile(r"(?<=nis)ses$|e?s$")


def _description_referent(text: str, np: list[Token], start: int, people: list[Mention]) -> Mention | None:
    """The entity a nameless description refers back to: ``der 44-Jährige``, ``der Innenminister``
    → the latest linked person before it; ``das Unternehmen``, ``die Richter``, ``ein Sprecher`` →
    an organisation named before (a spokesperson speaks for the institution); the statement of an
    institution (``einer Mitteilung des Vereins``) → that institution."""
    genitive = next((k for k in range(len(np) - 2, 0, -1) if np[k].text in ("des", "der")), None)
    if genitive is not None and _is_noun(np[genitive - 1]) \
            and np[genitive - 1].text.lower().endswith(VOICE_HEADS):
        # a statement or a spokesperson of someone described ("ein Sprecher des Kommissars") is that someone's
        referent = _description_referent(text, np[genitive:], np[genitive].start, people)
        if referent is not None or np[genitive - 1].text.lower().endswith(STATEMENT_HEADS):
            return referent
    if not 2 <= len(np) <= 4 or np[0].text.lower() not in DESCRIPTION_DETERMINERS:
        return None
    if any(t.text[:1].isupper() for t in np[1:-1]) or not _is_noun(np[-1]):
        return None
    head = np[-1].text.lower()
    if np[0].text in ("des", "eines"):  # genitive: "des Konzerns", "des Gerichts", "eines Sprechers"
        head = GENITIVE_ENDING_RE.sub("", head)
    if head.endswith(SPOKESPERSON_HEADS):  # "ein Sprecher": the latest; "ein Unternehmenssprecher": the company
        institution = head.removesuffix("in").removesuffix("sprecher").removesuffix("s")
        if not institution.endswith(INSTITUTION_HEADS):
            return _latest_organisation(text, start, people)
        head = institution
    if head.endswith(INSTITUTION_HEADS):
        return _institution_referent(text, head, start, people)
    if np[0].text.lower() in INDEFINITE_ARTICLES:  # "einer Augenzeugin": someone new
        return None
    if np[0].text.lower() == "die" and head.endswith(PLURAL_PERSON_ENDINGS):
        return None  # "Die Arbeitgeber nannten …", "die Ermittler": a group, no one person named before
    before = [m for m in people[:_starting_before(people, start)]
              if m.end <= start and m.entity_id and m.entity_type == "PER"]
    holder = next((m for m in reversed(before) if _role_before(text, m.start, head)), None)
    if holder is not None:  # "der Landrat" after "Der Landrat des Kreises, Frank Steinhoff," or "Landrat X"
        return holder
    if not head.endswith(PERSON_HEAD_ENDINGS) or head.endswith(BODY_HEADS_IN_ER):
        return None
    if head.endswith(OFFICE_TITLE_HEADS) and "-" not in np[-1].text:
        return None  # "sagte der Vorsitzende" of a court: the latest person holds another office
    return before[-1] if before else None


#: how far before a name its role noun may stand in an apposition (``Der Landrat des Landkreises Oder-Spree, X``)
ROLE_APPOSITION_CHARS = 60


def _role_before(text: str, start: int, head: str) -> bool:
    """Whether the article gives the person named at ``start`` the role ``head``: as the noun right before
    the name (``Außenminister X`` for ``der Minister``) or as the head of an apposition that ends in a
    comma before it (``Der Landrat des Landkreises Oder-Spree, X``).

    >>> t = "Der Landrat des Landkreises Oder-Spree, Frank Steinhoff, forderte das."
    >>> _role_before(t, t.index("Frank"), "landrat"), _role_before(t, t.index("Frank"), "minister")
    (True, False)
    """
    if len(head) < 4:
        return False
    if _word_before(text, start).endswith(head):
        return True
    window = text[max(0, start - ROLE_APPOSITION_CHARS):start]
    if not window.rstrip().endswith(","):
        return False  # no apposition closes before the name: skip the head's pattern (most names; speed)
    if not CASE_UNSAFE_RE.search(head) and not CASE_UNSAFE_RE.search(window) and head.lower() not in window.lower():
        return False  # the head is nowhere in the window: skip compiling its pattern (most heads are new; speed)
    return _apposition_head_re(head).search(window) is not None


#: characters outside ASCII and the German letters: among the others, the case-insensitive patterns of
#: :func:`_apposition_head_re` match a character exactly when ``str.lower`` makes it equal (checked for every pair in
#: the tests); beyond them they do not always (``ſ`` matches ``s``, the Kelvin sign ``k``), so the shortcut of
#: :func:`_role_before` that reads ``str.lower`` is taken only without them
CASE_UNSAFE_RE = re.compile(r"[^\x00-\x7fäöüÄÖÜßẞ]")


@lru_cache(maxsize=4096)
def _apposition_head_re(head: str) -> re.Pattern[str]:
    """An apposition headed by ``head`` that ends in a comma (compiled once per head: compiling per call
    was a fifth of the stage's time)."""
    return re.compile(rf"{re.escape(head)}\b[^.!?;:„“»«\n]*,\s*$", re.IGNORECASE)


def _forward_link(text: str, mention: Mention, people: list[Mention]) -> bool:
    """A nameless description (``der Minister``, ``der Regierungschef``) that the names stage linked to a
    person the article names only after it while it names another person before: a definite description
    refers back, so the link is not taken and the description is resolved here instead; a
    role with its institution in a hyphenated compound (``die EU-Außenbeauftragte``) may name its holder.

    >>> t = "Außenminister Jaishankar warb. Das sei so, so der Minister. Marco Rubio schwieg."
    >>> before = Mention(14, 24, "Jaishankar", "PER", "p1", "Subrahmanyam Jaishankar", "x", 1.0)
    >>> role = Mention(46, 58, "der Minister", "PER", "p2", "Marco Rubio", "role", 1.0)
    >>> _forward_link(t, role, [before, role, Mention(60, 71, "Marco Rubio", "PER", "p2", "Marco Rubio", "x", 1.0)])
    True
    """
    words = mention.text.split()
    if mention.entity_type != "PER" or words[0].lower() not in DESCRIPTION_DETERMINERS or "-" in words[-1]:
        return False  # a role named with its institution (die EU-Außenbeauftragte, der US-Präsident) is unique
    named = [m for m in people if m.entity_id == mention.entity_id and m.start != mention.start]
    earlier = any(m.entity_type == "PER" and m.entity_id and m.end <= mention.start for m in people)
    # a holder the article never names is the names stage's knowledge of the office (die Bundespräsidentin)
    return earlier and bool(named) and all(m.start > mention.start for m in named)


def _latest_organisation(text: str, start: int, people: list[Mention]) -> Mention | None:
    """The latest linked organisation before ``start`` (``ein Sprecher``; ``sie`` with no person named)."""
    return next((m for m in reversed(people[:_starting_before(people, start)]) if m.end <= start and m.entity_id
                 and m.entity_type == "ORG" and not _is_channel(text, m)), None)


def _is_channel(text: str, m: Mention) -> bool:
    """``auf X``, ``via Telegram``: a platform a statement went out on, no institution that speaks."""
    return _word_before(text, m.start) in CHANNEL_PREPOSITIONS


def _institution_referent(text: str, head: str, start: int, people: list[Mention]) -> Mention | None:
    """The organisation named before ``start`` that an institutional description refers to: the latest
    one called by its head (``des Gerichts`` → ``Landgericht Stuttgart``, ``des Investors`` → ``der
    Finanzinvestor Harbor Lane Capital``), else the one opening the sentence before (its subject, the topic
    the description goes on with), else the one the article names most often (the company it is about
    rather than a partner named in passing), the latest on a tie."""
    before = [m for m in people
              if m.end <= start and m.entity_id and m.entity_type == "ORG" and not _is_channel(text, m)]
    if not before:
        return None
    stem = next(s for s in INSTITUTION_HEADS if head.endswith(s))
    stem = "gericht" if stem in COURT_HEADS else stem  # "die Richter" speak for the court
    # "Das Militär" is the army named before, "das Ministerium" also the Auswärtiges Amt
    stems = ARMY_HEADS if stem in ARMY_HEADS else MINISTRY_NAMES if stem == MINISTRY_HEAD else (stem,)
    called = [m for m in before if any(_holds_head((m.entity_name or "").lower(), s) or _holds_head(m.text.lower(), s)
                                       or _word_before(text, m.start).endswith(s) for s in stems)]
    if stem == SENATE_HEAD and not called:  # "der Staatsschutzsenat", "des Senats": the court's senate, else no one
        courts = [m for m in before if COURT_NAME in (m.entity_name or "").lower() or COURT_NAME in m.text.lower()]
        return courts[-1] if courts else None
    if called or stem in NAMED_ONLY_HEADS:
        return called[-1] if called else None
    # "Die Lokführergewerkschaft GDL …. Der Konzern kündigte …": an organisation the article introduces as
    # another kind of body is not the one described
    kind = _kind(stem)
    before = [m for m in before if (kind is None or _introduced_as(text, m.entity_id, people) in (None, kind))
              and not _head_inside(m, stems)]
    if not before:
        return None
    subject = _previous_subject(text, start, before)
    if subject is not None:  # "Human Rights Watch beschuldigte …. Wie die Organisation mitteilte, …"
        return subject
    if stem not in MOST_NAMED_HEADS:
        return None
    counts = Counter(m.entity_id for m in people if m.entity_type == "ORG")
    return max(reversed(before), key=lambda m: counts[m.entity_id])


#: the case endings a head may carry in a body's name or mention (``des Landkreises Kassel``, ``dem Auswärtigen Amt``)
HEAD_CASE_ENDING = r"(?:e[sn]?|[sn])?"


def _holds_head(name: str, head: str) -> bool:
    """Whether a lower-cased body name holds ``head`` as a word or a compound's head, with its case ending
    (``landkreis kassel``, ``bundesministerium der finanzen``), not inside a longer word: ``ein Sprecher des
    Landkreises`` is not the ``Deutscher Landkreistag`` (session 14; a substring test gave it). A head of
    :data:`MODIFIER_HEADS` may also open a word before a part of its kind (``polizeipräsidium westpfalz``, not
    ``polizeigewerkschaft``), a court's name may hold
    :data:`COURT_NAME` anywhere (``verfassungsgerichtshof``: tune4, tune7, tune10 lost their courts without).

    >>> _holds_head("landkreis kassel", "kreis"), _holds_head("deutscher landkreistag", "kreis")
    (True, False)
    >>> _holds_head("auswärtiges amt", "auswärtig"), _holds_head("verfassungsgerichtshof", "gericht")
    (True, True)
    >>> _holds_head("polizeipräsidium westpfalz", "polizei"), _holds_head("stadtverbandsliga", "verband")
    (True, False)
    >>> _holds_head("deutsche polizeigewerkschaft", "polizei")
    False
    """
    if head == COURT_NAME:
        return head in name
    return _head_word_re(head).search(name) is not None


def _head_inside(m: Mention, stems: tuple[str, ...]) -> bool:
    """Whether a body's name holds an institution head only inside a longer word (asked of bodies that do not hold it
    as a word, :func:`_holds_head`): ``Deutscher Landkreistag`` for ``des Landkreises``, ``Stadtwerke`` for ``der
    Stadt`` — a body of another kind, which the previous-subject and most-named fallbacks of
    :func:`_institution_referent` must not take (session 14: a Landkreistag opening the sentence before took a
    district's spokesperson).

    >>> _head_inside(Mention(0, 21, "Deutsche Landkreistag", "ORG", "o1", "Deutscher Landkreistag", "x", 1.0), ("kreis",))
    True
    """
    return any(s in (m.entity_name or "").lower() or s in m.text.lower() for s in stems)


#: heads that also name their bodies as a compound's first part, with the second parts that keep the body's kind:
#: police offices (``Polizeipräsidium Westpfalz``, ``Polizeiinspektion``: SpkAtt train and 10kGNAD lost ``die
#: Polizei``'s link to them with the compound head alone); a compound of another kind is another body (session 15:
#: ``eine Sprecherin der Polizei`` after ``Die Deutsche Polizeigewerkschaft …`` gave the union)
MODIFIER_HEADS = {"polizei": ("präsidium", "inspektion", "direktion", "departement", "dienststelle", "revier",
                              "station", "wache", "posten", "kommissariat", "kommando", "abschnitt", "behörde")}


@lru_cache(maxsize=256)
def _head_word_re(head: str) -> re.Pattern[str]:
    modifier = rf"|(?<!\w){re.escape(head)}(?:{'|'.join(MODIFIER_HEADS[head])})" if head in MODIFIER_HEADS else ""
    return re.compile(rf"{re.escape(head)}{HEAD_CASE_ENDING}(?!\w){modifier}")


def _introduced_as(text: str, entity_id: str | None, people: list[Mention]) -> str | None:
    """The kind of body (:func:`_kind`) a common noun right before a mention of the entity names (``die
    Lokführergewerkschaft GDL`` → ``gewerkschaft``), if any.

    >>> t = "Die Lokführergewerkschaft GDL streikt."
    >>> _introduced_as(t, "o1", [Mention(26, 29, "GDL", "ORG", "o1", "GDL", "x", 1.0)])
    'gewerkschaft'
    """
    for m in people:
        if m.entity_id != entity_id:
            continue
        word = _word_before(text, m.start)
        stem = next((s for s in INSTITUTION_HEADS if word.endswith(s)), None)
        if stem is not None and (kind := _kind(stem)) is not None:
            return kind
    return None


def _kind(stem: str) -> str | None:
    """The kind of body an institution head describes: ``company``, ``gericht`` for courts, the head itself
    otherwise, None for a generic head (``die Organisation``)."""
    if stem in GENERIC_HEADS:
        return None
    return "company" if stem in COMPANY_HEADS else "gericht" if stem in COURT_HEADS else stem


#: the end of a sentence before a subject: a period, question or exclamation mark, or a line break
SENTENCE_BREAK_RE = re.compile(r"(?:[.!?]\s+|\n\s*)")
#: an organisation opening its sentence, with its article (``Das Gouverneursamt Istanbul verbot …``)
#: also after a focus particle (``Auch der Bundesrechnungshof hatte gewarnt. Die Behörde bemängelte …``)
SUBJECT_OPENING_RE = re.compile(r"(?:\A|[.!?]\s+|\n\s*)(?:(?:Auch|Selbst|Sogar|Ebenso) (?:der|die|das) |(?:Der|Die|Das) )?\Z")


def _previous_subject(text: str, start: int, before: list[Mention]) -> Mention | None:
    """The organisation that opens the sentence before ``start``'s sentence (or ``start``'s own), if any.

    >>> t = "Human Rights Watch beschuldigte die RSF. Wie die Organisation mitteilte, liegen Bilder vor."
    >>> hrw = Mention(0, 18, "Human Rights Watch", "ORG", "o1", "Human Rights Watch", "x", 1.0)
    >>> rsf = Mention(35, 38, "RSF", "ORG", "o2", "RSF", "x", 1.0)
    >>> _previous_subject(t, t.index("die Organisation"), [hrw, rsf]).text
    'Human Rights Watch'
    """
    for m in reversed(before):
        breaks = len(SENTENCE_BREAK_RE.findall(text, m.end, start))
        if breaks > 1:
            return None
        if SUBJECT_OPENING_RE.search(text, max(0, m.start - 20), m.start) is not None or _after_dateline(text, m.start):
            return m
    return None


#: what may stand between a dateline and the organisation opening the sentence after it
DATELINE_SUBJECT_ARTICLES = ("", "Der ", "Die ", "Das ")


def _after_dateline(text: str, pos: int) -> bool:
    """Whether ``pos`` opens the sentence after a dateline, with an article at most (``Bern (SRF) – Der Bundesrat
    will …``).

    >>> t = "Titel\\nBern (SRF) – Der Bundesrat will mehr."
    >>> _after_dateline(t, t.index("Bundesrat")), _after_dateline(t, t.index("mehr"))
    (True, False)
    """
    line = text.rfind("\n", 0, pos) + 1
    dateline = DATELINE_RE.match(text, line, pos)
    return dateline is not None and text[dateline.end():pos] in DATELINE_SUBJECT_ARTICLES


#: after the closing mark: the quoted words are the object of a ``zu``-infinitive ending the sentence (``warf
#: Pakistan vor, „Terroristen Unterschlupf“ zu gewähren``) or of a verb-final ``bezeichnet`` after ``als``
ZU_INFINITIVE_AFTER_RE = re.compile(r"\s*zu [a-zäöüß]+\s*[.!?]")
NAMING_PARTICIPLE_AFTER_RE = re.compile(r"\s*bezeichnet\b")
#: after the closing mark: the sentence ends (``lobte die Einigung als „Sieg des Multilateralismus“.``)
SENTENCE_END_AFTER_RE = re.compile(r"\s*[.!?]")
#: a passive auxiliary before the quotation in its sentence: ``Seine Werke werden als „…“ bezeichnet`` names
#: nobody who says it
PASSIVE_BEFORE_RE = re.compile(r"\b(?:wird|werden|wurde|wurden)\b[^.!?]*\Z")
#: how far back the passive auxiliary is looked for
PASSIVE_REACH_CHARS = 150


def _phrase_partial(text: str, q: Quote) -> bool:
    """Capitalised quoted words of a person the article names that are a phrase of the sentence, which the
    learned filter (trained on SpkAtt, which marks few partial quotes) drops as a title: after an indefinite
    article governed by a cue (``sprach von einer „…“``; titles follow a definite one or a noun), as the object of a ``zu``-infinitive (a partial quote
    inside an infinitive complement, by the devset conventions), in an active ``als „…“ bezeichnet`` or after ``als``
    ending the sentence of a cue (``lobte die Einigung als „Sieg des Multilateralismus“.``, tune8).

    >>> t = "Kowal sprach von einer „Nacht des Grauens“. Sie hat „Ruhe Bitte“ zu geben. Er hatte es als „Wende“ bezeichnet."
    >>> def q(w): return Quote("x", t.index(w), t.index(w) + len(w), w, "partial", speaker_entity_id="p1", cue="sprach")
    >>> [_phrase_partial(t, q(w)) for w in ("Nacht des Grauens", "Ruhe Bitte", "Wende")]
    [True, True, True]
    >>> t = "Seine Werke werden als „Meilensteine“ bezeichnet."
    >>> _phrase_partial(t, q("Meilensteine"))
    False
    """
    if q.type != "partial" or q.speaker_entity_id is None or not q.text[:1].isupper():
        return False
    before = _word_before(text, q.start - 1)
    after = q.end + 1
    if before in INDEFINITE_ARTICLES and q.cue is not None or ZU_INFINITIVE_AFTER_RE.match(text, after):
        return True
    if before == "als" and q.cue is not None and SENTENCE_END_AFTER_RE.match(text, after):
        return True
    if _stance_phrase(text, q, before, after):
        return True
    return before == "als" and NAMING_PARTICIPLE_AFTER_RE.match(text, after) is not None \
        and PASSIVE_BEFORE_RE.search(text[max(0, q.start - PASSIVE_REACH_CHARS):q.start]) is None


#: after the closing mark: the sentence ends, maybe after the particle of a verb of stance (``wies die Darstellung
#: als „Desinformation“ zurück.``)
STANCE_END_AFTER_RE = re.compile(r"\s*(?:zurück|ab)?\s*[.!?]")
#: before the quotation in its sentence: a verb that classes the subject, no one's words (``X gilt als „…“``)
COPULA_BEFORE_RE = re.compile(r"\b(?:gilt|galt|gelten|galten|sieht sich|sah sich|versteht sich|verstand sich)\b[^.!?]*\Z")
#: before the quotation in its sentence: a verb of judging or saying that takes ``als „…“`` (``begrüßte den Plan als
#: „…“``); other verbs' ``als`` names a role or a guise, nobody's words (``fungiert als „Beauftragte für …“``, ``verkleidete
#: sich als „Königin der Nacht“``, ``arbeitete als „Springerin im Schichtdienst“``, review 15b); a particle of a verb of
#: rejection after the quotation (``wies … als „…“ zurück``, ``lehnte … ab``) counts too
STANCE_VERB_BEFORE_RE = re.compile(
    r"\b(?:bezeichne|nannte|nennt|kritisier|begrüß|lobt|lobe|verurteil|wertet|werte|bewerte|feier|brandmark|geißel"
    r"|beschrieb|beschreib|betrachte|verteidig|kommentier|titulier|pries|preist|charakterisier|beurteil|abgetan|tat|tut"
    r"|empfand|empfind|sieht|sah|verspott|verhöhn|anprangert|prangert|kanzelt|darstellt|stellte|abqualifizier|abstempel"
    r"|verunglimpf|verharmlos|warnt|attackiert|angreift|griff)\w*\b[^.!?]*\Z")
#: before ``von einem „…“``: a verb of saying (``sprach in einem Kommentar von einem „…“``), not ``profitierte von einem
#: „Sondervermögen …“`` (review 15b)
SPEAKING_VON_BEFORE_RE = re.compile(r"\b(?:sprach|sprachen|spricht|sprechen|sprecht|redete|redeten|redet|reden|Rede)\b[^.!?]*\Z")


def _stance_phrase(text: str, q: Quote, before: str, after: int) -> bool:
    """Quoted words that end the sentence of their linked subject after ``als`` (``begrüßte den Beschluss als „Akt
    der Vernunft“``, ``verurteilte die Attacke als „…“``, ``wies die Darstellung als „…“ zurück``) or after ``von``
    and an indefinite article (``sprach in einem Kommentar von einem „…“``), where no cue of the table stands next to
    them: the subject's words, which the learned filter drops as a title (tune7, tune13, tune16, tune19 ×2; every
    such candidate it dropped on the tuning sets is a gold partial quote). Not after a passive or a copula (``gilt
    als „…“``), and only after a verb of judging or saying (``STANCE_VERB_BEFORE_RE``, ``SPEAKING_VON_BEFORE_RE``; not
    ``fungiert als „…“``, ``profitierte von einem „…“``).

    >>> t = "Berg begrüßte den Plan als „Akt der Vernunft“. Die Stadt gilt als „Perle am See“."
    >>> def q(w): return Quote("x", t.index(w), t.index(w) + len(w), w, "partial", speaker_entity_id="p1")
    >>> [_stance_phrase(t, q(w), "als", t.index(w) + len(w) + 1) for w in ("Akt der Vernunft", "Perle am See")]
    [True, False]
    >>> t = "Die Zeitung sprach in einem Kommentar von einem „Eigentor“. Er hofft auf einen „Neustart“."
    >>> [_stance_phrase(t, q(w), "einem" if w == "Eigentor" else "einen", t.index(w) + len(w) + 1)
    ...  for w in ("Eigentor", "Neustart")]
    [True, False]
    """
    end = STANCE_END_AFTER_RE.match(text, after)
    if end is None:
        return False
    reach = text[max(0, q.start - PASSIVE_REACH_CHARS):q.start]
    if before in INDEFINITE_ARTICLES:
        return (_word_before(text, text.rfind(" ", 0, q.start - 2)) == "von"
                and SPEAKING_VON_BEFORE_RE.search(reach) is not None)
    if before != "als":
        return False
    judged = bool(end.group().strip(" .!?")) or STANCE_VERB_BEFORE_RE.search(reach) is not None
    return judged and PASSIVE_BEFORE_RE.search(reach) is None and COPULA_BEFORE_RE.search(reach) is None


def _word_before(text: str, pos: int) -> str:
    """The lower-cased word right before ``pos`` (``der US-Finanzinvestor`` before a name)."""
    words = text[max(0, pos - 40):pos].split()
    return words[-1].lower() if words else ""


# --- quotation marks -----------------------------------------------------------------------------


def _is_direct(text: str, sent: Sentence, pair: QuotePair, top: list[QuotePair]) -> bool:
    """A quotation is direct when it opens the sentence, follows a colon, or continues a split quote
    („A“, sagte X, „B“); quoted words inside narration are partial."""
    before = text[sent.start:pair.start].rstrip()
    if not before.strip(" –—-"):
        return True
    if before.endswith(":"):
        return True
    earlier = [p for p in top if p.end <= pair.start]
    if earlier and before.endswith(",") and _is_direct(text, sent, earlier[0], top):
        s, e = pair.inner
        return text[e - 1:e] in ".!?" or pair.end >= sent.end - 2
    return False


def _quote_only(text: str, sent: Sentence, top: list[QuotePair]) -> bool:
    rest = text[sent.start:sent.end]
    for p in reversed(top):
        rest = rest[:p.start - sent.start] + rest[p.end - sent.start:]
    return not re.search(r"\w", rest)


def _is_not_quote(text: str, pair: QuotePair) -> bool:
    """Scare quotes (den sogenannten „Friedensplan“) and titles of papers, programmes and parties."""
    s, e = pair.inner
    before = text[max(0, pair.start - 40):pair.start]
    words = text[s:e].split()
    if SCARE_RE.search(before) or SOURCE_BEFORE_RE.search(before):
        return True
    if TITLE_NOUN_RE.search(before) and not (words and words[0] in PHRASE_OPENERS):
        return True  # a title ("die Zeitung „taz“"), not a phrase after the noun ("ihre Partei „wie eine Reservebank“")
    if NAMED_NOUN_RE.search(before) and 0 < len(words) <= NAMED_NOUN_WORDS and words[0][0].isupper() \
            and not PUNCTUATION_RE.search(text[s:e]):
        return True
    if not words or len(words) > 4 or not words[0][0].isupper() or PUNCTUATION_RE.search(text[s:e]):
        return False
    title_like = all(w[0].isupper() or w in TITLE_FUNCTION_WORDS for w in words)
    return title_like and DEFINITE_BEFORE_RE.search(before) is not None


def _is_label(text: str, pair: QuotePair) -> bool:
    s, e = pair.inner
    return len(text[s:e].split()) <= 3 and text[e - 1:e] not in ".!?"


def _nested_partials(text: str, pairs: list[QuotePair], outer: QuotePair, people: list[Mention],
                     last_named: Speaker | None) -> Iterator[Quote]:
    """A quote inside another speaker's quote with its own cue: ``„Wie Kallas sagte: ‹…›“``."""
    for p in pairs:
        if p.depth != 1 or not (outer.start < p.start < outer.end):
            continue
        head_start = max(outer.start + 1, text.rfind(".", outer.start, p.start) + 1)
        toks = tokenize(text, head_start, p.start)
        if not toks or toks[-1].text != ":":
            continue
        verbs = cue_verbs()
        for i, tok in enumerate(toks):
            if tok.text in verbs:
                start = _clause_start(toks, i)
                start += toks[start].text in ("wie", "Wie")
                end = _np_end(toks, start, i)
                if end:
                    speaker = _speaker_at(text, toks, start, end, people, last_named)
                    attr = Attribution(speaker, tok.text, tok.start, None, None, 0.7)
                    yield _make(text, p.inner, "partial", attr, 0.7)
                break


# --- continuations and channel -----------------------------------------------------------------


def _reported_mood(toks: list[Token]) -> str | None:
    """``"k1"`` for a Konjunktiv I verb outside quotation marks, ``"k2"`` for Konjunktiv II, ``"hearsay"``
    for a hearsay modal alone, None for a sentence in indicative."""
    if not toks or not _is_capitalized(toks[0]) and toks[0].text != QUOTE:
        return None
    mood = _clause_mood(toks)
    return mood if mood is not None else _second_place_konjunktiv(toks)


#: sentence openings that are no first constituent of their own: a preposition, conjunction or quantifier before an
#: adjective and its noun (``Für neue Schulen …``, ``Manche große Firmen …``); and ``ich``, whose verb in -e is the
#: indicative (``Ich hoffe …``)
NOT_FIRST_PLACE = PREPOSITIONS | COORDINATORS | SUBORDINATORS | frozenset(
    "ohne gegen durch um unter alle viele manche einige wenige mehrere beide solche welche keine jede ich".split())


#: most words of an apposition or relative clause between commas after a first constituent (session 17)
APPOSITION_WORDS = 12
#: words joining a list's last member: after a first constituent's second comma, before an adjective and a noun, they
#: make the word before them that member's adjective, no finite verb (``Die Mieter, die Vermieter, junge und alte
#: Nachbarn kamen …``: a list, no apposition; review 17)
LIST_COORDINATORS = frozenset("und oder sowie".split())
#: most capitalised words of a name opening a sentence as its first constituent (``Anna Maria Berg prüfe …``)
NAME_FIRST_PLACE_WORDS = 4


def _second_place_konjunktiv(toks: Sequence[Token]) -> str | None:
    """``"k1"`` when the word right after the sentence's first constituent (a pronoun, a name or adverb, or a
    determiner with its adjectives and noun) is a lower-case verb form in -e: the finite verb of a main clause stands
    there, so it is no adjective whatever lower-case word follows (``Sein Land strebe keine Atomwaffen an``, ``Das
    Land verliere jedes Jahr …``, ``Sie kontrolliere große Teile …``, ``Rom prüfe zudem …``, where
    :func:`_clause_mood` reads an adjective before a noun), and a determiner with no noun is a pronoun (``Das gelinge
    nur …``). Before a capitalised word other than a pronoun or quotation mark it may be an adjective with its noun
    (``Jan Kurz große Pläne``) and is not read; nor a form in -te, one of NOT_KONJUNKTIV, an adverb in -weise, or one
    before ``ich``. Session 16: such sentences after a quote were continuations of it in tune10, tune13, tune15,
    tune16, tune18. Session 17: also the verb after an opening adverbial or subordinate clause
    (:func:`_opening_adverbial_end`) when its subject follows it, and after an apposition between commas (``Die
    sogenannte „…“, das …, verletze …``): tune13, tune14, tune21.

    >>> [_second_place_konjunktiv(tokenize(s)) for s in ("Sein Land strebe keine Atomwaffen an.",
    ...     "Das gelinge nur so.", "Für neue Schulen fehlt das Geld.", "Die neue Regel gilt.", "Jan Kurz prüfe es.")]
    ['k1', 'k1', None, None, 'k1']
    """
    first = toks[0].text
    if first == QUOTE:
        return None
    if (opening := _opening_adverbial_end(toks)) is not None:
        # the verb, inverted before its subject, right after the opening or after adverbs ("Schon heute spare das …")
        verb = next((k for k in range(opening, min(opening + 1 + OPENING_ADVERBS, len(toks) - 1))
                     if _e_verb(toks[k].text) and toks[k + 1].text in INVERTED_SUBJECT_OPENERS), None)
        if verb is not None and all(t.text in NOT_KONJUNKTIV or t.text in CUE_SUBJECT_ADVERBS
                                    for t in toks[opening:verb]):
            return "k1"
    if first.lower() in NOT_FIRST_PLACE:
        return None
    i = 1
    apposed = None
    if first.lower() in DETERMINERS:
        j = 1
        while j < len(toks) and ADJECTIVE_RE.match(toks[j].text) and toks[j].text not in DETERMINERS:
            j += 1
        if j + 1 < len(toks) and toks[j].text == QUOTE and toks[j + 1].text == ",":
            i = j + 1  # a name in quotation marks before an apposition: "Die sogenannte „Borderisation“, das …"
        elif j < len(toks) and _is_capitalized(toks[j]) and toks[j].text != QUOTE:
            i = j + 1  # the noun ends the first constituent
        elif first.lower() not in PRONOUN_DETERMINERS or len(toks) < 3 or not toks[2].text.isalpha() \
                or toks[2].text in PREPOSITIONS:
            return None  # no noun and no pronoun: an adjective used as a noun ("Die diesjährige am …")
    else:
        while i < min(len(toks), NAME_FIRST_PLACE_WORDS) and _is_capitalized(toks[i]) and toks[i].text != QUOTE:
            i += 1  # a name of several words ends the first constituent ("Jan Kurz prüfe zudem …", review 16)
    if i < len(toks) and toks[i].text == "," and first.lower() in DETERMINERS:
        # an apposition or relative clause between commas ends the first constituent ("Die sogenannte „…“, das
        # schrittweise Verschieben von Zäunen, verletze …")
        apposed = next((k + 1 for k in range(i + 1, min(len(toks), i + 1 + APPOSITION_WORDS)) if toks[k].text == ","),
                       None)
        i = apposed or i
    if i + 1 >= len(toks):
        return None
    w, after = toks[i].text, toks[i + 1].text
    if apposed and after in LIST_COORDINATORS and i + 3 < len(toks) and _is_capitalized(toks[i + 3]):
        return None  # "Die Mieter, die Vermieter, junge und alte Nachbarn kamen …": a list's last member, no verb
    if w in SECOND_PLACE_MOOD_VERBS:
        return "k2" if w in KONJUNKTIV_II else "k1"  # "Der Vertrag, der …, sei ungültig, sagte sie"
    if _e_verb(w) and not (after[0].isupper() and after != QUOTE and after not in PRONOUNS) and after != "ich":
        return "k1"
    return None


#: finite verbs that _second_place_konjunktiv reads whatever follows them: ``sei``/``seien`` and the listed Konjunktiv
#: II forms, which no indicative or adjective shares (review 18: ``sei`` is shorter than _e_verb's four letters,
#: ``seien`` and the Konjunktiv II forms do not end in -e, so in ``Der Vertrag, der im Mai geschlossen wurde, sei
#: ungültig, sagte sie`` the subject with its relative clause was read as the cue's); not the hearsay modals
#: ``soll``/``sollen`` (indicative)
SECOND_PLACE_MOOD_VERBS = frozenset({"sei", "seien"}) | (KONJUNKTIV_II - HEARSAY)


def _e_verb(w: str) -> bool:
    """Whether ``w`` may be a finite verb in -e, Konjunktiv I where the finite verb stands: lower case, four letters or
    more, no -te form, none of NOT_KONJUNKTIV, no long adverb in -weise."""
    return w.islower() and w.endswith("e") and not w.endswith("te") and len(w) >= 4 and w not in NOT_KONJUNKTIV \
        and not (w.endswith("weise") and len(w) > ADVERB_WEISE_MIN)


#: prepositions that open a sentence's first constituent, a prepositional phrase (``Ohne Gegensteuern drohe …``,
#: ``Im Wahlkampf gehe es …``)
OPENING_PREPOSITIONS = PREPOSITIONS | frozenset(
    "ohne gegen durch unter seit trotz wegen angesichts neben hinter zwischen bis".split())
#: words that open the subject right after an inverted finite verb: an article or possessive, a pronoun (not ``ich``,
#: whose verb in -e is the indicative)
INVERTED_SUBJECT_OPENERS = DETERMINERS | frozenset("er sie es man wir".split())
#: words opening a subordinate clause as the sentence's first constituent, the finite verb right after its comma
OPENING_SUBORDINATORS = SUBORDINATORS | frozenset({"wer", "was", "wo", "ob"})
#: how many lower-case adverbs may stand between an opening adverbial and its inverted verb (``Schon heute spare das
#: Unternehmen …``: ``Schon`` opens, ``heute`` is the second adverb)
OPENING_ADVERBS = 2


def _adjectives_nouns(toks: Sequence[Token], j: int) -> tuple[int, int]:
    """From ``toks[j]``, past lower-case adjectives (no determiner): where the capitalised words after them start and
    where they end (equal when none follows)."""
    while j < len(toks) and ADJECTIVE_RE.match(toks[j].text) and toks[j].text not in DETERMINERS:
        j += 1
    nouns = j
    while j < len(toks) and _is_capitalized(toks[j]) and toks[j].text != QUOTE:
        j += 1
    return nouns, j


def _opening_adverbial_end(toks: Sequence[Token]) -> int | None:
    """Where an opening adverbial ends when the sentence's first constituent is one: a prepositional phrase (a
    preposition, a determiner, adjectives, a noun or name and a genitive after it) or a capitalised adverb written
    in lower case elsewhere (``Schon``, ``Derzeit``; no pronoun), or a subordinate clause up to its comma
    (:data:`OPENING_SUBORDINATORS`); None for any other opening. After it stands the finite verb, inverted (session
    17, I2: ``Schon heute spare das Unternehmen …``, ``Wer X angreife, greife …`` were not read as Konjunktiv I:
    :func:`_clause_mood` takes ``heute`` for an adjective before ``spare`` and reads no verb right after a comma).

    >>> [_opening_adverbial_end(tokenize(s)) for s in ("Ohne neue Kraftwerke drohe ein Engpass.",
    ...     "Schon heute spare das Amt Geld.", "Die Lage sei ernst.", "Im Jahr 2025 gebe es Geld.")]
    [3, 1, None, 3]
    """
    first = toks[0].text.lower()
    if first in OPENING_PREPOSITIONS:
        nouns, j = _adjectives_nouns(toks, 1 + (len(toks) > 1 and toks[1].text.lower() in DETERMINERS))
        if j == nouns:
            return None
        if j + 1 < len(toks) and toks[j].text in ("der", "des"):  # a genitive: "Nach Ansicht der Experten gehe …"
            genitive_nouns, genitive_end = _adjectives_nouns(toks, j + 1)
            if genitive_end > genitive_nouns:
                j = genitive_end
        return j
    if first in OPENING_SUBORDINATORS:  # a clause: "Wer X angreife, greife die Demokratie an"
        comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
        return comma + 1 if comma is not None and comma > 1 else None
    if first in lowercase_words() and first not in NOT_FIRST_PLACE and first not in DETERMINERS \
            and first not in CLAUSE_SUBJECT_PRONOUNS \
            and first not in NOT_KONJUNKTIV and toks[0].text.isalpha():
        return 1
    return None


#: determiners that stand alone as the subject of a singular verb (``Das gelinge nur …``; ``Dies`` is none of
#: :data:`DETERMINERS`); a ``die`` before a lower-case word is mostly an adjective used as a noun (SpkAtt train: ``Die
#: diesjährige am 28. November …``, dev: ``Die regierende „…“``)
PRONOUN_DETERMINERS = frozenset({"das"})


def _clause_mood(toks: Sequence[Token]) -> str | None:
    """The mood of a clause's verbs (``"k1"``, ``"k2"``, ``"hearsay"`` for a hearsay modal alone, or None),
    its first word not counted."""
    mood = None
    for i, tok in enumerate(toks[1:], 1):
        w = tok.text
        if w in KONJUNKTIV_I:
            return "k1"
        if w in HEARSAY:
            mood = mood or "hearsay"
            continue
        if w in KONJUNKTIV_II:
            mood = "k2"
            continue
        if (w.islower() and w.endswith("e") and not w.endswith("te") and len(w) >= 4 and w not in NOT_KONJUNKTIV
                and toks[i - 1].text.lower() not in DETERMINERS and not ADJECTIVE_RE.match(toks[i - 1].text)
                and i + 1 < len(toks) and not (toks[i + 1].text[0].isupper() and toks[i + 1].text != QUOTE
                                               and toks[i + 1].text not in PRONOUNS)
                and toks[i - 1].text not in (",", "zu") and not _attributive(toks, i)
                and "ich" not in (toks[i - 1].text.lower(), toks[i + 1].text)  # "ich denke": first person
                and not (w.endswith("weise") and len(w) > ADVERB_WEISE_MIN)):
            return "k1"
    return mood


def _attributive(toks: Sequence[Token], i: int) -> bool:
    """Whether the lower-case word ``toks[i]`` ending in -e is an adjective before another adjective and its
    noun (``diverse internationale Organisationen``, ``folgende rechtsgerichtete Parteien``), not a verb.

    >>> _attributive(tokenize("nehmen diverse internationale Organisationen teil"), 1)
    True
    """
    return i + 2 < len(toks) and ADJECTIVE_RE.match(toks[i + 1].text) is not None \
        and toks[i + 1].text not in DETERMINERS and _is_capitalized(toks[i + 2])  # "unterstütze die Aufrüstung": a verb


def _is_infinitive_clause(text: str, span: tuple[int, int]) -> bool:
    """A ``zu``-infinitive complement, also when it ends in quoted words (``forderte sie auf, ihre Abgeordneten
    „zur Ordnung zu rufen“``): an event by the devset conventions, its quoted words a partial quote."""
    clause = ADJUNCT_TAIL_RE.sub("", text[span[0]:span[1]]).rstrip(CLOSING_MARKS)
    if clause.startswith(COMPLEMENTIZERS):
        return False
    if INFINITIVE_RE.search(clause) is not None and not any(w in KONJUNKTIV for w in WORD_RE.findall(clause)):
        return True
    # the infinitive ends the clause's first part, a phrase, an apposition or a coordinated verb after it
    # (``aufgefordert, die Fahrverbote aufzuheben, und drohte …``, ``…, notfalls mit Zugeständnissen``); not a
    # relative or subordinate clause, which SpkAtt reads as part of the content (``zu erheben, der …``, ``zu öffnen,
    # damit …``; each of those cost SpkAtt train a right quote or a continuation)
    head, *tail = CLAUSE_PART_RE.split(clause, 1)
    words = WORD_RE.findall(head)
    after = tail[0].split(maxsplit=2)[:2] if tail else []
    if not after or not words or head.startswith(PURPOSE_OPENERS):
        return False
    return INFINITIVE_RE.search(head) is not None and not any(w in KONJUNKTIV for w in words) \
        and after[0] not in INFINITIVE_CONTENT_OPENERS \
        and not (after[0] in PREPOSITIONS and after[1:] and after[1] in RELATIVE_PRONOUNS)  # "…, mit denen …"


#: where a clause's first part ends: a comma or a dash
CLAUSE_PART_RE = re.compile(r"\s*(?:,|\s[–—]\s)")
#: words opening a clause after an infinitive that belongs to it as its content or a relative clause (``zu prüfen, ob
#: …``, ``zu erheben, der …``: SpkAtt reads the whole as the content)
INFINITIVE_CONTENT_OPENERS = RELATIVE_PRONOUNS | RELATIVE_STARTS | COMPLEMENTIZER_WORDS | SUBORDINATORS | frozenset(
    ("indem", "wobei", "sodass", "so"))
#: conjunctions of a purpose or manner infinitive opening a reported clause (``sagte, um die Lage zu beruhigen, werde
#: man …``): the infinitive is an adjunct of what follows, no complement of the cue
PURPOSE_OPENERS = ("um ", "ohne ", "statt ", "anstatt ")


#: a condition or a purpose ending a clause (``…, das Paket zu blockieren, falls Ausnahmen wegfielen``): the
#: infinitive before it is the complement; a finite clause before a purpose infinitive is the content (``sagte, die
#: Junta nutze die Verschwörung, um Kritiker auszuschalten``, tune8), not an infinitive complement
ADJUNCT_TAIL_RE = re.compile(r",\s*(?:falls|sofern|sollte|sollten|wenn|um|ohne|statt|anstatt)\b[^,]*$")
#: the words of a clause, to read their mood
WORD_RE = re.compile(r"\w+")
#: closing quotation marks and final punctuation a reported clause may end with
CLOSING_MARKS = "“”\"«»‘’‹›.!? "


def _channel(text: str, sent: Sentence, top: list[QuotePair]) -> str | None:
    outside = text[sent.start:sent.end]
    for p in reversed(top):
        a, b = p.start - sent.start, p.end - sent.start
        outside = outside[:a] + " " * (b - a) + outside[b:]
    m = CHANNEL_RE.search(outside)
    return m.group().split(maxsplit=1)[1] if m else None
