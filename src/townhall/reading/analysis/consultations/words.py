"""The words that tell a deliberating body (BODY_WORD) and its part in a route (ROLE), in Danish, German and English."""

from __future__ import annotations

import re


# A cell or phrase names a deliberating body when it holds one of these words.
BODY_WORD = re.compile(
    # "-rat" closes many compounds (Integrationsrat) and a few other words (Referat, Apparat, Vorrat)
    r"(?i:ausschuss|ausschusses|(?<=[a-zäöüß])(?<!refe)(?<!ppa)(?<!nse)(?<!uad)(?<!hei)(?<!vor)(?<!unrat)"
    r"rat(?:es|s)?\b|\brat\b|beirat|räte|vertretung|versammlung|"
    r"kreistag|bezirkstag|magistrat|senat|bürgerschaft|kommission|verwaltungsvorstand|gemeindevorstand|"
    r"council|committee|cabinet|board|panel|assembly|executive|municipal district|"
    r"udvalg|repræsentation|byråd|kommunalbestyrelse|regionsråd|magistraten|"
    # a Danish council's advisory boards close a compound in "-råd" ("Integrationsrådet", "Handicaprådet"; not "forråd")
    r"(?<=[a-zæøå])(?<!for)råd(?:et|ene)?\b)"
)
ROLE = re.compile(
    r"^(?:vorberatung|vorberatend|entscheidung|entscheidend|beschlussfassung|beschließend|beschluss|"
    r"kenntnisnahme|zur kenntnis(?:nahme)?|zur beratung|zur entscheidung|zur beschlussfassung|"
    r"zur vorberatung|beratung|anhörung|empfehlung|stellungnahme|vorlage zur kenntnis|"
    r"for decision|for information|for noting|for consideration|for approval|decision|information|"
    r"til beslutning|til orientering|til drøftelse|til godkendelse|beslutning|orientering|"
    # Danish route tables ("Behandling", "Sagsforløb") name each committee's part in a word of its own
    r"indstilling|til indstilling|anbefaling|drøftelse|godkendelse|høring|til høring|endelig beslutning|"
    # a parliament's committees are named for their part in the referral: the lead one and those that advise
    r"federführend|mitberatend|federführung|mitberatung)$",
    re.IGNORECASE,
)
