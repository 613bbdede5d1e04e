"""The Dutch catalogue: every English message and label (the key) with its Dutch text.

One catalogue serves tables, Markdown, charts' titles and the CLI's errors. A key's placeholders
(`{year}`) must come back in its Dutch text; tests/test_i18n.py checks that, and that every
message the code can say is here.
"""

from __future__ import annotations

CATALOGUE: dict[str, str] = {
    # table headers
    "sector": "sector",
    "target": "doel",
    "realised": "gereali-\nseerd",
    "differ-\nence": "verschil",
    "short-\nfall": "tekort",
    "% of\ntarget": "% van\ndoel",
    "target\nstep": "stap\ndoel",
    "growth\nin year": "groei\nin jaar",
    "year": "jaar",
    "item": "onderdeel",
    "value": "waarde",
    "liable": "plichtig",
    "quota %": "quotum %",
    "quota\nstatus": "status\nquotum",
    "required\nhours": "vereiste\nuren",
    "required\njobs": "vereiste\nbanen",
    "realised\njobs": "gerealiseerde\nbanen",
    "shortfall\n(jobs)": "tekort\n(banen)",
    "levy": "heffing",
    "published %": "gepubliceerd %",
    "status": "status",
    "official\ntarget": "officieel\ndoel",
    "required\npath": "vereist\npad",
    "projection\nat pace": "projectie\nhuidig tempo",
    "hired\n(jobs)": "geworven\n(banen)",
    "baseline": "basis",
    "scenario": "scenario",
    "difference": "verschil",
    "level": "niveau",
    "where": "waar",
    "field": "veld",
    "message": "melding",
    "id": "id",
    "publisher": "uitgever",
    "date": "datum",
    "figures": "cijfers",
    # headings
    "Notes:": "Toelichting:",
    "Sources:": "Bronnen:",
    "{rows} employers, {liable} liable, total shortfall {jobs} jobs, total levy EUR {levy}": (
        "{rows} werkgevers, {liable} plichtig, totaal tekort {jobs} banen, totale heffing "
        "EUR {levy}"
    ),
    ", {skipped} rows skipped": ", {skipped} regels overgeslagen",
    "{name}: extra jobs (end of year)": "{name}: extra banen (eind van het jaar)",
    "{name}: target, catch-up path and projection": "{name}: doel, inhaalpad en projectie",
    "Sources: (--sources for full references)": "Bronnen: (--sources voor volledige verwijzingen)",
    "Inputs:": "Invoer:",
    "Calculation (Wfsv art 38f):": "Berekening (Wfsv art 38f):",
    "Calculation path (Rechenweg):": "Rekenweg:",
    "To close the gap:": "Om het tekort te dichten:",
    "Changed by the scenario (old -> new):": "Gewijzigd door het scenario (oud -> nieuw):",
    # words in cells
    "yes": "ja",
    "no": "nee",
    "verified": "geverifieerd",
    "derived": "afgeleid",
    "indicative": "indicatief",
    "estimated": "geschat",
    "unverified": "niet geverifieerd",
    "definitive": "definitief",
    "unknown": "onbekend",
    "not activated": "niet geactiveerd",
    "user": "gebruiker",
    "error": "fout",
    "warning": "waarschuwing",
    "  scenario": "  scenario",
    "  difference": "  verschil",
    # titles (templates)
    "Banenafspraak {year}: extra jobs against target (end of year)": (
        "Banenafspraak {year}: extra banen ten opzichte van het doel (eind van het jaar)"
    ),
    "Banenafspraak {first}-{last}: {name}, extra jobs against target (end of year)": (
        "Banenafspraak {first}-{last}: {name}, extra banen ten opzichte van het doel "
        "(eind van het jaar)"
    ),
    "Check {year}: {name}": "Controle {year}: {name}",
    "Quota percentage, {sector}, around {year}": "Quotumpercentage, {sector}, rond {year}",
    "Hiring path to no shortfall by {by} ({sector})": (
        "Wervingspad naar geen tekort in {by} ({sector})"
    ),
    "Catch-up trajectory: {name} to {target} by {by}": "Inhaalpad: {name} naar {target} in {by}",
    "Sources ({count}) of {origin}": "Bronnen ({count}) van {origin}",
    "Figure {key}": "Cijfer {key}",
    "Data validation": "Controle van de gegevens",
    "{title}: scenario '{name}' against the baseline": (
        "{title}: scenario '{name}' ten opzichte van de basis"
    ),
    # fixed notes
    "-: no published figure (nothing is published for that sector and year; it is not zero)": (
        "-: geen gepubliceerd cijfer (voor die sector en dat jaar is niets gepubliceerd; "
        "het is geen nul)"
    ),
    "~: published as an approximate figure, or computed from one": (
        "~: gepubliceerd als benadering, of daaruit berekend"
    ),
    "*: share of the sector's own target as published (no counts published)": (
        "*: gepubliceerd aandeel van het eigen doel van de sector (geen aantallen gepubliceerd)"
    ),
    # words inside sentences
    "a year": "per jaar",
    "a week": "per week",
    "PASS": "GEHAALD",
    "MISSED": "GEMIST",
    "data": "gegevens",
    "estimate": "schatting",
    "none": "geen",
    "not published": "niet gepubliceerd",
    "unpublished": "niet gepubliceerd",
    "reached in {year}": "gehaald in {year}",
    "not reached": "niet gehaald",
    "quotumregeling activated": "quotumregeling geactiveerd",
    "activation in {year}": "activering in {year}",
    "no activation regulation is published": "er is geen activeringsregeling gepubliceerd",
    # status: headlines and notes
    "{key} = {value} is {status}: {how}": "{key} = {value} is {status}: {how}",
    "{key} = {value} is {status}": "{key} = {value} is {status}",
    "{label}: growth in year {growth} as published (not a difference of rounded figures)": (
        "{label}: groei in het jaar {growth} zoals gepubliceerd (geen verschil van afgeronde "
        "cijfers)"
    ),
    "{label}: UWV quarterly trend (indicative) {trend}; the official monitor figure "
    "{realised} is used": (
        "{label}: kwartaaltrend UWV (indicatief) {trend}; het officiële monitorcijfer "
        "{realised} wordt gebruikt"
    ),
    "{label}: UWV quarterly trend {quarter} (indicative) {value}": (
        "{label}: kwartaaltrend UWV {quarter} (indicatief) {value}"
    ),
    "{label}: UWV quarterly trend {quarter} (indicative) {value}; {note}": (
        "{label}: kwartaaltrend UWV {quarter} (indicatief) {value}; {note}"
    ),
    "published total {total} differs from the sum of its parts {parts} by {gap}": (
        "gepubliceerd totaal {total} wijkt {gap} af van de som van de delen {parts}"
    ),
    "from {year} the Wet banenafspraak counts one national total (its art 4): no figure per "
    "sector is set; government figures are reported for information only (art 4 lid 4)": (
        "vanaf {year} telt de Wet banenafspraak één landelijk totaal (art 4): er is geen cijfer "
        "per sector vastgesteld; cijfers van de overheid worden alleen ter informatie gemeld "
        "(art 4 lid 4)"
    ),
    "no published target: the Wet banenafspraak counts one national total and sets the jobs to "
    "realise by AMvB (its art 4 lid 2), which has not been published; nothing is carried "
    "forward": (
        "geen gepubliceerd doel: de Wet banenafspraak telt één landelijk totaal en stelt het "
        "aantal te realiseren banen vast bij AMvB (art 4 lid 2), die niet is gepubliceerd; er "
        "wordt niets doorgetrokken"
    ),
    "target {target}: given for this check": "doel {target}: opgegeven voor deze controle",
    "{verdict}: {name} {year}: realised {realised} of target {target} ({pct}%); required "
    "{min}% of target = {threshold} jobs": (
        "{verdict}: {name} {year}: gerealiseerd {realised} van doel {target} ({pct}%); vereist "
        "{min}% van het doel = {threshold} banen"
    ),
    "{key}: {old} -> {new}": "{key}: {old} -> {new}",
    "{key}: none -> {new}": "{key}: geen -> {new}",
    # quota
    "the quota is not activated for {sector} in {year} (regime: {regime})": (
        "het quotum is niet geactiveerd voor {sector} in {year} (regime: {regime})"
    ),
    "the quota is not activated for {sector} in {year}": (
        "het quotum is niet geactiveerd voor {sector} in {year}"
    ),
    "published {year}: {note}": "gepubliceerd {year}: {note}",
    "from {year} the Wet banenafspraak applies: it sets no quota percentage per sector (its "
    "arts 5 and 6: an inclusiviteitsopslag after an activation instead); the percentages of "
    "2018-2025 stay, set but with no levy executed (Wfsv art 122na)": (
        "vanaf {year} geldt de Wet banenafspraak: die stelt geen quotumpercentage per sector vast "
        "(art 5 en 6: in plaats daarvan een inclusiviteitsopslag na activering); de percentages "
        "van 2018-2025 blijven staan, vastgesteld maar zonder dat een heffing wordt geïnd "
        "(Wfsv art 122na)"
    ),
    "published {pct}% ({status}, source {source})": "gepubliceerd {pct}% ({status}, bron {source})",
    "no published percentage (unknown)": "geen gepubliceerd percentage (onbekend)",
    "{sector} {year}: {published}": "{sector} {year}: {published}",
    "{symbol} = {value}: {name} (origin: {origin}, {status}{source}{note})": (
        "{symbol} = {value}: {name} (herkomst: {origin}, {status}{source}{note})"
    ),
    ", source {source}": ", bron {source}",
    "; {note}": "; {note}",
    "paid hours per target-group job a year": "verloonde uren per baan in de doelgroep per jaar",
    "paid hours per employee a year": "verloonde uren per werknemer per jaar",
    "target-group jobs at the nulmeting": "banen in de doelgroep bij de nulmeting",
    "employees at liable employers": "werknemers bij plichtige werkgevers",
    "paid hours of all employees": "verloonde uren van alle werknemers",
    "extra jobs to realise in the year (the year's average)": (
        "extra te realiseren banen in het jaar (het gemiddelde over het jaar)"
    ),
    "B: the year's average of the targets": "B: het gemiddelde van de doelen over het jaar",
    "target-group jobs A + B": "banen in de doelgroep A + B",
    "their paid hours (A + B) x C": "hun verloonde uren (A + B) x C",
    "as a share of all paid hours D x E, in %": "als aandeel van alle verloonde uren D x E, in %",
    "rounded down to two decimals": "naar beneden afgerond op twee decimalen",
    "computed {computed} differs from the published {published}": (
        "berekend {computed} wijkt af van het gepubliceerde {published}"
    ),
    "the computed percentage rests on estimates of A and D x E, not on published figures": (
        "het berekende percentage berust op schattingen van A en D x E, niet op gepubliceerde "
        "cijfers"
    ),
    "A and D are not published: give both (the target-group jobs at the nulmeting and the "
    "employees of liable employers), or use the labelled estimates, to compute the "
    "percentage": (
        "A en D zijn niet gepubliceerd: geef ze allebei (de banen in de doelgroep bij de "
        "nulmeting en de werknemers van plichtige werkgevers), of gebruik de gemarkeerde "
        "schattingen, om het percentage te berekenen"
    ),
    # employer: steps and notes
    "{description}: {formula} = {value}  [{rule}]": "{description}: {formula} = {value}  [{rule}]",
    "{description}: {formula} = {value} (from {unrounded}, {rounding})  [{rule}]": (
        "{description}: {formula} = {value} (uit {unrounded}, {rounding})  [{rule}]"
    ),
    "{hours} paid hours {unit} is at least {threshold}": (
        "{hours} verloonde uren {unit} is minstens {threshold}"
    ),
    "{hours} paid hours {unit} in {year} is below {threshold}": (
        "{hours} verloonde uren {unit} in {year} is minder dan {threshold}"
    ),
    "{paid} - {hired_out}; below {threshold}?": "{paid} - {hired_out}; minder dan {threshold}?",
    "paid hours {year} (the previous year)": "verloonde uren {year} (het jaar ervoor)",
    "{hours}; below {threshold}?": "{hours}; minder dan {threshold}?",
    "A: paid hours, less hired-out agency staff": (
        "A: verloonde uren, min uitgeleende uitzendkrachten"
    ),
    "B: quota percentage ({status})": "B: quotumpercentage ({status})",
    "C: target-group hours, + from lenders, - to hirers": (
        "C: uren van de doelgroep, + van uitleners, - aan inleners"
    ),
    "D: average paid hours of a target-group job": (
        "D: gemiddeld aantal verloonde uren van een baan in de doelgroep"
    ),
    "required hours {unit}: A x B": "vereiste uren {unit}: A x B",
    "quotumtekort: (A x B - C) / D, not below 0": "quotumtekort: (A x B - C) / D, niet onder 0",
    "levy (quotumheffing): quotumtekort x levy per job": (
        "heffing (quotumheffing): quotumtekort x heffing per baan"
    ),
    "not liable: 0": "niet plichtig: 0",
    "the {year} quota percentage {pct}% is indicative: the definitive one may differ, and so "
    "would this result": (
        "het quotumpercentage {pct}% voor {year} is indicatief: het definitieve kan afwijken, "
        "en dan ook deze uitkomst"
    ),
    "indicative: the statute computes the quotumtekort over a calendar year (Wfsv art 38g lid "
    "3); a week's figures use the job unit of 25.5 hours": (
        "indicatief: de wet berekent het quotumtekort over een kalenderjaar (Wfsv art 38g lid "
        "3); cijfers per week gebruiken de baaneenheid van 25,5 uur"
    ),
    "the previous-year test (Wfsv art 34 lid 4: fewer than {threshold} paid hours in {year} "
    "also means no levy) was not applied: the previous year's paid hours were not given": (
        "de toets over het vorige jaar (Wfsv art 34 lid 4: minder dan {threshold} verloonde "
        "uren in {year} betekent ook geen heffing) is niet toegepast: de verloonde uren van het "
        "vorige jaar zijn niet opgegeven"
    ),
    "no levy is executed for {year} ({article}): {why}; the amounts show what the law's "
    "formula gives": (
        "over {year} wordt geen heffing geïnd ({article}): {why}; de bedragen tonen wat de "
        "formule van de wet oplevert"
    ),
    "not liable: no levy applies; the quota figures show the position anyway": (
        "niet plichtig: er geldt geen heffing; de quotumcijfers tonen toch de positie"
    ),
    "the statute rounds the quotumtekort down to one decimal (Besluit Wfsv art 2.23 lid 3): "
    "levy EUR {levy}; tools that skip the rounding print EUR {unrounded}": (
        "de wet rondt het quotumtekort naar beneden af op één decimaal (Besluit Wfsv art 2.23 "
        "lid 3): heffing EUR {levy}; rekenhulpen die die afronding overslaan geven EUR "
        "{unrounded}"
    ),
    "Employer, {sector} {year} (hours {unit})": "Werkgever, {sector} {year} (uren {unit})",
    "{hours} more target-group hours {unit} bring the shortfall to 0": (
        "{hours} uren van de doelgroep {unit} meer brengen het tekort op 0"
    ),
    "that is {people} more people at {hours} hours a week (rounded up)": (
        "dat zijn {people} mensen meer van {hours} uur per week (naar boven afgerond)"
    ),
    "hire {per_year} jobs of target-group work a year ({jobs} in all, {hours} hours {unit}) to "
    "have no shortfall in {by}": (
        "werf {per_year} banen in de doelgroep per jaar ({jobs} in totaal, {hours} uur {unit}) "
        "om in {by} geen tekort te hebben"
    ),
    "indicative quota percentages in {years}: the definitive ones may differ, and so would "
    "these results": (
        "indicatieve quotumpercentages in {years}: de definitieve kunnen afwijken, en dan ook "
        "deze uitkomsten"
    ),
    "some years use an indicative quota percentage": (
        "sommige jaren gebruiken een indicatief quotumpercentage"
    ),
    # the Wet banenafspraak (2026)
    "Employer {year} under the Wet banenafspraak ({article})": (
        "Werkgever {year} onder de Wet banenafspraak ({article})"
    ),
    "Calculation (Wet banenafspraak):": "Berekening (Wet banenafspraak):",
    "Under the quota law (for comparison):": "Onder de quotumwet (ter vergelijking):",
    "quotumtekort {jobs} jobs, levy EUR {levy} ({pct}% of {hours} paid hours, the {rules} rules)": (
        "quotumtekort {jobs} banen, heffing EUR {levy} ({pct}% van {hours} verloonde uren, de "
        "regels van {rules})"
    ),
    "inclusiviteitsopslag owed from 1 January of": (
        "inclusiviteitsopslag verschuldigd vanaf 1 januari van"
    ),
    "the inclusiviteitsopslag needs the premium wage: give it to compute it": (
        "voor de inclusiviteitsopslag is het premieloon nodig: geef het op om die te berekenen"
    ),
    "no quota charge for {year}: no activation of the quotumregeling is published (Wet "
    "banenafspraak art 5 lid 1); there is no per-employer percentage, no 40,575-hour threshold "
    "and no EUR 5,000 per job under this law": (
        "geen quotumheffing over {year}: er is geen activering van de quotumregeling "
        "gepubliceerd (Wet banenafspraak art 5 lid 1); deze wet kent geen percentage per "
        "werkgever, geen drempel van 40.575 uur en geen EUR 5.000 per baan"
    ),
    "what-if: {name} = {value} is not a published figure; the result shows what it would mean": (
        "wat-als: {name} = {value} is geen gepubliceerd cijfer; de uitkomst laat zien wat het "
        "zou betekenen"
    ),
    "the surcharge percentage is not published (Wet banenafspraak art 6 lid 6): give one as a "
    "what-if (wet.inclusiviteitsopslag_pct) to see what it would mean": (
        "het opslagpercentage is niet gepubliceerd (Wet banenafspraak art 6 lid 6): geef er een "
        "op als wat-als (wet.inclusiviteitsopslag_pct) om te zien wat het zou betekenen"
    ),
    "activated in {activation}, the inclusiviteitsopslag is owed only from 1 January {due} "
    "(Wet banenafspraak art 6 lid 1): nothing for {year}": (
        "geactiveerd in {activation}, is de inclusiviteitsopslag pas verschuldigd vanaf 1 "
        "januari {due} (Wet banenafspraak art 6 lid 1): niets over {year}"
    ),
    "a small employer (Wfsv art 36) owes no inclusiviteitsopslag (art 6 lid 3)": (
        "een kleine werkgever (Wfsv art 36) is geen inclusiviteitsopslag verschuldigd (art 6 lid 3)"
    ),
    # trajectory
    "{name}: from {start} at the end of {first} to {target} by the end of {by} takes "
    "{per_year} extra jobs a year": (
        "{name}: van {start} eind {first} naar {target} eind {by} vraagt {per_year} extra banen "
        "per jaar"
    ),
    "at the pace of the last {window} years ({pace} a year) the target is {reached}": (
        "in het tempo van de laatste {window} jaar ({pace} per jaar) wordt het doel {reached}"
    ),
    "at the pace of the last {window} years ({pace} a year) the target is not reached": (
        "in het tempo van de laatste {window} jaar ({pace} per jaar) wordt het doel niet gehaald"
    ),
    "no target is published after {year}; the official path stops there (it is not carried "
    "forward)": (
        "na {year} is geen doel gepubliceerd; het officiële pad stopt daar (het wordt niet "
        "doorgetrokken)"
    ),
    # sources, validate, rules
    "banencalc sources --figure KEY shows one figure: e.g. realised.total.2020, "
    "targets.market.2018, quota.government.2024, constants.levy_per_job_eur.2020": (
        "banencalc sources --figure SLEUTEL toont één cijfer: bijv. realised.total.2020, "
        "targets.market.2018, quota.government.2024, constants.levy_per_job_eur.2020"
    ),
    "{origin}: {errors} error(s), {warnings} warning(s)": (
        "{origin}: {errors} fout(en), {warnings} waarschuwing(en)"
    ),
    "The rules of {year}: {law}": "De regels van {year}: {law}",
    "{law} ({phase}, from {start}): {description}": "{law} ({phase}, vanaf {start}): {description}",
    "articles: {article}": "artikelen: {article}",
    "not yet published (a later regulation sets them; a what-if can supply them with --set, "
    "e.g. --set wet.activation_year=2027): {names}": (
        "nog niet gepubliceerd (een latere regeling stelt ze vast; een wat-als kan ze opgeven "
        "met --set, bijv. --set wet.activation_year=2027): {names}"
    ),
    "target: {note}": "doel: {note}",
    "realised: {note}": "gerealiseerd: {note}",
    "no quota regime": "geen quotumregime",
    # citations from the code, with their glosses
    "Besluit Wfsv art 2.23 lid 2 (rounded down to two decimals)": (
        "Besluit Wfsv art 2.23 lid 2 (naar beneden afgerond op twee decimalen)"
    ),
    "Besluit Wfsv art 2.23 lid 3 (rounded down to one decimal)": (
        "Besluit Wfsv art 2.23 lid 3 (naar beneden afgerond op één decimaal)"
    ),
    "Wet banenafspraak art 6 lid 1 and 6": "Wet banenafspraak art 6 lid 1 en 6",
    "Wfsv art 34 lid 3, 4 and 6": "Wfsv art 34 lid 3, 4 en 6",
    "Wfsv art 34 lid 6; Besluit Wfsv art 2.21 lid 1 and 2.33 lid 1": (
        "Wfsv art 34 lid 6; Besluit Wfsv art 2.21 lid 1 en 2.33 lid 1"
    ),
    "Wfsv art 38f (half-year rule)": "Wfsv art 38f (halfjaarregel)",
    "Wfsv art 38g lid 3, variable A; Besluit Wfsv art 2.31 (hired-out agency staff)": (
        "Wfsv art 38g lid 3, variabele A; Besluit Wfsv art 2.31 (uitgeleende uitzendkrachten)"
    ),
    "Wfsv art 38g lid 3, variable B (the percentage of Wfsv art 38f lid 1)": (
        "Wfsv art 38g lid 3, variabele B (het percentage van Wfsv art 38f lid 1)"
    ),
    "Wfsv art 38g lid 3, variable C; Besluit Wfsv art 2.28 lid 4 and 5 (attributed hours)": (
        "Wfsv art 38g lid 3, variabele C; Besluit Wfsv art 2.28 lid 4 en 5 (toegerekende uren)"
    ),
    # more table headers and item labels
    "regime": "regime",
    "quotumregeling\nactivated": "quotumregeling\ngeactiveerd",
    "opslag owed from": "opslag verschuldigd vanaf",
    "opslag owed": "opslag verschuldigd",
    "small employer": "kleine werkgever",
    "surcharge %": "opslag %",
    "inclusiviteits-\nopslag": "inclusiviteits-\nopslag",
    "loonkosten-\nvoordeel": "loonkosten-\nvoordeel",
    "banenafspraak-\nbonus": "banenafspraak-\nbonus",
    "quota law:\nlevy": "quotumwet:\nheffing",
    "name": "naam",
    "source": "bron",
    "article": "artikel",
    "unit": "eenheid",
    "shortfall unrounded": "tekort onafgerond",
    "levy unrounded": "heffing onafgerond",
    "selected": "gekozen",
    "hired hours": "geworven uren",
    "title": "titel",
    "url or document": "url of document",
    "file": "bestand",
    "line": "regel",
    "sector id": "sector-id",
    "target status": "status doel",
    "realised status": "status gerealiseerd",
    "approximate": "benadering",
    "published % of target": "gepubliceerd % van doel",
    "indicative trend": "indicatieve trend",
    "passed": "gehaald",
    "required %": "vereist %",
    "required jobs": "vereiste banen",
    "figure": "cijfer",
    "derived how": "hoe afgeleid",
    "note": "toelichting",
    "the bundled data": "de meegeleverde gegevens",
    # warnings and errors
    "this result rests on figures that are not verified: {figures}": (
        "deze uitkomst berust op cijfers die niet geverifieerd zijn: {figures}"
    ),
    "{key} ({status}, approximate)": "{key} ({status}, benadering)",
    "{message} (--strict)": "{message} (--strict)",
    "{what}: {text} is ambiguous: {large} if {mark} separates thousands, {small} if it is a "
    "decimal point; write {large} or {small}, whichever is meant{hint}": (
        "{what}: {text} is dubbelzinnig: {large} als {mark} duizendtallen scheidt, {small} als "
        "het een decimaalteken is; schrijf {large} of {small}, wat bedoeld is{hint}"
    ),
    " (in Dutch input '.' separates thousands and ',' is the decimal comma; --lang en reads "
    "',' as thousands)": (
        " (in Nederlandse invoer scheidt '.' duizendtallen en is ',' de decimale komma; "
        "--lang en leest ',' als duizendtallen)"
    ),
    " (in English input ',' separates thousands; --lang nl reads '.' so)": (
        " (in Engelse invoer scheidt ',' duizendtallen; --lang nl leest '.' zo)"
    ),
    "{what}: {text} {reason}": "{what}: {text} {reason}",
    "is a yes/no value, not a number": "is een ja/nee-waarde, geen getal",
    "is a percentage; give a number without %": "is een percentage; geef een getal zonder %",
    "is not a number": "is geen getal",
    "did you mean {names}? ": "bedoelt u {names}? ",
    "unknown sector {sector}; {hint}known sectors: {known}": (
        "onbekende sector {sector}; {hint}bekende sectoren: {known}"
    ),
    "no figures for {year}: the data covers {first}-{last}": (
        "geen cijfers voor {year}: de gegevens beslaan {first}-{last}"
    ),
    "{value}: the data covers {first}-{last}": "{value}: de gegevens beslaan {first}-{last}",
    "the first year {first} is after the last {last}": (
        "het eerste jaar {first} ligt na het laatste {last}"
    ),
    "{year} falls under {regime}: there is no quotumheffing, percentage or threshold per "
    "employer (Wet banenafspraak art 12: the quota law applies to earlier years only); see the "
    "inclusiviteitsopslag instead": (
        "{year} valt onder {regime}: er is geen quotumheffing, percentage of drempel per "
        "werkgever (Wet banenafspraak art 12: de quotumwet geldt alleen voor eerdere jaren); zie "
        "in plaats daarvan de inclusiviteitsopslag"
    ),
    "the target year {by} must come after the year {year}": (
        "het doeljaar {by} moet na het jaar {year} komen"
    ),
    "{by} must come after the start year {start}": "{by} moet na het beginjaar {start} komen",
    "{year} falls under the quota law, not the Wet banenafspraak (its art 12)": (
        "{year} valt onder de quotumwet, niet onder de Wet banenafspraak (art 12)"
    ),
    # the laws by their ids
    "quota-law": "quotumwet",
    "wet-banenafspraak": "Wet banenafspraak",
    "case": "geval",
    # workbooks
    "{name}: not an Excel workbook (.xlsx): it is not a zip archive": (
        "{name}: geen Excel-werkmap (.xlsx): het is geen zip-archief"
    ),
    "{name}: no sheet {sheet}; the workbook has {sheets}": (
        "{name}: geen werkblad {sheet}; de werkmap heeft {sheets}"
    ),
    # the batch: files of many employers
    "not {encoding} text; give the file's encoding with --encoding": (
        "geen {encoding}-tekst; geef de codering van het bestand op met --encoding"
    ),
    "not UTF-8 text; a CSV saved by Excel on Windows is often cp1252: give --encoding cp1252, "
    "or save the file as CSV UTF-8": (
        "geen UTF-8-tekst; een CSV die Excel op Windows bewaart is vaak cp1252: geef "
        "--encoding cp1252, of sla het bestand op als CSV UTF-8"
    ),
    "{name}: line 1: column(s) {columns} appear more than once in the header; which one is "
    "meant cannot be guessed": (
        "{name}: regel 1: kolom(men) {columns} staan meer dan eens in de kopregel; welke bedoeld "
        "is, valt niet te raden"
    ),
    "{name}: line 1: missing column(s) {missing}; the header has {header} (needed: {needed}; "
    "optional: {optional}; Dutch names such as verloonde_uren are read too, and any header can "
    "be mapped: --column paid_hours=Uren)": (
        "{name}: regel 1: kolom(men) {missing} ontbreken; de kopregel heeft {header} (nodig: "
        "{needed}; optioneel: {optional}; Nederlandse namen zoals verloonde_uren worden ook "
        "gelezen, en elke kop is toe te wijzen: --column paid_hours=Uren)"
    ),
    "nothing": "niets",
    "--sheet applies to an Excel workbook (.xlsx)": "--sheet geldt voor een Excel-werkmap (.xlsx)",
    "{encoding}: not supported; save the file as UTF-8 (or cp1252)": (
        "{encoding}: niet ondersteund; sla het bestand op als UTF-8 (of cp1252)"
    ),
    "{name}: the file is empty (a header row is needed)": (
        "{name}: het bestand is leeg (er is een kopregel nodig)"
    ),
    "{name}: the sheet is empty (a header row is needed)": (
        "{name}: het werkblad is leeg (er is een kopregel nodig)"
    ),
    "{what}: {text} is not a number of hours of 0 or more": (
        "{what}: {text} is geen aantal uren van 0 of meer"
    ),
    "{column} is not a column banencalc reads (columns: {known})": (
        "{column} is geen kolom die banencalc leest (kolommen: {known})"
    ),
    "{mapping}: {name} has no column {given} (its header: {header})": (
        "{mapping}: {name} heeft geen kolom {given} (de kopregel: {header})"
    ),
    "\n  line {line}: {reason}": "\n  regel {line}: {reason}",
    " (stopped at the first 20)": " (gestopt bij de eerste 20)",
    "{name}: {count} bad row(s){more}; nothing was written (--skip-invalid leaves them out and "
    "goes on):{lines}": (
        "{name}: {count} foute regel(s){more}; er is niets geschreven (--skip-invalid laat ze "
        "weg en gaat door):{lines}"
    ),
    "{encoding} is not a text encoding Python knows (e.g. utf-8, cp1252, latin-1)": (
        "{encoding} is geen tekstcodering die Python kent (bijv. utf-8, cp1252, latin-1)"
    ),
    "{name}: line {line}: {why}": "{name}: regel {line}: {why}",
    "{name}: line {line}: {why} (byte {byte} of the line)": (
        "{name}: regel {line}: {why} (byte {byte} van de regel)"
    ),
    "has {count} field(s); expected {width}": "heeft {count} veld(en); verwacht {width}",
    "has {count} fields but the header names {width}: a field beyond the header would be "
    "ignored (a thousands separator in an unquoted number splits it into two fields)": (
        "heeft {count} velden maar de kopregel noemt er {width}: een veld voorbij de kopregel "
        "zou genegeerd worden (een scheidingsteken voor duizendtallen in een getal zonder "
        "aanhalingstekens splitst het in twee velden)"
    ),
    "id is empty": "id is leeg",
    "year: {text} is not a year": "jaar: {text} is geen jaar",
    "no year in the row and no --year given": "geen jaar in de regel en geen --year opgegeven",
    "year {year}: the data covers {first}-{last}": (
        "jaar {year}: de gegevens beslaan {first}-{last}"
    ),
    "the {year} quota percentage for {sector} is {status}, not definitive (--strict)": (
        "het quotumpercentage {year} voor {sector} is {status}, niet definitief (--strict)"
    ),
    "skipped line {line}: {reason}": "regel {line} overgeslagen: {reason}",
    # the command line
    "internal error ({error}); run again with --debug for the traceback and please report it": (
        "interne fout ({error}); draai opnieuw met --debug voor de traceback en meld het graag"
    ),
    "--encoding, --column and --sheet apply to --file only (they describe the file)": (
        "--encoding, --column en --sheet gelden alleen bij --file (ze beschrijven het bestand)"
    ),
    "--compare-regimes needs --paid-hours (the quota law counts paid hours)": (
        "--compare-regimes vraagt --paid-hours (de quotumwet telt verloonde uren)"
    ),
    "{options} cannot be used with --file (each row carries its own hours; the output is chosen "
    "with --batch-format csv|jsonl|xlsx or --output); the optional columns are sector, year, "
    "previous_year_hours, hired_out_hours, hours_from_lenders and hours_to_hirers": (
        "{options} kan niet samen met --file (elke regel heeft zijn eigen uren; de uitvoer kies "
        "je met --batch-format csv|jsonl|xlsx of --output); de optionele kolommen zijn sector, "
        "year, previous_year_hours, hired_out_hours, hours_from_lenders en hours_to_hirers"
    ),
    "--quiet cannot be used with --file: the rows written are the answer": (
        "--quiet kan niet samen met --file: de geschreven regels zijn de uitkomst"
    ),
    "--csv-dialect {dialect} applies to --batch-format csv only": (
        "--csv-dialect {dialect} geldt alleen voor --batch-format csv"
    ),
    "give --paid-hours or --fte with --hours-per-week, not both": (
        "geef --paid-hours of --fte met --hours-per-week, niet allebei"
    ),
    "--fte needs --hours-per-week": "--fte vraagt --hours-per-week",
    "--column: {item}: give COLUMN=HEADER, e.g. paid_hours=Uren": (
        "--column: {item}: geef KOLOM=KOP, bijv. paid_hours=Uren"
    ),
    "--column: {column} is mapped twice": "--column: {column} is twee keer toegewezen",
    "--min-achievement: {given} is ambiguous: write {fraction}% if a fraction of 1 is meant, or "
    "{pct}% for that percentage": (
        "--min-achievement: {given} is dubbelzinnig: schrijf {fraction}% als een deel van 1 "
        "bedoeld is, of {pct}% voor dat percentage"
    ),
    "--csv-dialect {dialect} applies to csv output; add --format csv (or give a .csv --output)": (
        "--csv-dialect {dialect} geldt voor csv-uitvoer; voeg --format csv toe (of geef een .csv "
        "als --output)"
    ),
    "--output {output}: {suffix} is {what}": "--output {output}: {suffix} is {what}",
    "an image: only `history` and `trajectory` draw one": (
        "een afbeelding: alleen `history` en `trajectory` tekenen er een"
    ),
    "the old Excel format, which banencalc does not write: use .xlsx": (
        "het oude Excel-formaat, dat banencalc niet schrijft: gebruik .xlsx"
    ),
    "--format xlsx writes a workbook: give the file with --output NAME.xlsx": (
        "--format xlsx schrijft een werkmap: geef het bestand met --output NAAM.xlsx"
    ),
    "{option} must be above 0, not {text}": "{option} moet boven 0 liggen, niet {text}",
    # more errors
    "{what}: {text} is absurdly large (at most 10^12 is accepted)": (
        "{what}: {text} is onwaarschijnlijk groot (hoogstens 10^12 wordt aanvaard)"
    ),
    "{what}: {text} is absurdly small (below 10^{exponent})": (
        "{what}: {text} is onwaarschijnlijk klein (onder 10^{exponent})"
    ),
    "{what}: {text} has more than {digits} significant digits": (
        "{what}: {text} heeft meer dan {digits} significante cijfers"
    ),
    "{what}: {text} is not a year range like 2019-2025": (
        "{what}: {text} is geen reeks jaren zoals 2019-2025"
    ),
    "{what}: {text} runs backwards": ("{what}: {text} loopt achteruit"),
    "{what}: {text} spans more than 100 years": ("{what}: {text} beslaat meer dan 100 jaar"),
    "no official realised figure for {sector}; give a start year": (
        "geen officieel gerealiseerd cijfer voor {sector}; geef een beginjaar"
    ),
    "{year}: no realised figure for {sector} in that year (years with one: {years})": (
        "{year}: geen gerealiseerd cijfer voor {sector} in dat jaar (jaren met een cijfer: {years})"
    ),
    "{by} is more than 100 years after {start}": ("{by} ligt meer dan 100 jaar na {start}"),
    "{goal} must not be negative": ("{goal} mag niet negatief zijn"),
    "{goal} is not a plausible number of jobs (at most {most})": (
        "{goal} is geen aannemelijk aantal banen (hoogstens {most})"
    ),
    "{window} must be at least 1": ("{window} moet minstens 1 zijn"),
    "{window}: no realised figure for {sector} in {year}; choose a window of at most {most} "
    "years": (
        "{window}: geen gerealiseerd cijfer voor {sector} in {year}; kies een venster van "
        "hoogstens {most} jaar"
    ),
    "{label} must be a number of hours of 0 or more, not {value}": (
        "{label} moet een aantal uren van 0 of meer zijn, niet {value}"
    ),
    "the quota percentage must lie between 0 and 100, not {pct}": (
        "het quotumpercentage moet tussen 0 en 100 liggen, niet {pct}"
    ),
    "the target year {by} is more than 50 years after {year}": (
        "het doeljaar {by} ligt meer dan 50 jaar na {year}"
    ),
    "must be a positive number, not {value}": ("moet een positief getal zijn, niet {value}"),
    "must be an amount of 0 or more, not {value}": (
        "moet een bedrag van 0 of meer zijn, niet {value}"
    ),
    "must be 0 or more": ("moet 0 of meer zijn"),
    "the data has no official realised figure for {sector}; give a year": (
        "de gegevens hebben geen officieel gerealiseerd cijfer voor {sector}; geef een jaar"
    ),
    "{pct}: give a percentage above 0 and at most 1000": (
        "{pct}: geef een percentage boven 0 en hoogstens 1000"
    ),
    "{target}: give a target from 1 to {most} jobs": (
        "{target}: geef een doel van 1 tot {most} banen"
    ),
    "xlsx writes a workbook: give the file with --output NAME.xlsx": (
        "xlsx schrijft een werkmap: geef het bestand met --output NAAM.xlsx"
    ),
    "{given} disagrees with --output {output} (a {implied} file); drop {option} or give a "
    "matching file name": (
        "{given} strookt niet met --output {output} (een {implied}-bestand); laat {option} weg "
        "of geef een passende bestandsnaam"
    ),
    "--output {path}: images need matplotlib; install it with `pip install 'banencalc[charts]'`"
    " (or `uv sync --extra charts`)": (
        "--output {path}: afbeeldingen vragen matplotlib; installeer het met `pip install "
        "'banencalc[charts]'` (of `uv sync --extra charts`)"
    ),
    "{item}: write KEY=VALUE; valid keys: {keys}": (
        "{item}: schrijf SLEUTEL=WAARDE; geldige sleutels: {keys}"
    ),
    "{key}: unknown key; valid keys: {keys}": (
        "{key}: onbekende sleutel; geldige sleutels: {keys}"
    ),
    "chart written to {path}": "grafiek geschreven naar {path}",
    # the monitor page (banencalc report)
    "Articles: {article}.": ("Artikelen: {article}."),
    "Banenafspraak monitor": ("Monitor banenafspraak"),
    "Every figure carries its status: verified (as published), derived (computed from published"
    " figures), indicative (not yet final), approximate (published as 'about N', and everything"
    " computed from it). The list of figures and the sources are at the end.": (
        "Elk cijfer draagt zijn status: geverifieerd (zoals gepubliceerd), afgeleid (berekend "
        "uit gepubliceerde cijfers), indicatief (nog niet definitief), benadering (gepubliceerd"
        " als 'ongeveer N', en alles wat daaruit berekend is). De lijst van cijfers en de "
        "bronnen staan aan het eind."
    ),
    "Every figure this page uses, with its status and source": (
        "Elk cijfer op deze pagina, met zijn status en bron"
    ),
    "Figures and their status": ("Cijfers en hun status"),
    "Generated on {date} by banencalc {version} from {origin}": (
        "Gemaakt op {date} door banencalc {version} uit {origin}"
    ),
    "Generated on {date}.": ("Gemaakt op {date}."),
    "Not available for this year and sector: {reason}": (
        "Niet beschikbaar voor dit jaar en deze sector: {reason}"
    ),
    "The same numbers are in the table below.": ("Dezelfde getallen staan in de tabel hieronder."),
    "The year at a glance": ("Het jaar in één oogopslag"),
    "To reproduce this page: {command}": ("Om deze pagina opnieuw te maken: {command}"),
    "banencalc {version}; data: {origin}, SHA-256 {sha}": (
        "banencalc {version}; gegevens: {origin}, SHA-256 {sha}"
    ),
    "how": ("hoe"),
    "with the scenario {name}": ("met het scenario {name}"),
    "Banenafspraak {year}: {name}": ("Banenafspraak {year}: {name}"),
    "Catch-up path and projection": ("Inhaalpad en projectie"),
    "{label}: {first} in {first_year}, {last} in {last_year}": (
        "{label}: {first} in {first_year}, {last} in {last_year}"
    ),
    "a PDF is printed by a headless browser, and none was found: install Chromium "
    "(Debian/Ubuntu: apt install chromium) or Google Chrome, or name one in $BANENCALC_BROWSER;"
    " or write -o report.html and print it from any browser": (
        "een PDF wordt afgedrukt door een browser zonder venster, en er is er geen gevonden: "
        "installeer Chromium (Debian/Ubuntu: apt install chromium) of Google Chrome, of noem er"
        " een in $BANENCALC_BROWSER; of schrijf -o rapport.html en druk die af vanuit een "
        "browser"
    ),
    "report written to {path}": ("rapport geschreven naar {path}"),
    "--output {output}: report writes an HTML page (.html) or a PDF (.pdf)": (
        "--output {output}: report schrijft een HTML-pagina (.html) of een PDF (.pdf)"
    ),
    "computed": ("berekend"),
    "the quota law (Wet banenafspraak en quotum arbeidsbeperkten)": (
        "de quotumwet (Wet banenafspraak en quotum arbeidsbeperkten)"
    ),
    "the Wet banenafspraak": "de Wet banenafspraak",
    "Law in force from {start}: {law}. {description}": (
        "Geldende wet vanaf {start}: {law}. {description}"
    ),
    "a page: only `banencalc report` writes one": (
        "een pagina: alleen `banencalc report` schrijft er een"
    ),
    "{year} is the first year with a realised figure: there is no pace before it": (
        "{year} is het eerste jaar met een gerealiseerd cijfer: er is geen tempo van daarvoor"
    ),
    # --help: the commands, their options and examples
    "Target versus realised extra jobs in a year: difference, shortfall, % of target.": (
        "Doel tegenover gerealiseerde extra banen in een jaar: verschil, tekort, % van het doel."
    ),
    "Measurement year (end of year). Default: the latest with official realised figures.": (
        "Meetjaar (eind van het jaar). Standaard: het laatste met officiële gerealiseerde cijfers."
    ),
    "Sector: id or English or Dutch name, any case (total, market, government, Gemeenten, ...; "
    "see `status --breakdown`).": (
        "Sector: id of Engelse of Nederlandse naam, hoofdletters maken niet uit (total, market,"
        " government, Gemeenten, ...; zie `status --breakdown`)."
    ),
    "Also list the subsectors (government sectors).": (
        "Toon ook de deelsectoren (overheidssectoren)."
    ),
    "table for people; json, csv, markdown for scripts and memos; xlsx for Excel (default: from"
    " the --output file's extension, else table).": (
        "table voor mensen; json, csv, markdown voor scripts en memo's; xlsx voor Excel "
        "(standaard: volgens de extensie van het --output-bestand, anders table)."
    ),
    "Directory with your own targets.yaml and sectors.yaml (default: the bundled data; also "
    "$BANENCALC_DATA).": (
        "Map met uw eigen targets.yaml en sectors.yaml (standaard: de meegeleverde gegevens; "
        "ook $BANENCALC_DATA)."
    ),
    "List the full references of the sources used.": (
        "Toon de volledige verwijzingen van de gebruikte bronnen."
    ),
    "What-if: change a figure or parameter for this run (repeatable), e.g. "
    "realised.government.2021=21000, realised.overheid.2023=+3000, quota.government.2025=2.8, "
    "levy_eur=+10%. A leading + or - changes the baseline figure; a total moves with its parts.": (
        "Wat-als: wijzig een cijfer of parameter voor deze run (herhaalbaar), bijv. "
        "realised.government.2021=21000, realised.overheid.2023=+3000, "
        "quota.government.2025=2.8, levy_eur=+10%. Een + of - vooraan wijzigt het basiscijfer; "
        "een totaal beweegt mee met zijn delen."
    ),
    "What-if: the scenario's name in titles and notes (default: the file's name, or '--set').": (
        "Wat-als: de naam van het scenario in titels en toelichting (standaard: de naam uit het "
        "bestand, of '--set')."
    ),
    "What-if: a YAML file with name, description and set: {KEY: VALUE}.": (
        "Wat-als: een YAML-bestand met name, description en set: {KEY: VALUE} (sleutel: waarde)."
    ),
    "Write the result to FILE instead of stdout.": (
        "Schrijf de uitkomst naar BESTAND in plaats van naar stdout."
    ),
    "Exit 2 when the result rests on a figure that is not verified (derived, indicative, "
    "estimated or unverified).": (
        "Stop met code 2 als de uitkomst berust op een cijfer dat niet geverifieerd is "
        "(afgeleid, indicatief, geschat of niet geverifieerd)."
    ),
    "Language of everything people read (tables, Markdown, notes, messages, charts, workbooks, "
    "the report page): en or nl (Dutch words and numbers, 66.097 and 2,14%; numbers are also "
    "read in Dutch). JSON and CSV stay locale-neutral. Also $BANENCALC_LANG.": (
        "Taal van alles wat mensen lezen (tabellen, Markdown, toelichting, meldingen, "
        "grafieken, werkmappen, de rapportpagina): en of nl (Nederlandse woorden en getallen, "
        "66.097 en 2,14%; getallen worden ook in het Nederlands gelezen). JSON en CSV blijven "
        "taalneutraal. Ook $BANENCALC_LANG."
    ),
    "Print nothing on stdout and no warnings (errors still go to stderr); for scripts that rely"
    " on the exit code. --output is still written.": (
        "Druk niets af op stdout en geen waarschuwingen (fouten gaan nog naar stderr); voor "
        "scripts die op de afsluitcode vertrouwen. --output wordt nog wel geschreven."
    ),
    "With csv output: standard (`,`, decimal point) or excel-nl (`;`, decimal comma, BOM: opens"
    " in Dutch Excel as columns of numbers).": (
        "Bij csv-uitvoer: standard (`,`, decimale punt) of excel-nl (`;`, decimale komma, BOM: "
        "opent in Nederlandse Excel als kolommen met getallen)."
    ),
    "The series year by year: target against realised, with a chart in the terminal.": (
        "De reeks jaar na jaar: doel tegenover gerealiseerd, met een grafiek in de terminal."
    ),
    "First year (default: the first in the data).": (
        "Eerste jaar (standaard: het eerste in de gegevens)."
    ),
    "Last year (default: the last in the data).": (
        "Laatste jaar (standaard: het laatste in de gegevens)."
    ),
    "Draw the chart under the table (table format on a terminal or stdout).": (
        "Teken de grafiek onder de tabel (tabelvorm op een terminal of stdout)."
    ),
    "For CI: exit 0 when the sector met its target in the year, 1 when it missed it.": (
        "Voor CI: code 0 als de sector zijn doel in het jaar haalde, 1 als hij het miste."
    ),
    "Exit codes: 0 target met (or the given % of it), 1 missed, 2 bad input.": (
        "Afsluitcodes: 0 doel gehaald (of het opgegeven % ervan), 1 gemist, 2 foute invoer."
    ),
    "Pass when realised >= PCT % of target: 80 or 80% (a value below 1 without % is refused: "
    "0.8 could mean 0.8% or 80%).": (
        "Gehaald als gerealiseerd >= PCT % van het doel: 80 of 80% (een waarde onder 1 zonder %"
        " wordt geweigerd: 0.8 kan 0,8% of 80% betekenen)."
    ),
    "Judge against this target (jobs) instead of the published one: from 2026 none is published.": (
        "Toets aan dit doel (banen) in plaats van het gepubliceerde: vanaf 2026 wordt er geen "
        "gepubliceerd."
    ),
    "The quota percentage: published (with its status) and recomputed by Wfsv art 38f.": (
        "Het quotumpercentage: gepubliceerd (met zijn status) en herberekend volgens Wfsv art 38f."
    ),
    "The year the percentage applies to.": ("Het jaar waarvoor het percentage geldt."),
    "Sector: id or English or Dutch name, any case.": (
        "Sector: id of Engelse of Nederlandse naam, hoofdletters maken niet uit."
    ),
    "A: target-group jobs at the nulmeting (1 Jan 2013); not published.": (
        "A: banen in de doelgroep bij de nulmeting (1 jan 2013); niet gepubliceerd."
    ),
    "D: employees at liable employers in the year; not published.": (
        "D: werknemers bij plichtige werkgevers in het jaar; niet gepubliceerd."
    ),
    "Fill A and D x E from the labelled estimates in the data.": (
        "Vul A en D x E aan met de gemarkeerde schattingen uit de gegevens."
    ),
    "One employer's quota: liable?, required jobs, shortfall and levy, step by step.": (
        "Het quotum van één werkgever: plichtig?, vereiste banen, tekort en heffing, stap voor "
        "stap."
    ),
    "The year of the hours.": ("Het jaar van de uren."),
    "Total paid hours (verloonde uren), per year or per --per week.": (
        "Totaal verloonde uren, per jaar of met --per week per week."
    ),
    "Whether the hours are per year or per week.": ("Of de uren per jaar of per week zijn."),
    "Employees (FTE) instead of --paid-hours; with --hours-per-week.": (
        "Werknemers (fte) in plaats van --paid-hours; met --hours-per-week."
    ),
    "Hours a week per FTE for --fte; else the week of the people to hire in 'to close the gap' "
    "(default: a job of 25.5 h).": (
        "Uren per week per fte voor --fte; anders de werkweek van de mensen om te werven in 'om"
        " het tekort te dichten' (standaard: een baan van 25,5 uur)."
    ),
    "Paid hours of target-group employees (same period as the paid hours).": (
        "Verloonde uren van werknemers uit de doelgroep (dezelfde periode als de verloonde uren)."
    ),
    "Target-group employment in jobs of 25.5 h a week, instead of hours.": (
        "Werk van de doelgroep in banen van 25,5 uur per week, in plaats van uren."
    ),
    "Paid hours declared in the previous year (less hired-out agency staff): the second "
    "liability test, Wfsv art 34 lid 4. Without it that test is not applied.": (
        "Verloonde uren van het vorige jaar (min uitgeleende uitzendkrachten): de tweede toets "
        "voor plichtigheid, Wfsv art 34 lid 4. Zonder deze uren wordt die toets niet toegepast."
    ),
    "As a lender: hours of agency staff hired out to others; they leave the paid hours "
    "(variable A) and the threshold test (Besluit Wfsv art 2.31, 2.33).": (
        "Als uitlener: uren van uitzendkrachten die aan anderen zijn uitgeleend; ze gaan af van"
        " de verloonde uren (variabele A) en de drempeltoets (Besluit Wfsv art 2.31, 2.33)."
    ),
    "As a hirer: target-group hours a lender attributes to you (C up, Besluit Wfsv art 2.28 lid"
    " 4).": (
        "Als inlener: uren van de doelgroep die een uitlener aan u toerekent (C omhoog, Besluit"
        " Wfsv art 2.28 lid 4)."
    ),
    "As a lender: target-group hours you attribute to hirers (C down, Besluit Wfsv art 2.28 lid"
    " 5).": (
        "Als uitlener: uren van de doelgroep die u aan inleners toerekent (C omlaag, Besluit "
        "Wfsv art 2.28 lid 5)."
    ),
    "From 2026: the premium wage for the Aof premium in the year (premieplichtig loon), the "
    "base of the inclusiviteitsopslag (Wet banenafspraak art 6).": (
        "Vanaf 2026: het premieloon voor de Aof-premie in het jaar (premieplichtig loon), de "
        "grondslag van de inclusiviteitsopslag (Wet banenafspraak art 6)."
    ),
    "From 2026: the part of the premium wage paid to hired-out employees (no surcharge over it,"
    " art 6 lid 4).": (
        "Vanaf 2026: het deel van het premieloon dat aan uitgeleende werknemers is betaald "
        "(daarover geen opslag, art 6 lid 4)."
    ),
    "From 2026: the average premium wage per employee of the second calendar year before the "
    "year (Besluit Wfsv art 2.5 lid 2), for the small-employer test.": (
        "Vanaf 2026: het gemiddelde premieloon per werknemer van het tweede kalenderjaar vóór het "
        "jaar (Besluit Wfsv art 2.5 lid 2), voor de toets voor kleine werkgevers."
    ),
    "From 2026: how many target-group employees the target-group hours are spread over (the "
    "loonkostenvoordeel is at most EUR 2,000 each; from totals an upper bound).": (
        "Vanaf 2026: over hoeveel werknemers uit de doelgroep de uren verdeeld zijn (het "
        "loonkostenvoordeel is hoogstens EUR 2.000 per werknemer; uit totalen een bovengrens)."
    ),
    "From 2026: the part paid to Wsw employees not seconded elsewhere and to beschut werk (no "
    "surcharge over it, art 6 lid 4 b).": (
        "Vanaf 2026: het deel betaald aan Wsw-werknemers die niet elders gedetacheerd zijn en aan "
        "beschut werk (geen opslag daarover, art 6 lid 4 b)."
    ),
    "From 2026: benefits (WIA, WAO, ZW, WAZO, WW), their supplements and toeslagen paid through "
    "the payroll (no surcharge over them, art 6 lid 4 c).": (
        "Vanaf 2026: uitkeringen (WIA, WAO, ZW, WAZO, WW), hun aanvullingen en toeslagen die via "
        "de salarisadministratie zijn betaald (geen opslag daarover, art 6 lid 4 c)."
    ),
    "From 2026: your own premium wage in the second calendar year before the year, for the "
    "small-employer test (Besluit Wfsv art 2.19d lid 1).": (
        "Vanaf 2026: uw eigen premieloon in het tweede kalenderjaar vóór het jaar, voor de toets "
        "voor kleine werkgevers (Besluit Wfsv art 2.19d lid 1)."
    ),
    "From 2026: the year you started as an employer; one that started in the year or the year "
    "before is small whatever its wage (Besluit Wfsv art 2.19d lid 4).": (
        "Vanaf 2026: het jaar waarin u werkgever werd; wie in het jaar of het jaar ervoor begon, "
        "is klein wat de loonsom ook is (Besluit Wfsv art 2.19d lid 4)."
    ),
    "From 2026: how to read 'een opslagpercentage op het hoge premiepercentage' (Wet "
    "banenafspraak art 6 lid 6): points (default) adds the percentage to the high Aof rate; share "
    "takes it as a share of that rate.": (
        "Vanaf 2026: hoe 'een opslagpercentage op het hoge premiepercentage' te lezen (Wet "
        "banenafspraak art 6 lid 6): points (standaard) telt het percentage op bij de hoge "
        "Aof-premie; share neemt het als aandeel van die premie."
    ),
    "From 2026: one target-group employee's paid hours (repeat for each): the "
    "loonkostenvoordeel's cap of EUR 2,000 applies to each (Wtl art 2.13).": (
        "Vanaf 2026: de verloonde uren van één werknemer uit de doelgroep (herhaal voor elk): het "
        "maximum van EUR 2.000 van het loonkostenvoordeel geldt per werknemer (Wtl art 2.13)."
    ),
    "From 2026: also show what the quota law would have computed for the same paid hours (its "
    "last rules and percentage).": (
        "Vanaf 2026: toon ook wat de quotumwet voor dezelfde verloonde uren zou hebben berekend"
        " (met haar laatste regels en percentage)."
    ),
    "Sector: id or English or Dutch name, any case (the quota is activated for government only).": (
        "Sector: id of Engelse of Nederlandse naam, hoofdletters maken niet uit (het quotum is "
        "alleen voor de overheid geactiveerd)."
    ),
    "Use this quota percentage instead of the published one.": (
        "Gebruik dit quotumpercentage in plaats van het gepubliceerde."
    ),
    "The same employer over several years, each with its own percentage.": (
        "Dezelfde werkgever over meerdere jaren, elk met zijn eigen percentage."
    ),
    "The hiring pace that removes the shortfall by year Y (each year's percentage).": (
        "Het wervingstempo dat het tekort in jaar J wegwerkt (met het percentage van elk jaar)."
    ),
    "Many employers: a CSV file or an Excel workbook (.xlsx) with id, paid_hours, "
    "target_group_hours[, name, sector, year].": (
        "Veel werkgevers: een CSV-bestand of een Excel-werkmap (.xlsx) met id, paid_hours, "
        "target_group_hours[, name, sector, year] (of Nederlandse kolomnamen zoals "
        "loonheffingennummer en verloonde_uren)."
    ),
    "With an .xlsx --file: the sheet to read (default: the first).": (
        "Bij een .xlsx als --file: het werkblad om te lezen (standaard: het eerste)."
    ),
    "With --file: csv (default), jsonl (JSON lines) or xlsx; an --output ending in .csv, .jsonl"
    " or .xlsx chooses it too.": (
        "Bij --file: csv (standaard), jsonl (JSON-regels) of xlsx; een --output die eindigt op "
        ".csv, .jsonl of .xlsx kiest het ook."
    ),
    "With --file: leave bad rows out (they are listed) and go on.": (
        "Bij --file: laat foute regels weg (ze worden genoemd) en ga door."
    ),
    "With --file: the CSV's text encoding (default utf-8, BOM or not; Excel on Windows often "
    "writes cp1252).": (
        "Bij --file: de tekstcodering van de CSV (standaard utf-8, met of zonder BOM; Excel op "
        "Windows schrijft vaak cp1252)."
    ),
    "With --file: read COLUMN (paid_hours, target_group_hours, id, ...) from the column headed "
    "HEADER, e.g. --column paid_hours=Uren. Repeatable. Dutch names such as verloonde_uren are "
    "recognised without it.": (
        "Bij --file: lees KOLOM (paid_hours, target_group_hours, id, ...) uit de kolom met kop "
        "KOP, bijv. --column paid_hours=Uren. Herhaalbaar. Nederlandse namen zoals "
        "verloonde_uren worden ook zonder herkend."
    ),
    "The pace that closes a sector's gap by a year, and where the recent pace leads.": (
        "Het tempo dat het tekort van een sector in een jaar dicht, en waar het recente tempo "
        "toe leidt."
    ),
    "Target level in jobs (default: the sector's final target).": (
        "Doel in banen (standaard: het einddoel van de sector)."
    ),
    "Year the target must be reached (default: the final target's year).": (
        "Jaar waarin het doel gehaald moet zijn (standaard: het jaar van het einddoel)."
    ),
    "Start year (default: the latest with an official realised figure).": (
        "Beginjaar (standaard: het laatste met een officieel gerealiseerd cijfer)."
    ),
    "Years of recent growth behind the projection.": (
        "Jaren van recente groei achter de projectie."
    ),
    "Draw the chart under the table.": ("Teken de grafiek onder de tabel."),
    "Where each figure comes from: the list of sources, or one figure's provenance.": (
        "Waar elk cijfer vandaan komt: de lijst van bronnen, of de herkomst van één cijfer."
    ),
    "One figure: its value, status, source, and how a derived value is derived.": (
        "Eén cijfer: zijn waarde, status, bron, en hoe een afgeleide waarde is afgeleid."
    ),
    "Check the data files and report every problem at once (file:line, field, what is wrong).": (
        "Controleer de gegevensbestanden en meld elk probleem in één keer (bestand:regel, veld,"
        " wat er mis is)."
    ),
    "Exit codes: 0 no errors (warnings allowed), 2 errors found.": (
        "Afsluitcodes: 0 geen fouten (waarschuwingen mogen), 2 fouten gevonden."
    ),
    "A self-contained monitor page: headline, sectors, series, catch-up path, quota, sources.": (
        "Een losse monitorpagina: het jaar in één oogopslag, sectoren, reeks, inhaalpad, "
        "quotum, bronnen."
    ),
    "The regime of a year explained: its law, articles, figures and what is not published.": (
        "Het regime van een jaar uitgelegd: de wet, artikelen, cijfers en wat niet gepubliceerd is."
    ),
    "The year whose rules to show.": ("Het jaar waarvan de regels getoond worden."),
    "Print the JSON Schema of a data file (generated from the models).": (
        "Druk het JSON Schema van een gegevensbestand af (gemaakt uit de modellen)."
    ),
    "Editors validate data files with it; see the README:": (
        "Editors controleren er gegevensbestanden mee; zie de README:"
    ),
    "Which file's schema.": ("Het schema van welk bestand."),
    "Examples:": ("Voorbeelden:"),
    "Quota calculator for the Dutch Banenafspraak: targets, realised jobs, shortfalls, quota "
    "percentages, employer levies and catch-up paths.": (
        "Quotumcalculator voor de Banenafspraak: doelen, gerealiseerde banen, tekorten, "
        "quotumpercentages, heffingen van werkgevers en inhaalpaden."
    ),
    "Every figure comes from the bundled data (or --data DIR) with its source and status. Exit "
    "codes: 0 ok, 1 a check found the target missed, 2 bad input.": (
        "Elk cijfer komt uit de meegeleverde gegevens (of --data MAP) met zijn bron en status. "
        "Afsluitcodes: 0 goed, 1 een controle vond het doel gemist, 2 foute invoer."
    ),
    "Print the version and exit.": ("Toon de versie en stop."),
    "Show the traceback of an unexpected error.": ("Toon de traceback van een onverwachte fout."),
    "Show this message and exit.": ("Toon deze hulp en stop."),
    "    banencalc check                        # the latest official year": (
        "    banencalc check                        # het laatste officiële jaar"
    ),
    "    banencalc check --year 2019            # exit 0": (
        "    banencalc check --year 2019            # code 0"
    ),
    "    banencalc check --year 2020            # exit 1": (
        "    banencalc check --year 2020            # code 1"
    ),
    "Install completion for the current shell.": "Installeer aanvulling voor de huidige shell.",
    "Show completion for the current shell, to copy it or customize the installation.": (
        "Toon de aanvulling voor de huidige shell, om te kopiëren of de installatie aan te passen."
    ),
    "no quota percentage is published for {final}: the comparison uses the latest one, {pct}% "
    "of {year} ({status})": (
        "voor {final} is geen quotumpercentage gepubliceerd: de vergelijking gebruikt het "
        "laatste, {pct}% van {year} ({status})"
    ),
    # every employer an answer: a sector never activated, years under each law, the levy labelled
    "law": "wet",
    "quota law": "quotumwet",
    "Wet banen-\nafspraak": "Wet banen-\nafspraak",
    "levy (not collected,\nWfsv art 122na)": "heffing (niet geïnd,\nWfsv art 122na)",
    "levy\n(EUR)": "heffing\n(EUR)",
    "levy, EUR\n(not\ncollected,\nWfsv art\n122na)": (
        "heffing,\nEUR (niet\ngeïnd,\nWfsv art\n122na)"
    ),
    "inclusi-\nviteits-\nopslag\n(EUR)": "inclusi-\nviteits-\nopslag\n(EUR)",
    "loon-\nkosten-\nvoordeel\n(EUR)": "loon-\nkosten-\nvoordeel\n(EUR)",
    "quota status": "status quotum",
    "realised jobs": "gerealiseerde banen",
    "quota law: levy\n(not collected)": "quotumwet: heffing\n(niet geïnd)",
    "target_group_employees: {text} is not a whole number of employees": (
        "target_group_employees: {text} is geen geheel aantal werknemers"
    ),
    "{year}: the inclusiviteitsopslag is owed, and computing it needs the premium_wage column "
    "(Wet banenafspraak art 6)": (
        "{year}: de inclusiviteitsopslag is verschuldigd, en om die te berekenen is de kolom "
        "premium_wage nodig (Wet banenafspraak art 6)"
    ),
    "{reason} (the {rules} rules)": "{reason} (de regels van {rules})",
    "no shortfall to remove by {by}: no year up to then has a quota percentage for {sector}": (
        "geen tekort weg te werken tot {by}: geen jaar tot dan heeft een quotumpercentage voor "
        "{sector}"
    ),
    "not liable in {years}: the quotumregeling was not activated for {sector} ({article}); the "
    "realised jobs (and required jobs where a percentage is given) are information only": (
        "niet plichtig in {years}: de quotumregeling is niet geactiveerd voor {sector} "
        "({article}); de gerealiseerde banen (en de vereiste banen waar een percentage is "
        "gegeven) zijn alleen ter informatie"
    ),
    "no levy is collected for any of these years (2018 was an information year; Wfsv art 122na "
    "lid 1 for the years before the Wet banenafspraak); the amounts show what the law's formula "
    "gives": (
        "voor geen van deze jaren wordt een heffing geïnd (2018 was een informatiejaar; Wfsv art "
        "122na lid 1 voor de jaren vóór de Wet banenafspraak); de bedragen tonen wat de formule "
        "van de wet geeft"
    ),
    "-: no quota percentage is published for {years}: the required jobs, shortfall and levy "
    "cannot be computed": (
        "-: voor {years} is geen quotumpercentage gepubliceerd: vereiste banen, tekort en heffing "
        "zijn niet te berekenen"
    ),
    "from {year} the Wet banenafspraak applies (its art 12): no percentage, threshold or levy per "
    "employer; 'liable' there means the inclusiviteitsopslag is owed, which needs an activation "
    "of the quotumregeling (art 5 and 6)": (
        "vanaf {year} geldt de Wet banenafspraak (art 12): geen percentage, drempel of heffing per "
        "werkgever; 'plichtig' betekent daar dat de inclusiviteitsopslag verschuldigd is, wat een "
        "activering van de quotumregeling vraagt (art 5 en 6)"
    ),
    "realised: {jobs} jobs in each year ({hours} target-group hours)": (
        "gerealiseerd: {jobs} banen in elk jaar ({hours} uren van de doelgroep)"
    ),
    "Employer over the years: each year under its own law": (
        "Werkgever over de jaren: elk jaar onder zijn eigen wet"
    ),
    "from 2026 the Wet banenafspraak applies: no required jobs or levy per employer; the "
    "loonkostenvoordeel is shown for the hours hired": (
        "vanaf 2026 geldt de Wet banenafspraak: geen vereiste banen of heffing per werkgever; het "
        "loonkostenvoordeel staat er voor de geworven uren"
    ),
    "the path aims at {goal}, the last year up to {by} with a quota percentage (from 2026 the Wet "
    "banenafspraak has no shortfall per employer); later years keep the hours hired": (
        "het pad mikt op {goal}, het laatste jaar tot en met {by} met een quotumpercentage (vanaf "
        "2026 kent de Wet banenafspraak geen tekort per werkgever); latere jaren houden de "
        "geworven uren"
    ),
    "not liable in {year}: the quotumregeling was not activated for {sector} ({article}); no levy "
    "and no quotumtekort apply": (
        "niet plichtig in {year}: de quotumregeling is niet geactiveerd voor {sector} ({article}); "
        "er geldt geen heffing en geen quotumtekort"
    ),
    "no quota percentage is set for {sector} in {year}": (
        "voor {sector} is in {year} geen quotumpercentage vastgesteld"
    ),
    "the required jobs at {pct}% ({status}) are shown as information only": (
        "de vereiste banen bij {pct}% ({status}) staan er alleen ter informatie"
    ),
    "no quota percentage is published for {sector} in {year}: the required jobs, shortfall and "
    "levy cannot be computed; give a percentage as a what-if to see them": (
        "voor {sector} is in {year} geen quotumpercentage gepubliceerd: vereiste banen, tekort en "
        "heffing zijn niet te berekenen; geef een percentage als wat-als om ze te zien"
    ),
    "no quota percentage to compute it with": "geen quotumpercentage om mee te rekenen",
    "Wfsv art 38e lid 1 and 122n lid 1: no quota levy for a sector without an activation "
    "regulation": (
        "Wfsv art 38e lid 1 en 122n lid 1: geen quotumheffing voor een sector zonder "
        "activeringsregeling"
    ),
    "{description}: {formula}  [{rule}]": "{description}: {formula}  [{rule}]",
    "no year after {year} up to {by} has a quota percentage to aim at (from 2026 the Wet "
    "banenafspraak has no shortfall per employer): the table shows each year as it is": (
        "geen jaar na {year} tot en met {by} heeft een quotumpercentage om op te mikken (vanaf "
        "2026 kent de Wet banenafspraak geen tekort per werkgever): de tabel toont elk jaar zoals "
        "het is"
    ),
    " (not collected: Wfsv art 122na)": " (niet geïnd: Wfsv art 122na)",
    "{rows} rows have no sector of their own: computed as {sector} (--sector)": (
        "{rows} regels hebben geen eigen sector: berekend als {sector} (--sector)"
    ),
    "the total {total} set in the scenario differs from the sum of its parts {parts} by {gap}: the "
    "scenario's own figures disagree": (
        "het totaal {total} uit het scenario wijkt {gap} af van de som van de delen {parts}: de "
        "cijfers van het scenario zelf spreken elkaar tegen"
    ),
    "{key}: {old} -> {new} (derived: the sum of its parts)": (
        "{key}: {old} -> {new} (afgeleid: de som van de delen)"
    ),
    "{key}: {text} has two signs": "{key}: {text} heeft twee tekens",
    "{key}: {text}: a share of the baseline figure is relative: write +{text} or -{text}; for a "
    "quota percentage of {number}% write {number}": (
        "{key}: {text}: een aandeel van het basiscijfer is relatief: schrijf +{text} of -{text}; "
        "voor een quotumpercentage van {number}% schrijf {number}"
    ),
    "{key} is given twice ({first} and {second}); give each key once": (
        "{key} is twee keer gegeven ({first} en {second}); geef elke sleutel één keer"
    ),
    "{origin}: set.{key}: {text} is not a number; a change relative to the baseline is written "
    "+3000, -500, +10% or -5%": (
        "{origin}: set.{key}: {text} is geen getal; een wijziging ten opzichte van het basiscijfer "
        "schrijft u als +3000, -500, +10% of -5%"
    ),
    "{origin}: {why}": "{origin}: {why}",
    "{key}: {why}": "{key}: {why}",
    "{key}: year {year} is outside 2013-2100": "{key}: jaar {year} ligt buiten 2013-2100",
    "; the nearest year with a figure is {year}: {value}": (
        "; het dichtstbijzijnde jaar met een cijfer is {year}: {value}"
    ),
    "{key} is set twice: as {first} ({first_at}) and as {second} ({second_at}); give it once": (
        "{key} is twee keer gezet: als {first} ({first_at}) en als {second} ({second_at}); geef "
        "het één keer"
    ),
    "{key}={text}: there is no figure to change relatively{nearest}; give an absolute value": (
        "{key}={text}: er is geen cijfer om relatief te wijzigen{nearest}; geef een absolute waarde"
    ),
    "{key}={value}: must be above 0 (the calculation divides by it)": (
        "{key}={value}: moet groter zijn dan 0 (de berekening deelt erdoor)"
    ),
    "{key}={value}: must be 0 or more": "{key}={value}: moet 0 of meer zijn",
    "{key}={value}: a quota percentage lies between 0 and 100": (
        "{key}={value}: een quotumpercentage ligt tussen 0 en 100"
    ),
    " (a thousands separator? write {whole} without one)": (
        " (een scheidingsteken voor duizendtallen? schrijf {whole} zonder)"
    ),
    "{key}={value}: a count of jobs is a whole number{hint}": (
        "{key}={value}: een aantal banen is een geheel getal{hint}"
    ),
    "{key}={value}: a count of jobs is 0 or more": "{key}={value}: een aantal banen is 0 of meer",
    "{key}={value}: must be a whole year": "{key}={value}: moet een heel jaar zijn",
    "{key}={value}: must lie between {low} and {high} ({why})": (
        "{key}={value}: moet liggen tussen {low} en {high} ({why})"
    ),
    "Wet banenafspraak art 12 lid 1": "Wet banenafspraak art 12 lid 1",
    "a percentage": "een percentage",
    "{id} ({name})": "{id} ({name})",
    "levy collected": "heffing geïnd",
    "{change} (--set, replacing {place})": "{change} (--set, in plaats van {place})",
    # the guided mode of `employer` (the Quotumcalculator's questions)
    "Quota position of one employer: a few questions (Enter takes the default).": (
        "Quotumpositie van één werkgever: een paar vragen (Enter neemt de standaardwaarde)."
    ),
    "Sector (government, market, or a government sector such as gemeenten)": (
        "Sector (overheid, markt, of een overheidssector zoals gemeenten)"
    ),
    "Year, or years as 2024-2028 (this year and the coming years)": (
        "Jaar, of jaren als 2024-2028 (dit jaar en de komende jaren)"
    ),
    "Paid hours (verloonde uren): all hours for which wages were paid in the year, as in the "
    "payroll returns (loonaangifte); a job is 25.5 hours a week, 1,331 a year.": (
        "Verloonde uren: alle uren waarover in het jaar loon is betaald, zoals in de "
        "loonaangifte; een baan is 25,5 uur per week, 1.331 per jaar."
    ),
    "Paid hours in the year": "Verloonde uren in het jaar",
    "Target-group hours: the paid hours of employees in the doelgroepregister (banenafspraak), "
    "counted while they are in it.": (
        "Uren van de doelgroep: de verloonde uren van werknemers in het doelgroepregister "
        "(banenafspraak), geteld zolang zij erin staan."
    ),
    "Target-group hours in the year": "Uren van de doelgroep in het jaar",
    "Do you hire target-group staff out to, or in from, other employers? (yes/no)": (
        "Leent u werknemers uit de doelgroep uit aan, of in van, andere werkgevers? (ja/nee)"
    ),
    "Hours a lender attributes to you as hirer (Besluit Wfsv art 2.28)": (
        "Uren die een uitlener aan u als inlener toerekent (Besluit Wfsv art 2.28)"
    ),
    "Hours you attribute to hirers as lender (Besluit Wfsv art 2.28)": (
        "Uren die u als uitlener aan inleners toerekent (Besluit Wfsv art 2.28)"
    ),
    "For {sector}:": "Voor {sector}:",
    "  {why}": "  {why}",
    "no answer given; nothing was computed": "geen antwoord gegeven; er is niets berekend",
    "{text} is not a year (write 2024, or 2024-2028)": (
        "{text} is geen jaar (schrijf 2024, of 2024-2028)"
    ),
    "give a number": "geef een getal",
    "answer yes or no": "antwoord ja of nee",
    "The same answer without questions: {command}": "Dezelfde uitkomst zonder vragen: {command}",
    "employer_since: {text} is not a year": "employer_since: {text} is geen jaar",
    # issue: the law as its articles say
    "computed with SZW's five-component form of Wfsv art 38f lid 2: {pct}%": (
        "berekend met de vijfdelige vorm van SZW van Wfsv art 38f lid 2: {pct}%"
    ),
    "the form used is SZW's (A + B) x C / (D x E); Wfsv art 38f lid 2 has eight variables: it "
    "leaves out F{f}, G (their average paid hours) and H (realised extra jobs)": (
        "de gebruikte vorm is die van SZW, (A + B) x C / (D x E); Wfsv art 38f lid 2 heeft acht "
        "variabelen: zij laat F{f}, G (hun gemiddelde verloonde uren) en H (gerealiseerde extra "
        "banen) weg"
    ),
    " (target-group people of Wfsv art 38b lid 2 at liable employers: {value} in {year}, Besluit "
    "Wfsv art 2.32)": (
        " (arbeidsbeperkten van Wfsv art 38b lid 2 bij plichtige werkgevers: {value} in {year}, "
        "Besluit Wfsv art 2.32)"
    ),
    " (target-group people of Wfsv art 38b lid 2 at liable employers)": (
        " (arbeidsbeperkten van Wfsv art 38b lid 2 bij plichtige werkgevers)"
    ),
    "{article}: {taken}. Other reading: {other}": "{article}: {taken}. Andere lezing: {other}",
    "Readings the law leaves open (the tool's, then the other):": (
        "Lezingen die de wet openlaat (die van de tool, dan de andere):"
    ),
    "the repeal of the quota law for 2026 could not be verified in the consolidated texts: the "
    "Wfsv valid from 1 January 2026 still contains paragraph 4a (art 38b-38j) and art 34 lid 3-8, "
    "and its art 122na lid 1 bars the levy only for years before Wet banenafspraak art 2 entered "
    "into force; Wet banenafspraak art 12 keeps the quota law for the years before 2026. The tool "
    "applies the Wet banenafspraak from 2026 (its art 12 lid 1)": (
        "het vervallen van de quotumwet voor 2026 kon in de geconsolideerde teksten niet worden "
        "nagegaan: de Wfsv geldend vanaf 1 januari 2026 bevat nog paragraaf 4a (art 38b-38j) en "
        "art 34 lid 3-8, en haar art 122na lid 1 sluit de heffing alleen uit voor jaren vóór de "
        "inwerkingtreding van art 2 van de Wet banenafspraak; Wet banenafspraak art 12 houdt de "
        "quotumwet in stand voor de jaren vóór 2026. De tool past vanaf 2026 de Wet banenafspraak "
        "toe (art 12 lid 1)"
    ),
    "an interpretation: Wet banenafspraak art 6 lid 6 sets 'een opslagpercentage op het hoge "
    "premiepercentage'; the tool reads it as {reading}; read as {other}, the surcharge is "
    "{amount} (choose the reading with the surcharge reading option)": (
        "een interpretatie: Wet banenafspraak art 6 lid 6 spreekt van 'een opslagpercentage op het "
        "hoge premiepercentage'; de tool leest dat als {reading}; gelezen als {other} is de opslag "
        "{amount} (kies de lezing met de optie voor de lezing van de opslag)"
    ),
    "percentage points added to the high Aof rate (premium base x percentage)": (
        "procentpunten bovenop de hoge Aof-premie (premiegrondslag x percentage)"
    ),
    "a share of the high Aof rate (premium base x high rate x percentage)": (
        "een aandeel van de hoge Aof-premie (premiegrondslag x hoge premie x percentage)"
    ),
    "EUR {value}": "EUR {value}",
    "not computable": "niet te berekenen",
    "inclusiviteitsopslag, read as a share of the high Aof rate": (
        "inclusiviteitsopslag, gelezen als aandeel van de hoge Aof-premie"
    ),
    "inclusiviteitsopslag, read as percentage points on the high Aof rate": (
        "inclusiviteitsopslag, gelezen als procentpunten op de hoge Aof-premie"
    ),
    "{base} x {high}% x {rate}%": "{base} x {high}% x {rate}%",
    "no loonkostenvoordeel for employees past the AOW age, nor for Wsw employees who are not "
    "seconded (Wtl art 2.10 lid 2): leave their hours out": (
        "geen loonkostenvoordeel voor werknemers boven de AOW-leeftijd, noch voor Wsw-werknemers "
        "die niet gedetacheerd zijn (Wtl art 2.10 lid 2): laat hun uren weg"
    ),
    "the banenafspraakbonus is not yet in statute: it is computed per paid hour as the 2019 "
    "design letter described it, as a what-if": (
        "de banenafspraakbonus staat nog niet in de wet: hij is berekend per verloond uur zoals de "
        "ontwerpbrief van 2019 hem beschreef, als wat-als"
    ),
    "the small-employer test (Besluit Wfsv art 2.19d lid 1) was not applied: it needs {missing}; "
    "an employer that started in {year} or {previous} is small whatever its wage (lid 4)": (
        "de toets voor kleine werkgevers (Besluit Wfsv art 2.19d lid 1) is niet toegepast: "
        "daarvoor is {missing} nodig; een werkgever die in {year} of {previous} begon, is klein "
        "wat zijn loonsom ook is (lid 4)"
    ),
    "small employer: own premium wage of {year} at most {factor} x the average of {year}?": (
        "kleine werkgever: eigen premieloon van {year} hoogstens {factor} x het gemiddelde van "
        "{year}?"
    ),
    "the loonkostenvoordeel is an upper bound: the cap of EUR {cap} applies to each employee's own "
    "hours (Wtl art 2.13), which only totals were given for; give each target-group employee's "
    "hours to apply it": (
        "het loonkostenvoordeel is een bovengrens: het maximum van EUR {cap} geldt voor de eigen "
        "uren van elke werknemer (Wtl art 2.13), en er zijn alleen totalen gegeven; geef de uren "
        "van elke werknemer uit de doelgroep om het toe te passen"
    ),
    "with the quotumregeling in force a banenafspraakbonus raises the loonkostenvoordeel; its form "
    "and amount are not in statute (Wet banenafspraak art 1 refers to a Wtl art 2.13 lid 2 that "
    "the Wtl text valid from 2026 does not have)": (
        "met de quotumregeling van kracht verhoogt een banenafspraakbonus het loonkostenvoordeel; "
        "vorm en bedrag staan niet in de wet (Wet banenafspraak art 1 verwijst naar een Wtl art "
        "2.13 lid 2 dat de Wtl-tekst geldend vanaf 2026 niet heeft)"
    ),
    "banenafspraakbonus (assumed per paid hour)": (
        "banenafspraakbonus (aangenomen per verloond uur)"
    ),
    "the exempted premium wage (hired-out, Wsw and beschut werk, benefits: {exempt}) exceeds the "
    "premium wage {wage}": (
        "het vrijgestelde premieloon (uitgeleend, Wsw en beschut werk, uitkeringen: {exempt}) is "
        "hoger dan het premieloon {wage}"
    ),
    "{since} is not a year the employer can have started in (1900-{year})": (
        "{since} is geen jaar waarin de werkgever begonnen kan zijn (1900-{year})"
    ),
    "{reading} is not a reading: points or share": "{reading} is geen lezing: points of share",
    "premium wage, less what art 6 lid 4 exempts": "premieloon, min wat art 6 lid 4 vrijstelt",
    "{wage} - 0 (no exempted wage given)": "{wage} - 0 (geen vrijgesteld loon opgegeven)",
    "premium wage, {label}": "premieloon, {label}",
    "less hired-out employees": "min uitgeleende werknemers",
    "less non-seconded Wsw employees and beschut werk": (
        "min niet-gedetacheerde Wsw-werknemers en beschut werk"
    ),
    "less benefits and supplements": "min uitkeringen en aanvullingen",
    "small employer: an employer since {since}": "kleine werkgever: werkgever sinds {since}",
    "started in {year} or {previous}: small whatever its wage": (
        "begonnen in {year} of {previous}: klein wat de loonsom ook is"
    ),
    "the employer's own premium wage of {year}": (
        "het eigen premieloon van de werkgever over {year}"
    ),
    "the average premium wage per employee of {year}": (
        "het gemiddelde premieloon per werknemer van {year}"
    ),
    "loonkostenvoordeel, per employee": "loonkostenvoordeel, per werknemer",
    "min({hours} x EUR {rate}, EUR {cap})": "min({hours} x EUR {rate}, EUR {cap})",
    "per employee min(hours x EUR {rate}, EUR {cap})": (
        "per werknemer min(uren x EUR {rate}, EUR {cap})"
    ),
    "the target-group hours {hours} differ from the sum of the hours per employee {total}; give "
    "one or make them agree": (
        "de uren van de doelgroep {hours} wijken af van de som van de uren per werknemer {total}; "
        "geef er één of laat ze overeenkomen"
    ),
    "{people} target-group employees, but hours for {count}": (
        "{people} werknemers uit de doelgroep, maar uren voor {count}"
    ),
    "loonkostenvoordeel, at most: per employee min({hours} / {people} x EUR {rate}, EUR {cap})": (
        "loonkostenvoordeel, hoogstens: per werknemer min({hours} / {people} x EUR {rate}, "
        "EUR {cap})"
    ),
    "loonkostenvoordeel, at most": "loonkostenvoordeel, hoogstens",
    "the share reading needs the high Aof premium percentage of Wfsv art 36 for {year}, which is "
    "not in the data: give it as a what-if (wet.aof_high_rate_pct)": (
        "de aandeel-lezing heeft het hoge Aof-premiepercentage van Wfsv art 36 voor {year} nodig, "
        "dat niet in de data staat: geef het als wat-als (wet.aof_high_rate_pct)"
    ),
    "a lender's C falls by the target-group hours it attributes to hirers (the hours to hirers "
    "given)": (
        "de C van een uitlener daalt met de doelgroepuren die hij aan inleners toerekent (de "
        "opgegeven uren aan inleners)"
    ),
    "the article reduces C by the paid hours of hired-out arbeidsbeperkten with no condition of "
    "attribution: to compute that reading, give all such hours as the hours to hirers": (
        "het artikel vermindert C met de verloonde uren van uitgeleende arbeidsbeperkten zonder "
        "voorwaarde van toerekening: geef voor die lezing al die uren op als uren aan inleners"
    ),
    "the hours a lender attributes to a hirer are taken as given: the cap per person (at most that "
    "person's hours in the polisadministratie) needs per-person data": (
        "de uren die een uitlener aan een inlener toerekent, worden genomen zoals gegeven: het "
        "maximum per persoon (hoogstens diens uren in de polisadministratie) vraagt gegevens per "
        "persoon"
    ),
    "with hours per person (a payroll export), each person's attributed hours are capped": (
        "met uren per persoon (een salarisexport) worden de toegerekende uren per persoon begrensd"
    ),
    "an employer that employed staff for part of the year is tested against the full 40,575 hours: "
    "no rule for pro-rating (herleiding) was found in Besluit Wfsv art 2.19-2.33, and none is "
    "applied": (
        "een werkgever die een deel van het jaar personeel had, wordt getoetst aan de volle 40.575 "
        "uur: in Besluit Wfsv art 2.19-2.33 is geen herleidingsregel gevonden, en er wordt geen "
        "toegepast"
    ),
    "pro-rating the threshold to the months with staff, should a rule be found": (
        "de drempel herleiden naar de maanden met personeel, als er een regel wordt gevonden"
    ),
    "the quota percentage is recomputed with the five-component form SZW publishes, (A + B) x C / "
    "(D x E); the article's formula has eight variables, A to H": (
        "het quotumpercentage wordt herberekend met de vijfdelige vorm die SZW publiceert, (A + B) "
        "x C / (D x E); de formule van het artikel heeft acht variabelen, A tot en met H"
    ),
    "the full formula also uses F (target-group people of Wfsv art 38b lid 2 at liable employers, "
    "values in Besluit Wfsv art 2.32), G (their average paid hours) and H (realised extra jobs), "
    "which the tool does not model": (
        "de volledige formule gebruikt ook F (arbeidsbeperkten van Wfsv art 38b lid 2 bij "
        "plichtige werkgevers, waarden in Besluit Wfsv art 2.32), G (hun gemiddelde verloonde "
        "uren) en H (gerealiseerde extra banen), die de tool niet modelleert"
    ),
    "'een opslagpercentage op het hoge premiepercentage' is read as percentage points added to the "
    "high Aof rate of Wfsv art 36: premium base x percentage (the way the Aof's own low and high "
    "rates differ)": (
        "'een opslagpercentage op het hoge premiepercentage' wordt gelezen als procentpunten "
        "bovenop de hoge Aof-premie van Wfsv art 36: premiegrondslag x percentage (zoals de lage "
        "en hoge Aof-premie zelf verschillen)"
    ),
    "read as a share of the high Aof rate: premium base x high rate x percentage, about a hundred "
    "times less (surcharge reading 'share', with wet.aof_high_rate_pct)": (
        "gelezen als aandeel van de hoge Aof-premie: premiegrondslag x hoge premie x percentage, "
        "ongeveer honderd keer minder (lezing 'share', met wet.aof_high_rate_pct)"
    ),
    "the premium wage is taken as given: the premium wage of the Aof, which is capped per employee "
    "at the maximum premium wage before it is added up; the tool does not cap it": (
        "het premieloon wordt genomen zoals gegeven: het premieloon van de Aof, dat per werknemer "
        "al op het maximumpremieloon is begrensd voordat het wordt opgeteld; de tool begrenst het "
        "niet"
    ),
    "give the uncapped wage and the tool would overstate the surcharge": (
        "geef het onbegrensde loon en de tool zou de opslag te hoog berekenen"
    ),
    "from 2026 the Wet banenafspraak applies and the quota law's levy does not (Wet banenafspraak "
    "art 12 lid 1 and 2)": (
        "vanaf 2026 geldt de Wet banenafspraak en de heffing van de quotumwet niet (Wet "
        "banenafspraak art 12 lid 1 en 2)"
    ),
    "the consolidated Wfsv valid from 2026 still contains paragraph 4a (art 38b-38j) and art 34 "
    "lid 3-8, and art 122na lid 1 bars the levy only for the years before 2026; the provision that "
    "ends paragraph 4a was not found in the consolidated texts, so the repeal could not be "
    "verified": (
        "de geconsolideerde Wfsv geldend vanaf 2026 bevat nog paragraaf 4a (art 38b-38j) en art 34 "
        "lid 3-8, en art 122na lid 1 sluit de heffing alleen uit voor de jaren vóór 2026; de "
        "bepaling die paragraaf 4a beëindigt, is in de geconsolideerde teksten niet gevonden, dus "
        "het vervallen kon niet worden nagegaan"
    ),
    "the banenafspraakbonus is modelled per paid hour, with an optional cap per employee, as the "
    "2019 design letter described it; only as a labelled what-if": (
        "de banenafspraakbonus is gemodelleerd per verloond uur, met een optioneel maximum per "
        "werknemer, zoals de ontwerpbrief van 2019 hem beschreef; alleen als gelabelde wat-als"
    ),
    "art 1 refers to 'artikel 2.13, tweede lid, van de Wtl', which the Wtl text valid from "
    "2026-01-01 does not contain: the bonus could as well be an amount per employee": (
        "art 1 verwijst naar 'artikel 2.13, tweede lid, van de Wtl', dat de Wtl-tekst geldend "
        "vanaf 2026-01-01 niet bevat: de bonus kan evengoed een bedrag per werknemer zijn"
    ),
    "the cap of EUR 2,000 applies to each employee's own hours; from totals the amount is an upper "
    "bound (the hours spread evenly)": (
        "het maximum van EUR 2.000 geldt voor de eigen uren van elke werknemer; uit totalen is het "
        "bedrag een bovengrens (de uren gelijk verdeeld)"
    ),
    "give each target-group employee's hours to get the exact amount": (
        "geef de uren van elke werknemer uit de doelgroep voor het precieze bedrag"
    ),
    "--surcharge-reading: {reading} is not a reading; give points or share": (
        "--surcharge-reading: {reading} is geen lezing; geef points of share"
    ),
    "Wfsv art 38f lid 2, variable C (set by ministerial regulation under Besluit Wfsv art 2.22 lid "
    "1; a different variable from G, though 1,331 too)": (
        "Wfsv art 38f lid 2, variabele C (bij ministeriële regeling vastgesteld op grond van "
        "Besluit Wfsv art 2.22 lid 1; een andere variabele dan G, al is die ook 1.331)"
    ),
    "Wfsv art 38f lid 2, variable E (set by ministerial regulation under Besluit Wfsv art 2.22 lid "
    "1; the 1,623 of Besluit art 2.20)": (
        "Wfsv art 38f lid 2, variabele E (bij ministeriële regeling vastgesteld op grond van "
        "Besluit Wfsv art 2.22 lid 1; de 1.623 van Besluit art 2.20)"
    ),
    "Besluit Wfsv art 2.28 lid 5": "Besluit Wfsv art 2.28 lid 5",
    "Besluit Wfsv art 2.28 lid 4": "Besluit Wfsv art 2.28 lid 4",
    "Wfsv art 34 lid 8 onder b": "Wfsv art 34 lid 8 onder b",
    "Wfsv art 38f lid 2": "Wfsv art 38f lid 2",
    "Wet banenafspraak art 6 lid 6": "Wet banenafspraak art 6 lid 6",
    "Wet banenafspraak art 1 (premieplichtig loon) with Wfsv hoofdstuk 3": (
        "Wet banenafspraak art 1 (premieplichtig loon) met Wfsv hoofdstuk 3"
    ),
    "Wet banenafspraak art 12; Wfsv art 122na (valid from 2026-01-01)": (
        "Wet banenafspraak art 12; Wfsv art 122na (geldend vanaf 2026-01-01)"
    ),
    "Wet banenafspraak art 1": "Wet banenafspraak art 1",
    "Wet tegemoetkomingen loondomein art 2.13": "Wet tegemoetkomingen loondomein art 2.13",
    "Wet banenafspraak art 6 lid 3; Besluit Wfsv art 2.19d lid 1 and art 2.5 lid 2": (
        "Wet banenafspraak art 6 lid 3; Besluit Wfsv art 2.19d lid 1 en art 2.5 lid 2"
    ),
    "Wet banenafspraak art 6 lid 3; Besluit Wfsv art 2.19d lid 4": (
        "Wet banenafspraak art 6 lid 3; Besluit Wfsv art 2.19d lid 4"
    ),
    "Wet banenafspraak art 6 lid 4 onder b": "Wet banenafspraak art 6 lid 4 onder b",
    "Wet banenafspraak art 6 lid 4 onder c": "Wet banenafspraak art 6 lid 4 onder c",
    "Wet banenafspraak art 6 lid 4 onder a, b and c": (
        "Wet banenafspraak art 6 lid 4 onder a, b en c"
    ),
    "Wet tegemoetkomingen loondomein art 2.10 lid 2": (
        "Wet tegemoetkomingen loondomein art 2.10 lid 2"
    ),
    "Wet banenafspraak art 1 (no form or amount in statute)": (
        "Wet banenafspraak art 1 (geen vorm of bedrag in de wet)"
    ),
    "hired-out agency hours {hired_out} and Wsw hours {wsw} exceed the paid hours {paid}": (
        "uitgeleende uren van uitzendkrachten {hired_out} en Wsw-uren {wsw} zijn meer dan de "
        "verloonde uren {paid}"
    ),
    "target-group hours attributed to hirers ({to_hirers}) exceed this employer's own "
    "target-group hours ({own}): a lender attributes only hours of its own hired-out target-group "
    "employees (Besluit Wfsv art 2.28 lid 2 and 5)": (
        "aan inleners toegerekende doelgroepuren ({to_hirers}) zijn meer dan de eigen "
        "doelgroepuren van deze werkgever ({own}): een uitlener rekent alleen uren toe van zijn "
        "eigen uitgeleende werknemers uit de doelgroep (Besluit Wfsv art 2.28 lid 2 en 5)"
    ),
    "paid hours {year} for the threshold (less hired-out agency staff and own Wsw staff)": (
        "verloonde uren {year} voor de drempel (min uitgeleende uitzendkrachten en eigen "
        "Wsw-personeel)"
    ),
    "a reading: the hours lenders attribute are taken as given; Besluit Wfsv art 2.28 lid 4 caps "
    "them per person at that person's hours in the polisadministratie, which needs per-person data "
    "(not applied)": (
        "een lezing: de uren die uitleners toerekenen, worden genomen zoals gegeven; Besluit Wfsv "
        "art 2.28 lid 4 begrenst ze per persoon op diens uren in de polisadministratie, wat "
        "gegevens per persoon vraagt (niet toegepast)"
    ),
    "a reading: C falls by the hours attributed to hirers; Besluit Wfsv art 2.28 lid 5 reduces it "
    "by the hours of hired-out arbeidsbeperkten without a condition of attribution: give all those "
    "hours as the hours to hirers for that reading": (
        "een lezing: C daalt met de aan inleners toegerekende uren; Besluit Wfsv art 2.28 lid 5 "
        "vermindert C met de uren van uitgeleende arbeidsbeperkten zonder voorwaarde van "
        "toerekening: geef voor die lezing al die uren op als uren aan inleners"
    ),
    "{paid} - {hired_out} - {wsw} (own Wsw staff, not seconded)": (
        "{paid} - {hired_out} - {wsw} (eigen Wsw-personeel, niet gedetacheerd)"
    ),
    "Wfsv art 38g lid 3, variable A, and lid 2 (own Wsw staff not seconded); Besluit Wfsv art "
    "2.31": (
        "Wfsv art 38g lid 3, variabele A, en lid 2 (eigen Wsw-personeel, niet gedetacheerd); "
        "Besluit Wfsv art 2.31"
    ),
    "Paid hours of your own Wsw employees not seconded to another employer: they leave the paid "
    "hours and the threshold test (Wfsv art 38g lid 2; Besluit Wfsv art 2.31, 2.33); leave them "
    "out of the target-group hours too.": (
        "Verloonde uren van uw eigen Wsw-werknemers die niet bij een andere werkgever gedetacheerd "
        "zijn: zij tellen niet mee in de verloonde uren en de drempeltoets (Wfsv art 38g lid 2; "
        "Besluit Wfsv art 2.31, 2.33); laat ze ook weg uit de uren van de doelgroep."
    ),
    "an amount": "een bedrag",
    "Besluit Wfsv art 2.19d": "Besluit Wfsv art 2.19d",
    "{kind} is not a banencalc result": "{kind} is geen uitkomst van banencalc",
    "{browser} could not print the page to PDF ({why}); is it Chromium or Chrome? "
    "$BANENCALC_BROWSER names the browser to use": (
        "{browser} kon de pagina niet als PDF afdrukken ({why}); is het Chromium of Chrome? "
        "$BANENCALC_BROWSER noemt de browser die gebruikt wordt"
    ),
    "what it wrote is not a PDF": "wat het schreef is geen PDF",
    "exit status {code}{detail}": "afsluitstatus {code}{detail}",
    "no answer within {seconds} seconds": "geen antwoord binnen {seconds} seconden",
    "{origin}: {errors} error(s), {warnings} warning(s) - clean": (
        "{origin}: {errors} fout(en), {warnings} waarschuwing(en) - in orde"
    ),
    # the employer's question, checked in the library
    "give years or by, not both (by draws a path from the year)": (
        "geef jaren of een doeljaar, niet beide (het doeljaar trekt een pad vanaf het jaar)"
    ),
    "give the year or the years, not both": "geef het jaar of de jaren, niet beide",
    "a year is needed (or a span of years)": "er is een jaar nodig (of een reeks jaren)",
    "the span of years is empty": "de reeks jaren is leeg",
    "give the target-group hours or jobs, not both": (
        "geef de uren of de banen van de doelgroep, niet beide"
    ),
    "applies from 2026 (the Wet banenafspraak), not to {year}": (
        "geldt vanaf 2026 (de Wet banenafspraak), niet voor {year}"
    ),
    "compares a year under the Wet banenafspraak (from 2026) with the quota law": (
        "vergelijkt een jaar onder de Wet banenafspraak (vanaf 2026) met de quotumwet"
    ),
    "the paid hours are needed (or the FTE and hours a week)": (
        "de verloonde uren zijn nodig (of de fte en de uren per week)"
    ),
    "the comparison with the quota law needs the paid hours (it counts them)": (
        "de vergelijking met de quotumwet heeft de verloonde uren nodig (die telt ze)"
    ),
    # workbooks read exactly or refused
    "read sheet {sheet} of {file}": "blad {sheet} van {file} gelezen",
    "{said} (hidden sheet {hidden} passed over)": "{said} (verborgen blad {hidden} overgeslagen)",
    "row {row} is a totals row ({first}): left out": (
        "regel {row} is een totaalregel ({first}): weggelaten"
    ),
    "{name}: row {row}: {why}": "{name}: regel {row}: {why}",
    "{name}: this is an Excel workbook, not a CSV file: give it the name it has (.xlsx) or save it "
    "as CSV": (
        "{name}: dit is een Excel-werkmap, geen CSV-bestand: geef het de naam die het heeft "
        "(.xlsx) of sla het op als CSV"
    ),
    "the workbook unpacks to more than {limit} bytes": (
        "de werkmap pakt uit tot meer dan {limit} bytes"
    ),
    "part {part} unpacks to {size} bytes from {packed}: not a workbook's part (a zip bomb)": (
        "onderdeel {part} pakt uit tot {size} bytes uit {packed}: geen onderdeel van een werkmap "
        "(een zipbom)"
    ),
    "part {part} is missing: not an Excel workbook": (
        "onderdeel {part} ontbreekt: geen Excel-werkmap"
    ),
    "part {part} declares a DTD or entities, which a workbook never does": (
        "onderdeel {part} declareert een DTD of entiteiten, wat een werkmap nooit doet"
    ),
    "part {part} is not well-formed XML ({why})": "onderdeel {part} is geen geldige XML ({why})",
    "part {part} cannot be read ({why})": "onderdeel {part} is niet te lezen ({why})",
    "the workbook has no sheets": "de werkmap heeft geen bladen",
    "every sheet is hidden; name one with --sheet": (
        "elk blad is verborgen; noem er een met --sheet"
    ),
    "sheet {sheet} has no part": "blad {sheet} heeft geen onderdeel",
    "part {part} is larger than {limit} bytes, more than a workbook of this kind holds": (
        "onderdeel {part} is groter dan {limit} bytes, meer dan een werkmap van deze soort bevat"
    ),
    "part {part} is not well-formed ({why})": "onderdeel {part} is niet geldig ({why})",
    "cell {cell} is part of a merged range: it holds no value of its own; unmerge the cells and "
    "fill in each row": (
        "cel {cell} hoort bij een samengevoegd bereik: zij heeft geen eigen waarde; hef het "
        "samenvoegen op en vul elke regel in"
    ),
    "cell {cell} holds a formula without a stored value (a workbook written by a script, never "
    "opened in Excel): open and save it in Excel, or type the value": (
        "cel {cell} bevat een formule zonder opgeslagen waarde (een werkmap geschreven door een "
        "script, nooit geopend in Excel): open en bewaar haar in Excel, of typ de waarde"
    ),
    "cell {cell} holds the error value {error}": "cel {cell} bevat de foutwaarde {error}",
    "cell {cell} points at shared string {index}, which the workbook does not have": (
        "cel {cell} verwijst naar gedeelde tekst {index}, die de werkmap niet heeft"
    ),
    "cell {cell} holds {value}, which is not a number": "cel {cell} bevat {value}, geen getal",
    "cell {cell} holds a date or time ({value} as a date), where a number is expected": (
        "cel {cell} bevat een datum of tijd ({value} als datum), waar een getal verwacht wordt"
    ),
    "\n  row {line}: {reason}": "\n  regel {line}: {reason}",
    "skipped row {line}: {reason}": "regel {line} overgeslagen: {reason}",
    "SOURCE_DATE_EPOCH={value} is not a time: give whole seconds since 1 January 1970 (e.g. "
    "1700000000), or unset it": (
        "SOURCE_DATE_EPOCH={value} is geen tijdstip: geef hele seconden sinds 1 januari 1970 "
        "(bijv. 1700000000), of laat het weg"
    ),
    "{option}: {text} is not a whole number": "{option}: {text} is geen geheel getal",
    "0 target-group employees, but {hours} target-group hours: give how many employees work them": (
        "0 werknemers uit de doelgroep, maar {hours} uren van de doelgroep: geef hoeveel "
        "werknemers ze werken"
    ),
    "{count} more skipped rows are not listed (the first {listed} are)": (
        "nog {count} overgeslagen regels zijn niet opgesomd (de eerste {listed} wel)"
    ),
    "--output {output}: banencalc writes no {suffix} file; it writes {known}": (
        "--output {output}: banencalc schrijft geen {suffix}-bestand; het schrijft {known}"
    ),
    "--file -: standard input is closed": "--file -: standaardinvoer is gesloten",
}
