"""Event mode: realized, intended (planned/announced), hypothetical (conditional/possible), negated.

Cues are read in the trigger's clause, quoted words excluded unless the trigger is quoted too.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from flows.events.dates import MONTHS, WEEKDAYS, clause_tense
from flows.events.lexicon import rules_for_token
from flows.events.text import PARTICIPLE_RE, Sentence, clause_bounds
from flows.records import EventMode

#: "Nicht einigen konnten sich die Minister": a fronted "Nicht" negates too (tune6)
NEGATION_RE = re.compile(
    r"\b(?:[Nn]icht(?! nur\b)(?!-)|kein|keine|keinen|keiner|keinem|keines|nie|niemals|gescheitert|scheiterte[n]?)\b")
#: (session 18, tune23) the noun a failure is blamed on is no failed event: "Der Entwurf scheiterte am Veto der USA",
#: "war am Widerstand Russlands gescheitert" tell a veto cast and resistance shown (gold realized in tune13, tune20,
#: tune23; "dürften … am Widerstand … scheitern" stays hypothetical by its modal, tune15); only "gescheitert" and
#: "scheiterte(n)" are removed from the clause, any other negation still counts
FAILED_ON_BEFORE_RE = re.compile(r"\b(?:am|an\s+(?:de[mr]|einem|einer))\s+(?:[a-zäöü][\w-]*\s+){0,2}$")
FAILURE_VERB_RE = re.compile(r"\b(?:gescheitert|scheiterte[n]?)\b")
#: "kein" negates its own noun phrase: "Die Gespräche brachten keinen Durchbruch" leaves the talks realized
NO_DETERMINER_RE = re.compile(r"\bkein\w*\b")
OWN_NO_RE = re.compile(r"\bkein\w*\s+(?:[a-zäöü][\w-]*\s+){0,2}$")
#: "ohne Einigung", "Verzicht auf Sanktionen", (review 17) also opening a sentence "Statt eines Streiks plant …": the
#: noun's event does not happen; a sentence-opening "Ohne" too when the
#: clause tells talks that ended ("Ohne Einigung endeten am Dienstag die Gespräche", ENDED_TALKS_RE; else it is a
#: condition, WITHOUT_CONDITION_RE); "nicht ohne Einigung" reached one (review of b84e8b4)
WITHOUT_BEFORE_RE = re.compile(
    r"(?<!\bnicht )\b(?:[Oo]hne|[Ss]tatt|[Aa]nstatt|anstelle von|Verzicht auf|verzicht\w* auf)\s+"
    r"(?:[a-zäöü][\w-]*\s+){0,2}$")
#: "nicht ohne" is no negation of the clause's predicate: "Die Gespräche endeten nicht ohne Einigung" (talks held)
NOT_WITHOUT_RE = re.compile(r"\bnicht\s+ohne\b")
#: talks that ended or stayed without something (extract.ENDED_WITHOUT_RE's finite and past forms, not the infinitive
#: of "werde der Streit nicht enden"): what an opening "Ohne" names is missing, no condition
ENDED_FORMS = r"endete[nt]?|geendet|blieb|blieben|geblieben|abgebrochen|unterbrochen|vertagt"
ENDED_TALKS_RE = re.compile(rf"\b(?:{ENDED_FORMS})\b")
#: (review 14b) a future or Konjunktiv II passive tells no talks that ended but what the condition leads to: "Ohne
#: Einigung werden/würden die Gespräche abgebrochen" stays a condition
FUTURE_AUXILIARY_RE = re.compile(r"\b(?:werden?|wird|würden?)\b")
#: "auf Sanktionen verzichten": the object of renouncing, the verb after it
WAIVED_RE = re.compile(r"\bauf\s+(?:[a-zäöü][\w-]*\s+){0,2}$")
WAIVE_VERB_RE = re.compile(r"\bverzicht\w*")
#: an event named in a weder ... noch pair, within a few words of the conjunction
NEITHER_RE = re.compile(r"\bweder\b(?:[^,.;]*\bnoch\b)?\s+(?:[\w-]+\s+){0,3}$")
#: (session 18) "niemand" negates the verb of its clause as "nicht" does ("Verletzt wurde niemand", "Niemand wurde
#: festgenommen"); like "kein", not a noun of the clause: "Bei dem Angriff wurde niemand verletzt" (an attack told)
#: (review 18E fix) "niemand anderen als den Minister" names the one who is meant: no negation
NOBODY_RE = re.compile(r"\b[Nn]iemand(?:en|em)?\b(?!\s+ander\w*\s+als\b)")
#: a parenthesis is no part of the clause's predicate: "unter dem Motto Nobody Left Outside (etwa: Niemand bleibt
#: draußen) bittet die Organisation …" (10kGNAD g784; the clause opens after the colon, so its part up to an unopened
#: ")" too)
PARENTHESIS_RE = re.compile(r"\([^()]*\)|^[^()]*\)")
#: (session 18) "Weder Russland noch die Ukraine haben … unterzeichnet": a pair of subjects opening the clause negates
#: its verb (the nouns of such a pair stay: "Weder der Abzug … noch die Zusammenarbeit … hätten die Lage verbessert",
#: tune22, both realized)
#: (review 18E fix) ... up to "und" after a lower-case word (the pair's verb) and before a new subject: "Weder Russland
#: noch die Ukraine haben verhandelt und die EU verhängte Sanktionen" (the sanctions were imposed); coordinated verbs
#: keep the pair's negation ("haben verhandelt und unterzeichnet")
NEITHER_FRONTED_RE = re.compile(
    r"\W*Weder\b[^,;:]*\bnoch\b(?![^,;:]*\b[a-zäöüß]+\s+und\s+(?:der|die|das|den|dem|ein\w*|[A-ZÄÖÜ]))")
#: (session 18) an infinitive in an "ohne … zu" clause after a complete clause is not done: "Die Regierung reiste ab,
#: ohne die Sanktionen zu verhängen", "…, ohne selbst die Hauptstadt angreifen zu müssen" (tune22, gold negated).
#: After a word that takes a zu-infinitive the "ohne" phrase is the manner of the act instead ("bereit, ohne
#: Vorbedingungen … zu verhandeln", tune21; "sein Angebot, ohne Vorbedingungen … zu sprechen", tune13: session 17's
#: reason to drop "ohne" from INSTEAD_RE): a capitalised noun, a readiness word or a participle before the comma ("hat
#: entschieden, ohne Zustimmung des Parlaments Sanktionen zu verhängen", review 17's pin: decided, still to come)
WITHOUT_CLAUSE_RE = re.compile(r"\W*ohne\b")
#: the clause ends with its zu-infinitive ("zu verhängen", "anzugreifen", "angreifen zu müssen")
ZU_CLAUSE_END_RE = re.compile(r"(?:\bzu\s+\w+|\b\w+zu\w+en)\W*$")
WITHOUT_CLAUSE_AFTER_RE = re.compile(
    r"(?<![\w-])(?!(?:bereit|gewillt|entschlossen|willens|fähig|imstande|bemüht|geeignet)\W*$)"
    r"(?!(?:[a-zäöü]*(?:ge|be|ver|er|zer|ent|emp)[a-zäöüß]{2,}(?:t|en))\s*,\s*$)[a-zäöüß]+\s*,\s*$")
#: (review 18E fix) an "ohne dass" clause negates its own verb ("zog ab, ohne dass ein Waffenstillstand unterzeichnet
#: wurde"), and so does an "Ohne … zu" clause opening the sentence ("Ohne Sanktionen zu verhängen, reiste sie ab")
WITHOUT_THAT_RE = re.compile(r"\W*ohne\s+dass\b")
FRONTED_WITHOUT_RE = re.compile(r"\W*Ohne\b")
#: (review 18E fix) WITHOUT_CLAUSE_RE's rule, and after a verb that governs a zu-infinitive itself (an announcement,
#: threat, demand or agreement trigger in the clause before, :func:`_zu_governed`), "ohne" + its own noun is the manner
#: of the announced act: "kündigte an, ohne Zustimmung des Parlaments Sanktionen zu verhängen" (intended), "droht,
#: ohne Vorwarnung zu streiken"; "ohne" negates only an infinitive no such verb governs ("hat protestiert, ohne
#: Sanktionen zu verhängen": the -iert guard that kept it realized is gone)
ZU_GOVERNOR_TYPES = frozenset({"ANNOUNCE", "THREATEN", "REQUEST", "AGREE"})
#: a withdrawn plan: its object is negated ("nahm die geplante Schließung zurück")
WITHDRAWN_RE = re.compile(r"\b(?:nahm|nahmen|nimmt)\b.*\bzurück\b|\bzurückgenommen\b|\bgestoppt\b|"
                          r"\b(?:sagte|sagten|sagt)\b.*\bab\b|\babgesagt\b")
CONDITION_START_RE = re.compile(r"^\W*(?:Sollte|Sollten|Falls|Wenn|Sofern|Sobald)\b")
CONDITION_LATER_RE = re.compile(r"\b(?:falls|wenn|sofern|sobald)\b")
#: the verb of a "solange" clause is its condition too, also when negated: "…, solange Berlin nicht einlenke" (tune9),
#: "solange das Rentenniveau … nicht neu verhandelt werde" (tune4), "solange die Hamas nicht die Leichen … übergeben
#: habe" (tune6), all gold hypothetical (seventeenth pass); the clause before it is not a condition
CONDITION_VERB_BEFORE_RE = re.compile(r"\b(?:falls|wenn|sofern|sobald|solange)\b")
#: (session 16) ... but a negated clause after an opening "Solange" clause is a refusal declared now, no consequence:
#: "Solange die RSF Zivilisten angreife, werde es keine Verhandlungen geben" (tune13), "Solange die Miliz nicht aus den
#: Städten abziehe, werde es keine Verhandlungen geben" (tune8), "Solange die EU keine Ausnahmen … garantiere, werde
#: Budapest nicht zustimmen" (tune12): gold negated 3 of 3 in 3 sets, read hypothetical (the clause after a "solange"
#: clause was negated already)
AS_LONG_AS_START_RE = re.compile(r"^\W*Solange\b")
#: (session 16, second half) ... and an affirmative "solange" clause tells a state that holds now, no condition of
#: its own verb: "solange Russland Zivilisten angreife" (tune13, tune15, tune21), "Solange Kiew westliche Waffen
#: erhalte" (tune18): gold realized 4 of 4 in 4 sets (one against: tune12 "Solange die USA immer neue Zölle
#: verhängten", hypothetical); a negated one stays the condition ("solange Berlin nicht einlenke", above)
AS_LONG_AS_RE = re.compile(r"\W*[Ss]olange\b")
REFUSAL_NEGATION_RE = re.compile(r"\b(?:nicht|nie|niemals|kein|keine|keinen|keinem|keiner)\b")
#: a verb-first condition after a comma: "Sie drohten, sollte er die Macht übernehmen, ...". (session 17) Read with
#: ``match(text, left)``, which anchors at the clause's start by itself: the "^" it had matches only at the text's
#: start, so a condition clause after the first sentence was never one, and its negation made the event negated
#: ("…, sollten die geplanten Kürzungen nicht zurückgenommen werden", gold hypothetical: tune6, tune10, tune21)
CONDITION_CLAUSE_START_RE = re.compile(r"\W*(?:sollte|sollten)\b")
#: ... unless the sentence opens with a subordinate clause: then "sollte" after its comma is the main clause's finite
#: verb, a modal ("Weil … nicht gelungen ist, sollte das Treffen … im Zeichen der Migrationskrise stehen", 10kGNAD)
SUBORDINATE_OPENING_RE = re.compile(r"\W*(?:Weil|Da|Nachdem|Obwohl|Obgleich|Wenn|Falls|Sofern|Sobald|Als|Dass|Bevor|"
                                    r"Während|Seit|Seitdem|Ob)\b")
#: (review 17) ... and only when the "sollte" clause follows that subordinate clause directly, which ends with its
#: verb: "Als Reaktion drohte die Opposition mit einem Streik, sollte …" (a preposition, a main clause before) and
#: "Weil …, droht die Opposition mit …, sollte …" (a main clause between) keep the condition. A part after a comma
#: inside the subordinate clause is a zu-infinitive or a relative or subordinate clause ("Weil es nicht gelungen ist,
#: einen Durchbruch zu erzielen, sollte …", 10kGNAD)
#: (session 18) a personal pronoun is no verb: "Als Folge drohte er, sollte die Regierung nicht einlenken, mit einem
#: Streik" opens with a main clause ("Als Folge" a noun phrase, "er" its subject), so the "sollte" clause is a condition
VERB_FINAL_RE = re.compile(r"\b(?!(?:er|sie|es|wir|ihr|man|sich|ihn|ihm|ihnen|uns|euch|mich|mir|dich|dir)\W*$)"
                           r"[a-zäöü]\w*\W*$")
EMBEDDED_PART_RE = re.compile(r"\W*(?:der|die|das|dem|den|deren|dessen|dass|wie|wo|weil|da|ob|wenn|als)\b"
                              r"|.*(?:\bzu\s+\w+|\w+zu\w+en)\W*$", re.S)
#: an infinitive instead of which something else is done: "Statt Sanktionen zu verhängen". (session 17) Read with
#: ``match(text, left)``, without the "^" that made it fire in a text's first sentence only. "ohne" left out: once
#: the rule fired everywhere it took "bereit, ohne Vorbedingungen über … zu verhandeln" (tune21) and "Angebot, ohne
#: Vorbedingungen mit dem Norden zu sprechen" (tune13) to negated, right 0 of 2: its noun is the manner of the act
INSTEAD_RE = re.compile(r"\W*(?:statt|anstatt)\b", re.I)
#: (review 17) "statt" before a genitive is a preposition, no infinitive clause: "Statt eines Streiks plant die
#: Gewerkschaft zu verhandeln" (the talks are planned; the genitive's noun is the replaced event)
INSTEAD_GENITIVE_RE = re.compile(r"\W*(?:statt|anstatt)\s+(?:eines|des)\b", re.I)
#: (session 18) ... and a feminine or plural genitive, "Statt einer Einigung", "Anstatt der Gespräche", "Anstatt neuer
#: Proteste plant die Gewerkschaft zu verhandeln", when the noun is followed by neither a zu-infinitive nor a
#: preposition: "einer"/"der" may be a dative object of the infinitive ("Statt einer Einigung zuzustimmen, …")
#: (review 18E fix) case-sensitive: compiled with re.I its case classes matched any word, so the noun's look-aheads
#: never decided ("Statt der Ukraine Waffen zu liefern" read "Waffen" as the finite verb); only "Statt"/"statt" fold
INSTEAD_FEMININE_GENITIVE_RE = re.compile(
    r"\W*(?:[Ss]tatt|[Aa]nstatt)\s+(?:einer|der|[a-zäöü]+er)\s+(?:[a-zäöü][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*\s+"
    r"(?!zu\b|[a-zäöü]+zu[a-zäöü]+e[lr]?n\b|(?:mit|an|auf|über|gegen|für|in|von|bei|zu|zur|zum|aus)\b)[a-zäöü]")
#: a noun in an "Ohne" phrase opening its sentence or what follows a colon is the condition of what comes after it:
#: "Ohne eine sofortige Feuerpause drohe …" (tune6), "Ohne eine Einigung mit Italien werde es … keine … Lösung geben"
#: (tune10), "Ohne direkte Gespräche … sei eine Lösung kaum vorstellbar" (tune15), "Ohne echte Grenzkontrollen werde
#: die Zuwanderung nicht sinken" (tune19): 4 gold hypothetical in 4 sets, read realized, intended or negated (session
#: 14, second half); the lower-case "ohne" inside a clause drops its noun (extract.WITHOUT_PHRASE_RE)
WITHOUT_CONDITION_RE = re.compile(r"(?:^|[:;]\s*)\W*Ohne\s+(?:[\w-]+\s+){0,2}$")
#: (session 15) ... and the verb of the clause it opens is what the condition leads to when the clause holds a future or
#: Konjunktiv auxiliary: "Ohne Einigung werden die Gespräche abgebrochen" (hypothetical, as its "Einigung"); the past
#: "Ohne Einigung wurden die Gespräche abgebrochen" tells what happened
#: (fix15a) only when the phrase's noun names an event (a row of the lexicon): "Ohne Zweifel/Vorbehalte/Vorbedingungen
#: wird …" is a manner phrase, no condition; lower-case words before the noun, up to three ("Ohne eine rasche politische
#: Einigung werden die Gespräche abgebrochen")
OPENING_WITHOUT_RE = re.compile(r"\W*Ohne\s+(?:[a-zäöü][\w-]*\s+){0,3}(?P<noun>[A-ZÄÖÜ][\w-]*)\s")
#: (review 14b) ... but a noun dated by its own complement happened: "Ohne die Einigung vom Montag wäre das Treffen
#: gescheitert" (realized, no condition and no negation); only a definite noun, before "vom"/"am" and a day, month
#: or number
WITHOUT_DEFINITE_RE = re.compile(r"\b[Oo]hne\s+(?:der|die|das|den|dem|des)\s+(?:[a-zäöü][\w-]*\s+){0,2}$")
DATED_NOUN_AFTER_RE = re.compile(
    r"\s+(?:vom|am)\s+(?:\d|(?i:" + "|".join([*WEEKDAYS, *MONTHS, "wochenende", "vortag"]) + r")\b)")
#: (review 14b) "nicht ohne Einigung … zu haben/machen/möglich" names a necessary condition: hypothetical
NOT_WITHOUT_BEFORE_RE = re.compile(r"\bnicht\s+ohne\s+(?:[\w-]+\s+){0,2}$")
NECESSARY_RE = re.compile(r"\bzu\s+(?:haben|machen)\b|\bmöglich\b")
#: "für den Fall einer Ablehnung" opening the sentence, or right before the event noun
IN_CASE_START_RE = re.compile(r"^\W*(?:Im Falle?|Für den Fall)\b")
IN_CASE_BEFORE_RE = re.compile(
    r"\b(?:im Falle?|für den Fall)\s+(?:\w+\s+){0,2}$", re.I)
#: possibility adjectives make the noun they modify hypothetical
POSSIBLE_BEFORE_RE = re.compile(
    r"\b(?:mögliche[nmrs]?|eventuelle[nmrs]?|etwaige[nmrs]?|potenzielle[nmrs]?)\s+(?:\w+\s+)?$", re.I)
#: hoping for or warning of an event does not make it happen
HOPE_OR_FEAR_RE = re.compile(r"\b(?:hofft\w*|erhofft\w*|warnt\w*|gewarnt|befürchtet\w*|fürchtet\w*|"
                             r"Hoffnung auf|Warnung vor|Sorge vor|Angst vor|Furcht vor|"
                             # a precondition or what is needed or expected next is not yet there: "Voraussetzung
                             # sei ein Waffenstillstand", "Nötig seien ein Waffenstillstand …", "Kiew erwarte als
                             # Nächstes eine Waffenruhe"
                             r"Voraussetzung|Vorbedingung|[Nn]ötig|[Nn]otwendig|[Ee]rforderlich|erwarte|erwarten)\b")
#: a plan or proposal names its content: "Pläne für einen Truppenabzug", "ein Vorschlag für Gespräche"
PLAN_NOUN_BEFORE_RE = re.compile(
    r"(?P<none>\bkein\w*\s+)?\b(?:(?P<plan>Pl(?:an|äne|änen)|Vorhaben|Absicht)|"
    r"Vorschl(?:ag|äge|ägen)|Vorsto(?:ß|ss))\s+"
    r"(?:für|zu[mr]?|über)\s+(?:[\w-]+\s+){0,2}$")
#: an attributive plan adjective makes only its noun intended: "das geplante Treffen"
PLANNED_BEFORE_RE = re.compile(
    r"\b(?:geplante[nmrs]?|angekündigte[nmrs]?|vorgesehene[nmrs]?|anstehende[nmrs]?|bevorstehende[nmrs]?)\s+"
    r"(?:\w+\s+)?$")
#: what is being prepared is still to come: "Die EU bereitet ein weiteres Sanktionspaket vor", "bereite aber auch
#: Gegenmaßnahmen vor", "Eine Urabstimmung hatte die Gewerkschaft bereits vorbereitet" (tune4-tune7: intended 6 times,
#: never otherwise); the separable verb needs its particle "vor" later in the clause
PREPARING_RE = re.compile(r"\bbereitet?e?[nt]?\b(?=.*\bvor\b)|\bvor(?:zu)?bereite[nt]\b")
#: where or how it was prepared is no object of preparing: "Die Einigung war in einer Videokonferenz … vorbereitet
#: worden" (devset: the conference took place), "durch ihre laufenden Militärübungen … vorzubereiten"
PREPARING_SETTING_BEFORE_RE = re.compile(r"\b(?:in|im|bei|beim|während|nach|durch)\s+(?:[\w-]+\s+){0,2}$")
HYPOTHETICAL_RE = re.compile(
    r"\b(?:denkbar|bereit|Bereitschaft|"
    r"prüf(?:t|e|en)|erwäg(?:t|e|en)|wäre|wären|würde|würden|könnte|könnten|könne|vorbehalten|"
    r"vor(?:behalte|behält)|(?:behält|behalte|behalten) sich|kaum durchsetzbar|[Ee]rlaubnis|unwahrscheinlich|"
    r"fraglich|ungewiss|"
    # a guess is no report: "dürfte", "möglicherweise"; nor is what is open or near: "ist offen", "in Sicht"
    r"dürfte|dürften|möglicherweise|womöglich|vielleicht|eventuell|notfalls|gegebenenfalls|"
    r"(?:ist|sei|bleibt|bleibe|noch) offen|unklar|in (?:greifbarer )?(?:Nähe|Reichweite|Sicht))\b")
#: (session 14) what is said to be possible has not happened: "Gespräche mit Kiew seien weiterhin möglich" (tune7),
#: "Danach seien Warnstreiks möglich" (tune12), "Eine Volksabstimmung ist frühestens im Juni möglich" (tune13), all
#: three hypothetical and read realized; the predicate closes its clause, "so bald wie möglich" is no possibility.
#: (review of b84e8b4) a past copula tells what made it happen: "Der Sieg … war nur möglich, weil die Armee floh"
POSSIBLE_PREDICATE_RE = re.compile(r"(?<!wie )(?<!als )\bmöglich(?=\s*(?:[,.;:!?“»«\"]|$))")
PAST_COPULA_RE = re.compile(r"\b(?:war|waren|wurde|wurden|gewesen)\b")
#: (review 14b) only "nur/erst möglich" tells what made it happen; "Eine Einigung war noch am Montag möglich" stays open
ENABLED_RE = re.compile(r"\b(?:nur|erst)\b[^,.;:]*\bmöglich\b")


def _hypothetical(clause: str) -> bool:
    """A guess, an open question or a possibility in ``clause`` (HYPOTHETICAL_RE, a present "möglich").

    >>> _hypothetical("Gespräche seien weiterhin möglich,"), _hypothetical("Der Sieg war nur möglich,")
    (True, False)
    """
    return HYPOTHETICAL_RE.search(clause) is not None or (
        POSSIBLE_PREDICATE_RE.search(clause) is not None
        and (PAST_COPULA_RE.search(clause) is None or ENABLED_RE.search(clause) is None))
#: the particle of "stellte … bereit" (provided) is no readiness: "Das UNHCR stellte an der Grenze Zelte … bereit"
PROVIDING_VERB_RE = re.compile(r"stell(?:t|te|ten|en)")
PROVIDED_PARTICLE_RE = re.compile(r"\bbereit(?=\s*(?:[.;,]|$))")
#: readiness as a noun is what a finite verb affirms, raises or praises, no guess about that verb: "bekräftigten ihre
#: Bereitschaft", "versetzte Teile der Armee in erhöhte Bereitschaft", "lobte die Abgeordneten für ihre Bereitschaft"
#: (tune3, tune5: realized); a noun or infinitive it governs stays hypothetical ("Bereitschaft zu Gesprächen")
READINESS_NOUN_RE = re.compile(r"\bBereitschaft\b")
#: "hätte" as a full verb is a conditional ("Eine Eskalation hätte unabsehbare Folgen"); with a participle or a
#: double infinitive in its clause it is the past of reported speech ("die Beamten hätten sich ... beschränkt",
#: "hätten Zeugen eine Person fliehen sehen") and reports
WOULD_HAVE_RE = re.compile(r"\bhätten?\b")
PAST_FORM_RE = re.compile(r"\b(?:[a-zäöü]*(?:ge|be|ver|er|zer|ent|emp)[a-zäöüß]{2,}(?:t|en)|[a-zäöü]+iert|"
                          r"[a-zäöü]+en\s+(?:sehen|hören|lassen|können|müssen|sollen|wollen|dürfen))\b")
#: deciding a measure together (AGREE in triggers.csv) puts it in force: "Die Außenminister beschlossen am Montag
#: Einreiseverbote" (realized), unlike agreeing to hold talks ("vereinbarten eine weitere Runde", intended)
DECIDE_RE = re.compile(r"beschl(?:ie(?:ß|ss)en|ie(?:ß|ss)t|oss|ossen)")
#: a verb-final predicate followed by "und" ends its conjunct: "für unrechtmäßig erklärt und ihre Freilassung
#: angeordnet" refuses nothing after the "und"
NEXT_CONJUNCT_RE = re.compile(r"\s+und\b")
#: ... as does "und" after a separable verb's particle: "brach die Verhandlungen ab und kündigte eine Urabstimmung an"
#: (tune9) refuses nothing after the "und"
PARTICLE_CONJUNCT_RE = re.compile(r"\s(?:ab|ein|aus|zurück)\s+und\b")
#: in reported speech "würde(n)" stands in for the future "werde(n)": a dass-clause after an announcing or saying verb
#: ("kündigte an, dass sie dem Paket zustimmen würden") tells a plan, not a guess
REPORTED_CLAUSE_RE = re.compile(r"\s*dass\b")
REPORTING_VERB_RE = re.compile(r"\b(?:kündigt\w*|angekündigt|sagt\w*|gesagt|erklärt\w*|teilt\w*|mitgeteilt|betont\w*|"
                               r"versichert\w*|bekräftigt\w*|bestätigt\w*)\b")
WOULD_RE = re.compile(r"\bwürden?\b")
VERB_WOULD_RE = re.compile(r"\s+(?:werden\s+)?würden?\b")
CONDITION_WORD_RE = re.compile(r"\b(?:wenn|falls|sofern|sobald|ob)\b", re.I)
#: (session 14) the plural "würden" before the infinitive of a main clause is reported speech's stand-in for the future
#: "werden" (its Konjunktiv I equals the indicative), not a guess: "Die Bündnispartner würden am Vormittag … beraten"
#: (tune11), "die Mitgliedstaaten würden am kommenden Montag … beraten" (tune13), "Die USA würden ihre Truppen …
#: reduzieren" (tune6), "Die Bauern würden so lange auf die Straße gehen, bis …" (tune10): 4 gold intended in 4 sets,
#: none otherwise. The singular "würde" has its own "werde" and stays a guess ("im Gegenzug würde Israel … entlassen",
#: tune4, hypothetical); a passive participle after it is a reported present as often as a plan ("würden geprüft",
#: "würden fortgesetzt": tune3, tune8 intended; on 10kGNAD "würden … abgelehnt", "… veröffentlicht", "… aufgefordert"
#: realized), so it stays; a quotation is no report
PLURAL_WOULD_RE = re.compile(r"\bwürden\b")
#: (review of 1c4c5a2) ... but a wish is no plan ("Die Bauern würden gerne streiken", "lieber", "am liebsten"), nor is
#: what a verb-first condition after it makes depend ("Die Gewerkschaften würden streiken, hätten sie genug Geld"):
#: both stay guesses (HYPOTHETICAL_RE's "würden")
WISH_RE = re.compile(r"\b(?:gerne?|lieber|am liebsten)\b")
#: (review 14b) not a coordinated clause: "…, könnten aber keine Einigung erzielen" is no condition
V1_CONDITION_AFTER_RE = re.compile(
    r"[^.;:!?]*?,\s*(?:hätten?|wären?|könnten?|sollten?|müssten?|gäbe|dürften?)\s(?!(?:aber|jedoch|allerdings|doch)\b)")


def _reported_future(text: str, sentence: Sentence, left: int, end: int, clause: str) -> bool:
    """A verb in a dass-clause of reported speech followed by its "würde(n)", the clause's only guess cue."""
    return (REPORTED_CLAUSE_RE.match(clause) is not None and VERB_WOULD_RE.match(text, end) is not None
            and not _hypothetical(WOULD_RE.sub(" ", clause)) and not CONDITION_WORD_RE.search(clause)
            and REPORTING_VERB_RE.search(text, sentence.start, left) is not None)


def _reported_main_future(text: str, sentence: Sentence, left: int, start: int, end: int, clause: str,
                          quoted: Sequence[tuple[int, int]]) -> bool:
    """An infinitive after the plural "würden" of its main clause, outside quotations, with no other guess cue.

    A condition ("…, wenn die Waffen schweigen") is read before, by ``_in_condition``.

    >>> from flows.events.text import sentences
    >>> s = next(sentences("Die Minister würden am Montag in Brüssel beraten."))
    >>> _reported_main_future(s.text, s, 0, 41, 48, s.text, [])
    True
    """
    return (PLURAL_WOULD_RE.search(text, left, start) is not None and not PARTICIPLE_RE.fullmatch(text, start, end)
            and not any(a <= start < b for a, b in quoted)
            and not _hypothetical(WOULD_RE.sub(" ", clause)) and not WISH_RE.search(clause)
            and not V1_CONDITION_AFTER_RE.match(text, end, sentence.end))


#: refusing to accept is declared, not planned: "werde keine Vermittlung durch Dritte akzeptieren" is a realized REJECT
DECLARED_REFUSAL_RE = re.compile(r"akzeptier(?:t|te|ten|en)|akzeptieren")
#: an open question ("prüft noch, ob sie die Versammlung untersagt") is hypothetical
QUESTION_CLAUSE_RE = re.compile(r"^\W*ob\b", re.I)
INTENDED_RE = re.compile(
    r"\b(?:will|wollen|wolle|wollten|soll|sollen|solle|werde|werden|wird|plant|planen|plante|"
    r"geplant|vorgesehen|angestrebt\w*|strebt\w*|streben|in Aussicht|(?<!als )erwartet|künftig|beabsichtig\w*|"
    r"kurz vor dem Abschluss|voraussichtlich)\b"
    # (session 18) "vorhaben", split in a main clause ("Die Regierung hat vor, Sanktionen zu verhängen") or whole
    r"|\b(?:hat|haben|habe|hatte|hatten)\b(?:\s+[\w-]+){0,5}\s+vor\W*$|\bvor(?:hat|hatte|hatten|haben|habe)\b")
#: a present passive ("Russland wird vorgeworfen") uses werden without planning anything
PRESENT_PASSIVE_AUXILIARY_RE = re.compile(r"\b(?:wird|werden)\b")
#: "soll ... gefordert haben" reports a past event as hearsay, not a plan
HEARSAY_RE = re.compile(r"\b(?:soll|sollen)\b.*\b\w+(?:t|en)\s+(?:haben|sein)\b")
#: a verb-first conditional: "Komme bis zum Wochenende keine Lösung zustande, werde die Regierung ...
#: vorlegen"; German declaratives put the finite verb second, so a sentence opening with a finite
#: verb (not a question) whose next clause opens with a future or modal verb is an if-then pair
V1_CONDITION_RE = re.compile(
    r"^\W*(?!(?:Die|Der|Das|Den|Dem|Des|Eine?[mnrs]?|Diese[mnrs]?|Jede[mnrs]?|Keine[mnrs]?|Alle|Beide|Viele|"
    r"Seine?[mnrs]?|Ihre?[mnrs]?|Unsere?[mnrs]?|Heute|Gestern|Morgen|Ende|Mitte|Anfang|Bitte|Ohne|Gegen|"
    r"Unter|Hinter|Neue|Weitere|Erste|Letzte|Wie|Was|Wer|Wo|Seit|Damit|Dass|Laut|Jetzt|Zuletzt|Erst|Selbst|Nicht|"
    r"Derzeit|Zunächst|Zuerst|Insgesamt|Konkret|Gerade|Offen|Neben|Binnen|Zwischen|Wegen|Entgegen|Nun|Schon|Dann|"
    r"Denn|Wann|Man|Sie|Ihnen|Ihn|Von)\b)[A-ZÄÖÜ][a-zäöüß]+(?:e|t|n)\b[^,;:?–]*,\s*"
    r"(?:werde|werden|wird|würde|würden|drohe|droht|drohen|müsse|müssen|solle|sollen|könne|können|dann)\b")
#: the then-clause of a condition: a speech act there depends on it ("..., werde die Regierung ein Gesetz
#: vorlegen"), one in a later reporting clause does not (", drohte der Kremlsprecher")
CONSEQUENT_RE = re.compile(r"\b(?:werde|werden|wird|würde|würden|müsse|müssen|solle|sollen|könne|können|dann)\b")
#: a deontic modal (in reported speech "müsse", a recommendation "sollten") demands its verb, which has
#: not happened yet; "musste" reports what happened
MUST_RE = re.compile(r"\b(?:muss|müsse|müssen|müsste|müssten|sollte|sollten)\b")
#: a noun event predicated as ruled out: "Ein Treffen ... sei derzeit ausgeschlossen"
RULED_OUT_RE = re.compile(r"\bausgeschlossen\b|\bvom Tisch\b")
#: not ruling out is no rejection (triggers.csv) and leaves its object possible: "schloss Gespräche nicht aus",
#: "Ein Vertragsverletzungsverfahren sei nicht ausgeschlossen", "die angedrohten Sonderzölle seien «nicht vom Tisch»"
#: (tune7, gold hypothetical)
NOT_RULED_OUT_RE = re.compile(r"\b(?:schlie(?:ß|ss)t|schloss|schlossen|schlie(?:ß|ss)en)\b.*\bnicht\s+aus\b|"
                              r"\bnicht\s+(?:\w+\s+)?ausgeschlossen\b|\bnicht\s+vom Tisch\b")
#: the announcing verb "stellte ... in Aussicht" carries its own plan cue
IN_PROSPECT_RE = re.compile(r"\bin Aussicht\b")
#: inviting verbs: the visit they invite to is planned ("lud ihn zu einem Staatsbesuch ein")
INVITATION_RE = re.compile(r"lud|luden|lädt|laden|eingeladen")
#: offering or announcing-with-"an" verbs whose noun object is only offered or threatened
OFFER_TRIGGER_RE = re.compile(r"(?:an)?(?:bot|boten|bietet|bieten|geboten|zubieten)", re.I)
ANNOUNCE_TRIGGER_RE = re.compile(r"(?:an)?(?:kündig\w*|gekündigt|zukündigen)|verkünde\w*", re.I)
#: a definite event noun in a temporal adjunct is presupposed, outside the clause's negation and
#: modality: "vor dem Gipfel im März", "die Zeit bis zur Wahl", "nach der Bundestagswahl". (review 16b) Only the
#: preposition and article are case-blind; the words between them and the noun are lower-case (adjectives): with the
#: whole pattern case-blind "nach dem Angriff für Verhandlungen" took the object of "sprach sich … für … aus" into the
#: adjunct
TEMPORAL_ADJUNCT_RE = re.compile(
    r"\b(?i:(?P<before>vor\s+(?:dem|der|den)|bis\s+(?:zum|zur))|(?:nach|seit)\s+(?:dem|der|den))\s+"
    r"(?:[a-zäöü]\w*\s+){0,2}(?:\w+-)?$")
#: a noun in an adverbial phrase of place or time is no object of the clause's verb
ADJUNCT_BEFORE_RE = re.compile(r"\b(?:bei|beim|während|auf|nach|vor|seit|in|im)\s+(?:\w+\s+){0,2}$", re.I)
#: (session 15, second half) the occasion of an announcement or promise is no part of what is announced: "kündigte bei
#: einem Besuch in Amman weitere Hilfe an" (tune20), "kündigte er bei einem Besuch des Herstellers … an" (tune7), "sagte
#: der Ukraine bei einem Besuch in Kiew … zu" (tune11), "sagte … bei einem Telefonat mit seinem Amtskollegen … zu"
#: (tune17): the visit or call took place (gold realized 4 of 4), its mode is the clause's own. An indefinite or
#: possessive occasion only: "kündigten ein Nein beim Referendum an" (10kGNAD) is where the announced act will happen
OCCASION_BEFORE_RE = re.compile(r"\b(?:[Bb]ei|[Ww]ährend)\s+(?:einem|einer|seinem|seiner|ihrem|ihrer)\s+(?:\w+\s+){0,1}$")
#: the complement of a call ("zu Warnstreiks aufgerufen")
CALLED_TO_RE = re.compile(r"\bzu[mr]?\s+(?:[\w-]+\s+){0,2}$")
UPCOMING_RE = re.compile(r"\b(?:nächste[nmrs]?|kommende[nmrs]?)\b", re.I)
#: a relative clause right after the noun predicates of it: "Koalitionsverhandlungen, die in der kommenden
#: Woche beginnen sollen"
RELATIVE_START_RE = re.compile(r"\s*,\s*(?:die|der|das|welche[rs]?)\b")
#: the topic of talks ("über ein Verbot beraten", "Verhandlungen über einen Gefangenenaustausch") is
#: only discussed; attacks, protests and charges talked about have usually happened
TOPIC_RE = re.compile(r"\büber\s+[^,;:.]*$")
DISCUSSED_TYPES = frozenset({"AID", "SANCTION", "AGREE", "RETREAT", "MOBILIZE", "COOPERATE", "CONCEDE", "OTHER"})
PLAN_FRAME_RE = re.compile(r"\bsieht\b.*\bvor\b|\bkündigt\w*\b.*\ban\b|\bdroht\w*\b.*\bmit\b")
#: speech acts stay realized when a conditional elsewhere in the sentence concerns their content
SPEECH_ACT_TYPES = frozenset({"ANNOUNCE", "REQUEST", "THREATEN", "ACCUSE", "SUPPORT", "REJECT"})
#: meetings and agreements that a refusal in their clause keeps from happening
REFUSED_TYPES = frozenset({"CONSULT", "AGREE"})
#: the refuser's own possible acts, kept from happening by a refusal proper ("lehnte einen Rücktritt ab",
#: "schloss Waffenlieferungen aus"); votes, blockades and opinions ("sprach sich gegen ... aus") need not
#: stop them, and charges or demands that are rejected have happened
DECLINED_TYPES = frozenset({"OTHER", "AID", "MOBILIZE", "SANCTION", "COOPERATE", "RETREAT", "CONCEDE"})
#: a refused agreement (REFUSED_TYPES) stays proposed, gold hypothetical in 4 of 4 (session 15: "lehnt einen
#: Waffenstillstand ohne Gebietsabtretungen ab" tune4, "lehnte den … vorgeschlagenen … Waffenstillstand erneut ab"
#: tune6, "lehnte eine Waffenruhe … ab" tune8, "eine Resolution für eine landesweite Waffenruhe … blockiert" tune15);
#: consent withheld is the refuser's own act not done ("verweigerten … ihre Zustimmung", 10kGNAD; triggers.csv:
#: negated)
WITHHELD_RE = re.compile(r"verweiger\w*")
NOT_A_REFUSAL_RE = re.compile(r"blockier\w*|stimm\w*|gestimmt|votiert\w*|widersp\w*|sprach\w*|sprech\w*|spricht|"
                              r"Veto|Blockade",
                              re.I)
#: "die Anschläge finanziert zu haben": a perfect infinitive reports a past event
PERFECT_INFINITIVE_RE = re.compile(r"\bzu (?:haben|sein)$")
#: (session 16) a noun after a preposition with a definite article is the setting of the zu-infinitive, no object it
#: shares its mode with: "forderte die Kommission auf, in den Verhandlungen härter aufzutreten" (tune9, gold realized),
#: "sich beim Gipfel am 18. Dezember zu einigen" (tune17, intended), "rief auf, als Garanten der Feuerpause … Druck
#: auszuüben" (tune7, realized) were hypothetical as the demand's object; not "zum/zur", what the act is for or a
#: phrase of the verb: "kündigte an, zur Unterzeichnung … zu reisen" (tune10), "zur Abstimmung zu stellen" (tune19)
DEFINITE_SETTING_BEFORE_RE = re.compile(
    r"\b(?:(?:in|an|auf|bei|mit|nach|von|vor|über|unter|aus|während|als\s+\w+)\s+(?:den|dem|der|des)"
    r"|im|am|beim|vom)\s+(?:[a-zäöü]\w*\s+){0,2}$")
#: (review 16b) ... unless the setting is named as one to come: "beim kommenden Gipfel in Paris mit einer Stimme zu
#: sprechen" (the summit is planned, not going on)
UPCOMING_SETTING_RE = re.compile(r"\b(?:kommende[nmrs]?|nächste[nmrs]?|bevorstehende[nmrs]?|anstehende[nmrs]?)\s")
#: (review 16b) nor is it a setting when the speaker announces or promises their own act there: "kündigte an, am Gipfel
#: teilzunehmen", "sagte zu, beim Treffen der Außenminister zu sprechen": the meeting is one they will attend
OWN_COMMITMENT_TYPES = frozenset({"ANNOUNCE", "AGREE"})
ZU_INFINITIVE_RE = re.compile(r"(?:\bzu\s+\w+|\w+zu\w+en)$")
#: a demand or threat noun governs the event its complement names: "Forderung nach Neuwahlen",
#: "Aufruf zu Protesten", "Drohung mit Zöllen"
DEMAND_COMPLEMENT_RE = re.compile(
    r"^\s+(?:nach|zu|zur|zum|um|mit)\s+(?:(?:de[nmrs]|die|das|eine[mnrs]?|ein|neue[mnrs]?|weitere[mnrs]?|"
    r"sofortige[mnrs]?|schärfere[mnrs]?|härtere[mnrs]?)\s+)*$")


class _Trigger(Protocol):
    start: int
    end: int
    is_noun: bool

    @property
    def rule(self): ...  # noqa: ANN201 -- TriggerRule, kept structural to avoid an import cycle


def _is_passive(clause: str) -> bool:
    """A present passive: werden next to a participle ("wird vorgeworfen", "der verdächtigt wird")."""
    words = clause.split()
    return bool(words) and (PARTICIPLE_RE.fullmatch(words[-1].strip(".,!?")) is not None or any(
        PARTICIPLE_RE.fullmatch(before) for before, word in zip(words, words[1:])
        if word.strip(".,") in ("wird", "werden")))


def _relative_clause_mode(text: str, sentence: Sentence, end: int,
                          quoted: Sequence[tuple[int, int]]) -> EventMode | None:
    """The mode a relative clause right after a noun gives it ("..., die nicht stattfanden" -> negated)."""
    opening = RELATIVE_START_RE.match(text, end, sentence.end)
    if not opening:
        return None
    rel_left, rel_right = clause_bounds(sentence, opening.end(), opening.end() + 1)
    relative = _unquoted(text, rel_left, rel_right, quoted, opening.end())
    if NEGATION_RE.search(NO_DETERMINER_RE.sub(" ", relative)):
        return "negated"
    if _hypothetical(relative):
        return "hypothetical"
    if INTENDED_RE.search(relative) and not HEARSAY_RE.search(relative) and not _is_passive(relative):
        return "intended"
    return None


#: a quotation of a few words inside the narrator's clause is part of its predicate, so its cues count (session 15):
#: "Ein Angriff sei aber „nicht geplant“", "Eine Entwaffnung sei „nicht Teil der ersten Phase“", "Ein Treffen
#: stehe „derzeit nicht auf der Tagesordnung“", "„kein verhandlungsfähiges Angebot“ vorgelegt" (gold negated),
#: "Eine Einigung sei „in greifbarer Nähe“", "man werde „notfalls auch länger“ streiken" (hypothetical): right 9 in
#: 7 sets, wrong 1 ("„konstruktiv, aber nicht um jeden Preis“ verhandeln", tune14); at 4 words 5 of the 9, at 10 as
#: at 6
PARTIAL_QUOTE_WORDS = 6
#: a quotation after "als" characterises the object ("kritisierte das Vorgehen als „nicht abgesprochen“", devset),
#: it is no cue of the event's own mode
CHARACTERISATION_BEFORE_RE = re.compile(r"\bals\s*$")


def _unquoted(text: str, start: int, end: int, quoted: Sequence[tuple[int, int]], trigger: int) -> str:
    """The clause text with quotations blanked out, unless the trigger itself sits in that quotation or the quotation
    is a few words the narrator's clause goes on with (PARTIAL_QUOTE_WORDS)."""
    chars = list(text[start:end])
    for a, b in quoted:
        if b <= start or a >= end or a <= trigger < b or (
                len(text[a:b].split()) <= PARTIAL_QUOTE_WORDS
                and not CHARACTERISATION_BEFORE_RE.search(text, max(start, a - 6), a)):
            continue
        for i in range(max(a, start), min(b, end)):
            chars[i - start] = " "
    return "".join(chars)


def _presupposed_mode(text: str, left: int, start: int, clause: str) -> EventMode | None:
    """A definite noun in a temporal adjunct: before the summit it is to come, after the vote it is over."""
    adjunct = TEMPORAL_ADJUNCT_RE.search(text, max(left, start - 40), start)
    if adjunct and adjunct["before"] and not HOPE_OR_FEAR_RE.search(clause):  # "warnte vor dem Angriff" is an object
        return "realized" if clause_tense(clause) is False else "intended"
    if adjunct and not adjunct["before"]:
        return "intended" if UPCOMING_RE.search(adjunct.group()) else "realized"
    return None


#: (fix15a) a negated adjective predicated in the past of an event noun judges the event, which took place: "Das
#: Treffen am Montag sei „nicht einfach“ gewesen", "Die Gespräche waren nicht leicht" (review 15a); not a participle
#: ("sei „nicht geplant“ gewesen") and not what says whether the event could or would come about ("nicht möglich")
NEGATED_EVALUATION_RE = re.compile(
    r"\b(?:(?:sei|seien|ist|sind)\s+(?=.*\bgewesen\b)|(?:war|waren|gewesen)\s+)[„“”\"»«]?nicht\s+"
    r"(?:so\s+|ganz\s+|sehr\s+|immer\s+|besonders\s+)?"
    r"(?!ge\w+(?:t|en)\b|(?:möglich|machbar|denkbar|nötig|notwendig|erforderlich|absehbar|realistisch|zustande"
    r"|vorgesehen|erwünscht|gewollt|beabsichtigt|der|die|das|ein|eine[nmrs]?|Teil|Thema|mehr)\b)[a-zäöü]+[“”\"»«]?(?=[\s,.;])")

#: (session 16) ... and in the present too, for an adjective that says how an event goes, a closed list (an open class
#: would take "ist nicht ausgeschlossen", "ist nicht sicher", "ist nicht in Sicht", which do say whether it comes
#: about): "Die Gespräche in Genf sind nicht einfach", "Das Treffen sei „nicht leicht“" (review 15a, left)
PRESENT_EVALUATION_RE = re.compile(
    r"\b(?:ist|sind|sei|seien)\s+[„“”\"»«]?nicht\s+(?:so\s+|ganz\s+|sehr\s+|immer\s+|besonders\s+)?"
    r"(?:einfach|leicht|schwierig|schwer|gut|schlecht|konstruktiv|produktiv|erfolgreich|fair|friedlich|öffentlich"
    r"|überraschend|ungewöhnlich)[“”\"»«]?(?!\w)")

#: (review 16b) ... but a subject with an indefinite article or none, opening the clause, is any such event: the present
#: judgement is a general one ("Ein Streik ist nicht gut für das Land", "Streiks sind nicht gut"), no event told
GENERAL_SUBJECT_BEFORE_RE = re.compile(r"\W*(?:(?:[Ee]in|[Ee]ine[nmrs]?)\s+)?(?:[a-zäöü]\w*\s+){0,2}(?:\w+-)?$")


#: (session 17) "kein" on the noun that governs the event: no interest in it, no basis or talk of it ("dass
#: Putin kein Interesse an einem Waffenstillstand habe" tune13, "sehe „keine Grundlage“ für eine solche Teilwaffenruhe"
#: tune18), also with the event fronted ("Von einer Amnestie sei keine Rede" tune8, "von einem Rückzug … könne keine
#: Rede sein" tune11): gold negated 4 of 4 in 4 sets, read realized or hypothetical ("kein" negated only its own noun).
#: Not "keine Alternative zu …" (what has none is needed: tune19, hypothetical)
NO_PROSPECT_NOUN = (r"[„“\"»«]?(?:Interesse|Grundlage|Bereitschaft|Absicht|Pläne|Anzeichen|Chance|Aussicht|Bedarf)"
                    r"[„“\"»«]?")
#: (review 17) "Rede" only in the idiom "(es ist/sei) keine Rede von …": "hielt keine Rede zum Streik" is a speech not
#: held, the strike stays as told
NO_TALK_NOUN = r"[„“\"»«]?Rede[„“\"»«]?"
PROSPECT_PREPOSITIONS = r"(?:an|am|für|von|vom|zu|zur|zum|über|auf)"
NO_PROSPECT_BEFORE_RE = re.compile(
    rf"\bkein\w*\s+(?:{NO_PROSPECT_NOUN}\s+{PROSPECT_PREPOSITIONS}|{NO_TALK_NOUN}\s+(?:von|vom))"
    r"\s+(?:[\w-]+\s+){0,3}$")
PROSPECT_FRONTED_RE = re.compile(r"\W*(?:[Vv]on|[Vv]om|[Ff]ür|[Aa]n|[Aa]m|[Zz]u|[Zz]ur|[Zz]um)\s+(?:[\w-]+\s+){0,2}$")
TALK_FRONTED_RE = re.compile(r"\W*(?:[Vv]on|[Vv]om)\s+(?:[\w-]+\s+){0,2}$")
#: (review 17) a "kein" noun with a complement of its own governs that complement, not the fronted event: "Von den
#: Verhandlungen gibt es keine Anzeichen für einen Durchbruch" (the breakthrough is what has no sign)
NO_PROSPECT_AFTER_RE = re.compile(rf"\bkein\w*\s+{NO_PROSPECT_NOUN}(?!\w)(?!\s+{PROSPECT_PREPOSITIONS}\b)")
NO_TALK_AFTER_RE = re.compile(rf"\bkein\w*\s+{NO_TALK_NOUN}(?!\w)(?!\s+{PROSPECT_PREPOSITIONS}\b)")


def _no_prospect_of(text: str, left: int, start: int, end: int, right: int) -> bool:
    """Whether "kein" negates the noun that governs the event noun at ``start:end``: "kein" and that noun before
    the event (NO_PROSPECT_BEFORE_RE), or the event fronted in a prepositional phrase with "kein" and that noun later
    in the clause (TALK_FRONTED_RE with NO_TALK_AFTER_RE, PROSPECT_FRONTED_RE with NO_PROSPECT_AFTER_RE).

    >>> t = "Er habe kein Interesse an einem Waffenstillstand."
    >>> _no_prospect_of(t, 0, 32, 48, len(t))
    True
    """
    if NO_PROSPECT_BEFORE_RE.search(text, max(left, start - 80), start):
        return True
    if TALK_FRONTED_RE.fullmatch(text, left, start) and NO_TALK_AFTER_RE.search(text, end, right):
        return True
    return bool(PROSPECT_FRONTED_RE.fullmatch(text, left, start) and NO_PROSPECT_AFTER_RE.search(text, end, right))


def _zu_governed(sentence: Sentence, left: int, others: Sequence[_Trigger]) -> bool:
    """Whether a verb of ZU_GOVERNOR_TYPES in the clause right before ``left`` governs the infinitive clause there."""
    if left - 2 <= sentence.start:
        return False
    gov_left, _ = clause_bounds(sentence, left - 2, left - 1)
    return any(not t.is_noun and t.rule.event_type in ZU_GOVERNOR_TYPES and gov_left <= t.start and t.end <= left
               for t in others)


def _negated(text: str, sentence: Sentence, start: int, end: int, is_noun: bool, clause: str,
             others: Sequence[_Trigger]) -> EventMode | None:
    """Negation in the trigger's scope: the clause's predicate, its own "kein" phrase, "ohne", "weder".

    A negated refusal leaves its object possible: "schließt weitere Streiks nicht aus".
    """
    left, right = clause_bounds(sentence, start, end)
    if is_noun and PRESENT_EVALUATION_RE.search(clause) and GENERAL_SUBJECT_BEFORE_RE.match(text[left:start]):
        return "hypothetical"  # "Ein Streik ist nicht gut für das Land": a judgement of any strike, none told
    if is_noun:
        clause = PRESENT_EVALUATION_RE.sub(" ", NEGATED_EVALUATION_RE.sub(" ", clause))
    if is_noun and FAILED_ON_BEFORE_RE.search(text, max(left, start - 40), start):
        clause = FAILURE_VERB_RE.sub(" ", clause)  # "scheiterte am Veto der USA": the veto was cast
    negated_predicate = NEGATION_RE.search(NO_DETERMINER_RE.sub(" ", NOT_WITHOUT_RE.sub(" ohne", clause)))  # "nicht", "nie"
    if negated_predicate and is_noun and (NOT_RULED_OUT_RE.search(clause) or any(
            t.rule.event_type == "REJECT" and not t.is_noun and left <= t.start < right for t in others)):
        return "hypothetical"
    negated_phrase = NO_DETERMINER_RE.search(clause) and (not is_noun or OWN_NO_RE.search(text, left, start)
                                                         or _no_prospect_of(text, left, start, end, right))
    if negated_predicate or negated_phrase:
        return "negated"
    if is_noun and (WITHOUT_BEFORE_RE.search(text, max(left, start - 40), start) or (
            WAIVED_RE.search(text, max(left, start - 40), start) and WAIVE_VERB_RE.search(text, end, right))):
        return "negated"
    if NEITHER_RE.search(text, max(sentence.start, start - 120), start):
        return "negated"  # "weder Sanktionen verhängt noch Gespräche geführt"; not "als weder frei noch fair"
    if (not is_noun and INSTEAD_RE.match(text, left) and not INSTEAD_GENITIVE_RE.match(text, left)
            and not INSTEAD_FEMININE_GENITIVE_RE.match(text, left) and ZU_INFINITIVE_RE.search(text, left, end)):
        return "negated"  # "Statt Sanktionen zu verhängen, setzt die EU auf Gespräche"
    if (not is_noun and WITHOUT_CLAUSE_RE.match(text, left) and ZU_CLAUSE_END_RE.search(text, left, right)
            and WITHOUT_CLAUSE_AFTER_RE.search(text, max(sentence.start, left - 40), left)
            and not _zu_governed(sentence, left, others)):
        return "negated"  # "Die Regierung reiste ab, ohne die Sanktionen zu verhängen"
    if not is_noun and (WITHOUT_THAT_RE.match(text, left) or (
            left <= sentence.start + 1 and FRONTED_WITHOUT_RE.match(text, left)
            and ZU_CLAUSE_END_RE.search(text, left, right))):
        return "negated"  # "…, ohne dass ein Abkommen unterzeichnet wurde", "Ohne Sanktionen zu verhängen, …"
    if not is_noun and NOBODY_RE.search(PARENTHESIS_RE.sub(" ", clause)):
        return "negated"  # "Bislang wurde niemand festgenommen"
    if not is_noun and NEITHER_FRONTED_RE.match(text, left, start):
        return "negated"  # "Weder Russland noch die Ukraine haben den Waffenstillstand unterzeichnet"
    if is_noun and (WITHDRAWN_RE.search(text[left:right]) or RULED_OUT_RE.search(clause)):
        return "negated"
    return None


def _names_event(noun: str, context: str) -> bool:
    """Whether a lexicon row makes ``noun`` an event in ``context`` (its required and excluded context checked):
    "Vorbehalte" is one only when lodged ("Vorbehalte angemeldet"), "Zweifel" never.

    >>> _names_event("Einigung", "Ohne Einigung wird abgebrochen."), _names_event("Vorbehalte", "Ohne Vorbehalte …")
    (True, False)
    """
    return any((rule.requires is None or rule.requires.search(context))
               and not (rule.excludes and rule.excludes.search(context)) for rule in rules_for_token(noun))


#: (session 17, round 2) a bare or indefinite event noun right after the condition's subject is the condition's own
#: act: "falls die EU Vergeltung übe" (tune4), "„wenn es einen echten Waffenstillstand gibt“" (tune18): gold
#: hypothetical, read realized; one to three words after the conjunction, the last no determiner or preposition
#: ("wenn deren Akku vom Rückruf betroffen war": the recall is presupposed), then the noun
CONDITION_NOUN_BEFORE_RE = re.compile(
    r"\b(?:falls|wenn|sofern|sobald)\s+(?:[\w-]+\s+){0,2}"
    r"(?!(?:vom|zum|zur|im|am|beim|der|die|das|den|dem|des|deren|dessen|seine[mnrs]?|ihre[mnrs]?|von|mit|auf|aus|bei"
    r"|nach|über|unter|vor|für|gegen|in|an)\s)[\w-]+\s+(?:(?:eine[nmrs]?|weitere[nmrs]?|neue[nmrs]?)\s+)?$")


def _after_opening_clause(text: str, sentence: Sentence, left: int) -> bool:
    """Whether the clause at ``left`` directly follows a subordinate clause opening the sentence (its finite verb last):
    then a "sollte" there is the main clause's modal (SUBORDINATE_OPENING_RE, VERB_FINAL_RE).

    >>> t, u = "Weil es regnet, sollte man bleiben.", "Als Folge drohte er mit Streik, sollte …"
    >>> _after_opening_clause(t, Sentence(0, 35, t, False), 16), _after_opening_clause(u, Sentence(0, 40, u, False), 32)
    (True, False)
    """
    opening = text[sentence.start:left].rstrip()
    if not opening.endswith(","):
        return False
    first, *parts = opening[:-1].split(",")
    return bool(SUBORDINATE_OPENING_RE.match(first) and VERB_FINAL_RE.search(opening[:-1])
                and all(EMBEDDED_PART_RE.match(part) for part in parts))


def _in_condition(text: str, sentence: Sentence, start: int, end: int, speech_act: bool, is_noun: bool,
                  clause: str) -> bool:
    """Inside a condition or its consequence: negation there is part of the condition ("falls die
    Arbeitgeber kein neues Angebot vorlegen")."""
    left, right = clause_bounds(sentence, start, end)
    if AS_LONG_AS_START_RE.match(sentence.text) and left > sentence.start and REFUSAL_NEGATION_RE.search(clause):
        return False  # "Solange …, werde es keine Verhandlungen geben": a refusal
    if (CONDITION_START_RE.search(sentence.text) or V1_CONDITION_RE.search(sentence.text)) and (
            not speech_act or left == sentence.start or CONSEQUENT_RE.search(clause)):
        return True  # the condition itself, and what depends on it
    if (CONDITION_CLAUSE_START_RE.match(text, left) and not speech_act
            and not _after_opening_clause(text, sentence, left)):
        return True  # the clause is the condition: "..., sollten weiterhin Tausende eintreffen"
    if (not is_noun and AS_LONG_AS_RE.match(text[left:start])
            and not REFUSAL_NEGATION_RE.search(clause)):
        return False  # "…, solange Russland Zivilisten angreife": a state that holds
    if CONDITION_VERB_BEFORE_RE.search(text[left:start]) and (
            not is_noun or CONDITION_NOUN_BEFORE_RE.search(text, max(left, start - 40), start)):
        # the verb of the condition itself: "..., falls die Arbeitgeber ... vorlegen"; a definite noun there
        # is presupposed ("wenn deren Akku vom Rückruf betroffen war"), a bare or indefinite one is the condition
        return True
    if (is_noun and WITHOUT_CONDITION_RE.search(text[sentence.start:start])
            and not (ENDED_TALKS_RE.search(text, left, right)
                     and not FUTURE_AUXILIARY_RE.search(text, left, right))):
        return True
    if is_noun and NOT_WITHOUT_BEFORE_RE.search(text, max(left, start - 40), start) and NECESSARY_RE.search(clause):
        return True
    opening_without = OPENING_WITHOUT_RE.match(sentence.text) if left == sentence.start else None
    if (opening_without and _names_event(opening_without["noun"], sentence.text)
            and (not is_noun or start >= sentence.start + opening_without.end("noun"))
            and FUTURE_AUXILIARY_RE.search(text, left, right)):
        # the consequence of an opening "Ohne" condition: "Ohne Einigung werden die Gespräche abgebrochen", and
        # a noun there too (session 16): "Ohne Einigung wird es in der kommenden Woche einen Streik geben"
        return True
    return not speech_act and bool(
        IN_CASE_START_RE.search(sentence.text)
        or is_noun and (IN_CASE_BEFORE_RE.search(text[max(left, start - 60):start])
                        or POSSIBLE_BEFORE_RE.search(text[max(left, start - 40):start]))
        or CONDITION_LATER_RE.search(text[end:sentence.end])
        and not CONDITION_LATER_RE.search(text[sentence.start:start]))


#: (session 16) an event with no determiner or an indefinite one that a stance is for or against is proposed, not
#: done: "zeigte sich offen für Gespräche" (tune18), "zeigte sich skeptisch gegenüber neuen Sanktionen" (tune19),
#: "sprach sich gegen eine Entsendung … aus" (tune20), "hatte für Verhandlungen mit Moskau geworben" (tune7): gold
#: hypothetical 4 of 4, read realized; a definite noun is an event that exists ("sprach sich gegen die Angriffe aus")
STANCE_OBJECT_BEFORE_RE = re.compile(
    r"\b(?:für|gegen|gegenüber)\s+(?:(?!(?:der|die|das|den|dem|des|diese[nmrs]?|jene[nmrs]?)\s)[a-zäöü]+\s+){0,2}$")
STANCE_PREDICATE_RE = re.compile(
    r"\b(?:(?:zeigt|zeigte|zeigten|zeigen|gab|gaben|gibt|geben)\s+sich\s+(?:[a-zäöü]+\s+){0,2}"
    r"(?:offen|skeptisch|aufgeschlossen|zurückhaltend)|(?:sprach|sprachen|spricht|sprechen)\s+sich\b.*\baus"
    r"|ausgesprochen|geworben|warb|warben|wirbt|werben|plädiert|plädierte|plädierten)\b")


#: (review 16b) a relative clause after the stance's object, past the verb's particle, may tell the event as done:
#: "sprach sich gegen Sanktionen aus, die die EU am Montag verhängt hatte"
STANCE_OBJECT_RELATIVE_RE = re.compile(r"(?:\s+aus)?\s*,\s*(?:die|der|das|welche[rs]?)\b")


def _told_as_done(text: str, sentence: Sentence, end: int) -> bool:
    """A relative clause on the noun ending at ``end`` is told in the past, so the event exists."""
    opening = STANCE_OBJECT_RELATIVE_RE.match(text, end, sentence.end)
    if not opening:
        return False
    rel_left, rel_right = clause_bounds(sentence, opening.end(), opening.end() + 1)
    return clause_tense(text[rel_left:rel_right]) is False


def _conditional(text: str, sentence: Sentence, start: int, end: int, is_noun: bool, clause: str) -> bool:
    """An open question, a guess, a possibility or a demand."""
    left = clause_bounds(sentence, start, end)[0]
    if QUESTION_CLAUSE_RE.search(text[left:start]):
        return True
    if _hypothetical(clause) and not HEARSAY_RE.search(clause):
        return True
    if is_noun and WOULD_HAVE_RE.search(clause) and not PAST_FORM_RE.search(clause):
        return True  # "Eine Eskalation hätte unabsehbare Folgen"
    if (is_noun and STANCE_OBJECT_BEFORE_RE.search(text, max(left, start - 40), start)
            and STANCE_PREDICATE_RE.search(clause) and not _told_as_done(text, sentence, end)):
        return True  # "zeigte sich offen für Gespräche"
    return not is_noun and bool(MUST_RE.search(clause))  # "Die Schweiz müsse mehr Vermögen einfrieren"


def _own_commitment(sentence: Sentence, start: int, others: Sequence[_Trigger]) -> bool:
    """The last verb before ``start`` in the sentence is an announcement or a promise (OWN_COMMITMENT_TYPES)."""
    verbs = [t for t in others if not t.is_noun and sentence.start <= t.start and t.end <= start]
    return bool(verbs) and max(verbs, key=lambda t: t.start).rule.event_type in OWN_COMMITMENT_TYPES


def _governed(text: str, sentence: Sentence, start: int, end: int, event_type: str, is_noun: bool,
              is_infinitive: bool, quoted: Sequence[tuple[int, int]], others: Sequence[_Trigger],
              clause: str) -> EventMode | None:
    """The mode a noun or infinitive gets from what governs it: its attributes, a relative clause, a plan
    or proposal noun, talks about it, a threat, demand, refusal, offer or announcement, the verb before it,
    or the clause governing its infinitive."""
    left, right = clause_bounds(sentence, start, end)
    # a noun object of a zu-infinitive shares its mode: "bereit, Gespräche ... auszurichten"
    tail = text[end:right].rstrip(" .!?")
    setting = (DEFINITE_SETTING_BEFORE_RE.search(text, max(left, start - 40), start)
               if is_noun and ZU_INFINITIVE_RE.search(tail) and not PERFECT_INFINITIVE_RE.search(tail) else None)
    if setting and _own_commitment(sentence, start, others):
        setting = None  # "kündigte an, am Gipfel teilzunehmen": where the speaker will be is still to come
    if setting and UPCOMING_SETTING_RE.search(setting.group()):
        return "intended"  # "forderte die Staaten auf, beim kommenden Gipfel … zu sprechen": a setting to come
    governed_by_infinitive = is_infinitive or (is_noun and bool(ZU_INFINITIVE_RE.search(tail))
                                               and not PERFECT_INFINITIVE_RE.search(tail) and not setting)
    if is_noun:
        if PLANNED_BEFORE_RE.search(text[max(left, start - 40):start]):
            return "intended"  # the attribute binds tighter than a governing verb: "die anstehende Verlängerung"
        if PREPARING_RE.search(clause) and not PREPARING_SETTING_BEFORE_RE.search(text, max(left, start - 40), start):
            return "intended"
        relative = _relative_clause_mode(text, sentence, end, quoted)
        if relative:
            return relative
        plan_noun = PLAN_NOUN_BEFORE_RE.search(text, max(left, start - 60), start)
        if plan_noun:
            if plan_noun["none"]:
                return "negated"  # "keine Pläne für einen Truppenabzug"
            return "intended" if plan_noun["plan"] else "hypothetical"  # planned; only proposed
        topic = TOPIC_RE.search(text, left, start)
        if event_type in DISCUSSED_TYPES and topic and any(
                t.rule.event_type == "CONSULT" and left <= t.start < right
                and (t.end <= topic.start() or t.start >= end) for t in others):
            return "hypothetical"  # "über ein Verbot beraten": discussed, not decided
        if any(t.rule.event_type == "THREATEN" and left <= t.start < right for t in others):
            return "hypothetical"  # the object of a threat: "drohte mit Streiks"
        if any(t.rule.event_type in ("REQUEST", "THREATEN") and t.is_noun and t.end <= start
               and DEMAND_COMPLEMENT_RE.match(text[t.end:start]) for t in others):
            return "hypothetical"  # what is demanded, even when the demand is refused
        if CALLED_TO_RE.search(text, max(left, start - 40), start):
            if any(t.rule.event_type == "MOBILIZE" and not t.is_noun and left <= t.start < right for t in others):
                # a strike or protest people are called out to is planned (tune3, tune5, tune6, devset: intended):
                # "rief für Dienstag zu einer Kundgebung auf", "hat zu einem Warnstreik aufgerufen"
                return "intended"
            if any(t.rule.event_type == "REQUEST" and not t.is_noun and end <= t.start < right for t in others):
                return "hypothetical"  # called for, the verb last: "hat zur Freilassung aufgerufen"
        refusal = next((t for t in others if event_type in REFUSED_TYPES | DECLINED_TYPES
                        and t.rule.event_type == "REJECT" and not t.is_noun and left <= t.start < right and (
                            event_type in REFUSED_TYPES or not NOT_A_REFUSAL_RE.fullmatch(text[t.start:t.end]))
                        and not (t.end <= start and (NEXT_CONJUNCT_RE.match(text, t.end)
                                                     or PARTICLE_CONJUNCT_RE.search(text, t.end, start)))), None)
        if refusal and event_type == "AGREE" and not WITHHELD_RE.fullmatch(text, refusal.start, refusal.end):
            return "hypothetical"  # a deal refused is still only proposed: "lehnte eine Waffenruhe ab"
        if refusal:
            return "negated"  # refused or called off: "Gespräche lehnte er ab", "lehnte einen Rücktritt ab"
        announcers = [text[t.start:t.end] for t in others
                      if t.rule.event_type == "ANNOUNCE" and not t.is_noun and left <= t.start < right]
        if any(OFFER_TRIGGER_RE.fullmatch(word) for word in announcers):
            return "hypothetical"  # offered, not yet accepted: "bot eine Schlichtung an"
        if any(ANNOUNCE_TRIGGER_RE.fullmatch(word) for word in announcers) and not ADJUNCT_BEFORE_RE.search(
                text, max(left, start - 40), start):  # "bei einem Besuch verkündete er" is no announced visit
            # CONVENTIONS.md: "kündigte Sanktionen an" -> SANCTION/hypothetical; other announced acts are
            # planned, also with the verb last ("hat die Lieferung weiterer Waffen angekündigt")
            return "hypothetical" if event_type == "SANCTION" else "intended"
    # a noun is governed by a verb of its own clause, an infinitive (and its object) by the verb before it
    governors = [t for t in others if t.end <= start and not t.is_noun and (governed_by_infinitive or t.start >= left)]
    if governors:
        governor = governors[-1].rule.event_type
        if governor in ("REQUEST", "THREATEN"):
            return "hypothetical"  # demanded or threatened, also a vote: "drohen, dagegen zu stimmen"
        if governor == "REJECT" and is_infinitive:
            return "negated"  # refused: "lehnte es ab, mit der Opposition zu verhandeln"
        decided = DECIDE_RE.fullmatch(text[governors[-1].start:governors[-1].end]) is not None
        if (governor in ("ANNOUNCE", "AGREE") and is_noun and governors[-1].start >= left
                and OCCASION_BEFORE_RE.search(text, max(left, start - 40), start)):
            return None  # the occasion of the announcement: the clause's own mode
        if (governor in ("ANNOUNCE", "AGREE") and not decided
                or INVITATION_RE.fullmatch(text[governors[-1].start:governors[-1].end])):
            return "intended"
    if is_noun and PLAN_FRAME_RE.search(text[left:right]):
        return "hypothetical" if re.search(r"\bdroht\w*\b", text[left:start]) else "intended"
    if is_noun and HOPE_OR_FEAR_RE.search(clause):
        return "hypothetical"  # "hofft auf Waffenlieferungen", "warnte vor einem Angriff"
    if governed_by_infinitive and left - 2 > sentence.start:
        # the clause governing the infinitive: "Die Regierung erwägt, Truppen ... zu entsenden"
        gov_left, gov_right = clause_bounds(sentence, left - 2, left - 1)
        governing = _unquoted(text, gov_left, gov_right, quoted, start)
        if _is_passive(governing):
            governing = PRESENT_PASSIVE_AUXILIARY_RE.sub(" ", governing)  # "der verdächtigt wird", no plan
        if REFRAIN_RE.search(governing) and not OWN_NOT_RE.search(governing):
            return "negated"
        if NOT_PLANNED_RE.search(governing):
            return "negated"  # "Die Regierung hat nicht vor, Sanktionen zu verhängen"
        if _hypothetical(governing):
            return "hypothetical"
        if (INTENDED_RE.search(governing) and not HEARSAY_RE.search(governing)
                or AIM_NOUN_END_RE.search(governing)):
            return "intended"
    return None


#: an infinitive that complements a noun of aim or effort is what is striven for, not done: "die Bemühungen des Staates,
#: die Hisbollah zu entwaffnen" (tune13), "Pläne des Vorstands, bis 2030 weitere 3000 Arbeitsplätze zu streichen"
#: (tune9), both gold intended; the noun closes the governing clause (at most four words after it: its genitive)
#: (session 18) refraining from an act is not doing it: "Die Regierung sah davon ab, Sanktionen zu verhängen", "hat
#: darauf verzichtet, … zu blockieren" (session 17's "negation not seen" table): the governing clause's verb
#: (review 18E fix) also the infinitive "absehen" ("will davon absehen, … zu"); a refraining that is itself negated is
#: none ("sieht nicht davon ab, … zu", "will nicht darauf verzichten, … zu": OWN_NOT_RE), while "hat nicht vor, … zu"
#: negates the plan (NOT_PLANNED_RE)
REFRAIN_RE = re.compile(r"\bdavon\s+(?:ab|abgesehen|abzusehen|absehen)\W*$|\bverzicht\w*\s+darauf\W*$|"
                        r"\bdarauf\s+(?:zu\s+)?verzicht\w*\W*$|"
                        r"\b(?:sieht|sah|sahen|sehen)\s+(?:\w+\s+){0,4}davon\s+ab\b")
OWN_NOT_RE = re.compile(r"\b(?:nicht|nie|niemals)\b")
NOT_PLANNED_RE = re.compile(r"\bnicht\s+(?:[\w-]+\s+){0,3}?vor\W*$|\bnicht\s+vor(?:hat|hatte|hatten|haben|habe)\b")
AIM_NOUN_END_RE = re.compile(r"\b(?:Bemühungen|Bemühen|Bestrebungen|Ziel|Ziele|Absicht|Plan|Pläne|Vorhaben|Versuch|"
                             r"Versuche|Auftrag|Aufgabe|Entschlossenheit|Entschluss)\b(?:\s+\S+){0,4}\s*,?\s*$")
#: not recognising or accepting is the rejection itself (triggers.csv requires the negation): "erkennt das Resultat
#: nicht an", "werde keine Vermittlung akzeptieren" are realized or planned REJECTs, not negated ones
RECOGNISE_RE = re.compile(r"erkennt|erkannte|erkannten|erkennen|anerkennen|anzuerkennen|anerkannt|"
                          r"akzeptier(?:t|te|ten|en)|akzeptieren")
#: (session 16, second half) nor is a rejection phrase that opens with its own negation: "drohte, dem Entwurf nicht
#: zuzustimmen" (triggers.csv, the threatened or announced refusal) is a rejection threatened, not a negated one
OWN_NEGATION_RE = re.compile(r"nicht\s")


def event_mode(text: str, sentence: Sentence, start: int, end: int, event_type: str, is_noun: bool,
               quoted: Sequence[tuple[int, int]], others: Sequence[_Trigger]) -> EventMode:
    """Classify the mode of the event triggered at ``start:end``.

    >>> from flows.events.text import sentences
    >>> s = next(sentences("Neue Gespräche sind nicht geplant."))
    >>> event_mode(s.text, s, 5, 14, "CONSULT", True, [], [])
    'negated'
    """
    left, right = clause_bounds(sentence, start, end)
    clause = _unquoted(text, left, right, quoted, start)
    if not is_noun and PROVIDING_VERB_RE.fullmatch(text, start, end):
        clause = PROVIDED_PARTICLE_RE.sub(" ", clause)  # "stellte … Zelte bereit" provides, no readiness
    speech_act = event_type in SPEECH_ACT_TYPES and not is_noun
    if (is_noun and WITHOUT_DEFINITE_RE.search(text, max(left, start - 40), start)
            and DATED_NOUN_AFTER_RE.match(text, end)):
        return "realized"  # "Ohne die Einigung vom Montag wäre das Treffen gescheitert": presupposed, no condition
    presupposed = _presupposed_mode(text, left, start, clause) if is_noun else None
    if presupposed:
        return presupposed
    if _in_condition(text, sentence, start, end, speech_act, is_noun, clause):
        return "hypothetical"
    negated = _negated(text, sentence, start, end, is_noun, clause, others)
    if negated and not (event_type == "REJECT" and (RECOGNISE_RE.fullmatch(text, start, end)
                                                    or OWN_NEGATION_RE.match(text, start))):
        return negated
    if event_type == "REJECT" and DECLARED_REFUSAL_RE.fullmatch(text, start, end) and negated:
        return "realized"  # a refusal declared is made now: "die SPD werde keine Änderungen akzeptieren" (tune3, tune4)
    if not is_noun and _reported_future(text, sentence, left, end, clause):
        return "intended"  # "kündigte an, dass die Abgeordneten dem Paket zustimmen würden"
    if not is_noun and _reported_main_future(text, sentence, left, start, end, clause, quoted):
        return "intended"
    is_infinitive = bool(ZU_INFINITIVE_RE.search(text[max(left, start - 30):end]))
    # the trigger is no hedge of itself (eighteenth pass, round 2): "man werde die Pläne … prüfen" is an intended review
    # (tune7, tune8, tune10), while "prüft Zölle" still makes the tariffs hypothetical
    clause_without_trigger = clause[:start - left] + " " * (end - start) + clause[end - left:]
    if _conditional(text, sentence, start, end, is_noun, clause_without_trigger if is_noun or is_infinitive
                    else READINESS_NOUN_RE.sub(" ", clause_without_trigger)):
        return "hypothetical"
    if is_infinitive or is_noun:
        governed = _governed(text, sentence, start, end, event_type, is_noun, is_infinitive, quoted, others, clause)
        if governed:
            return governed
    if PARTICIPLE_RE.fullmatch(text[start:end]) and not is_noun:
        clause = PRESENT_PASSIVE_AUXILIARY_RE.sub(" ", clause)  # "wird vorgeworfen" is a passive, not a plan
    if event_type == "ANNOUNCE" and not is_noun:
        clause = IN_PROSPECT_RE.sub(" ", clause)  # announcing is done: "stellte ... in Aussicht"
    if INTENDED_RE.search(clause) and not HEARSAY_RE.search(clause):
        return "intended"
    return "realized"
