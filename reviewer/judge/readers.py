"""What a sentence's own words state, read beside the fact tagger.

The tagger learns facts from labelled sentences; some readings are plainer in the words than in any n-gram model:
a worker named "Contractor" as a defined party, "you are not an independent contractor", "Copyright ... will vest
in the Company", "the drafts will not be sent to clients", a fee the company pays, a withheld benefit that is not
withheld pay. Each reader takes one sentence (a `Unit`) and returns it with facts added or dropped; `read_words`
runs them in order over a document. A reader only adds a fact at VALUE_SURE, or drops a reading its words deny.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lazyre import compile as lazy_re
from ..values import (CURRENCY_NAMES, CURRENCY_SIGNS, LOCAL_INTERNSHIP, NOT_HIRED, WINDOW_BASIS, hire_condition, holds_either_way,
                      is_a_cost)
from .legal import (ANY_DUTIES, CREATION, FRENCH_USE, LATER_EMPLOYMENT, NAMED_STAGE, NOT_ACADEMIC, REPLACES_STAFF,
                    TITLE_STATUS, USE_OF_WORK, WORK_SURE, Unit, denied_before, denied_past_condition)

VALUE_SURE = 0.9  # how sure a fact read from the words or a parsed value is


def _add(u: Unit, fact: str, p: float = VALUE_SURE) -> Unit:
    return replace(u, facts={**u.facts, fact: max(p, u.p(fact))})


def _drop(u: Unit, *facts: str) -> Unit:
    return replace(u, facts={k: v for k, v in u.facts.items() if k not in facts})


def _sure(u: Unit, fact: str) -> Unit:
    """The words state the fact plainly: a sure reading, and a sure sign of it."""
    u = _add(u, fact)
    return replace(u, signs={**u.signs, fact: max(VALUE_SURE, u.signs.get(fact, 0.0))})


# A contract that names its worker by a non-employee status ('Jordan Lee ("Contractor")') states that status as
# plainly as a sentence saying so, though the definition is a parenthesis the tagger may not read. A company named
# so ('Acme Ltd ("Consultant")') is a business-to-business engagement, not a person's status.
DEFINED_STATUS = lazy_re(r"\(\s*(?:hereinafter\s+|the\s+)?(?:referred\s+to\s+as\s+)?(?:the\s+)?[\"“'‘](?:independent\s+)?"
                         r"(?:contractor|sub-?contractor|consultant|freelancer|service\s+provider|volunteer|"
                         r"(?:trial\s+)?participant|self-employed\s+\w+)[\"”'’]\s*\)", re.I)
BUSINESS_NAME = lazy_re(r"\b(?:LLC|L\.L\.C\.|Ltd|Limited|Inc|Incorporated|Corp|Corporation|GmbH|plc|Pty|LLP|S\.?A\.?|"
                        r"B\.?V\.?|S\.?L\.?|S\.?r\.?l\.?|AG|Co)\b\.?[,\s]*$")


EMPLOYMENT_WORD = lazy_re(r"\bemploy(?:ee|ees|ed|ment)\b|\bpayroll\b|\bPAYE\b|\bW-?2\b|\bstaff\s+(?:member|contract|position)", re.I)


# The same status named as the subject of the work ('The contractor will work...', 'Freelancer shall...'), as the
# basis of the engagement ('on a consultancy basis') or as the kind of contract ('Independent Contractor Agreement').
# "Consultant" only capitalised: a recruitment consultant is not the worker.
NAMED_STATUS = lazy_re(
    r"\b(?:the\s+|a\s+|an\s+)?(?:independent\s+)?(?:(?i:contractor|sub-?contractor|freelancer)|Consultant)\s+(?:will|shall|must|"
    r"agrees|is\s+(?:required|expected|responsible)|works?|performs?|provides?)\b"
    r"|\b(?i:volunteers?)\s+(?:are|is|will\s+be)\s+(?:only\s+)?(?:expected|required|asked)\s+to\b"
    # people asked to volunteer for the business: 'we invite you to volunteer with us on Saturdays', 'Applicants may ...
    # volunteer for up to four hours per week to support our brokers'
    r"|\b(?i:to|may|can|could)\b[,\s]+(?:[\w,]+\s+){0,8}?(?i:volunteer)\s+(?i:with\s+us|for\s+us|at\s+our|for\s+up\s+to|on\s+(?:our|the)\s+"
    r"(?:\w+\s+)?(?:floor|desk|team|crew|shifts?)|to\s+(?:help|support|assist))\b"
    r"|\b(?i:volunteers?)\s+(?:will\s+|must\s+|shall\s+)?(?:work|staff|teach|serve|go|run|cover|sell|deliver|answer|clean|take|help|"
    r"support|man|do|look\s+after|"
    r"cook|process|handle|moderate|write|design|build|code|test|pick|pack)\b"
    # an intern or trainee named as the one who does the work: 'The intern designs the live social posts'
    r"|\b(?i:the|our|each|every)\s+(?i:interns?|trainees?|stagiaires?|estagi[aá]ri[oa]s?|praktikant(?:in|en)?)\s+(?:will\s+|must\s+|shall\s+)?"
    r"(?i:works?|staffs?|teach(?:es)?|serves?|runs?|covers?|sells?|delivers?|answers?|cleans?|handles?|moderates?|writes?|designs?|"
    r"builds?|codes?|tests?|picks?|packs?|manages?|creates?|produces?|edits?|drafts?|prepares?|processes?|takes\s+over)\b"
    r"|\bon\s+an?\s+(?i:freelance|consultancy|self-employed|independent[- ]contractor|contractor)\s+basis\b"
    # volunteers asked for in so many words: 'we need volunteers this saturday 9am to 9pm'
    r"|\b(?i:we\s+(?:need|want|are\s+looking\s+for|seek|are\s+seeking|are\s+recruiting))\s+(?:\w+\s+)?(?i:volunteers)\b"
    # in Spanish: 'una factura como prestadora de servicios independiente', 'puedes ser voluntaria los domingos'
    r"|\b(?i:como|en\s+calidad\s+de)\s+(?i:prestador[a]?|proveedor[a]?)\s+(?i:de\s+servicios)\b"
    r"|\b(?i:ser|como|eres|serás|seras)\s+(?i:voluntari[oa]s?|trabajador[a]?\s+independiente|aut[oó]nom[oa])\b"
    # the French self-employed forms: 'tu travailles en auto-entrepreneur', 'comme micro-entrepreneur'
    r"|\b(?i:en|comme|en\s+tant\s+qu['’]?e?)\s+(?i:auto-?entrepreneur|micro-?entrepreneur)e?s?\b"
    # a contract for services, not of service: 'you will work under an outsourcing contract (業務委託)'
    r"|\b(?i:under|on)\s+(?:an?\s+|the\s+)?(?i:outsourcing|commission(?:ing)?|service|services|civil[- ]law)\s+(?i:contract|agreement)\b|業務委託|請負契約"
    # invoicing as a freelancer in the local form: 'with a boleta de honorarios', 'on recibos verdes'
    r"|\b(?i:boletas?\s+de\s+honorarios|recibos?\s+verdes?|(?:trabajas?|trabaja|por)\s+(?:por\s+)?honorarios|sin\s+alta\s+en\s+el\s+IMSS)\b"
    r"|(?<!not\sa\s)(?<!n't\sa\s)(?<!never\sa\s)\b(?i:contract|agreement)\s+for\s+(?i:services)\b"
    r"|\b(?i:independent\s+contractor|contractor|freelance|freelancer|consultancy|consulting|volunteer|services?)\s+"
    r"(?i:agreement|contract)\b"
    # terms named for the status: 'Table Mountain Research - Freelancer Terms (Cape Town)', 'Freelance Student
    # Contributor Terms'
    r"|(?i:" + TITLE_STATUS.pattern + r")"
    # a 1099 status and volunteers who join: 'Installers join us as 1099 subcontractors', 'This is a contract (1099)
    # position', 'You'd join as one of our hotel volunteers'
    r"|\b(?:contract\s+)?\(?1099\)?\s+(?i:sub-?contractors?|contractors?|contracts?|position|role|basis|workers?|job|gig)\b|\b(?i:contract)\s+\(1099\)"
    r"|\b(?i:join|joins|joining)\s+(?:us\s+)?(?i:as)\s+(?:an?\s+|one\s+of\s+our\s+)?(?:[\w-]+\s+)?(?i:volunteers?|sub-?contractors?|"
    r"contractors?|freelancers?)\b"
    # people taken on as volunteers: 'Helpers take part as volunteers', 'Everyone's signed up as volunteers'
    r"|\b(?i:take\s+part|taking\s+part|signed\s+up|sign\s+up|signing\s+up|registered|enrolled|taken\s+on|come\s+in|"
    r"help(?:ing)?|work(?:ing)?|serv(?:e|ing))\s+(?i:as)\s+(?i:unpaid\s+)?(?i:volunteers)\b"
    # an unpaid placement names a status that is not employment: 'your interest in an unpaid placement with us'
    # (and in the local word: 'It's an unpaid pasantía (no rentada)', 'Unpaid (staż bezpłatny)')
    r"|\b(?i:unpaid)\s*\(?\s*(?i:placement|internship|intern|work\s+experience|" + LOCAL_INTERNSHIP + r")s?\b"
    # ('your placement over the calving block, 6 weeks, no wages')
    # (not the unpaid test to get one: 'Next step for the design internship is a sketch test, no pay for this bit')
    r"|\b(?i:placement|internship|work\s+experience|" + LOCAL_INTERNSHIP + r")\b(?:(?!\b(?i:test|step|interview|task|exercise|"
    r"assessment|trial)\b)[^.;]){0,60}?"
    r"\b(?i:no\s+(?:wages?|pay|salary|stipend)|unpaid|without\s+pay)\b"
    # the people the company works with, named by status: 'We work with registered electricians as subcontractors',
    # 'We work with contract animators on our current action title'
    r"|\b(?i:we\s+(?:work\s+with|engage|use|book|hire)|working\s+with)\s+(?:[\w-]+\s+){0,3}?(?i:as\s+)?(?i:sub-?contractors|"
    r"contractors|freelancers)\b|\b(?i:contract|freelance)\s+(?i:animators|developers|designers|writers|editors|engineers|artists|"
    r"translators|photographers|drivers|riders|illustrators|producers|researchers|interviewers|moderators|staff|workers)\b"
    # a heading that names a trainee's status: 'Becario/a de redes sociales - Roma Norte', 'Stagiaire en communication'
    r"|^\W*(?i:becari[oa]s?(?:/[ao]s?)?|stagiaires?|praktikant(?:in|en)?|estagi[aá]ri[oa]s?(?:/[ao]s?)?)\s+(?i:de|en|em|im|in|for)\b"
    # a heading that names the role: '## Contractor: Ana (Buenos Aires)'
    r"|^\W*(?i:contractor|freelancer|consultant|volunteer)\s*(?::|[-–—]\s)"
    # the status said of the person: 'You are an independent contractor of Rydo', 'Contractors are engaged at R650 an hour'
    r"|\b(?i:you\s+are|you['’]re|you\s+will\s+be|you['’]ll\s+be|(?:drivers?|riders?|couriers?|partners?)\s+(?:are|is|will\s+be))\s+"
    r"(?i:engaged\s+as\s+)?(?i:an?\s+)?(?i:independent\s+contractors?|self-employed|freelancers?|sub-?contractors?)\b"
    r"|\b(?i:contractors?|freelancers?|consultants?)\s+(?i:are|is|will\s+be)\s+(?i:engaged|hired|retained|paid|contracted)\b"
    # the people taken on are named by their status: "we're taking 2 interns this cycle", 'we are recruiting volunteers'
    r"|(?:\b(?i:we['’]re|we\s+are|we\s+will\s+be|we['’]ll\s+be)\s+|^\W*)(?i:taking(?:\s+on)?|hiring|recruiting|looking\s+for|seeking)\s+"
    r"(?i:(?:\d+|one|two|three|four|five|a\s+few|some|an?)?\s*(?:[\w-]+\s+)?(?:interns?|volunteers?|trainees?|freelancers?|contractors?))\b"
    # 'We're delighted to offer you the summer internship'
    r"|\b(?i:offer(?:ing)?\s+you\s+(?:the|a|an|our)\s+(?:[\w-]+\s+){0,2}?(?:internship|volunteer\s+role|traineeship))\b")


# ... and named in the words of a national or legal form of self-employment ('works under an auto-entrepreneur status',
# 'work as a PJ', 'a gyomu itaku (outsourcing) contract')
NAMED_FORM = lazy_re(
    r"\b(?i:under|with|on)\s+(?i:an?\s+|the\s+)?(?i:auto-?entrepreneur|micro-?entrepreneur|self-employed|freelance|independent|"
    r"aut[oó]nomo|sole[- ]trader|1099|contractor|B2B)\s+(?i:status|regime|contract|agreement|basis)\b|"
    # 'we propose a B2B contract at PLN 90 net per hour'
    r"\bB2B\s+(?i:contract|agreement|cooperation)\b|"
    # 'You register a sole proprietorship, pay your own ZUS'
    r"\b(?i:you\s+)?(?i:register|set\s+up|open|run|have)\s+(?i:a|an|your\s+own|your)\s+(?i:sole\s+proprietorship|"
    r"one-person\s+(?:business|company)|działalno\w+\s+gospodarcz\w+|JDG)\b|\b(?:PJ|MEI|ZZP)\s+(?i:status|regime|contract)\b"
    r"|\b(?i:work|engage\w*|hire\w*|start|join)\s+(?i:you\s+)?as\s+(?i:an?\s+)?(?:PJ|MEI|ZZP|(?i:auto-?entrepreneur|sole\s+trader|"
    r"self-employed\s+\w+|independent\s+contractor))\b"
    r"|\b(?i:gy[oō]mu\s+itaku|outsourcing|service\s+provision|prestación\s+de\s+servicios)\s+(?:\([^)]{0,20}\)\s+)?(?i:contract|agreement)\b"
    r"|業務委託"
    # the person named by a form of self-employment: 'You will be an auto-entrepreneur', 'you invoice us from an
    # enkeltpersonforetak', 'signs service contract as outside collaborator', 'un contrat de prestation'
    r"|\b(?i:you\s+will\s+be|you\s+are|you['’]re|you['’]ll\s+be|as)\s+(?i:an?\s+)?(?i:independent\s+)?(?i:auto-?entrepreneur|"
    r"micro-?entrepreneur|sole\s+(?:trader|proprietor)|outside\s+collaborator|prestataire|enkeltpersonforetak)\b"
    r"|\b(?i:contrat\s+de\s+prestation|from\s+an?\s+enkeltpersonforetak|(?:service|services)\s+contract\s+as\s+(?:an?\s+)?(?:outside|"
    r"external|independent)\s+collaborator)\b")
FORM_HINTS = ("b2b", "proprietorship", "one-person", "działalno", "jdg", "entrepreneur", "self-employed", "freelance", "independent", "autónom", "autonom", "sole", "1099",
              "contractor", "pj", "mei", "zzp", "itaku", "outsourcing", "provision", "prestación", "業務委託", "prestat",
              "enkeltperson", "collaborator")


# "You are not an independent contractor for the trial" denies the status it names.
DENIED_STATUS = lazy_re(r"\bnot\s+a\s+contract\s+(?:for|of)\s+services\b|"  # ('This is not a contract for services.')
                        r"\b(?:are|is|will|shall)\s+not\s+(?:be\s+)?(?:engaged\s+as\s+|treated\s+as\s+)?(?:an?\s+)?"
                        r"(?:independent\s+)?(?:contractor|sub-?contractor|freelancer|consultant|volunteer|self-employed)\b|"
                        # 'one-day events like this are called Open Company events and are not internships'
                        r"\b(?:are|is)\s+not\s+(?:an?\s+)?(?:internships?|traineeships?|placements?|employment)\b|"
                        # 'Nothing in this Agreement makes the Candidate a self-employed contractor or a volunteer'
                        r"\bnothing\s+in\s+this\s+(?:agreement|contract|letter|offer|document)\s+(?:makes|shall\s+make|will\s+make|"
                        r"constitutes|creates|renders)\b", re.I)


# "Participation does not establish an employment relationship", "part of the selection process rather than
# employment", "you're not on payroll yet": an explanation of why a stage is unpaid names no status the person is
# given; a status is a noun ("contractor", "trial participant", "not an employee").
NO_EMPLOYMENT_YET = lazy_re(r"(?:\bnot|n['’]t|\brather\s+than|\bno)\s+(?:\w+\s+){0,3}?(?:employment|payroll)\b|"
                            r"(?:\bnot|n['’]t)\s+(?:yet\s+)?(?:on|under)\s+(?:a\s+|the\s+|our\s+)?contract\s+yet\b|"
                            # 'This trial engagement does not create an obligation on either side to enter into a
                            # permanent employment relationship': no promise of a later job, no status now
                            r"(?:\bnot|n['’]t)\s+(?:create|constitute|imply|give\s+rise\s+to)\s+(?:an?\s+|any\s+)?(?:obligation|commitment|"
                            r"promise|guarantee|right)\b[^.;]{0,80}\bemploy\w*", re.I)
STATUS_NOUN = lazy_re(r"\b(?:contractors?|sub-?contractors?|freelanc\w*|consultants?|volunteers?|interns?|internship|trainees?|"
                      r"participants?|self-employed|employees?|partners?|ambassadors?|apprentices?|associates?|workers?|zzp\S*|PJ|MEI|"
                      r"aut[oó]nom[oa]s?|auto-?entrepreneurs?|sole\s+traders?|1099|invoice\w*|attach[ée](?:e|s|es)?|attachments?|"
                      r"stagiaires?|becari[oa]s?|estagi[aá]ri[oa]s?|praktikant\w*|observers?|observerships?|fellows?|"
                      r"contributors?|creators?)\b", re.I)


# "You won't be on payroll or an employee during the trial week": the person is told they are not an employee, a
# non-employee status as plain as a label.
NOT_AN_EMPLOYEE = lazy_re(r"\bas\s+an?\s+(?:[\w-]+\s+)?(?:participant|trialist|guest|observer|visitor),\s+not\s+(?:a|an|our)\s+"
                          r"(?:worker\s+or\s+)?employee\b|"  # ('You attend as a scheme participant, not a worker or employee')
                          # 'signs service contract as outside collaborator, not employee'; "you are a 'participant à
                          # l'essai', not a salarié"
                          r"\bas\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:collaborator|contractor|freelancer|consultant|prestataire),\s+not\s+"
                          r"(?:an?\s+|our\s+)?employee\b|"
                          r"\b(?:you\s+are|you['’]re|as)\s+an?\s+[^,;.]{1,40},\s+not\s+(?:an?\s+|our\s+)?(?:salari[eé]e?|employ[eé]e?|"
                          r"employee|worker|staff\s+member)(?!\w)|"
                          r"\bnothing\s+in\s+(?:this|these|the)\s+[\w ]{0,30}?\bmakes?\s+(?:you|the\s+\w+)\s+(?:an?\s+|our\s+|its\s+|the\s+)?"
                          r"(?:[\w-]+\s+)?employees?\b|"
                          # 'Nothing in this Agreement creates a contract of service or an employer-employee relationship'
                          r"\bnothing\s+in\s+(?:this|these|the)\s+[\w ]{0,30}?\b(?:creates?|constitutes?|establish\w*|gives?\s+rise\s+to)\s+"
                          r"(?:an?\s+|any\s+)?(?:contract\s+of\s+(?:service|employment)|employ\w*|employer[- ]employee)\b|"
                          r"\b(?:the\s+)?employment\s+(?:act|code|law|ordinance)\b[^.;]{0,25}\b(?:does|do|shall|will)\s+not\s+apply\b|"
                          r"\b(?:you|participants?|candidates?|trialists?|applicants?|the\s+(?:participant|candidate|trialist|"
                          r"applicant))\s*(?:(?:\s(?:are|is|will|would|shall)|['’]re|['’]ll)\s+(?:not|never)|\s(?:are|is)n['’]t|\swon['’]t)\s+(?:be\s+)?"
                          r"(?:[\w-]+\s+){0,4}?(?:an?\s+)?employees?\b(?!\s+(?:benefits?|handbook|discount))|"
                          # "Youth are 'trial participants' rather than employees"
                          r"\b(?:rather\s+than|instead\s+of|and\s+not|but\s+not)\s+(?:as\s+)?(?:an?\s+|our\s+|its\s+|the\s+\w+['’]s\s+)?"
                          r"(?:[\w-]+\s+)?employees?\b(?!\s+(?:benefits?|handbook|discount))|"
                          # 'You attend as a guest candidate; no employment relationship arises from the trial', 'trial
                          # participants and have no employer-employee relationship with the company'
                          r"\bas\s+an?\s+(?:[\w-]+\s+)?(?:participant|trialist|guest|observer|visitor)(?:\s+candidate)?\s*[,;]\s*"
                          r"no\s+employ(?:ment|er[- ]employee)\s+relationship\b|"
                          r"\b(?:participants?|trialists?|guests?|observers?|visitors?)\b[^.;]{0,30}\b(?:have|has|with)\s+no\s+"
                          r"employ(?:ment|er[- ]employee)\s+relationship\b|"
                          # 'Tu viens comme stagiaire d'essai, pas comme salariée'
                          r"\b(?:comme|en\s+tant\s+que)\s+[^,;.]{1,40},?\s+(?:et\s+)?(?:pas|non)\s+(?:comme\s+|en\s+tant\s+que\s+)?"
                          r"salari[ée]e?s?\b|"
                          # 'Status during the trial: assessment participant; this is not employment'
                          r"\b(?:participant|trialist|guest|observer|visitor|candidate)\s*[;,:]\s*(?:this|it)\s+(?:is\s+not|isn['’]t)\s+"
                          r"(?:an?\s+)?employment\b", re.I)


OF_THE_HIRER = lazy_re(r"\bnot\s+(?:an?\s+)?employees?\s+of\s+(?:the\s+)?(?:hirer|client|end[- ]client|host(?:\s+\w+)?)\b", re.I)


STATUS_WORDS = lazy_re(r"\bemploy\w*|\bpayroll\b|\bstaff\b|\bind[eé]pend\w*|\bprestador\w*|\bn[oó]mina\b|\bfreelanc\w*|\bvolunteer\w*|\bintern\w*|"
                       r"\btrainee\w*|\bcontract\w*|\bconsult\w*|\bself[- ]employ\w*|\bown\s+business\b|\bagents?\b|"
                       # (the agency a person is placed by, not the agency they work in: 'in the agency, under my direction')
                       r"\bagency\s+(?:workers?|staff|temps?|contracts?|basis|terms)\b|\b(?:through|via|by|from)\s+(?:an?\s+|the\s+|our\s+)?"
                       r"(?:[\w-]+\s+)?agency\b|"
                       r"\bpartner\w*|\bstatus\b|\bparticipa\w*|\brelationship\b|\bworkers?\b|\bplacement\b|\bfellow\w*|"
                       r"\bresiden\w*|\bambassador\w*|\bcreator\w*|\bcontributor\w*|\bmember\w*|\binsider\w*|\bcollaborat\w*|"
                       r"\bstudent\w*|\bapprentic\w*|\bvendor\b|\bsupplier\b|\bservice\s+provider\b|\bbasis\b|"
                       r"\bW-?2\b|\bPAYE\b|\bABN\b|\bGST\b|\binvoic\w*|\btax\w*", re.I)


LABEL_WORDLESS = 0.9  # how sure the tagger must be of a status in a sentence with no word of one


EMPLOYED_NOW = lazy_re(r"\b(?:under|on)\s+(?:a\s+|an\s+|the\s+|your\s+)?(?:written\s+)?contract\s+of\s+(?:service|employment)\b|"
                       r"\b(?:you\s+are|you['’]re|you\s+will\s+be|you['’]ll\s+be)\s+employed\s+(?:under|on|by)\b|"
                       # 'This schedule forms part of your framework employment contract with Personalpartner Limmat AG'
                       r"\b(?:part\s+of|under|with)\s+your\s+(?:framework\s+|fixed[- ]term\s+|permanent\s+|temporary\s+)?"
                       r"(?:employment\s+contract|contract\s+of\s+employment)\b", re.I)


SCHOOL_NAME = lazy_re(r"\b(?-i:[A-Z])[\w'’-]*\s+(?-i:School|Academy)\b")
COURSE_WORDS = lazy_re(r"\b(?:course|degree|credits?|universit\w*|college|students?|studies|programme|program|diploma|"
                       r"curriculum|semester|placement)\b", re.I)


def status_named(u: Unit) -> Unit:
    """A status named as a defined party, the subject of the work or the kind of contract; a status denied; an
    explanation that a stage is not employment, which names no status."""
    if u.has("non_employee_label") and (DENIED_STATUS.search(u.text) or (
            NO_EMPLOYMENT_YET.search(u.text) and not STATUS_NOUN.search(u.text))):
        u = _drop(u, "non_employee_label")
    # a sentence about money states a status only in words of one: 'you will receive a $50 gift card' states none,
    # whatever the tagger read
    # (and a doubtful reading of any sentence needs them too: 'could you come in for a trial day on Saturday' names no
    # status)
    if (u.has("non_employee_label") and (u.money or u.p("non_employee_label") < LABEL_WORDLESS)
            and not (STATUS_NOUN.search(u.text) or STATUS_WORDS.search(u.text))):
        u = _drop(u, "non_employee_label")
    m = DEFINED_STATUS.search(u.text)
    named = ((m and not BUSINESS_NAME.search(u.text[max(0, m.start() - 40):m.start()])) or NAMED_STATUS.search(u.text)
             or (any(w in u.text.lower() for w in FORM_HINTS) and NAMED_FORM.search(u.text)))
    # (a status noun named outright outweighs an employee reading with no word of employment: 'We work with registered
    # electricians as subcontractors ... at NZ$70 an hour')
    if (named and u.has("employee_status") and (STATUS_NOUN.search(u.text) or NAMED_STATUS.search(u.text))
            and not EMPLOYMENT_WORD.search(u.text)):
        u = _drop(u, "employee_status")
    if named and (not u.has("employee_status") or LATER_EMPLOYMENT.search(u.text)):
        # ('a trial period under an outsourcing contract, after which you may be hired as a regular employee': the
        # employment is for later, the status named is the one now)
        u = _add(_drop(u, "employee_status") if LATER_EMPLOYMENT.search(u.text) else u, "non_employee_label")
    hirer = OF_THE_HIRER.search(u.text) if "employee" in u.text.lower() else None
    if NOT_AN_EMPLOYEE.search(u.text) and not hirer:
        u = _add(_drop(u, "employee_status"), "non_employee_label")
    elif hirer and u.has("non_employee_label") and not STATUS_NOUN.search(u.text.replace("employee", "")):
        # 'You are not an employee of the Hirer': an agency worker, employed by the agency, not a non-employee
        u = _drop(u, "non_employee_label")
    # a status word that names the job being hired for, 'As part of the trainee-associate selection, please prepare an
    # unpaid research note', is no status of the person for the work asked
    if (u.has("non_employee_label") and not named and SELECTION_FOR.search(u.text)
            and not STATUS_NOUN.search(SELECTION_FOR.sub(" ", u.text))):
        u = _drop(u, "non_employee_label")
    # 'Congrats on joining Medina Call Solutions as a customer service agent' names a job, not a status
    if u.has("non_employee_label") and JOIN_AS.search(u.text) and not STATUS_NOUN.search(u.text) and not named:
        u = _drop(u, "non_employee_label")
    # employment in its legal words: 'You are employed under a contract of service for the internship' (a contract
    # of service is employment; a contract for services is not)
    m = EMPLOYED_NOW.search(u.text)
    if m and not denied_before(u.text, m.start()) and not LATER_EMPLOYMENT.search(u.text):
        u = _add(_drop(u, "non_employee_label"), "employee_status")
    if any(w in u.text.lower() for w in ACADEMIC_HINTS) and ACADEMIC.search(u.text):
        u = _add(u, "academic_programme")
    if u.has("academic_programme") and NOT_ACADEMIC.search(u.text):
        u = _drop(u, "academic_programme")  # 'undertaken after the completion of your degree'
    # (a business named a school is no course: 'Nuno from Azul Surf School, Peniche')
    if (u.has("academic_programme") and u.p("academic_programme") < 0.8 and not ACADEMIC.search(u.text)
            and SCHOOL_NAME.search(u.text) and not COURSE_WORDS.search(u.text)):
        u = _drop(u, "academic_programme")
    return u


SELECTION_FOR = lazy_re(r"\b(?:trainee|intern|internship|graduate|apprentice(?:ship)?)(?:[- ][a-z]+)?\s+(?:selection|recruitment|"
                        r"application|interviews?|assessment|hiring|vacancy|post|position|role|offers?)\b", re.I)


# Joining a business in a role ('join Brickyard Builders as a site labourer').
ACADEMIC_HINTS = ("degree", "diploma", "course", "stud", "program", "qualification", "institut", "universit", "college",
                  "school", "faculty", "credit", "convention")
JOIN_AS = lazy_re(r"\bjoin\w*\s+(?:[\w&'’.()-]+\s+){0,6}?as\s+(?:an?|our|the)\b", re.I)
# A placement tied to studies: 'a written evaluation for your degree program', 'assignments set by their institute'.
ACADEMIC = lazy_re(r"\b(?:for|towards?|as\s+part\s+of|counts?\s+towards?)\s+(?:your|their|his|her|the\s+student['’]s)\s+"
                   r"(?:degree|diploma|course|studies|programme|program|qualification)\b|"
                   # 'The placement counts for credits on your TU Dublin hospitality course'
                   r"\bcounts?\s+(?:for|towards?)\s+(?:academic\s+|course\s+)?credits?\b|\bset\s+by\s+(?:their|your|the)\s+"
                   r"(?:institute|university|college|school|faculty)\b|\bfor\s+(?:academic\s+)?credit\b|"
                   r"\b(?:university|college|institute|faculty|school)['’]?s?\s+(?:placement|credit|supervisor|tutor|coordinator)\b|"
                   # 'Internships are unpaid and earn credit through Minneapolis Public Schools'; 'a learning project set by
                   # their teacher'
                   r"\b(?:earn|earns|earning|receive|receives|gain|gains)\s+(?:academic\s+|course\s+|school\s+|college\s+)?credits?\s+"
                   r"(?:through|from|with|at|towards?)\b|\bset\s+by\s+(?:their|your|the\s+student['’]s)\s+(?:teacher|tutor|lecturer)\b|"
                   # 'interns from our partner design schools complete a credit-bearing course project under a mentor'
                   r"\bcredit-?bearing\b|\bcourse\s+project\b|\bpartner\s+(?:[\w-]+\s+)?(?:schools|universit(?:y|ies)|colleges|institutes)\b|"
                   # 'under the convention signed with Sciences Po'; 'the research dossier your school requires'
                   r"\bconvention\s+(?:de\s+stage\s+)?(?:signed\s+)?with\s+(?:your\s+|the\s+)?[A-Z\w]|"
                   r"\b(?:your|their|the\s+student['’]s)\s+(?:school|university|college|faculty|institute)\s+(?:requires|sets|"
                   r"asks\s+for|has\s+set)\b|"
                   # a placement the person's school sends them on: 'for your SIWES placement from Yaba College of
                   # Technology', 'your industrial-training logbook'
                   r"\b(?:placement|attachment|internship|practicum|traineeship)\s+(?:from|through|via|with)\s+(?:your\s+|the\s+)?"
                   r"(?-i:(?:[A-Z][\w'’&-]*\s+){1,4}(?:College|University|Polytechnic|Institute|School|Academy))\b|"
                   r"\bSIWES\b|\bindustrial[- ]training\s+(?:logbook|log\s+book|scheme|placement|programme|program)\b|"
                   r"\bindustrial\s+attachment\b",
                   re.I)


# "Your drafts will not be filed or sent to clients" says the work is NOT real output; a reading of real or core work
# in a sentence that denies it, or that the tagger reads more surely as a made-up exercise, is dropped.
NEGATED_WORK = lazy_re(r"(?:\bnot|\bnever|n't|\bin\s+no\s+case)\s+(?:be\s+)?(?:\w+\s+){0,2}?(?:filed|sent|used|use|ship|shipped|publish|published|release|released|"
                       r"entered|loaded|logged|imported|"
                       r"delivered|billed|record\w*|replac\w*|displac\w*|cover\w*|serv\w*|sold|deployed|merged|assigned|"
                       r"given\s+to|shown\s+to|passed\s+(?:on\s+)?to|forwarded\s+to|handed\s+(?:on\s+)?to)\b", re.I)
WORK_FACTS = ("core_work", "real_work_output")
# A sentence whose main verb of work is denied, whatever work it lists after: 'Students do not fill vacant roles, do
# customer support, or carry out installation work for paying customers'.
DENIED_WORK = lazy_re(r"^\W*(?:[\w'’-]+\s+){1,3}?(?:do|does|will|would|shall|must|may|can|are|is)\s*(?:not|n['’]t|never)\s+"
                      r"(?:be\s+(?:asked|expected|required)\s+to\s+)?(?:fill|do|carry\s+out|perform|take\s+on|replace|cover|serve|"
                      r"handle|undertake|staff|work\s+(?:on|with|for)|deal\s+with)\b", re.I)
# Work done in a practice setting, not for the business's customers: "on the practice station ... nothing you cook goes
# out to guests", "not for customers", "on our training mannequin", "one of our therapists acts as the client".
# A software test fixture ('use the test tenant we provide', 'a sandbox account'): its 'test' is no hiring test.
FIXTURE = lazy_re(r"\b(?:test|sandbox|staging)\s+(?:tenants?|accounts?|environments?|servers?|instances?|databases?|"
                  r"data\s*sets?)\b", re.I)
HIRING_WORDS = lazy_re(r"\b(?:candidates?|interview\w*|hiring|hire|applicants?|application|role|position|vacancy|job|"
                       r"assessment|take-?home)\b", re.I)
PRACTICE = lazy_re(r"\b(?:invented|fictional|fictitious|made-up|hypothetical|imaginary|pretend|synthetic)\s+(?:client|company|brand|"
                   r"product|data|dataset|scenario|business|customer|brief|case|site|topic|app|start-?up|store|shop|restaurant|"
                   r"patient|project|order|call|guest|ticket|resident|caller|user)s?\b|"
                   # anything imagined for the test: 'a fitted wardrobe for an imaginary bedroom'
                   r"\b(?:an?|the|for\s+an?)\s+(?:imaginary|fictional|fictitious|made-up|invented)\s+[a-z]+|"
                   # the company's staff in the part of the customers: 'two of our staff pretending to be first-timers',
                   # 'they're two of our staff playing the part'
                   r"\b(?:staff|colleagues|team\s+members|employees)\s+(?:pretending\s+to\s+be|playing\s+the\s+(?:part|role)s?)\b|"
                   # 'two of our staff playing residents'; 'reworking a retired campaign layout from 2019'
                   r"\b(?:playing|play|act(?:ing)?\s+as|pos(?:e|ing)\s+as|role-?play\w*)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:residents?|customers?|clients?|"
                   r"patients?|guests?|students?|diners|callers?|users?|shoppers)\b|"
                   r"\b(?:retired|archived|expired|defunct|discontinued|old)\s+(?:[\w-]+\s+)?(?:campaigns?|layouts?|briefs?|products?|projects?|"
                   r"tickets?|designs?)\s+from\s+(?:19|20)\d\d\b|"
                   r"\bnot\s+(?:for|to|with|on)\s+(?:our\s+|real\s+|actual\s+|paying\s+|any\s+)?(?:customers?|guests?|clients?|"
                   r"patients?|diners|shoppers|the\s+public)\b|"
                   r"\b(?:nothing|none)\b[^.;]{0,50}?\b(?:goes?\s+out|is\s+served|are\s+served|reaches|is\s+sold|are\s+sold|"
                   r"goes\s+to\s+(?:a\s+)?(?:customers?|guests?|clients?|patients?)|"
                   r"(?:will\s+be\s+|is\s+|are\s+|gets?\s+)(?:posted|published|used|shipped|released|sent|shown))\b|"
                   r"\b(?:no|not\s+\w+\s+(?:with\s+)?any|won['’]t\s+\w+\s+(?:with\s+)?any|never)\s+(?:real\s+|actual\s+|live\s+|paying\s+)?"
                   r"(?:customers?|guests?|clients?|patients?|diners)\b|"
                   r"\b(?:practice|training|demo|dummy|mock)\s+(?:roof\s+|wall\s+|test\s+)?(?:stations?|grinders?|kitchens?|cars?|vehicles?|heads?|"
                   r"mannequins?|manikins?|accounts?|environments?|servers?|rigs?|racks?|bays?|chairs?|salons?|floors?|wards?|"
                   r"scenarios?|patients?|customers?|clients?|stock|items|products|goods|orders|tickets|cases|files|"
                   r"menus?|dishes|garments|vehicles?|rooms?|samples?|sets?|shelf|shelves|beds?|units?|wellheads?|boats?|vessels?|dough|"
                   r"counters?|tills?|registers?)\b|"
                   # 'your scores are for practice only'; 'six old samples from our teaching shelf'; 'which we never let
                   # to guests'
                   r"\bfor\s+practice\s+(?:only|purposes)\b|\b(?:teaching|training)\s+(?:shelf|shelves|samples?|sets?|stock)\b|"
                   r"\bnever\s+(?:let|sold|served|shown|given|sent|rented|shipped)\s+(?:out\s+)?to\s+(?:customers?|guests?|clients?|"
                   r"buyers?|the\s+public)\b|"
                   # a software test fixture: 'use the test tenant we provide', 'in a sandbox account'
                   + FIXTURE.pattern + r"|\bmannequins?\b|\bmanikins?\b|\bmaniqu[ií]\w*|"
                   r"\b(?:acts?|playing|plays|posing|poses)\s+as\s+(?:the|a|your)\s+(?:client|customer|patient|guest|caller)\b|"
                   # customers in quotation marks are pretend ones: 'you'll handle a couple of "customers" (me + our asst mgr)'
                   r"[\"“‘]\s*(?:customers?|clients?|guests?|patients?|callers?|diners|shoppers|buyers?)\s*[\"”’]|"
                   # a rehearsal of the job with nothing produced: 'a dummy run of cups-on on the empty rotary'
                   r"\b(?:dummy|dry|practice|mock)\s+runs?\b|\b(?:run|runs|do|does|practi[cs]e)\s+(?:[\w-]+\s+){0,2}?drills?\s+on\b|"
                   r"\brole[- ]?play\w*\b|\b(?:on|with)\s+test\s+(?:tracks|items|files|records|data|accounts|orders|tickets|images|clips)\b|"
                   # shadowing a member of staff who shows the routines: 'You'll stand with our night porter while he shows
                   # you the routines, and you try a few of them with him watching'
                   r"\b(?:while|as)\s+(?:he|she|they|our\s+[\w-]+)\s+shows?\s+you\b|\bwith\s+(?:him|her|them|us)\s+watching\b|"
                   r"\bshadow(?:s|ing)?\s+(?:our|the|a|one\s+of\s+our)\s+(?:[\w-]+\s+)?(?:staff|team|porters?|chefs?|bakers?|stylists?|"
                   r"therapists?|technicians?|nurses?|teachers?|instructors?|crew|graders?|curators?|mentors?|drivers?|agents?)\b|"
                   # waste material to show skill on: 'sew sample seams on scrap muslin', 'a practice bin of culls'
                   r"\b(?:on|with|using|from)\s+(?:some\s+|a\s+(?:piece|bin|box|pile|bag)\s+of\s+)?(?:scrap|offcuts?|waste|leftover|"
                   r"spare|culls?|seconds|sample)\s+(?:muslin|fabric|cloth|timber|wood|leather|metal|steel|paper|stock|materials?|"
                   r"pieces?|boards?|panels?|fruit|grapes|produce|cuts?|dough)\b|\bscrap\s+(?:muslin|fabric|cloth|timber|wood)\b|"
                   # material made up for the test and unconnected with the business: 'Themes are invented for the jam
                   # and have nothing to do with our own games'
                   r"\b(?:invented|made\s+up|created|written|designed)\s+(?:just\s+|only\s+|solely\s+|specially\s+)?for\s+"
                   r"(?:the|this|our)\s+(?:jam|test|exercise|challenge|assessment|interview|hiring|task|trial|audition)\b|"
                   r"\b(?:ha(?:s|ve)|with)\s+nothing\s+to\s+do\s+with\s+(?:our|the\s+company['’]s|any\s+of\s+our|the\s+studio['’]s)\s+"
                   r"(?:own\s+|real\s+|actual\s+|current\s+)?(?:games|products?|clients?|customers?|work|business|projects?|"
                   r"titles|cases|matters|accounts|campaigns)\b|"
                   # 'deliberately shaped like a real payments ledger': made to look real, so not real
                   r"\b(?:shaped|modell?ed|designed|made|built)\s+(?:to\s+look\s+)?like\s+(?:a|an|our)\s+real\b|"
                   r"\bresembl\w+\s+(?:a|an|our)\s+real\b", re.I)



# At the company's call: 'keep your weekdays free for the projects we allocate', 'must be available for whatever jobs
# dispatch assigns', 'must take the shifts and stories the desk assigns'.
AT_CALL = lazy_re(r"\bkeep\s+(?:your\s+)?(?:weekdays|days|diary|calendar|schedule)\s+(?:free|open|clear)\s+for\b|"
                  r"\bmust\s+(?:be|remain|stay)\s+available\s+(?:for|to\s+(?:take|do|accept))\s+(?:whatever|any|all)\b|"
                  r"\bmust\s+(?:take|accept)\s+(?:the\s+|all\s+|any\s+)?(?:shifts?|stories|jobs?|assignments?|bookings?|projects?)\s+"
                  r"(?:and\s+\w+\s+)?(?:that\s+)?(?:the|our|we|its)\b", re.I)


# "supervised by the head chef", "under the charge nurse": work done under someone's direction.
SUPERVISED = lazy_re(r"\b(?:supervised|directed|overseen)\s+by\b|\bunder\s+the\s+(?:supervision|direction|instructions?|charge)\s+"
                     r"of\b|\bunder\s+(?:the|our|its)\s+(?:charge\s+nurse|supervisor|manager|foreman|forewoman|boss|head\s+\w+|shift\s+\w+|"
                     r"supervising\s+\w+|\w+\s+(?:manager|supervisor|lead|head|director))\b|"
                     # 'Manny tells you which doors'
                     r"\b(?:tells?|shows?|directs?|instructs?)\s+(?:you|u)\s+(?:which|what|where|when|how)\b|\breporting\s+(?:directly\s+)?to\s+(?:the|our|its)\s+"
                     r"(?:[\w-]+\s+){0,2}?(?:director|manager|supervisor|lead|head|coordinator)\b|"
                     # 'visits scheduled by the agency, following the agency's care plans and checking in with its supervisor'
                     r"\b(?:shifts?|visits?|hours|rotas?|rosters?|jobs?|routes?|deliveries|appointments|calls|work)\s+"
                     r"(?:are\s+|is\s+|will\s+be\s+)?(?:scheduled|rostered|allocated|dispatched|set)\s+by\s+(?:the|our|its)\s+(?:agency|company|employer|"
                     r"manager|supervisor|coordinator|dispatch\w*|platform|app)\b|\b(?:follow\w*|in\s+accordance\s+with)\s+"
                     r"(?:the|our|its)\s+(?:[\w-]+['’]?s?\s+)?(?:care\s+plans?|procedures|scripts?|SOPs?|protocols?|instructions|"
                     r"route\s+rules|rules)\b|"
                     # 'on the shifts our dispatch centre assigns'
                     r"\b(?:shifts?|hours|routes?|jobs?|orders?|rotas?)\s+(?:that\s+)?(?:our|the|its)\s+(?:[\w-]+\s+){0,2}"
                     r"(?:assigns?|sets?|allocates?|schedules?|dispatches?)\b|"
                     r"\bcheck\w*\s+in\s+with\s+(?:the|our|its|your)\s+(?:\w+\s+)?(?:supervisor|manager|coordinator|lead)\b|"
                     # 'under the lead installer's direction', 'with a desk head supervising their work'
                     r"\bunder\s+(?:the|our|its|a|his|her)\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+(?:direction|supervision|instructions?)\b|"
                     r"\bsupervis(?:ing|es)\s+(?:their|your|his|her|the)\s+(?:daily\s+|day-to-day\s+)?work\b|"
                     # bound to the company alone and at its call: 'you may not work for any other agency', 'Subcontractors
                     # work only for us and must be available for whatever jobs dispatch assigns', 'keep your weekdays free
                     # for the projects we allocate', 'must take the shifts and stories the desk assigns'
                     r"\b(?:may|can|must|will|shall)\s*(?:not|n['’]t)\s+(?:work|write|shoot|drive|ride|design|animate|perform|"
                     r"translate|edit|deliver)\s+for\s+(?:any\s+)?(?:other|another)\s+(?:[\w-]+\s+)?(?:agenc\w+|clients?|publications?|"
                     r"companies|company|studios?|platforms?|firms?|businesses|employers?|outlets?|newspapers?|brands?)\b|"
                     r"\bwork\s+(?:only|exclusively|solely)\s+for\s+(?:us|the\s+(?:company|studio|agency|firm|platform))\b|"
                     + AT_CALL.pattern, re.I)




def work_read(u: Unit) -> Unit:
    """Real or core work denied ('your drafts will not be sent to clients') or read more surely as an exercise is
    dropped; direction ('supervised by') and taking over staff's job ('will replace our departing reporter') are read."""
    drop = [f for f in WORK_FACTS if u.has(f) and (max(u.p("synthetic_task"), u.p("evaluation_only")) > u.p(f)
                                                    or (u.p(f) < WORK_SURE and NEGATED_WORK.search(u.text)))]
    low = u.text.lower()
    live = LIVE_WORK.search(u.text) if any(w in low for w in LIVE_HINTS) else None
    if live and (STOP_AT.search(u.text[max(0, live.start() - 70):live.start()]) or denied_before(u.text, live.start())):
        live = None  # ('No live client accounts and no real customer data are used in the simulation')
    if any(w in low for w in PRACTICE_HINTS) and PRACTICE.search(u.text) and not live:
        u = _add(_drop(u, *WORK_FACTS), "synthetic_task")  # a practice setting: an exercise, not real work
        if FIXTURE.search(u.text) and not HIRING_WORDS.search(u.text):
            u = _drop(u, "assessment_context")
    else:
        u = _drop(u, *drop)
    m = SUPERVISED.search(u.text)
    if m and u.weight("control") < VALUE_SURE and not denied_before(u.text, m.start()):  # the words say so: a sure sign
        u = _sure(u, "control")
    m = REPLACES_STAFF.search(u.text)
    if m and not u.has("core_work") and not denied_before(u.text, m.start()):
        u = _add(u, "core_work")
    if u.has(*WORK_FACTS) and COMPANY_REPLIES.search(u.text) and not YOU_DO.search(u.text):
        u = _drop(u, *WORK_FACTS)  # ('a real human on the art team will answer within a working day': the company's reply)
    if u.has(*WORK_FACTS) and SCORES_YOU.search(u.text) and not YOU_DO.search(u.text):
        u = _drop(u, *WORK_FACTS)  # ('Our lead technician will observe and score your work against our checklist')
    if u.has(*WORK_FACTS) and SHOWN_TO_ASSESSORS.search(u.text) and not LIVE_WORK.search(u.text):
        u = _drop(u, *WORK_FACTS)  # ('You'll present your prototype to two of our leads on a short video call at the end')
    if u.has(*WORK_FACTS) and DENIED_WORK.search(u.text):
        u = _drop(u, *WORK_FACTS)  # (the work listed is what the person is not given)
    if u.has(*WORK_FACTS) and SOMEONE_ELSE.match(u.text) and not YOU.search(u.text):
        u = _drop(u, *WORK_FACTS)  # ('Hector drives the white Silverado with our logo on the door': a staff member's work)
    if u.has(*WORK_FACTS) and TALK_ONLY.search(u.text) and not MAKING.search(u.text):
        u = _drop(u, *WORK_FACTS)  # ('During the 1-hour product interview we will discuss ideas for our roadmap')
    m = live
    if (m and u.p("real_work_output") < VALUE_SURE and not denied_before(u.text, m.start())
            and u.p("synthetic_task") < WORK_SURE and not NEGATED_WORK.search(u.text)):
        u = _add(u, "real_work_output")
    return u


# The person showing their test work to those who judge it: 'You'll present your prototype to two of our leads',
# 'walk the panel through your solution'.
SHOWN_TO_ASSESSORS = lazy_re(r"\b(?:present|show|demo|pitch|walk)\w*\s+(?:(?:your|the|it|them|this)\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:to|through\s+[\w\s]{0,30}?\bwith)\s+(?:(?:two|three|one|some|a\s+few)\s+of\s+)?(?:our|the)\s+"
                             r"(?:[\w-]+\s+)?(?:leads|panel|hiring\s+team|interviewers|assessors|judges|founders|partners|managers|"
                             r"directors|heads\s+of\s+\w+|team\s+leads|hiring\s+manager|recruiters?)\b|"
                             r"\bwalk\s+(?:the|our)\s+(?:panel|interviewers|assessors|hiring\s+team)\s+through\b", re.I)


# Someone at the company judging the person's work: 'Our lead technician will observe and score your work against our
# checklist', 'the head chef will assess your dishes'.
SCORES_YOU = lazy_re(r"\b(?:will|to|shall|then|who)\s+(?:\w+\s+){0,2}?(?:observe|watch|score|scores|assess|grade|mark|evaluate|"
                     r"review|rate|judge)\b[^.;]{0,20}\b(?:your|the\s+(?:candidate|applicant)['’]s|their)\s+(?:\w+\s+)?"
                     r"(?:work|performance|dishes|output|results?|answers?|attempt|submission|skills?|technique)\b", re.I)


# A sentence about what a named member of staff does, with no word of the person: not the work asked of them.
SOMEONE_ELSE = lazy_re(r"^\W*(?!(?:We|You|The|Our|This|That|These|Those|Each|All|Every|Any|Candidates|Trainees|Interns|Volunteers|"
                       r"Applicants|Students|Runners|Helpers|Participants|Finalists|Contractors|Freelancers|Tasks|Work)\b)"
                       r"[A-Z][a-z]+\s+(?:drives|runs|handles|leads|does|manages|cooks|serves|works|looks\s+after)\b")
# The company answering questions: 'Email arttest@... and a real human on the art team will answer within a working day'.
COMPANY_REPLIES = lazy_re(r"\b(?:we|someone|somebody|a\s+(?:real\s+)?(?:human|person)|our\s+[\w-]+|the\s+[\w-]+\s+team)\b[^.;]{0,40}?"
                          r"\b(?:will|can|should|would)\s+(?:answer|reply|respond|get\s+back|be\s+in\s+touch|come\s+back\s+to\s+you)\b", re.I)
YOU_DO = lazy_re(r"\byou(?:['’]ll|\s+will|\s+must|\s+would|['’]d|\s+are\s+to)\s+(?!need\b|hear\b|get\b|receive\b)\w+", re.I)


# A conversation is not work output: 'we will discuss ideas for our roadmap', 'we'll talk through your approach'.
# (and questions of what the person would do: 'our creative directors will ask what you would pitch for a client like
# Sucos Tropeiro')
TALK_ONLY = lazy_re(r"^\W*(?:afterwards|after\s+that|then|finally|next)?\W*(?:an?\s+)?(?:\d+|[\w-]+)[- ]minute\s+(?:conversation|"
                    r"chat|talk|debrief|Q&A|interview)\b[^.;]{0,40}\bwith\b|"  # 'Afterwards: a 30-minute conversation with the team lead'
                    r"\b(?:interview|call|chat|conversation|meeting)\b[^.;]{0,80}\b(?:discuss|talk\s+(?:about|through)|chat\s+about|"
                    r"ask\w*\s+(?:you\s+)?(?:what|how|whether|why|which)\s+you\s+(?:would|might|could|['’]d))\b|"
                    r"\b(?:discuss|talk\s+(?:about|through)|chat\s+about)\b[^.;]{0,80}\b(?:interview|call|chat|conversation|meeting)\b",
                    re.I)
MAKING = lazy_re(r"\b(?:build|write|design|draft|code|produce|prepare|create|make|deliver|fix|implement|translate|shoot|edit|"
                 r"serve|handle|cover|work\s+(?:on|a|the|in))\w*\b", re.I)


# Words without which PRACTICE and LIVE_WORK cannot match (a cheap test first: they run on every sentence).
PRACTICE_HINTS = ("not ", "\"", "“", "‘", "nothing", "none", "no ", "never", "practice", "training", "demo", "dummy", "mock", "manneq",
                  "manik", "maniq", " as ", "role", "like ", "resembl", "test ", "sandbox", "staging", "invented", "fictional",
                  "fictitious", "made-up", "hypothetical", "imaginary", "pretend", "synthetic", "play", "posing", "retired",
                  "archived", "expired", "defunct", "discontinued", "old ", "scrap", "offcut", "waste", "leftover", "spare", "cull", "teaching",
                  "shows you", "show you", "watching", "shadow")
# 'stop and report as soon as you reach real customer data': live work named as where to stop is not work asked
STOP_AT = lazy_re(r"\b(?:stop|halt|pause|cease)\b[^.;]{0,40}\b(?:as\s+soon\s+as|when|if|once|before)\s+(?:you\s+|it\s+)?\w+\s*$",
                  re.I)
LIVE_HINTS = ("tracker", "client", "customer", "patient", "guest", "paying", "ticketed", "booked", "diner", "merged", "shipped", "deployed", "published",
              "released", "publication", "broadcast", "couple", "part of", "press", "production", "market", "sale", "shelves", "current", "live", "actual", "existing", "which", "ship", "order", "sent to", "delivered to", "edition", "issue", "bulletin", "newsletter", "walk", "pays", "bill", "sell", "catalogue", "straight", "retained", "sold", "deliveries", "series", "season",
              "campaign", " for the", " for our", "waiting", "send your", "we're", "we’re", "we are", "team ha")


# Work on the business's live matters: 'the discovery index for a current client matter', 'a dinner service for
# paying guests', 'your fix will be merged and shipped'.
LIVE_WORK = lazy_re(r"\bwalk-?in\s+(?:customers?|clients?|guests?|patients?)\b|"
                    # helping staff with a client's work: 'assist our engineer on the afternoon client session', 'assisting
                    # fitters on client machinery'
                    r"\bassist\w*\s+(?:our\s+|the\s+)?[\w-]+\s+(?:on|with)\s+(?:the\s+|our\s+|a\s+)?(?:[\w-]+\s+)?clients?['’]?\s+"
                    r"(?:sessions?|machinery|machines?|jobs?|projects?|equipment|sites?|work|orders?)\b|"
                    # goods made for sale and work delivered to clients: 'The bread could go on sale in the shop that day',
                    # 'The boxes you draw can be included in deliveries to Kola Data's clients', 'extra pages of our
                    # current series', 'baking bolillos and pan dulce for the shop'
                    r"\b(?:could|may|might|will|can)\s+(?:also\s+)?(?:go\s+on\s+sale|be\s+sold\s+(?:in|at|to)|be\s+served\s+to\s+"
                    r"(?:customers|guests|diners|clients))\b|\b(?:included|used)\s+in\s+(?:our\s+|its\s+|the\s+)?deliveries\s+to\b|"
                    r"\b(?:current|ongoing)\s+(?:[\w-]+\s+)?(?:series|season|production|campaign)\b|"
                    # 'lots our buyers are waiting to be quoted on this week, and we will send your grades to them'
                    r"\b(?:our|the)\s+(?:buyers|clients|customers)\s+are\s+waiting\b|\bsend\s+your\s+(?:[\w-]+\s+){0,2}?(?:grades|"
                    r"scores|notes|answers|work|results|report|translation|designs?)\s+(?:on\s+)?to\s+(?:them|our\s+(?:buyers|clients|"
                    r"customers)|the\s+(?:buyers?|clients?|customers?))\b|"
                    r"\b(?:bak|cook|mak|prepar|decorat|sew|fill|finish|glaz|pack|box|assembl|plat|pip(?=e|ing)|ic(?=e|ing))\w*\s+[^.;]{0,40}?\bfor\s+"
                    r"(?:the|our)\s+(?:shop|store|counter|restaurant|caf[eé]|menu|customers|guests|boutique|bakery|market|stall|"
                    r"window|vitrine|deli|takeaway)\b|"
                    # 'an identity refresh for one of the Studio's current retained clients'
                    r"\bone\s+of\s+(?:our|its|the\s+[\w-]+['’]s)\s+(?:(?:current|existing|live|retained|real|paying|active)\s+){1,2}"
                    r"(?:clients?|customers?|accounts?)\b|"
                    # 'who pays the normal 600 baht price at reception', 'and we bill that customer for the job', 'four
                    # checked-out rooms that we sell to arriving guests', 'the tags go straight into listeners' playlists'
                    r"\bwho\s+pays?\s+(?:us\s+)?(?:the\s+)?(?:normal|full|usual|regular|standard)\s+(?:[\w,.-]+\s+){0,2}?(?:price|rate|fee)\b|"
                    r"\bwe\s+(?:then\s+)?(?:bill|charge|invoice)\s+(?:that|the|our|this)\s+(?:customer|client|guest)\b|"
                    r"\bthat\s+we\s+(?:sell|let|rent)\s+to\s+(?:[\w-]+\s+)?(?:guests|customers|clients|buyers)\b|"
                    # goods the business is selling or shipping now, and problems its own team has not solved: 'the 120
                    # barrels of syrup we're selling to the buyer this month', 'three fraud patterns our risk team hasn't
                    # caught yet'
                    r"\bwe(?:['’]re|\s+are)\s+(?:selling|shipping|delivering|supplying)\s+(?:to|this|next|on)\b|"
                    r"\b(?:our|the\s+company['’]s)\s+(?:[\w-]+\s+)?team\s+(?:has|have)\s*(?:n['’]t|\s+not)\s+(?:yet\s+)?"
                    r"(?:caught|found|fixed|solved|cracked|spotted|managed\s+to)\b|"
                    r"\b(?:our|the)\s+live\s+catalogue\b|\bgo\s+(?:straight\s+)?(?:in)?to\s+(?:listeners|customers|users|clients)['’]\s|"
                    r"\b(?:a|the|our|each)\s+(?:customer|client|guest|patient)['’]s\s+(?:car|vehicle|hair|order|home|house|"
                    r"pet|dog|site|account|project|file|room|meal|booking|wells?|machines?|fleet|books|stock|(?:[\w-]+\s+){0,2}?(?:checklist|data|dataset|items|records|"
                    r"tickets|queue|backlog|messages))\b|"  # 'detail a customer's car', 'the client's 2-hour QA checklist'
                    # the business's own public and its customers' requests: 'lead the 2pm public tour for that day's
                    # ticketed visitors', 'take live chats from Lumenpay customers', 'on his first two customer calls'
                    r"\b(?:ticketed|booked|paying)\s+(?:visitors|guests|groups|passengers|members)\b|"
                    r"\blive\s+(?:chats?|calls?|tickets?|queries|enquiries|orders?)\s+(?:from|with|for)\s+(?:[\w&'’-]+\s+){0,2}?"
                    r"(?:customers|clients|users|guests|patients)\b|\b(?:first|next|real|live)\s+(?:\w+\s+)?(?:customer|client|service)\s+"
                    r"(?:calls|visits|jobs|appointments)\b|"
                    r"\b(?:current|live|real|active|actual|ongoing|open|existing)\s+(?:client|customer|patient)s?['’]?\s*"
                    r"(?:matters?|projects?|files?|accounts?|cases?|briefs?|work|data|tickets?|orders?|jobs?|requests?|"
                    r"campaigns?|calls?|sites?)\b|\bpaying\s+(?:guests|customers|clients|diners|patients)\b|"
                    # material from a client's live order: 'The extract comes from a product manual a client has asked
                    # us to deliver this Friday'
                    r"\b(?:a|one\s+of\s+our|our)\s+clients?\s+(?:has|have)\s+(?:asked|commissioned|hired|engaged)\s+us\s+to\s+"
                    r"(?:deliver|translate|produce|finish|complete|write|design|build)\b|"
                    # the work put into the business's live systems: 'The migrated records are loaded into a client's
                    # production database', 'Defect reports are entered into the development team's bug tracker'
                    r"\b(?:loaded|entered|imported|uploaded|pushed|fed|logged|filed|added)\s+(?:in)?to\s+(?:a|the|our|its|their)\s+"
                    r"(?:[\w-]+['’]s\s+|[\w-]+\s+team['’]s\s+)?(?:(?:production|live)\s+(?:database|system|environment|server|site|app|"
                    r"platform)|(?:bug|issue|defect)\s+tracker)\b|"
                    r"\b(?:will\s+be|are|is|gets?|get)\s+(?:merged|shipped|deployed|published|released)\s+(?:to|in|into|on)\s+"
                    r"(?:production|our\s+(?:live\s+)?(?:product|app|site|platform))\b|"
                    # 'The text is a client contract that is due back to the client this week'
                    r"\b(?:due|going|goes|sent)\s+back\s+to\s+(?:the|our|a)\s+(?:client|customer)s?\b|"
                    r"\b(?:is|are)\s+(?:a|an|one\s+of\s+our|our)\s+(?:real\s+|live\s+|current\s+)?client(?:['’]s)?\s+(?:contracts?|documents?|"
                    r"files?|projects?|orders?|jobs?|deliverables?)\b|"
                    # the business's own live data, or work it will pass on: 'cleaning the Trust's current waiting-list extract,
                    # which the department will submit in next month's national return'
                    r"\b(?:current|live|actual|existing)\s+(?:[\w-]+\s+){0,2}?(?:extract|dataset|data\s+set|database|"
                    r"spreadsheet|inventory|backlog|waiting[- ]list|ledger)\b|"
                    r"\bwhich\s+(?:we|the\s+(?:department|team|company|firm|trust|office|practice|studio|client))\s+will\s+(?:then\s+)?"
                    r"(?:submit|send|publish|file|use|ship|deliver|present|release)\b|"
                    # copy for the paper's next edition: 'file 400 words we can run in tomorrow's edition'
                    r"\b(?:we\s+can|we['’]ll|we\s+will|we\s+may|we\s+might|for\s+us\s+to|to)\s+(?:run|print|publish|air|post|use)\s+"
                    r"(?:it\s+|them\s+)?(?:in|on)\s+(?:tomorrow['’]s|the\s+next|our\s+next|this\s+week['’]s|next\s+week['’]s|"
                    r"today['’]s|our)\s+(?:[\w-]+\s+)?(?:edition|issue|paper|bulletin|show|programme|broadcast|newsletter)\b|"
                    # goods made for the business's live orders: 'garments from this week's wholesale order, which ship to stores'
                    r"\b(?:ship|ships|shipping|shipped|goes|go|sent|delivered)\s+(?:out\s+)?to\s+(?:the\s+|our\s+)?(?:stores|shops|retailers|"
                    r"stockists|customers|clients|buyers)\b|\b(?:this|next|today)(?:['’]s)?\s+(?:week['’]s\s+|month['’]s\s+)?(?:wholesale|"
                    r"customer|client|live|open)\s+orders?\b|"
                    # produce that goes on to be processed or sold: 'the last two rows that go to the press that night'
                    r"\b(?:go(?:es)?|going|sent|heads?)\s+(?:straight\s+)?(?:to|into)\s+(?:the\s+)?(?:press|production|market|"
                    r"sale|shelves|the\s+shelves)\b(?!\s+(?:of|for\s+(?:the\s+)?(?:test|practice)))|"
                    # care given to real patients, not a manikin: 'demonstrate chest physiotherapy techniques on inpatients'
                    r"\b(?:techniques?|treatments?|procedures?|therapy|care|assessments?|examinations?)\s+on\s+(?:real\s+|actual\s+|"
                    r"live\s+)?(?:in-?patients|out-?patients|patients|residents|service\s+users)\b|"
                    # passed on to the business's own customer: 'I'll send the best of your edits to the couple as part of
                    # their final gallery'
                    r"\b(?:send|deliver|give|hand|pass)\w*\s+(?:\w+\s+){0,5}?to\s+(?:the|our|my|a)\s+(?:couple|client|customer|"
                    r"bride|groom|family|buyer)s?\s+(?:as|in|with)\b|\bas\s+part\s+of\s+(?:the|their|our|a|his|her)\s+(?:client['’]s\s+|"
                    r"customer['’]s\s+|couple['’]s\s+)?(?:final\s+|finished\s+)?(?:gallery|delivery|deliverables?|order|album|edit)\b|"
                    # made to be published or aired by the business: 'for publication on Mtaa's website and YouTube channel'
                    r"\bfor\s+(?:publication|broadcast|airing)\s+(?:on|in|by|across)\s+(?:\w+['’]s|our|its|the\s+(?:company|station|"
                    r"paper|magazine|outlet|publisher)['’]s)\s+(?:\w+\s+){0,2}?(?:website|site|channels?|pages?|feeds?|app|"
                    r"newspaper|paper|magazine|station|programmes?|shows?|platforms?|accounts?|newsletter)\b", re.I)


# What is delivered is not how the work is done. A contractor is told the result the client wants (the format, a
# style guide, the glossary, the deadline, the acceptance criteria); an employee is told how, when and where to work
# (hours, shifts, place, supervision, the employer's rules and tools). A sentence that specifies only the result is
# no sign of control; nor is a courtesy ('Thanking you and assuring you of our co-operation').
RESULT_SPEC = lazy_re(r"\b(?:style\s*guides?|glossar\w*|formats?|formatting|templates?|specifications?|specs?|brief|"
                      r"deliverables?|deliver\w*|deadlines?|due|acceptance\s+criteria|revisions?|word\s+count|"
                      r"file\s+types?|resolution|tags?)\b", re.I)
MANNER = lazy_re(r"\b(?:hours?|shifts?|rost\w*|schedul\w*|on[- ]?site|office|premises|store|kitchen|site|attend\w*|"
                 r"present|supervis\w*|manager|report\w*\s+to|clock\w*|uniform|dress|instruct\w*|direct\w*|"
                 r"polic(?:y|ies)|procedures?|rules|code\s+of\s+conduct|SOPs?|tools?|equipment|laptop|accounts?|"
                 r"available|availability|daily|weekly|every\s+day|stand-?ups?|meetings?|exclusive\w*|a\.?m\.?|p\.?m\.?|"
                 r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|nights?|evenings?|mornings?|"
                 r"\d{1,2}[:.]\d{2})\b", re.I)
COURTESY = lazy_re(r"^\W*(?:thank\w*|with\s+(?:warm\s+|kind\s+|best\s+)?regards|kind\s+regards|best\s+wishes|"
                   r"looking\s+forward|we\s+look\s+forward|assuring\s+you)\b", re.I)


def control_read(u: Unit) -> Unit:
    """A control reading of a sentence that only specifies the result, or only thanks the reader, is dropped; a
    sentence that names several kinds of control in its words (set hours, the company's premises or equipment, being
    bound to the company alone, daily direction) counts each of them."""
    kinds = sum(1 for sign in CONTROL_SIGNS if (m := sign.search(u.text)) and not denied_before(u.text, m.start()))
    signs_named = kinds > 0
    m = WORKS_ELSEWHERE.search(u.text)
    if m and not denied_before(u.text, m.start()):
        # 'The Tutor is free to conduct classes at other institutes': other clients, in words, are independence
        u = _sure(u, "independence")
    # (two kinds of control named in words are not undone by a reading that the sentence only states the work's length:
    # 'You will also staff our reception 9h-18h, six days a week, under our chef de réception and for us alone')
    if u.has("control") and kinds < 2 and (
            # (nor does a sentence that states only how long the work lasts: 'Time: 03 working days, from 09/06 to 11/06')
            # (nor one in which the worker plans their own time: 'so I'll shoot in two blocks, probably 6-9 Jan and
            # 19-23 Jan', with no 'you' in it, for a manager's 'I'll need you in at 9' directs)
            COURTESY.search(u.text) or ((RESULT_SPEC.search(u.text) or u.effort) and not MANNER.search(u.text)
                                        and not SUPERVISED.search(u.text))
            or (OWN_PLAN.search(u.text) and not YOU.search(u.text))
            # (nor one that only prices the work: 'Thereafter the Contractor invoices 160 PLN net per hour')
            or (PRICE_ONLY.search(u.text) and not MANNER.search(RATE_UNIT.sub(" ", u.text)) and not SUPERVISED.search(u.text)
                and not signs_named)
            # (nor terms agreed between both sides: 'The class day and time shall be agreed between the Tutor and the
            # Institute')
            or (AGREED_BETWEEN.search(u.text) and not SUPERVISED.search(u.text))
            # (nor one whose words are the person's own way of working: 'working remotely on its own schedule and
            # equipment', 'The Contractor may serve other clients')
            or ((OWN_WAY.search(u.text) or WORKS_ELSEWHERE.search(u.text)) and not SUPERVISED.search(u.text) and not signs_named)
            # 'Clients may not require Freelancers to keep fixed office hours ... or work exclusively for them': control
            # named only to forbid it
            or FORBIDS_CONTROL.search(u.text)
            # (nor is supervision of practice: 'the Contractor practises on test tracks under the curator's supervision')
            or (u.p("synthetic_task") >= WORK_SURE and not signs_named)):
        return replace(_drop(u, "control"), signs={k: v for k, v in u.signs.items() if k != "control"})
    if kinds >= 2:
        # (two kinds of control named in words are control, whatever the tagger read: 'They work full-time on our audit
        # teams, are paid hourly through our timesheet system ... and may not work for anyone else')
        u = replace(_add(u, "control"), signs={**u.signs, "control": max(u.weight("control"), VALUE_SURE * kinds)})
    return u

# The person's own way of working (other clients are WORKS_ELSEWHERE's).
OWN_WAY = lazy_re(r"\b(?:its|his|her|their|your)\s+own\s+(?:schedule|hours|time|timetable|equipment|tools|methods?)\b|"
                  r"\bat\s+times?\s+(?:it|he|she|they|you)\s+(?:chooses?|decides?|prefers?)\b", re.I)
RATE_UNIT = lazy_re(r"\b(?:per|an|a|each|every)\s+(?:hour|day|shift|week)\b|\bhourly\b|"
                    r"\b(?:hours|days|shifts)\s+(?:are|is|will\s+be)\s+(?:invoiced|billed|paid|remunerated)\b", re.I)
PRICE_ONLY = lazy_re(r"\b(?:invoices?|invoiced|invoicing|bills?|billed|remunerated|paid\s+at|rate\s+of|fee\s+of|share\s+of|"
                     r"per\s+cent|fees\s+collected)\b|\breceive\s+(?:\w+\s+)?(?:per\s+cent|percent|\(?\d+\s?%)", re.I)
AGREED_BETWEEN = lazy_re(r"\b(?:agreed|settled|fixed)\s+(?:between|with)\s+(?:the\s+)?(?:tutor|contractor|consultant|freelancer|you|"
                         r"both|the\s+parties)\b|\bmutually\s+agreed\b|\bby\s+mutual\s+agreement\b", re.I)
# Other clients, in words: 'The Tutor is free to conduct classes at other institutes', 'The Contractor may serve other
# clients'.
WORKS_ELSEWHERE = lazy_re(r"\b(?:(?:is|are|remains?|shall\s+be|will\s+be)\s+free\s+to\s+(?:[\w-]+\s+){0,3}?(?:for|at|with)\s+other|"
                          r"(?:may|can)\s+(?:also\s+)?(?:serve|work\s+for|take\s+on|accept)\s+(?:other|further|additional))\s+"
                          r"(?:clients|institutes|institutions|schools|companies|businesses|agencies|studios|customers|employers|"
                          r"platforms|firms)\b", re.I)
OWN_PLAN = lazy_re(r"\bI(?:['’]ll|\s+will|\s+can|\s+plan\s+to|['’]m\s+going\s+to|\s+would)\s+(?:probably\s+|likely\s+)?"
                   r"(?:shoot|work|do|schedule|split|start|finish|deliver|come|run|book|fit)\b")
YOU = lazy_re(r"\b(?:you|your|u)\b", re.I)


# Kinds of control named in words: hours set by the company, its premises, its equipment and accounts, work for it
# alone, and its daily direction of the work.
FORBIDS_CONTROL = lazy_re(r"\b(?:(?:may|must|can|shall|will)\s*(?:not|n['’]t)|cannot)\s+(?:require|ask|force|oblige|expect|make)\s+"
                          r"(?:the\s+)?(?:freelancers?|contractors?|consultants?|you|workers?|them|taskers?|suppliers?)\s+to\b", re.I)
CONTROL_SIGNS = (
    AT_CALL,
    # daily direction in plain words: 'our supervisor checks your work every day', 'Luc tells you what to do and checks
    # it', 'Luc is your boss'
    lazy_re(r"\b(?:our|the|your)\s+(?:[\w-]+\s+)?(?:supervisor|manager|foreman|forewoman|boss|team\s+lead|lead)\s+(?:checks|reviews|"
            r"inspects|watches|signs\s+off|tells\s+you|directs)\b|\btells?\s+(?:you|u)\s+what\s+to\s+do\b|"
            r"\b(?:[A-Z][a-z]+|I|she|he)\s+(?:is|am|['’]s|['’]m)\s+your\s+(?:boss|supervisor|manager|line\s+manager|foreman)\b"),
    # a boss or a head named over the person: 'with Per as your boss', 'under our chef de réception', 'under QC manager'
    lazy_re(r"\bwith\s+(?-i:[A-Z][a-z]+)\s+as\s+your\s+(?:boss|supervisor|manager|line\s+manager|foreman)\b|"
            r"\bunder\s+(?:(?:a|an|the|our|your)\s+)?(?:[\w-]+\s+){0,2}?(?:manager|foreman|forewoman|boss|chef|supervisor|"
            r"head\s+(?:chef|of\s+\w+)|team\s+leader|shift\s+leader)\b(?!['’]s\s+(?:guidance|advice))", re.I),
    # the company's rota, its uniform, the work done in person, deductions for lateness, for the company alone
    # (each a kind of its own)
    lazy_re(r"\bon\s+(?:the|our)\s+(?:normal\s+|regular\s+|usual\s+)?(?:crew\s+|staff\s+|team\s+|kitchen\s+|shop\s+)?(?:rota|roster)\b",
            re.I),
    lazy_re(r"\b(?:wear|wears|wearing|in)\s+(?:the|our)\s+(?:[\w'’-]+\s+){0,2}?(?:uniforms?|shirts?|t-shirts?|polo\s+shirts?|aprons?|"
            r"livery|djellabas?)\b", re.I),
    lazy_re(r"\bno\s+sending\s+(?:a\s+|any\s+)?(?:sub|subs|substitutes?|someone)\b|"
            r"\byou\s+(?:must\s+|will\s+)?[a-z]+\s+personally\b(?!\s+(?:liable|responsible|accountable))", re.I),
    lazy_re(r"\b(?:dock|docks|docked|deduct\w*|retenu|withh[eo]ld)\b[^.;]{0,40}?\b(?:late|lateness|tardy|tardiness)\b", re.I),
    lazy_re(r"\bfor\s+us\s+alone\b|\bfor\s+no\s+one\s+else\b", re.I),
    # 'writing for our accounts under my direction'; 'de lunes a viernes de 9 a 18'
    lazy_re(r"\bunder\s+(?:my|our)\s+(?:direction|supervision|instructions?)\b", re.I),
    lazy_re(r"\bde\s+\d{1,2}(?:[:h.]\d{2})?\s*(?:h\s+)?a\s+\d{1,2}(?:[:h.]\d{2})?\b", re.I),
    # an employer's power to discipline: 'is subject to the company's disciplinary code', 'formal written warnings',
    # 'three strikes and you're off the roster'
    lazy_re(r"\bdisciplinary\s+(?:code|procedures?|policy|process|rules|regime|action|measures|hearings?|system)\b|"
            r"\b(?:formal\s+)?written\s+warnings?\b|\bformal\s+warnings?\b|\b(?:three|3)\s+strikes\b", re.I),
    # fines out of the pay for the company's uniform or for breakage: 'less deductions for uniform ... and equipment
    # damage', 'minus $50 for the label hoodie you have to wear'
    lazy_re(r"\b(?:deduct\w*|minus|less|docked|dock)\b[^.;]{0,40}?\b(?:uniforms?|hoodies?|blazers?|shirts?|aprons?|"
            r"breakages?|damaged?|damages)\b", re.I),
    # the company's tools named as its own: 'all tools and the truck are ours'
    lazy_re(r"\b(?:tools?|equipment|trucks?|vans?|kit|vehicles?|gear|machines?)\b[^.;]{0,30}\b(?:are|is)\s+(?:all\s+)?ours\b", re.I),
    # a day's clock hours in European notation: '7h to 18h'
    lazy_re(r"\b\d{1,2}h(?:\d{2})?\s*(?:-|–|to|until|à)\s*\d{1,2}h\b", re.I),
    lazy_re(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s*(?:-|–|to|until)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\b|\boffice\s+hours\b|"
            r"\bfixed\s+(?:[\w-]+\s+)?(?:rota|shifts?|hours|schedule)\b|\bshifts?\s+(?:assigned|set|rostered)\b|"
            r"\brostered\s+(?:[\w-]+\s+){0,3}?(?:shifts?|hours|days)\b|\b\d{2}\s+hours\s+(?:a|per)\s+week\b|"
            # 'on a schedule set by the host'
            r"\b(?:schedule|rota|roster|hours|shifts?|timetable)\s+(?:set|fixed|assigned|decided|determined)\s+by\s+(?:us|the\s+\w+)\b|"
            # 'you work the rota we set'
            r"\b(?:rota|roster|schedule|shifts?|hours)\s+(?:that\s+)?(?:we|the\s+(?:company|depot|manager|studio))\s+(?:set|sets|assign|assigns|"
            r"decide|decides|fix|fixes)\b", re.I),
    # 'drive our liveried van in our uniform'
    lazy_re(r"\b(?:drive|drives|driving|use|uses|wear|wears|wearing|in)\s+our\s+(?:[\w-]+\s+)?(?:vans?|vehicles?|cars?|trucks?|bikes?|"
            r"uniforms?|livery|kit)\b", re.I),
    # 'can't send a substitute': the work must be done in person
    lazy_re(r"\b(?:can(?:no|['’])t|may\s+not|must\s+not|not\s+(?:allowed|permitted)\s+to)\s+(?:send|use|provide|appoint)\s+"
            r"(?:a\s+|any\s+)?(?:substitutes?|replacements?|someone\s+else|another\s+person)\b", re.I),
    # ('35 hours a week at the agency')
    lazy_re(r"\b(?:hours|days|shifts)\s+(?:a|per)\s+week\s+at\s+the\s+(?:agency|studio|office|firm|clinic|salon|restaurant|depot|"
            r"warehouse|site|shop|store)\b", re.I),
    lazy_re(r"\b(?:at|from|in)\s+(?:our|the\s+(?:company|client|studio|host|employer|firm)['’]s|the\s+client['’]s)\s+(?:[\w-]+\s+)?(?:studios?|offices?|"
            r"sites?|premises|warehouses?|stores?|shops?|clinics?|kitchens?|laborator(?:y|ies)|labs?|cent(?:re|er)s?|hubs?|depots?|yards?|"
            r"branch(?:es)?)\b", re.I),
    # work handed out by the company's people: 'tasks your project lead assigns each morning and reviews each evening',
    # 'taking jobs from the operations manager's queue'
    lazy_re(r"\b(?:tasks?|jobs?|work|tickets?)\s+(?:that\s+)?(?:your|the|our)\s+(?:[\w-]+\s+){0,2}?(?:lead|manager|supervisor|"
            r"coordinator)\s+(?:assigns?|sets?|allocates?|gives?)\b|\b(?:jobs?|tasks?|tickets?|work)\s+(?:from|off)\s+(?:the|our)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:manager|lead|supervisor|team|coordinator)['’]s\s+(?:queue|list|board)\b", re.I),
    # shifts assigned and a quota to accept with discipline for refusing: 'Rydo assigns your shifts, requires you to accept
    # 90% of trip requests and deactivates drivers who log off during a scheduled block'
    lazy_re(r"\b(?:assigns?|sets?|allocates?|rosters?|schedules?)\s+(?:your|their|the\s+driver['’]s|the\s+rider['’]s)\s+"
            r"(?:shifts?|blocks?|hours|schedule|rota|routes?)\b", re.I),
    lazy_re(r"\b(?:requires?|required|must)\s+(?:you\s+|them\s+)?(?:to\s+)?accept\s+(?:at\s+least\s+)?\d+\s*%|"
            r"\bdeactivat\w*\b[^.;]{0,60}\b(?:log\s+off|logs\s+off|declin\w*|reject\w*|miss\w*|refus\w*)|"
            r"\bminimum\s+acceptance\s+rate\b", re.I),
    # output quotas and deductions for missing them: 'finish at least 6 pages a day, and ₩30,000 is deducted for each page
    # under quota'
    lazy_re(r"\b(?:at\s+least|a\s+minimum\s+of|minimum\s+of)\s+\d[\d,.]*\s+(?:[\w-]+\s+)?[\w-]+\s+(?:a|per|each|every)\s+"
            r"(?:day|hour|shift|week|show|event|shoot|night|job|visit|session)\b|\bunder\s+quota\b|"
            r"\bdeducted\s+for\s+(?:each|every)\b", re.I),
    # logged into the company's own systems: 'They must log in to our monitoring software from 9:00 to 18:00'
    lazy_re(r"\blog(?:ged)?\s+(?:in|on)\s+to\s+(?:our|the\s+(?:company|studio|client)['’]s)\s+(?:[\w-]+\s+)?(?:software|system|"
            r"platform|app|tracker|portal)\b", re.I),
    # the company's own way of working: 'following my timeline and shot list and using my cameras'
    lazy_re(r"\b(?:follow|following|follows)\s+(?:my|our|the\s+(?:company|studio|firm)['’]s)\s+(?:[\w-]+\s+)?(?:timeline|shot\s+list|"
            r"instructions|procedures|scripts?|processes|checklists?)\b", re.I),
    lazy_re(r"\b(?:using|use|with)\s+(?:my|our|the\s+(?:label|company|studio|firm|agency|shop|salon|clinic|restaurant|"
            r"practice|club)['’]s)\s+(?:own\s+)?(?:cameras?|kit|gear|lenses|equipment|tools|vans?|laptops?|instruments|"
            r"uniforms?)\b|\b(?:we|the\s+(?:company|studio|practice|firm))\s+(?:supply|supplies|provide|provides)\s+(?:all\s+)?(?:the\s+)?"
            r"(?:tools|equipment|PPE|uniforms?|vehicles?|a\s+company\s+(?:truck|van|car|vehicle))\b", re.I),
    # the company's own schedule and bookings: 'You'll shoot the weddings I book, on my schedule and shot list'
    lazy_re(r"\bon\s+(?:my|our|the\s+(?:company|studio|firm|practice)['’]s)\s+(?:schedule|rota|roster|timetable|shot\s+list|calendar)\b",
            re.I),
    lazy_re(r"\b(?:the\s+)?(?:weddings?|jobs?|shifts?|events?|rounds?|routes?|rows?)\s+(?:that\s+)?(?:I|we)\s+(?:book|assign|allocate|"
            r"schedule|set)\b|\b(?:allocated|assigned)\s+by\s+(?:me|us|[A-Z]\w+)\s+(?:each|every)\s+(?:morning|day|shift|week)\b", re.I),
    # regular work with no end, not a discrete project: 'every wedding on our books, week in and week out', 'five
    # nights a week, indefinitely', 'every day of vintage and then through the season'
    lazy_re(r"\bweek\s+in,?\s+(?:and\s+)?week\s+out\b|\bindefinitely\b|\bon\s+an?\s+(?:ongoing|permanent|regular)\s+basis\b|"
            r"\b(?:every|each|all)\s+(?:[\w-]+\s+)?(?:weddings?|events?|jobs?|shoots?|shifts?|orders?)\s+on\s+our\s+(?:books|rota|roster|"
            r"schedule|calendar)\b|\b(?:\d|three|four|five|six|seven)\s+(?:days|nights|shifts|evenings)\s+(?:a|per|every)\s+week\b|"
            r"\bevery\s+day\s+of\b|\bthrough(?:out)?\s+the\s+(?:whole\s+)?(?:season|year)\b", re.I),
    # worked beside the company's own people: 'alongside our phlebotomists'
    lazy_re(r"\balongside\s+(?:our|its|the\s+(?:company|firm|trust|studio|practice)['’]s)\s+(?:[\w-]+\s+)?[a-z-]+(?:ists|ers|ors|"
            r"ants|ians|people|staff)\b"),
    # worked inside the company's own teams: 'alongside the assay team', 'working on our audit teams', 'as part of our
    # support team'
    lazy_re(r"\b(?:alongside|within|embedded\s+in|as\s+(?:a\s+)?(?:part|member)\s+of|be\s+(?:a\s+)?(?:part|member)\s+of|on|into|"
            r"sits?\s+in|sitting\s+in)\s+"
            r"(?:our|the|its)\s+(?:[\w-]+\s+)?"
            r"(?:teams?|crews?|staff)\b(?!\s+(?:lead|leader|manager|will|who|members?\s+will))", re.I),
    lazy_re(r"\b(?:on|using|with)\s+(?:an?\s+)?(?:our|the\s+(?:company|client|host|employer|firm|studio|agency)['’]s|client['’]s|company|studio|office|"
            r"practice|agency|firm|company-issued)\s+(?:[\w-]+\s+)?(?:workstations?|"
            r"laptops?|computers?|equipment|tools|phones?|vehicles?|cars?|systems?|accounts?|software|crm|time-?tracker|licen[cs]es?)\b|"
            # 'The Contractor will use a Brightwater laptop, email address and Slack account'
            r"\b(?:use|uses|using)\s+an?\s+(?-i:[A-Z][\w&-]+)\s+(?:laptop|computer|phone|email|account|workstation)\b", re.I),
    # 'paid by the hour against our timesheets', 'paid hourly through our timesheet system'
    lazy_re(r"\b(?:against|from|through|on|via)\s+(?:our|the\s+(?:company|host|client)['’]s)\s+time-?\s?sheets?\b", re.I),
    # 'under a supervisor', 'with a named worksite supervisor'
    lazy_re(r"\b(?:under|with)\s+(?:a|an|the|our|your)\s+(?:named\s+)?(?:[\w-]+\s+)?(?:supervisor|line\s+manager|team\s+lead(?:er)?)\b",
            re.I),
    lazy_re(r"\bexclusive(?:ly)?\s+(?:to|for)\s+(?:us|the\s+(?:company|client)|client|[A-Z]\w+)\b|"
            r"\bwork\s+(?:only|exclusively|solely)\s+for\s+(?:us|the\s+(?:company|client|studio|firm)|[A-Z]\w+)\b|\b(?:may|must|can)\s+not\s+"
            r"(?:accept|take\s+on|work\s+for)\s+(?:any\s+)?other\s+clients\b|\bno\s+other\s+clients\b|"
            # 'may not work for anyone else', 'we ask that you don't pick up shifts elsewhere'
            r"\b(?:may|must|can|will)\s*(?:not|n['’]t)\s+work\s+for\s+(?:anyone|anybody|any\s+other\s+\w+)\s*(?:else)?\b|"
            r"\bdon['’]t\s+(?:pick\s+up|take|accept)\s+(?:any\s+)?(?:shifts|work|jobs)\s+elsewhere\b", re.I),
    lazy_re(r"\b(?:assign\w*|review\w*|check\w*|monitor\w*)\s+(?:and\s+\w+\s+)?(?:your|the)\s+(?:\w+\s+)?(?:work|shots|tasks|"
            r"calls|tickets)\s+daily\b|\breport(?:s|ing)?\s+(?:daily\s+)?to\s+(?:the|our|your)\s+\w+", re.I),
)


# A business that hires, pays and directs its own people ('the wages, supervision and direction of its personnel',
# 'the size and composition of its crew') is independent in substance; the payroll costs it carries for them are its
# own costs as an employer, not an employer's costs shifted onto a worker.
OWN_STAFF = lazy_re(r"\b(?:its|their|your)\s+(?:own\s+)?(?:personnel|crews?|employees|staff|workforce|sub-?contractors|"
                    r"workers|labour\s+force|labor\s+force)\b(?!['’]?\s*comp)", re.I)


# "The Candidate is covered by the Firm's occupational accident insurance": a cost the company carries is not one
# shifted onto the worker.
# ("... paid as expenses, so no need to invoice or do anything on the tax side": nothing is put on the person)
COMPANY_CARRIES = lazy_re(r"\bno\s+need\s+(?:for\s+you\s+)?to\b|\b(?:don['’]t|do\s+not|won['’]t|will\s+not)\s+(?:\w+\s+)?need\s+to\b|\b(?:covered|paid|provided|borne|met|funded|reimbursed)\s+(?:in\s+full\s+)?by\s+(?:the|our)\s+"
                          r"(?:\w+['’]s\s+)?(?:firm|company|employer|agency|studio|client|organi[sz]ation|business)\b|"
                          r"\b(?:we|the\s+(?:firm|company|employer|agency|practice|studio|business))(?:['’]ll|\s+will)?\s+(?:pays?|covers?|provides?|"
                          r"reimburses?|insures?|handles?|withholds?|deducts?|supplies|supply|takes?\s+care\s+of)\b|"
                          # tax withheld through the payroll: 'paid ... through our normal payroll, with tax and National
                          # Insurance deducted'
                          r"\bthrough\s+(?:our|the|its)\s+(?:\w+\s+)?payroll\b|\b(?:tax|PAYE|National\s+Insurance|social\s+security|"
                          r"withholdings?)\b[^.;]{0,30}\b(?:deducted|withheld)\b|"
                          # 'Zesty provides the jacket ... and registers riders for BPJS as employees'
                          # (the company by its name, not the worker: 'Riders pay their own taxes' shifts a cost)
                          r"^\W*(?!(?:the\s+)?(?:riders?|drivers?|couriers?|workers?|contractors?|sub-?contractors?|freelancers?|"
                          r"consultants?|suppliers?|providers?|partners?|interns?|trainees?|volunteers?|participants?|candidates?|"
                          r"photographers?|designers?|developers?|you|they|he|she)\b)"
                          r"(?-i:[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,2})\s+(?:will\s+)?(?:provides|supplies|pays|covers|"
                          r"funds|reimburses|insures|registers)\b|\bregister\w*\s+(?:\w+\s+){0,4}as\s+employees\b|"
                          r"\b(?:are|is)\s+deducted\s+(?:at\s+source|(?:through|under|via)\s+(?:PAYE|payroll)|from\s+your\s+(?:pay|wages))|"
                          r"\b(?:through|under|via)\s+PAYE\b", re.I)


JOB_TITLE = lazy_re(r"\b(?:(?:senior|junior|lead|principal|associate|managing|trainee)\s+)?(?:consultants?|associates?|partners?)"
                    r"(?:\s+and\s+(?:(?:senior|junior|lead|principal|associate|managing)\s+)?(?:consultants?|associates?|partners?))?\s+"
                    r"(?:positions?|roles?|posts?|vacanc(?:y|ies)|openings?|job)\b|"
                    # 'Thanks for applying to be a brand ambassador': the job applied for
                    r"\b(?:apply\w*|application)\s+(?:to\s+be(?:come)?|for)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:ambassadors?|"
                    r"associates?|consultants?|partners?)\b|"
                    # a role named in a subject line or heading: 'Subject: Next step - Backend Consultant (Fintech practice)'
                    r"^\W*(?:subject|re|position|role|vacancy|job)\s*:\s*(?:[^:.\n]{0,40}?[-–—:]\s*)?(?:(?-i:[A-Z])[\w-]*\s+){1,3}"
                    r"(?:Consultants?|Associates?|Partners?)\b(?:\s*\([^()]{0,40}\))?\s*$", re.I)
TAX_WORDS = lazy_re(r"\b(?:tax\w*|PAYG|PAYE|social\s+(?:security|contributions?|insurance)|superannuation|super|national\s+insurance|"
                    r"withhold\w*|contributions?)\b", re.I)
# A status word that names a thing the person runs or a group they deal with: 'the volunteer rota', 'our charity
# shop', 'the intern programme budget'.
STATUS_AS_THING = lazy_re(r"\b(?:volunteers?|interns?|trainees?|contractors?|freelancers?)['’]?\s+(?:rota|roster|desk|coordinator|"
                          r"programme|program|team|records?|hours|scheme|handbook|policy|manager|database|induction|shifts?\s+"
                          r"schedule|list|sign-?ups?|payments?)\b|\bcharity\s+shops?\b|"
                          # someone else's: 'collated with our freelance proofreader's set'
                          r"\b(?:our|the|their|its)\s+(?:freelance|contract|external|outside|agency)\s+[\w-]+['’]s\b", re.I)


def staff_read(u: Unit) -> Unit:
    """A sentence about the worker's own staff states independence and no shifted costs; a cost the company carries
    is no shifted cost."""
    if u.has("own_costs", "non_employee_label") and COMPANY_CARRIES.search(u.text):
        # ('We handle tax and social contributions and provide the streaming PC': the employer's part, carried by it,
        # which gives the person no status but an employee's)
        u = _drop(u, "own_costs")
        if TAX_WORDS.search(u.text) and not STATUS_NOUN.search(u.text):
            u = _drop(u, "non_employee_label")
    if u.has("non_employee_label") and JOB_TITLE.search(u.text) and not STATUS_NOUN.search(JOB_TITLE.sub(" ", u.text)):
        u = _drop(u, "non_employee_label")  # '(Consultant and Senior Consultant positions)': a job title, not a status
    if u.has("non_employee_label") and STATUS_AS_THING.search(u.text) and not STATUS_WORDS.search(STATUS_AS_THING.sub(" ", u.text)):
        u = _drop(u, "non_employee_label")  # 'running the till and the volunteer rota': the thing run, not the person's status
    m = OWN_STAFF.search(u.text)
    if not m or denied_before(u.text, m.start()):
        return u
    return _sure(_drop(u, "own_costs"), "independence")


# Money sent to the person, not rights sent to the company: 'transferred to your bank account'.
MONEY_SENT = lazy_re(r"\b(?:transferr?\w*|sent|paid|wired|credited)\s+(?:directly\s+)?(?:to|into)\s+(?:your|the\s+candidate['’]s|a)\s+"
                     r"(?:[\w-]+\s+)?(?:bank|account|wallet|M-?Pesa|GCash|PayPal|UPI|card)\b", re.I)


# "The Company doesn't own it" leaves the work with the person; so does the sentence that goes on "This is true
# regardless of the computer you use". A transfer reading of either, with no verb that transfers, is turned around.
NOT_OWNED = lazy_re(r"\b(?:does\s*n[o'’]t|do\s*n[o'’]t|will\s+not|won[’']t|shall\s+not|never)\s+(?:own|acquire|claim|take)\b|"
                    r"\bno\s+(?:rights?|claim|ownership)\s+(?:in|to|over)\b|\bremains?\s+(?:yours|your\s+(?:sole\s+|exclusive\s+)?"
                    r"property)\b|\bstays?\s+(?:yours|with\s+you)\b|\bbelongs?\s+to\s+you\b|\b(?:is|are)\s+(?:all\s+)?yours\b|"
                    # the person named as the owner: 'The student owns the intellectual property in their assessment work'
                    r"^\W*(?:you|the\s+(?:student|intern|trainee|candidate|applicant|participant|author|artist|creator|contributor|"
                    r"photographer|designer|writer|freelancer|contractor|consultant))\s+(?:owns?|retains?|keeps?)\s+(?:all\s+|the\s+|full\s+)*"
                    r"(?:intellectual\s+property|copyright|ownership|rights?|title)\b", re.I)
TRANSFERS = lazy_re(r"\bassign\w*|\btransfer\w*|\bhereby\b|\bvest\w*|\bbecomes?\s+(?:the\s+)?(?:sole\s+)?property|"
                    r"\bbelongs?\s+to\s+(?:the|us|our)\b|\b(?:shall|will)\s+be\s+owned\b|\bwaive\w*", re.I)
# "Nothing you submit becomes the property of the Company", "Copyright does not pass to us": a transfer denied.
NEGATED_TRANSFER = lazy_re(r"^\W*(?:nothing|none|no\s+(?:part|rights?|ownership|copyright|title|IP))\b[^.;]{0,80}?\b(?:becomes?|"
                           r"pass(?:es|ed)?|transfer(?:s|red)?|vest(?:s|ed)?|belongs?|(?:is|are)\s+assigned)\b|\b(?:does|do|will|shall)\s*(?:not|n['’]t)\s+"
                           r"(?:become|pass|transfer|vest|belong|be\s+assigned|assign)\b|\bwon['’]t\s+(?:become|pass|transfer|vest|belong)\b|"
                           r"(?:\bnot|\bnever|n['’]t)\s+(?:be\s+)?(?:ask\w*|requir\w*|expect\w*)\s+(?:\w+\s+)?to\s+(?:assign|transfer|"
                           r"sign\s+over|give\s+up|hand\s+over)\b|^\W*(?:there\s+is\s+)?no\s+(?:assignment|transfer)\b", re.I)
SAME_AS_BEFORE = lazy_re(r"^\W*(?:this|that|the\s+same)\s+(?:is\s+(?:also\s+)?true|applies|holds)\b", re.I)


# "Copyright in the descriptions you submit will vest in Fenwick & Lowe Ltd": ownership of work passes by a verb of
# transfer, whatever wording the tagger has seen. Not where it is denied or passes to the person.
IP_OBJECT = lazy_re(r"\b(?:(?i:copyright|intellectual\s+property|rights?\s+(?:in|to)|ownership|title|work\s+product|"
                    r"inventions?|(?:the|your|any|all|each|every|this)\s+(?:[\w-]+\s+)?(?:work|submissions?|designs?|drafts?|"
                    r"translations?|articles?|code|deliverables?|materials?|content|output|solutions?|ideas?|drawings?|"
                    r"photos?|photographs?|recordings?|videos?|copy|write-?ups?|prototypes?|entr(?:y|ies)|concepts?|"
                    r"mock-?ups?|sketch(?:es)?|plans?|proposals?|modules?|librar(?:y|ies)|software|source\s+code|tools?|templates?|"
                    r"assets?|apps?|features?|scripts?|components?|products?|feedback|suggestions?|recipes?|images?|"
                    r"illustrations?|footage|clips?|layouts?|posts?|files?)|"
                    # the person's own tools of the trade: 'your own plug-in presets and sample packs'
                    r"(?:your|their|his|her)\s+own\s+(?:[\w-]+\s+){0,2}?(?:presets?|sample\s+packs?|plug-?ins?|macros|brushes|LUTs|"
                    r"fonts?|templates?|tools?|librar(?:y|ies)|code|scripts?)|"
                    # in French: 'La recette appartient à la maison', 'tes créations', 'les dessins'
                    r"(?:la|le|les|ta|ton|tes|vos|votre|toute|tout|chaque)\s+(?:[\w-]+\s+)?(?:recettes?|créations?|dessins?|"
                    r"photos?|œuvres?|oeuvres?|textes?|plans?|idées?|travaux|travail)|"
                    # ('Images from the trial are assigned to the Group': a plural that opens the sentence)
                    r"^\W*(?:images|photos|photographs|drawings|designs|recordings|videos|posts|articles|translations|deliverables|"
                    r"materials|concepts|recipes|illustrations|files|footage|clips|plans|layouts|sketches|works)\b|"
                    r"everything\s+you\s+(?:create|make|submit|send|produce|write))|IP|"
                    # 'Copy written during the trial is owned by ...': the work named first in the sentence
                    r"^\W*(?i:copy|code|work|designs?|content|drafts?|output|materials?|feedback|ideas?)\s+(?i:written|made|"
                    r"created|produced|developed|given|submitted|you))\b|"
                    # what the person makes, whatever it is called: 'Care protocols you develop ... belong to Glenview',
                    # 'Any recipes you developed before starting with us ... become the bakery's'
                    r"\b(?i:(?:you|(?:the|a|an|each|any)\s+(?:employee|candidate|contractor|consultant|intern|apprentice|trainee|youth|student|"
                    r"participant|fellow|volunteer))\s+(?:has\s+|have\s+|had\s+|may\s+|might\s+)?"
                    r"(?:develop|create|make|made|build|built|write|wrote|written|design|conceive|invent|produce|author|devise|pitch|"
                    r"suggest|propose|mention|share|put\s+forward|come\s+up\s+with|came\s+up\s+with|think\s+up|dream\s+up|shoot|"
                    r"shot|film|record)\w*)\b")
PASSES = lazy_re(r"\b(?:becomes?\s+(?:[\w&.-]+\s+){1,4}?[\w&.-]+['’]s\s+(?:sole\s+|exclusive\s+)?property|"
                 # 'become the bakery's when you sign', 'becomes ours'
                 r"becomes?\s+(?:the\s+)?(?:[\w&.-]+\s+){0,2}?[\w&.-]+['’]s\b(?!\s+(?:job|role|responsibility|duty|problem|"
                 r"decision|call|choice|risk|cost))|becomes?\s+ours\b|"
                 # in French: 'La recette appartient à la maison', 'les créations deviennent la propriété de la société'
                 r"appartien(?:t|nent|dront|dra)\s+(?:à|a)\s+(?:la|le|l['’]|notre|nos)\s*(?:maison|société|entreprise|studio|agence|"
                 r"employeur|boutique|atelier|restaurant|cabinet)|devien(?:t|nent)\s+(?:la\s+)?propriété\s+(?:de|du|des)\b|"
                 # 'All the photos you shoot go to the studio', 'The gadget you built ... also goes to Fjordlaks'
                 r"go(?:es)?\s+to\s+(?:us|the\s+(?:company|studio|agency|firm|practice|business|label|brand)|(?-i:[A-Z])[\w&'’-]+)\b"
                 r"(?=\s*[,;.]|\s+(?:and|for|as))|"
                 # 'Your test scripts become studio property'
                 r"becomes?\s+(?:company|studio|agency|firm|employer|client|shop|store|bakery)\s+property\b|"
                 # 'any roofing tool, rig or method you come up with while you're working for us is the company's'
                 r"(?:is|are)\s+(?:all\s+)?the\s+(?:company|firm|studio|practice|business|employer|agency)['’]s(?=\s*[.;,]|\s*$)|"
                 # 'The drawing becomes our copyright'; 'Ownership ... moves to us as soon as you submit it'
                 r"becomes?\s+(?:our|the\s+(?:company|studio|agency|firm|employer|client)['’]s)\s+(?:sole\s+|exclusive\s+)?"
                 r"(?:copyright|property|intellectual\s+property)|moves?\s+to\s+(?:us|the\s+(?:company|studio|agency|firm|employer|client))\b|vest(?:s|ed)?\s+in|(?:is|are|shall\s+be|will\s+be|must\s+be|should\s+be|to\s+be)\s+(?:hereby\s+|also\s+|automatically\s+)?assigned\s+to|transfer(?:s|red)?\s+to|"
                 r"pass(?:es)?\s+to|becomes?\s+(?:the\s+)?(?:sole\s+|exclusive\s+)?property\s+of|belongs?\s+to|"
                 r"(?:shall|will)\s+be\s+owned\s+by|(?:is|are)\s+(?:solely\s+|exclusively\s+)?owned\s+by|(?:shall|will)\s+become\s+ours|(?:the\s+)?(?:company|employer|client|"
                 r"firm|studio|agency|we)\s+(?:will|shall)\s+(?:solely\s+|exclusively\s+)?own|"
                 # 'any templates ... you bring or make during the trial stay with BrightDesk'
                 # (not 'Copyright in the Works ... remains with Party B', where what remains stays with its author)
                 r"(?:stays?|will\s+stay)\s+with\s+(?=us\b|the\s+(?:company|employer|client|firm|studio|agency|business)\b|"
                 r"(?-i:[A-Z])(?!arty|ontractor|onsultant|reelancer|rtist|uthor|andidate|pplicant|icensor|reator|ntern|tudent))|"
                 r"(?:remains?|will\s+remain)\s+with\s+(?:us|the\s+(?:company|employer|firm|studio|agency|business))\b)\b", re.I)
YOUR_SUBMISSION = lazy_re(r"\byour\s+(?:contributions?|pull\s+requests?|PRs?|patch(?:es)?|submissions?|entr(?:y|ies)|solutions?|"
                          r"take-?home|exercise|test\s+work|trial\s+work|sample\s+work|work\s+sample)\b|"
                          # 'the copyright in the images you send'
                          r"\b(?:images|photos|photographs|samples|work|materials|files|designs|case\s+studies|drawings|portfolio)\s+"
                          r"you\s+(?:send|submit|provide|upload|share|enter)\b", re.I)
COMPANY_KEEPS = lazy_re(r"\b(?:we|the\s+(?:company|employer|client|firm|studio|agency|group|business|practice))\s+(?:will\s+|shall\s+|also\s+)?"
                        # 'We own copyright in the photos', 'The studio owns copyright in their demo cues'
                        r"(?:(?:own|owns|acquire|acquires|hold|holds)\s+(?:the\s+|all\s+)?(?:copyright|ownership|title|(?:all\s+)?rights)\s+"
                        r"(?:in|to|of)\b|"
                        r"(?:own|owns|keep|keeps|retain|retains)\s+(?:the|all|any|your|every|each)\s+(?:[\w'’-]+\s+){0,3}?"
                        r"(?:drawings?|images?|photos?|photographs?|designs?|code|software|work|works|work\s+product|content|"
                        r"recordings?|videos?|footage|clips?|posts?|articles?|copy|plans?|layouts?|deliverables?|materials?|recipes?|"
                        r"illustrations?|translations?|concepts?|ideas?|submissions?|files?|ip|intellectual\s+property|rights\s+in|"
                        r"engines?|platforms?|codebases?|apps?|modules?|librar(?:y|ies)|tools?))\b",
                        re.I)
TO_THE_PERSON = lazy_re(r"^\s*(?:you|the\s+(?:candidate|applicant|contributor|author|student|employee|consultant|contractor))\b",
                        re.I)


# Double negatives that take the work: "None of the rights in your draft are retained by you", "It is not the case
# that you keep the copyright".
NO_RETENTION = lazy_re(r"^\W*(?:none\s+of\s+the\s+rights|no\s+rights?)\b[^.;]{0,60}\b(?:are|is|will\s+be)\s+(?:retained|kept)\s+"
                       r"by\s+you\b|\bnot\s+the\s+case\s+that\s+you\s+(?:keep|retain|own)\b", re.I)
RIGHT_TO_USE = lazy_re(r"\bnothing\b[^.;]{0,40}\blimits\s+our\s+right\s+to\s+use\b|\bnot\s+(?:be\s+)?(?:restricted|limited)\s+in\s+"
                       r"how\s+we\s+(?:use|exploit)\b|"
                       # 'by doing it you're agreeing we can use it in the shop without paying'
                       r"\b(?:you['’]re|you\s+are|you)\s+agree(?:ing)?\s+(?:that\s+)?(?:we|the\s+\w+)\s+(?:can|may)\s+(?:use|keep|display|"
                       r"publish|sell|print)\b|\b(?:we|the\s+\w+)\s+(?:can|may)\s+(?:use|display|keep|print|sell)\s+(?:it|them)\b[^.;]{0,40}?"
                       r"\bwithout\s+(?:paying|payment|pay|compensation|a\s+fee|charge)\b|"
                       # in French: 'tu nous accordes le droit de le réaliser et de le vendre en boutique'
                       r"\b(?:accord\w*|donn\w*|c[èé]d\w*)\s+(?:à\s+[\w&'’-]+\s+|nous\s+)?le\s+droit\s+d(?:e\s+|['’])(?:le\s+|la\s+|les\s+|l['’])?"
                       + FRENCH_USE + r"\b", re.I)
# The company may still use the work of someone it does not hire: 'if we don't hire you we might still put your tart on
# the menu', 'If we don't engage you, we're still free to use any lines you wrote' (read only beside words that say
# the term holds for those not hired)
KEEPS_USING = lazy_re(r"\b(?:we|the\s+(?:company|firm|studio|agency|brand|label|house|team|business)|they)\s*(?:['’]re|\s+are|\s+is)?\s+"
                      r"(?:still\s+|also\s+)?(?:may|might|can|could|will|would|reserves?\s+the\s+right\s+to|free\s+to)\s+(?:still\s+|also\s+)?"
                      r"(?:use|reuse|re-use|publish|put|run|feature|serve|print|post|ship|sell|adapt|air|broadcast|keep\s+using|"
                      r"continue\s+(?:to\s+use|using))\b", re.I)
# ... the person's work, for the business's own ends: 'use your schedule for a real route day', 'reuse the ideas and
# captions for its clients'
YOUR_WORK_USED = lazy_re(r"^\s*(?:(?:your|the\s+candidate['’]s|their)\s+(?:[\w-]+\s+){0,2}?(?:work|submissions?|schedules?|designs?|"
                         r"ideas?|captions?|copy|drafts?|code|solutions?|answers?|translations?|photos?|recipes?|plans?|"
                         r"routes?|concepts?|pitch(?:es)?|posts?|videos?|edits?|sketches|drawings?|menus?|dishes)|it|them|these|"
                         r"(?:the|those|any)\s+(?:[\w-]+\s+){0,2}?(?:ideas?|captions?|concepts?|submissions?|designs?|drafts?|posts?))\b"
                         r"[^.;]{0,40}?\b(?:for\s+(?:a\s+)?(?:real|live|actual)\b|for\s+(?:its|our|their)\s+(?:clients?|customers?|"
                         r"campaigns?|business|products?|menu|site|website|channels?)\b|in\s+(?:its|our)\s+(?:campaigns?|products?|"
                         r"menu|marketing|app|shop|store)\b|commercially\b)", re.I)
# ... with no pay and no credit: 'We can print them on back labels and on the website without paying or crediting you'
WITHOUT_PAY = lazy_re(r"\bwithout\s+(?:paying|payment|pay|a\s+fee|any\s+fee|crediting|credit|compensation)\b", re.I)



# A transfer needs words of ownership: "All work will be performed under the direction of the journeyperson" is about
# how the work is done, whatever the tagger read into "all work".
OWNERSHIP_WORDS = lazy_re(r"\b(?:assign\w*|transfer\w*|vest\w*|own\w*|ours|property|propriet\w*|copyright\w*|rights?|title|"
                          r"licen[cs]\w*|IP|intellectual|hire|belong\w*|keep|kept|retain\w*|exploit\w*|us(?:e|ed|ing)|"
                          r"publish\w*|waive\w*|moral|royalt\w*|patent\w*|trade\s*marks?|inventions?)\b", re.I)

# People are assigned too: "the journeyperson assigned to the crew", "we will assign you to a team".
PEOPLE_ASSIGNED = lazy_re(r"\bassign\w*\s+(?:you\b|(?:to|by)\s+(?:the\s+|a\s+|an\s+|your\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:crews?|teams?|shifts?|sites?|projects?|roles?|stores?|branch\w*|locations?|departments?|"
                          r"supervisors?|mentors?|managers?|foreman|foremen|jobs?|tasks?|"
                          r"routes?|rosters?|squads?|units?|wards?|groups?)\b)", re.I)


# An exclusive licence shuts the author out of their own work as a transfer does ('exclusive rights of use in software
# the employee created before ... are granted to the employer'); a non-exclusive one does not.
EXCLUSIVE_RIGHTS = lazy_re(r"(?<!non-)(?<!non\s)\bexclusive\s+(?:(?:and\s+\w+\s+)?rights?\s+(?:of|to)\s+(?:use|exploit\w*)|"
                           r"licen[cs]es?)\b", re.I)
# Work made in a period after the engagement ends ('all intellectual property created ... during the nine months
# following the end of the Employment Period').
AFTER_END = lazy_re(r"\b(?:within|during|for|in)\s+(?:the\s+)?(?:[\w()-]+\s+){0,2}?(?:months?|years?|weeks?)\s+(?:after|following|"
                    r"from)\s+(?:the\s+|its\s+|their\s+|your\s+|this\s+|such\s+)?(?:end|termination|expiry|expiration|cessation|conclusion|"
                    r"completion|delivery)\b|\b(?:after|following)\s+"
                    r"(?:the\s+)?(?:end|termination|expiry|expiration|cessation)\s+of\s+(?:the\s+|your\s+|his\s+|her\s+|their\s+|"
                    r"this\s+)?(?:employment|engagement|contract|agreement|appointment|employment\s+period|term)\b|"
                    # 'within two years after the Assignment ends', 'in the 12 months after you leave'
                    r"\b(?:within|during|for|in)\s+(?:the\s+)?(?:[\w()-]+\s+){0,2}?(?:months?|years?)\s+(?:after|following)\s+"
                    r"(?:the\s+|your\s+|its\s+|this\s+)?(?:\w+\s+){0,2}?(?:ends?|terminates?|expires?|is\s+over|you\s+leave)\b|"
                    # 'within two years after leaving', 'in the year after you leave', 'for a year after your departure'
                    r"\b(?:within|during|for|in)\s+(?:the\s+|a\s+)?(?:[\w()-]+\s+){0,2}?(?:months?|years?|year)\s+(?:after|following|of)\s+"
                    r"(?:leaving|you\s+(?:leave|go|quit|resign|finish(?:\s+up)?|stop\s+working|move\s+on)|(?:your|their|the\s+\w+['’]s)\s+"
                    r"(?:departure|exit|leaving|resignation))\b|"
                    # in French: 'jusqu'à un an après ton départ', 'dans les deux ans suivant la fin du contrat'
                    r"\b(?:jusqu['’]à|pendant|dans\s+les)\s+(?:\w+\s+){0,2}?(?:ans?|mois|années?)\s+(?:après|suivant)\s+(?:ton|votre|son|le|la|"
                    r"l['’])\s*(?:départ|fin|sortie|démission|rupture|contrat)\b|"
                    # 'recipes or blends you come up with after your contract ends'
                    r"\bafter\s+(?:your|the|this)\s+(?:contract|employment|engagement|appointment|placement|internship|season|"
                    r"job|assignment)\s+(?:ends|has\s+ended|is\s+over|finishes|terminates|expires)\b|"
                    r"\bafter\s+you\s+(?:leave|have\s+left|finish\s+(?:up\s+)?with\s+us|stop\s+working\s+(?:for|with)\s+us)\b|"
                    # 'ideas you come up with during the season and for two years after'
                    r"\b(?:during|in|throughout)\s+(?:the|your)\s+(?:season|employment|engagement|contract|placement|internship|job|term)\s+"
                    r"and\s+(?:for|in|within)\s+(?:the\s+)?(?:[\w()-]+\s+){0,2}?(?:months?|years?)\s+(?:after(?:wards)?|thereafter)\b", re.I)
# A named company that owns the work ('Liffey Lingua owns the translation'), not a person who does ('The Employee owns').
COMPANY_OWNS = lazy_re(r"\b((?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*)\s+(?:(?:solely|exclusively|also)\s+)?"
                       r"(owns|(?:will|shall)\s+(?:solely\s+|exclusively\s+)?own)\s+(?:the|your|it|all|any|this|that|them|"
                       r"everything|each|every)\b")
PERSON_WORDS = {"you", "i", "candidate", "candidates", "applicant", "employee", "contractor", "consultant", "author",
                "student", "intern", "contributor", "freelancer", "each", "every", "nobody", "no"}
# "Mere licenses her existing sample library to the studio": a licence granted by its verb.
# 'the release says we get forever rights, royalty free, to the video': the company receives rights
GETS_RIGHTS = lazy_re(r"\b(?:we|the\s+(?:company|client|studio|agency|firm|university|network|label|house)|they)\s+(?:also\s+)?(?:get|gets|"
                      r"receive|receives|acquire|acquires|obtain|obtains|keep|keeps|retain|retains|take|takes)\s+(?:[\w-]+,?\s+){0,4}?"
                      r"(?:rights?|licen[cs]e)\b|"
                      # 'The Artist also grants the Client permanent, unrestricted rights to ...'
                      r"\bgrants?\s+(?:to\s+)?(?:the\s+[A-Z]\w+|us|our\s+\w+|[A-Z]\w+)\s+(?:an?\s+|the\s+)?(?:[\w-]+,?\s+){0,4}?"
                      r"(?:rights?|licen[cs]e)\b", re.I)
NOTHING_ASSIGNS = lazy_re(r"^\W*(?:\d[\d.]*\s*)?(?:nothing|no\s+(?:clause|provision|term))\s+(?:in|of)\s+(?:this|these|the)\s+[\w ]{0,30}?"
                          r"(?:assigns|transfers|vests|gives|grants|conveys|shall\s+(?:assign|transfer|vest|give|grant|convey))\b", re.I)
LICENSES = lazy_re(r"\b(?:hereby\s+)?licen[cs]es\s+(?:her|his|their|its|the|all|any|your|such|each)\b", re.I)
# Permission to use given by the person: 'You authorise the agency to reuse, adapt and present any portfolio piece',
# 'By attaching a reel you let Tablebay use, cut and screen any of its footage'
PERMITS_USE = lazy_re(r"\b(?:you|the\s+(?:candidate|applicant|contractor|freelancer|artist|author|creator|photographer))\s+"
                      r"(?:hereby\s+|also\s+|irrevocably\s+)?(?:authori[sz]es?|allows?|lets?|permits?|gives?)\s+"
                      r"(?:us|the\s+(?:company|client|firm|studio|agency|brand|label|business)|(?-i:[A-Z])[\w&.-]+(?:\s+(?-i:[A-Z])[\w&.-]+){0,2})\s+"
                      r"(?:permission\s+)?to\s+(?:use|reuse|re-use|adapt|publish|copy|cut|screen|exploit|reproduce|present|modify|"
                      r"edit|display|broadcast|sell|distribute|incorporate|show|share)\b", re.I)
# The company given a use of the work in plain words: 'The Client may copy, modify and use those repositories in its
# commercial products'
COMPANY_MAY_USE = lazy_re(r"\b(?:the\s+(?:client|company|firm|studio|agency|employer|business)|we)\s+(?:may|can|will\s+be\s+free\s+to)\s+"
                          r"(?:(?:copy|modify|adapt|reuse|re-use|use|publish|exploit|reproduce|incorporate|distribute|sell|edit)"
                          r"(?:,\s*|\s+and\s+|\s+or\s+|,\s+and\s+)){0,4}(?:copy|modify|adapt|reuse|re-use|use|publish|exploit|"
                          r"reproduce|incorporate|distribute|sell|edit)\s+(?:those|these|such|your|the\s+candidate['’]s)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:repositor(?:y|ies)|repos|samples?|portfolios?|reels?|showreels?|films?|footage|"
                          r"pieces?|works?|designs?|photos?|articles?|drafts?|code)\b", re.I)


# Moral rights given up in plain words: 'you consent to any alteration of, and non-attribution for, the drawings',
# 'you agree not to be named as the author'.
MORAL_WAIVER = lazy_re(r"\bconsent\s+to\s+(?:any\s+)?(?:alteration|modification|changes?|non-attribution|distortion)\b|"
                       # 'The candidate undertakes not to exercise its personal author's rights in the mock-up'
                       r"\b(?:undertakes?|agrees?|promises?)\s+not\s+to\s+(?:exercise|assert|enforce|invoke)\s+(?:any\s+|its\s+|his\s+|"
                       r"her\s+|their\s+|your\s+)?(?:personal|moral)\s+(?:author['’]?s['’]?\s+)?rights\b|"
                       r"\bnon-attribution\b|\b(?:waive|waives|waiving|give\s+up|renounce|renounces|renouncing|renonces?|renoncez)\s+"
                       r"(?:(?:à\s+)?(?:any\s+|all\s+|your\s+))?(?:right\s+to\s+be\s+"
                       r"(?:named|credited|identified)|moral\s+rights|(?:tus\s+|sus\s+|los\s+)?derechos\s+morales|(?:ton\s+|votre\s+|le\s+)?"
                       r"droit\s+moral|(?:os\s+)?direitos\s+morais)\b|\bagree\s+not\s+to\s+(?:be\s+(?:named|credited)|assert)\b", re.I)


# The person transfers in the active voice, the rights named after the verb: 'you transfer to Wattle Park ownership of
# your handouts', 'the Consultant hereby assigns to the Company all right, title and interest'.
ACTIVE_TRANSFER = lazy_re(r"\b(?:you|the\s+(?:contractor|consultant|candidate|employee|intern|artist|author|photographer|"
                          r"designer|writer|freelancer|participant|student))\s+(?:hereby\s+|irrevocably\s+|also\s+|will\s+|agree\s+to\s+)*"
                          r"(?:transfer|transfers|assign|assigns|convey|conveys|hand\s+over|hands\s+over|sign\s+over|signs\s+over)\s+"
                          r"(?:to\s+[\w&.'’ -]{1,40}?\s+)?(?:all\s+(?:of\s+)?)?"
                          r"(?:(?:your|his|her|its|their|the)\s+)?(?:ownership|copyright|title|rights?|intellectual\s+property)\b|"
                          # the work named before: 'by sending it you assign it to Kiln Lane outright'
                          r"\b(?:you|the\s+(?:candidate|applicant|contractor|freelancer))\s+(?:hereby\s+|irrevocably\s+|also\s+|will\s+|"
                          r"agree\s+to\s+)*(?:transfer|assign|convey|sign\s+over|hand\s+over)s?\s+(?:it|them|this|these|that|"
                          r"(?:all\s+)?(?:of\s+)?(?:it|them))\s+(?:over\s+)?to\b", re.I)


# Moral rights the person keeps: 'You will keep your moral rights, including the right to be identified', 'You keep the
# right to be credited and to approve edits'.
KEEPS_MORAL = lazy_re(r"\b(?:you|the\s+(?:artist|author|illustrator|photographer|designer|writer|candidate|contributor|applicant|"
                      r"participant|entrant)|(?:applicants|candidates|participants|entrants|contributors|authors))\s+"
                      r"(?:will\s+|shall\s+|also\s+)*(?:keep|keeps|retain|retains)\s+(?:all\s+|full\s+)?(?:(?:your|his|her|their)\s+)?"
                      r"(?:moral\s+rights|(?:the\s+)?right\s+to\s+be\s+(?:named|credited|identified|attributed))\b|"
                      r"\bmoral\s+rights\s+(?:remain|stay|rest)\s+with\s+(?:you|the\s+(?:artist|author|creator))\b|"
                      # 'Your moral rights as author ... are fully respected'; 'The candidate's personal author's rights,
                      # including the right to be named ..., are unaffected'
                      r"\b(?:moral|personal)\s+(?:author['’]?s['’]?\s+)?rights\b(?:[^.;]|\.(?=\d)){0,90}?\b(?:are|is|remain|will\s+be|stay)\s+"
                      r"(?:fully\s+|entirely\s+|wholly\s+)?(?:unaffected|respected|preserved|untouched|retained|intact|yours)\b", re.I)


# Rights said to sit with someone other than the person: 'they go in our portfolio, so copyright sits with Harbourlight'.
RIGHTS_SIT_WITH = lazy_re(r"\b(?:copyright|ownership|all\s+rights|the\s+rights|IP)\s+(?:sits|stays|remains|rests|lies|will\s+(?:sit|stay|"
                          r"remain|rest))\s+with\s+(?!you\b|your\b|the\s+(?:photographer|artist|author|creator|candidate|applicant|"
                          r"contributor|writer|designer|freelancer)\b)(?:us\b|the\s+(?:company|studio|firm|agency|client)\b|[A-Z])")


# A list of what the company owns, introduced as such: 'What we own: anything you create while you're on a live project',
# 'What the studio owns: scripts, lore and designs'.
WHAT_WE_OWN = lazy_re(r"^\W*(?:[\d.]+\s*)?what\s+(?:we|the\s+(?:company|studio|firm|practice|agency|client|employer))\s+"
                      r"(?:owns?|will\s+own|gets?|keeps?)\s*:", re.I)


def rights_read(u: Unit) -> Unit:
    """Transfers and licences the words state or deny, and whether they hold whether or not the person is hired."""
    if u.has("ip_transfer") and MONEY_SENT.search(u.text) and not IP_OBJECT.search(u.text):
        # ('Rs. 2,500 for the day, transferred to your bank account the same evening, whether or not we make an offer')
        u = _drop(u, "ip_transfer")
    m = ACTIVE_TRANSFER.search(u.text)
    if m and not u.has("ip_transfer") and not denied_before(u.text, m.start()):
        u = _add(u, "ip_transfer")
    m = MORAL_WAIVER.search(u.text)
    if m and not u.has("moral_rights_waiver") and not denied_before(u.text, m.start()):
        u = _add(u, "moral_rights_waiver")
    elif u.has("moral_rights_waiver") and not m and KEEPS_MORAL.search(u.text):
        u = _drop(u, "moral_rights_waiver")
    if NOTHING_ASSIGNS.match(u.text):
        # 'Nothing in this Agreement assigns to the Company any Background IP': what it names stays with the person
        return _add(_drop(u, "ip_transfer", "ip_licence", "scope_prior", "scope_own_time"), "carve_out")
    if u.has("ip_transfer") and not OWNERSHIP_WORDS.search(PEOPLE_ASSIGNED.sub(" ", u.text)):
        u = _drop(u, "ip_transfer")
    if NO_RETENTION.search(u.text):
        u = _add(_drop(u, "keeps_rights", "carve_out"), "ip_transfer")
    elif RIGHT_TO_USE.search(u.text) and not u.has("ip_licence"):
        u = _add(_drop(u, "keeps_rights", "evaluation_only"), "ip_licence")
    m = PASSES.search(u.text)
    owns = bool(m) and m.group(0).lower().endswith("own")  # 'the Company will own X': what it owns follows
    if (m and not u.has("ip_transfer") and (owns or IP_OBJECT.search(u.text[:m.start()]))
            and not denied_before(u.text, m.start()) and not TO_THE_PERSON.match(u.text[m.end():])):
        u = _add(u, "ip_transfer")
    if (u.has("ip_transfer") and u.p("ip_transfer") > u.p("ip_licence") and not u.has("scope_submission")
            and YOUR_SUBMISSION.search(u.text)):
        u = _add(u, "scope_submission")  # 'you assign to Ferrite SAS the copyright in your contribution'
    m = RIGHTS_SIT_WITH.search(u.text)
    if m and not u.has("ip_transfer") and not denied_before(u.text, m.start()):
        u = _add(_drop(u, "keeps_rights"), "ip_transfer")  # ('so copyright sits with Harbourlight')
    if WHAT_WE_OWN.match(u.text) and not u.has("ip_transfer"):
        u = _add(_drop(u, "keeps_rights"), "ip_transfer")  # ('3.3 What we own: anything you create while ...')
    m = COMPANY_KEEPS.search(u.text)
    if m and not u.has("ip_transfer") and not denied_before(u.text, m.start()):
        u = _add(_drop(u, "keeps_rights"), "ip_transfer")  # 'We keep the drawings', 'We own the billing integration code'
    m = EXCLUSIVE_RIGHTS.search(u.text)
    if m and not u.has("ip_transfer") and not denied_before(u.text, m.start()):
        u = _add(_drop(u, "ip_licence"), "ip_transfer")
    if AFTER_END.search(u.text) and CREATION.search(u.text) and not u.has("scope_after_end"):
        u = _add(u, "scope_after_end")
    # a named company that owns the work ('Liffey Lingua owns the translation once you submit it')
    m = COMPANY_OWNS.search(u.text)
    if (m and not u.has("ip_transfer") and m.group(1).split()[-1].lower() not in PERSON_WORDS
            and not denied_before(u.text, m.start(2))):
        u = _add(u, "ip_transfer")
    # ('a perpetual, irrevocable, royalty-free licence': the words say how long the rights last)
    if u.has("ip_licence") and not u.has("perpetual_irrevocable") and PERPETUAL.search(u.text):
        u = _add(u, "perpetual_irrevocable")
    m = LICENSES.search(u.text) or GETS_RIGHTS.search(u.text) or PERMITS_USE.search(u.text) or COMPANY_MAY_USE.search(u.text)
    if m and not u.has("ip_licence", "ip_transfer") and not denied_before(u.text, m.start()):
        u = _add(u, "ip_licence")
        if (LASTING.search(u.text) or PERPETUAL.search(u.text)) and not u.has("perpetual_irrevocable"):
            u = _add(u, "perpetual_irrevocable")
    m = MAY_USE.search(u.text)
    if (m and not u.has("ip_licence", "ip_transfer") and LASTING.search(u.text)
            and not denied_before(u.text, m.end())):
        u = _add(u, "ip_licence")
    m = NOMINAL_TRANSFER.search(u.text) or LOSES_RIGHTS.search(u.text)
    if m and not u.has("ip_transfer") and not denied_before(u.text, m.start()):
        u = _add(_drop(u, "keeps_rights"), "ip_transfer")
    m = KEEPS_USING.search(u.text)
    if (m and (NOT_HIRED.search(u.text[:m.start()]) or holds_either_way(u.text))
            and not denied_past_condition(u.text, m.start())):
        u = _add(u if u.has("ip_transfer", "ip_licence") else _add(u, "ip_licence"), "regardless_of_hire")
        u = _drop(u, "keeps_rights", "evaluation_only")  # (the company keeps using it: the person keeps nothing here)
    elif m and WITHOUT_PAY.search(u.text[m.end():]) and not denied_past_condition(u.text, m.start()):
        u = _drop(_add(_add(u, "ip_licence"), "scope_submission"), "keeps_rights", "evaluation_only")
    elif (m and YOUR_WORK_USED.search(u.text[m.end():]) and not hire_condition(u.text)
          and not denied_past_condition(u.text, m.start()) and not ONLY_EVALUATION.search(u.text)):
        # ('We might use your schedule for a real route day if it's good', 'The company may reuse the ideas and
        # captions for its clients': the company may put the person's work to use, hired or not)
        u = _drop(_add(_add(u, "ip_licence"), "scope_submission"), "keeps_rights", "evaluation_only")
    if (holds_either_way(u.text) or ON_SUBMISSION.search(u.text)) and u.has("ip_transfer", "ip_licence"):
        u = _add(u, "regardless_of_hire")  # ('... stay with BrightDesk even if you're not selected': the words say so)
    return u


# 'the Candidate's assignment of rights in the task output is unconditional': a transfer named by its noun, stated to
# hold or take effect (not 'No assignment of rights is required').
NOMINAL_TRANSFER = lazy_re(r"\bassignment\s+of\s+(?:all\s+|any\s+)?(?:rights?|copyright|ownership|title|intellectual\s+property)\b"
                           r"[^.;]{0,80}?\b(?:is|are|shall\s+be|will\s+be)\s+(?:unconditional|irrevocable|immediate|effective|"
                           r"automatic)|\bassignment\s+of\s+(?:all\s+|any\s+)?(?:rights?|copyright|ownership|title)\b[^.;]{0,80}?\btakes?\s+"
                           r"effect\b", re.I)
# 'you do not keep your rights in inventions you made before joining': rights the person loses.
LOSES_RIGHTS = lazy_re(r"\b(?:you|the\s+(?:candidate|employee|contractor|applicant))\s+(?:do|does|will|shall)\s+not\s+(?:keep|retain)\s+"
                       r"(?:your|their|his|her|any|the)\s+(?:rights?|copyright|ownership|title|intellectual\s+property)\b", re.I)
# Rights that pass on delivery ('takes effect on delivery', 'moves to us as soon as you submit it') pass before any
# hiring decision, so whether or not the person is hired.
ON_SUBMISSION = lazy_re(r"\b(?:takes?\s+effect|passes|vests?|moves?|transfers?)\s+(?:\w+\s+){0,3}?(?:on|upon|at|as\s+soon\s+as|when|"
                        r"once)\s+(?:you\s+)?(?:delivery|submission|receipt|deliver|submit|send|hand\s+in)\w*\b", re.I)


# "Coastline Media may broadcast, modify and otherwise exploit the edit in perpetuity": a right to use work, for ever
# or for any purpose, is a licence however it is worded.
MAY_USE = lazy_re(r"\b(?:may|can|is\s+free\s+to|will\s+be\s+(?:free|entitled)\s+to|reserves?\s+the\s+right\s+to|"
                  r"(?:has|have)\s+the\s+right\s+to)\s+(?:\w+,?\s+){0,4}?(?:use|reuse|re-use|publish|broadcast|stream|exploit|reproduce|"
                  r"modify|adapt|sell|distribute|incorporate|ship|run|display|license)\b", re.I)
PERPETUAL = lazy_re(r"\bperpetu\w*|\birrevocabl\w*|\bpermanent\w*", re.I)
LASTING = lazy_re(r"\bin\s+perpetuity\b|\bperpetual\w*|\birrevocabl\w*|\bforever\b|\bindefinitely\b|\bany\s+(?:purpose|use|"
                  r"campaign|media|medium|way)\b|\bwithout\s+(?:further\s+|any\s+)?(?:payment|compensation|royalt\w*|fee|"
                  r"credit)|\bcommercial(?:ly)?\b", re.I)


def kept_read(u: Unit, previous: Unit | None) -> Unit:
    """'The Company doesn't own it', 'Nothing you submit becomes the property of the Company', and the sentence that
    goes on 'This is true regardless of...' leave the work with the person whatever the tagger read."""
    denies = (NOT_OWNED.search(u.text) and not TRANSFERS.search(u.text)) or NEGATED_TRANSFER.search(u.text)
    continues = (previous is not None and SAME_AS_BEFORE.search(u.text) and previous.has("keeps_rights")
                 and not TRANSFERS.search(u.text))
    if (denies or continues) and u.has("ip_transfer"):
        u = _add(_drop(u, "ip_transfer", "regardless_of_hire"), "keeps_rights")
    # a sentence that transfers leaves something out only in words that leave it out: 'transfers all rights in
    # software the Employee created before the employment and that fall within the Company's field of business'
    # limits what it takes but carves nothing out of it
    if u.has("carve_out") and (TRANSFERS.search(u.text) or (u.has("ip_licence") and GRANTS_LICENCE.search(u.text))) \
            and not EXCLUSION_WORDS.search(u.text):
        u = _drop(u, "carve_out")  # (nor does a grant of a licence: 'Consultant grants Client a licence to use ...')
    use = USE_OF_WORK.search(u.text) if u.has("evaluation_only") else None
    if u.has("evaluation_only") and (NOT_ONLY_EVALUATION.search(u.text) or (
            use and not ONLY_EVALUATION.search(u.text) and not denied_before(u.text, use.start()))):
        # 'We may use your submission for any purpose, not only to evaluate you'; 'Submissions ... are kept and may be
        # used in our work after the hiring decision'
        u = _drop(u, "evaluation_only")
    if u.has("ip_licence", "ip_transfer") and FOR_RECRUITMENT_ONLY.search(u.text):
        u = _add(u, "evaluation_only")  # 'licensed to us for the purposes of this recruitment only'
    return u


NOT_ONLY_EVALUATION = lazy_re(r"\bnot\s+(?:only|just|merely|solely)\s+(?:to|for)\s+(?:evaluat|assess|review|judg)\w*|"
                              r"\b(?:beyond|as\s+well\s+as|in\s+addition\s+to)\s+(?:evaluat|assess|review)\w*", re.I)
ONLY_EVALUATION = lazy_re(r"\b(?:only|solely|exclusively|just|purely)\b[^.;]{0,30}\b(?:evaluat|assess|review|consider|judg|"
                          r"grad|scor|mark)\w*|\b(?:evaluat|assess|review|consider|judg)\w*[^.;]{0,30}\b(?:only|solely)\b", re.I)
GRANTS_LICENCE = lazy_re(r"\bgrants?\b[^.;]{0,60}\blicen[cs]e\b|\b(?:is|are)\s+licen[cs]ed\s+to\b", re.I)
FOR_RECRUITMENT_ONLY = lazy_re(r"\bfor\s+the\s+(?:sole\s+)?purposes?\s+of\s+(?:this|the|our|your)\s+(?:recruitment|application|assessment|"
                               r"selection|hiring|interview)(?:\s+process)?\s+only\b|\b(?:only|solely)\s+for\s+the\s+purposes?\s+of\s+"
                               r"(?:this|the|our|your)\s+(?:recruitment|application|assessment|selection|hiring|interview)\b|"
                               # 'you give us permission to watch it for hiring and that's it'
                               r"\b(?:watch|view|read|review|look\s+at|listen\s+to|assess|evaluate|judge)\s+(?:it|them|your\s+\w+)\s+for\s+"
                               r"(?:the\s+|our\s+)?(?:hiring|recruitment|selection|interview|assessment)(?:\s+(?:decision|process))?,?\s+"
                               r"(?:and\s+that['’]?s\s+(?:it|all)|only|(?:and\s+)?nothing\s+(?:else|more))\b", re.I)
EXCLUSION_WORDS = lazy_re(r"\bexclu\w*|\bexcept\w*|\bother\s+than\b|\bnot\b|n['’]t\b|\bunless\b|\bsave\s+for\b|\bbut\b|"
                          r"\bnor\b|\bremains?\b|\bstays?\b|\bretain\w*|\bkeep\w*|\bkept\b|\bown\s+time\b|\b2870\b|"
                          r"\bstatut\w*|\bSection\b|\bwithout\s+(?:using|the\s+use)|"
                          r"\bfree\s+to\b|\bno\s+(?:rights?|claim)\b|\blimited\s+to\b|\bonly\b", re.I)


# Time that is not worked is not unpaid work: 'There is no payment for days not worked, including days lost to weather'.
TIME_NOT_WORKED = lazy_re(r"\b(?:days?|hours?|shifts?|time|weeks?)\s+(?:(?:that\s+)?(?:are|is|were|was)\s+)?(?:not\s+worked|lost\s+to|"
                          r"off\s+sick|of\s+absence|absent)\b", re.I)


# "...for a fixed fee of $18,000, working remotely on its own schedule": money named as what the company pays states
# that the work is paid, however long the sentence that buries it.
PAYS = lazy_re(r"\b(?:for|at)\s+an?\s+(?:fixed\s+|flat\s+|total\s+|agreed\s+)?(?:fee|rate|price|sum)\s+of\b|\bsalary\b|"
               r"\bwages?\b|\bstipend\b|\bhonorarium\b|\bremuneration\b|\bretainer\b|\b(?:we|the\s+company)\s+"
               r"(?:will\s+)?pays?\b|\b(?:is|are|will\s+be)\s+paid\b|"
               # 'The Studio pays the Applicant KRW 30,000'; 'Pay for the week is PLN 150 in total'
               r"\bthe\s+(?-i:[A-Z])\w+\s+(?:will\s+|shall\s+)?pays?\s+(?:you|the\s+(?:applicant|candidate|trialist|participant|"
               r"intern|trainee|worker|contractor|freelancer))\b|^\W*(?:the\s+)?(?:pay|payment)\s+for\s+(?:the|your|this|each)\s+"
               r"(?:[\w-]+\s+){0,2}?(?:is|will\s+be)\b|"
               r"^\W*(?:[\w-]+\s+){0,2}(?:pay|rate|fee|salary|wage|compensation|remuneration|pago|paga|sueldo|salario|"
               r"remuneraci[oó]n|honorarios|salaire|r[ée]mun[ée]ration|Verg[üu]tung|Lohn|Gehalt|wynagrodzenie|sal[aá]rio)\s*[:=]|"
               # 'fee COP 18,000,000 for the app', 'Fee: USD 1,200'
               # 'The fee is R2,400, payable at the end of the day'
               # '... for a one-month trial under the direction of the Lead Artist, for KRW 2,800,000.'
               r",\s+for\s+(?:[A-Z]{1,3}\s?|[" + re.escape(CURRENCY_SIGNS) + r"]\s?)\d[\d,.]*(?:\s?(?:gross|net))?\s*[.!]?\s*$|"
               r"^\W*(?:the\s+)?(?:fee|pay|payment|rate)\s+(?:is|will\s+be)\s+(?:[A-Z]{1,3}\s?|[" + re.escape(CURRENCY_SIGNS) + r"]\s?)\d|"
               r"\b(?:fee|price|rate|budget\s+for\s+the\s+work)\s*:?\s*(?:[A-Z]{3}\s?|[$€£¥₹₱₦]\s?)\d|"
               # 'The trial day pays EUR 30 in total', 'Each candidate receives EUR 400'
               r"\b(?:pays|(?:candidates?|applicants?|participants?|trialists?|you)\s+(?:will\s+)?(?:receives?|gets?|earns?))\s+"
               r"(?:an?\s+|a\s+flat\s+|a\s+total\s+of\s+)?(?:[A-Z]{3}\s?|[" + re.escape(CURRENCY_SIGNS) + r"]\s?)\d|"
               # 'For the day you get 1,500 baht'
               r"\b(?:candidates?|applicants?|participants?|trialists?|you)\s+(?:will\s+)?(?:receives?|gets?|earns?)\s+"
               r"(?:an?\s+|a\s+flat\s+|a\s+total\s+of\s+)?\d[\d,.]*\s?(?:[A-Z]{3}|" + CURRENCY_NAMES + r")\b",
               re.I)
WINNERS = lazy_re(r"\b(?:win\w*|prizes?|top\s+\w+|best\s+\w+|first\s+place|runners?[- ]up|chosen|selected)\b", re.I)
UNPAID_WORDS = lazy_re(r"\bunpaid\b|\bnot\s+(?:be\s+)?paid\b|\bno\s+(?:pay|fee|salary|wage)|\bwithout\s+(?:pay|payment)|"
                       r"\bfree\s+of\s+charge\b|\bonly\s+if\b", re.I)


# "No benefits during the trial", "as PJ there is no 13th, no FGTS and no paid vacations", "travel time is not paid":
# what is withheld is a benefit or an extra, not the pay for the work itself.
BENEFITS = lazy_re(r"\b(?:holiday|vacations?|annual\s+leave|sick|sickness|illness|notice\s+period|PTO|paid\s+(?:time\s+off|leave)|benefits?|13th|FGTS|pensions?|"
                   r"super(?:annuation)?|insurance|overtime|travel\s+time|bonus(?:es)?|expenses?|obligation|allowances?|"
                   r"commute|parking|meals?)\b", re.I)
# The words that state a stage of work unpaid outright: "the trial is unpaid", "an unpaid orientation period", "you
# will receive no pay for the trial days" (not "without compensation" in a covenant, nor "voluntary", which may
# only mean optional).
# Time outside the paid hours left unpaid: 'That extra time is off the clock', 'Set-up and notes time isn't paid', 'Those
# extra hours don't count, so they're not paid'.
# Time left out of the paid hours: 'Shadow visits are part of your learning rather than your rota, so they aren't counted
# in paid hours' (the negation is of the counting: the time is unpaid).
NOT_IN_PAID_HOURS = (r"\b(?:aren['’]t|are\s+not|isn['’]t|is\s+not|won['’]t\s+be|will\s+not\s+be)\s+(?:counted|included|recorded|"
                     r"logged)\s+(?:in|as|towards?|among)\s+(?:your\s+|the\s+)?paid\s+(?:hours|time|work|shifts?)\b")
EXTRA_TIME_UNPAID = (NOT_IN_PAID_HOURS + r"|"
                     r"\b(?:extra|additional|that|this|set-?up|prep|notes|opening|closing|clean-?up)\s+(?:[\w-]+\s+){0,2}?(?:time|hours)\s+"
                     r"(?:is|are|will\s+be)\s+(?:off\s+the\s+clock|unpaid)\b|\b(?:time|hours)\s+(?:isn['’]t|aren['’]t|is\s+not|are\s+not|"
                     r"won['’]t\s+be)\s+paid\b|\bso\s+(?:they['’]re|they\s+are|it['’]s|it\s+is)\s+not\s+paid\b|"
                     r"\b(?:is|are|will\s+be|stays?|remains?)\s+off\s+the\s+clock\b")
EXTRA_TIME = lazy_re(EXTRA_TIME_UNPAID, re.I)
_STAGE = (r"trial|try-?outs?|take-?homes?|auditions?|challenges?|modules?|case\s+stud(?:y|ies)|quiz(?:zes)?|drives?|sessions?|rotations?|"
          r"shifts?|work|tasks?|exercises?|internships?|placements?|role|position|hours?|days?|weeks?|months?|programme|program|"
          r"assessments?|tests?|projects?|period|phase|orientation|training|induction|stage|step|taster|practicals?|practice|prueba|probearbeit|"
          r"probetag|schnuppertag|essai|"
          r"proefdag|proefperiode|prova|est[aá]gio")
STATED_UNPAID = lazy_re(r"\b(?:" + _STAGE + r")\s+(?:(?:is|are|will\s+be)\s+(?:entirely\s+|completely\s+)?(?:unpaid|not\s+"
                        r"(?:paid|remunerated|compensated)|without\s+(?:pay|salary|wages?|remuneration))|(?:isn['’]?t|aren['’]?t|won['’]?t\s+be)\s+(?:paid|remunerated|"
                        r"compensated))\b|\bunpaid\s+(?:[\w-]+\s+){0,2}?(?:" + _STAGE + r"|volunteer|onboarding|probation\w*|stage|"
                        # ('an unpaid day off' is leave)
                        r"shadow\w*)\b(?!\s+(?:off|leave|break|holiday|absence))|\breceive\s+no\s+(?:salary|pay|wages?|payment)\b|"
                        # 'The empanelment test is not a paid assignment'; 'it is unremunerated'
                        r"\b(?:(?:is|are|will\s+be)\s+not|isn['’]?t|aren['’]?t|won['’]?t\s+be)\s+(?:an?\s+)?paid\s+(?:[\w-]+\s+)?"
                        r"(?:assignment|engagement|job|gig|role|position|task|test|project|trial|work|exercise|shift|placement|"
                        r"internship)s?\b|\b(?:is|are|will\s+be)\s+(?:entirely\s+|completely\s+)?unremunerated\b|"
                        # 'No retainer is paid for the shadow period'
                        # (not extra pay for overtime, 'No additional fee is payable for hours worked in excess', nor time
                        # not worked, 'No fee is payable for rostered shifts not worked')
                        r"\b(?:carries|carry|attracts|comes\s+with|has)\s+no\s+(?:wage|pay|salary|stipend|payment|remuneration)\b|"
                        # an extension without pay, or time on call unpaid: 'the bootcamp may be extended by up to four weeks
                        # without stipend', 'you agree to remain available, unpaid, for as long as the production requires'
                        r"\b(?:extended|extension|extend)\b[^.;]{0,40}\bwithout\s+(?:pay|stipend|allowance|wages?|salary|payment)\b|"
                        r"\b(?:available|on\s+call|on\s+standby)\s*,\s*unpaid\b|"
                        + EXTRA_TIME_UNPAID + r"|"
                        # 'No budget on our side for pitches unfortunately'
                        r"\bno\s+(?:budget|money|funds?)\s+(?:on\s+our\s+side\s+|available\s+)?(?:for|to\s+pay\s+for)\s+(?:the\s+|this\s+|"
                        r"these\s+|your\s+)?(?:pitch(?:es)?|tests?|trials?|tasks?|samples?|spec\s+work|concepts?|this|it)\b|"
                        # said of the person for the stage: 'During the taster you're not on the books and you won't be paid'
                        r"\byou(?:['’]re|\s+are|\s+will|['’]ll)?\s*(?:not|n['’]t|won['’]t)\s+(?:be\s+|get\s+)?(?:paid|remunerated|compensated)"
                        r"(?=\s*(?:[,.;]|$|\s+(?:during|for\s+(?:the|this|that|these|those|your|any)\s+(?:[\w-]+\s+)?(?:" + _STAGE + r"))))|"
                        # 'Orientation is a condition of hire and is not compensated.'
                        r"\b(?:" + _STAGE + r")\s+(?:is|are)\s+[^.;]{0,40}?\band\s+(?:is|are)\s+(?:not\s+(?:paid|compensated|remunerated)|unpaid)\b|"
                        # 'It'll take about two hours in the afternoon, before service, and it isn't paid.'
                        r"\band\s+it\s+(?:isn['’]t|is\s+not|won['’]t\s+be|will\s+not\s+be)\s+(?:paid|remunerated)\b(?!\s+(?:for|as)\b)|"
                        # 'you are not our employee and no wages are paid.'
                        r"\bno\s+(?:wages?|pay|salary|fees?|payment|remuneration)\s+(?:is|are|will\s+be)\s+(?:paid|payable|given)\s*(?=[.;,!]|$)|"
                        # 'may join us for 200 hours, for academic credit and without pay'
                        # (not 'may be used ... freely and without payment', nor 'end this Agreement ... without compensation')
                        r"\b(?:and|but)\s+without\s+(?:any\s+)?(?:pay|wages?|salary|remuneration)\s*(?=[.;,)]|$)|"
                        # the wage first in a list of what is not paid: 'no wages, vacation pay or overtime are payable for
                        # the assessment days'
                        r"\bno\s+(?:wages?|pay|salary|remuneration)\s*,[^.;]{0,50}?\s(?:is|are|will\s+be)\s+(?:paid|payable|due|given)\s+"
                        r"(?:to\s+you\s+)?(?:for|during|in)\s+(?:the\s+|this\s+|your\s+|any\s+)?(?:[\w-]+\s+)?(?:" + _STAGE + r")\b|"
                        # said in passing of the time asked: 'two hours max, unpaid, then we'll have a yarn', '(unpaid)'
                        r"\b(?:hours?|hrs?|minutes?|mins?|max|tops|days?|shifts?|trial|test)\s*(?:,|\(|[-–—])\s*(?:all\s+|totally\s+|"
                        r"completely\s+)?unpaid\s*(?=[,;.)!]|\s[-–—]|$)|"
                        r"\bno\s+(?!additional|extra|further|separate|overtime)(?:[\w-]+\s+){0,2}?(?:retainer|fee|fare|salary|pay|payment|wages?|"
                        r"stipend|allowance|remuneration|compensation)s?\s+(?:is|are|will\s+be)\s+(?:paid|payable|due|given|made|provided|offered)\s+"
                        r"(?:to\s+you\s+)?(?:for|during|in)\s+"
                        r"(?:the\s+|this\s+|that\s+|your\s+|any\s+)?(?:[\w-]+\s+)?(?:" + _STAGE + r")\b(?!\s+(?:not\s+worked|off|of\s+leave))",
                        re.I)
UNPAID_WORK = lazy_re(STATED_UNPAID.pattern + r"|\b(?:" + _STAGE + r")\s+(?:is|are|will\s+be)\s+voluntary\b|"

                      r"\b(?:no|without)\s+(?:pay|wages?|salary|payment|compensation|remuneration|stipend|allowance)\b|"
                      # 'you agree to remain available, unpaid, for as long as the production requires'
                      r"\b(?:available|on\s+call|on\s+standby)\s*,\s*unpaid\b|\bn(?:o|')t\s+(?:receive|get|"
                      r"earn|be\s+given)\s+(?:any\s+|a\s+)?(?:salary|pay|wages?|payment|compensation|remuneration|stipend)\b", re.I)


# A section that sets out the exercise itself, and words that make money someone's pay.
BRIEF_SECTION = lazy_re(r"\b(?:the\s+)?(?:exercise|brief|problem|scenario|specification|spec|case\s+study|pricing\s+rules)\b", re.I)
PERSON_OR_PAYER = lazy_re(r"\b(?:you|your|we|our|us|paid|pay|earn\w*|fee\s+for\s+(?:the|this|your))\b", re.I)


WONT_PAY = lazy_re(r"\b(?:can(?:no|['’])t|do(?:es)?\s*n(?:o|['’])t|won['’]t|will\s+not|are\s+not\s+able\s+to)\s+pay\b", re.I)
UNPAID_NOT_BENEFIT = lazy_re(r"\bunpaid\b(?!\s+(?:leave|holidays?|breaks?|lunch|meal|time\s+off|vacation|overtime|sick))", re.I)
IS_UNPAID = lazy_re(r"\b(?:is|are|will\s+be)\s+(?:entirely\s+|completely\s+)?(?:unpaid|not\s+paid)\b", re.I)


def _withholds_pay(text: str) -> bool:
    """The sentence says the work itself is unpaid, not only a benefit: 'the trial is unpaid', 'volunteers are not
    paid', 'no wages', but not 'travel time is not paid' or 'no holiday pay'."""
    wont = WONT_PAY.search(text)
    if wont and BENEFITS.search(text[wont.end():wont.end() + 40]):
        wont = None  # 'We do not pay for travel time to site': a benefit withheld, not the pay for the work
    if UNPAID_WORK.search(text) or wont or UNPAID_NOT_BENEFIT.search(text) or NO_PAY_BUT.search(text):
        return True
    return any(not BENEFITS.search(text[max(0, m.start() - 30):m.start()]) for m in IS_UNPAID.finditer(text))


IN_KIND = lazy_re(r"\b(?:RRP|retail\s+value|recommended\s+retail)\b|\binstead\s+of\s+(?:pay|payment|wages?|money)\b[^.;]{0,40}?"
                  r"\b(?:take\s+home|get|receive|keep)\b|\b(?:paid|compensated|rewarded|payment|pay)\s+(?:is\s+)?(?:in|with)\s+"
                  r"(?:our\s+|store\s+|shop\s+|free\s+)?(?:products?|goods|kind|vouchers?|gift\s+cards?|store\s+credit|credits?|free\s+\w+|samples?|merch\w*|"
                  r"candles?|meals?|food|drinks?|coffee|clothes|clothing)\b|\bin[- ]kind\b|"
                  # 'you receive a room in the riad and meals instead of a salary'
                  r"\b(?:receive|get|are\s+given)\b[^.;]{0,60}?\binstead\s+of\s+(?:an?\s+)?(?:pay|payment|wages?|money|salary)\b|"
                  # 'instead of salary they receive a room in our apartment and meals'
                  r"\binstead\s+of\s+(?:an?\s+)?(?:pay|payment|wages?|money|salary)\b[^.;]{0,20}?\b(?:receive|get|are\s+given)\b|"
                  # 'In return for the week, you receive a beautiful lettre de recommandation and lunch each day'
                  r"\bin\s+return\s+for\s+(?:the|this|your)\s+(?:[\w-]+\s+)?(?:week|days?|shifts?|work|trial|time|help)\s*,?\s+you\s+"
                  r"(?:will\s+)?(?:receive|get)\s+(?:an?\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:references?|letters?|lettre|certificates?|"
                  r"recommendations?|experience|lunch|meals?)\b", re.I)
WAGE_WORDS = lazy_re(r"\b(?:wages?|salary|per\s+hour|an\s+hour|hourly|day\s+rate|fee\s+of|paid\s+at)\b", re.I)


# A sentence about the pay just stated: 'You will be paid for the shift if we hire you', 'It is paid together with your
# first salary, if we make you an offer'.
PAID_BACK = lazy_re(r"^\W*(?:you(?:['’]ll|\s+will|\s+are|\s+get)\s+(?:be\s+|get\s+)?paid\s+(?:for\s+(?:the|this|that|your)\s+\w+|it|this|that)|"
                    r"(?:it|this|that|the\s+(?:fee|payment|sum|amount|stipend))\s+(?:is|will\s+be|gets?)\s+(?:only\s+)?paid)\b", re.I)


def _clause_at(text: str, at: int) -> str:
    """The clause of a sentence (between semicolons) in which a position falls."""
    return text[text.rfind(";", 0, at) + 1:(text.find(";", at) + 1 or len(text) + 1) - 1]


# 'unpaid' set beside a stage's other terms: '(5 minutes, about 1 hour of your time, unpaid)', 'Saturday, 4 hours, unpaid.'
# No pay in the local words: 'L'essai non payé', 'sans rémunération', 'sin pago', 'no rentada', 'bezpłatny', 'unbezahlt',
# 'não remunerado', 'non retribuito'; extra work given free: 'Extra rounds of cambios the client asks for are free of
# charge'.
UNPAID_LOCAL = lazy_re(r"^\W*(?:pay|payment|compensation|remuneration|fee|salary|stipend)\s*[:=]\s*(?:none|nil|zero|nothing|"
                       r"n/?a)\s*(?:[.;,(]|$)|"  # 'Pay: none.'
                       # 'No hay pago para los voluntarios'
                       r"\bno\s+hay\s+(?:pago|sueldo|salario|remuneraci[oó]n|paga)\b|"
                       # 'It's an evaluation week so there's no rate on it'
                       r"\bno\s+(?:pay\s+|hourly\s+|day\s+)?rate\s+(?:on|for)\s+(?:it|this|that|them|the\s+\w+)\b|"
                       # a French placement's stipend withheld: 'there is no gratification', 'pas de gratification'
                       r"\b(?:no|pas\s+de|aucune)\s+gratification\b|"
                       r"\b(?:non|pas)\s+(?:pay[ée]e?s?|r[ée]mun[ée]r[ée]e?s?)\b|\bsans\s+(?:salaire|r[ée]mun[ée]ration|paie|"
                       r"gratification)\b|\bsin\s+(?:pago|sueldo|salario|remuneraci[oó]n|goce\s+de\s+sueldo)\b|\bno\s+(?:rentad[ao]s?|"
                       r"remunerad[ao]s?|pagad[ao]s?)\b|\bbezp[łl]atn\w*|\bunbezahlt\w*|\bohne\s+(?:Bezahlung|Verg[üu]tung|Lohn)\b|"
                       r"\bn[ãa]o\s+(?:remunerad[ao]s?|pag[ao]s?)\b|\bnon\s+(?:retribuit[oa]|pagat[oa])\b|"
                       + NOT_IN_PAID_HOURS + "|"
                       # 'La prueba no es remunerada', 'l'essai n'est pas payé', 'der Probetag ist nicht bezahlt'
                       r"\b(?:no\s+(?:es|está|será|son|serán)|n['’](?:est|sera)\s+pas|ne\s+(?:sont|seront)\s+pas|(?:ist|wird)\s+nicht|"
                       r"n[ãa]o\s+(?:é|será|são))\s+(?:remunerad[ao]s?|pagad[ao]s?|pay[ée]e?s?|r[ée]mun[ée]r[ée]e?s?|bezahlt|"
                       r"verg[üu]tet|pag[ao]s?)\b|"
                       r"\b(?:extra|additional|further)\s+(?:[\w-]+\s+){0,8}?(?:are|is|will\s+be)\s+(?:free\s+of\s+charge|for\s+free|"
                       r"at\s+no\s+(?:extra\s+)?(?:charge|cost))\b", re.I)
UNPAID_TAG = lazy_re(r"[,(;:–—]\s*(?:and\s+)?(?:completely\s+|entirely\s+|strictly\s+)?(?:unpaid|not\s+paid)\s*(?:[).;]|,\s|$)|"
                     # 'Students ... will join us unpaid, under a memorandum of agreement'
                     r"\b(?:join|joins|joining|work|works|working|serve|serves|start|starts)\s+(?:us\s+|with\s+us\s+|for\s+us\s+)?"
                     r"unpaid\b(?!\s+(?:leave|time\s+off|holiday|overtime|hours\s+(?:are|is)\s+(?:not|never)))", re.I)


def pay_read(u: Unit) -> Unit:
    """A fee, salary or stipend the company pays states that the work is paid; a withheld benefit (holiday pay,
    travel time) is not a statement that the work is unpaid."""
    # ('- $26/hour, 40 hours a week, Monday to Friday 9-5': a rate for the time, stated bare, is the pay)
    if (u.money and not u.has("paid", "unpaid", "contingent_pay") and not is_a_cost(u.text) and not COST_WORDS.search(u.text)
            and any(m.unit in ("hour", "day", "week", "month", "year") and m.unit_stated for m in u.money)
            and not hire_condition(u.text)):
        u = _add(u, "paid")
    # pay in goods, not money: 'one full size candle of your choice every month (RRP $39!)', 'paid in store credit'
    kind = IN_KIND.search(u.text)
    if kind and not WAGE_WORDS.search(u.text[:kind.start()] + u.text[kind.end():]):  # ('Instead of wages, you receive ...')
        u = _add(_drop(u, "paid"), "unpaid")
    if OPEN_TIME.search(u.text) and not u.has("open_ended"):
        u = _add(u, "open_ended")  # 'Take whatever time you need', 'There is no set time'
    if u.has("contingent_pay") and COMPANY_COMMISSION.search(u.text):
        u = _drop(u, "contingent_pay")  # ('Rapihin keeps a 12% commission on the price of each completed job': its cut)
    if ((DEFERRED_PAY.search(u.text) or COMMISSION_ONLY.search(u.text)
         or (DISCRETIONARY_PAY.search(u.text) and not BENEFITS.search(u.text))) and not u.has("contingent_pay")):
        u = _add(_drop(u, "paid"), "contingent_pay")  # pay out of revenue 'if any', or at the company's whim, may never come
    if not u.money and PAID_BACK.search(u.text) and hire_condition(u.text) and not u.has("contingent_pay"):
        u = _add(u, "contingent_pay")  # 'You will be paid for the shift if we hire you': the stage's pay just stated
    if (u.money and PRIZE.search(u.text) and not u.has("paid", "contingent_pay") and not is_a_cost(u.text)):
        u = _add(u, "contingent_pay")  # 'The winning team shares ILS 6,000': money for the winners only
    if ALLOWANCE_ONLY.search(u.text) and not hire_condition(u.text):
        u = _add(_drop(u, "paid"), "unpaid")  # 'Compensation for the day is a ₱150 meal allowance only': expenses, no pay
    if u.money and not u.has("contingent_pay") and PRIZE.search(u.text) and OTHERS_UNPAID.search(u.text):
        # 'The applicant with the best plan will receive ₱2,000; the others will not be paid': paid or not, the money
        # goes to one
        u = _add(_drop(u, "paid"), "contingent_pay")
    if (u.money and not u.has("paid", "unpaid", "contingent_pay") and PAYS.search(u.text)
            and not UNPAID_WORDS.search(u.text) and not is_a_cost(u.text) and not hire_condition(u.text)
            and not WINNERS.search(u.text)):
        u = _add(u, "paid")
    # a stage of the work paid nothing in figures: 'Month 1 (orientation and GMP training) NT$0 (lunch provided)'
    if (u.money and all(m.high == 0 for m in u.money) and ZERO_PAY_STAGE.search(u.text) and not is_a_cost(u.text)
            and not COST_WORDS.search(u.text)):
        u = _add(_drop(u, "paid"), "unpaid")
    # a sum handed over only if the person is kept on: 'if we continue with you, I give you 300 dirhams for the two weeks'
    if (u.money and not u.has("paid", "unpaid", "contingent_pay") and GIVES_YOU.search(u.text) and hire_condition(u.text) == "hire"
            and not is_a_cost(u.text) and all(m.unit in (None, "flat") for m in u.money)):
        u = _add(u, "contingent_pay")
    # ('you don't pay for them': the person pays nothing, which says nothing about pay for the work)
    low = u.text.lower()
    # ('Holidays: up to 10 days during the contractor phase. These days are not invoiced': the days off, not work)
    not_the_work = bool(ELSEWHERE.search(u.text) or NOT_WITHOUT_PAY.search(u.text) or PAID_IN_SALARY.search(u.text)
                        or (THESE_DAYS.match(u.text) and DAYS_OFF.search(u.context)) or _only_leave_unpaid(u.text)
                        or NO_X_NO_PAY.search(u.text) or TIME_NOT_WORKED.search(u.text)
                        or ("pay" in low and PERSON_PAYS_NOTHING.search(u.text))
                        or ("not" in low and GRANT_NOT_SALARY.search(u.text)))
    # (goods given instead of pay are no benefit beside a wage: 'a room in the riad and meals instead of a salary')
    if u.has("unpaid") and ((BENEFITS.search(u.text) and not _withholds_pay(u.text) and not kind
                             and not ALLOWANCE_ONLY.search(u.text)) or not_the_work):
        u = _drop(u, "unpaid")
    elif ((m := (STATED_UNPAID.search(u.text) or WORK_FOR_FREE.search(u.text) or NOT_BILLABLE.search(u.text)
                 or NO_PAY_BUT.search(u.text) or UNPAID_TAG.search(u.text) or UNPAID_LOCAL.search(u.text)))
          # (a condition in another clause is the later pay's: 'The introductory phase is unremunerated; remuneration
          # begins after its successful completion')
          and not hire_condition(_clause_at(u.text, m.start()))
          # ('Those extra hours don't count, so they're not paid': the negation is of the counting, not of the pay)
          and (EXTRA_TIME.search(u.text) or not denied_before(u.text, m.start())) and not not_the_work):
        # 'the first ten working days are an unpaid orientation period': the words say the work is unpaid
        u = _add(u, "unpaid")
    if u.has("paid") and u.money and BRIEF_SECTION.search(u.context) and not (PAYS.search(u.text) or PERSON_OR_PAYER.search(u.text)):
        u = _drop(u, "paid")  # (prices inside the exercise's own brief: 'After that it's $4 per started hour' of a parking garage)
    if u.has("paid") and not u.money and u.p("unpaid") >= VALUE_SURE and u.p("paid") < u.p("unpaid") and STATED_UNPAID.search(u.text):
        u = _drop(u, "paid")  # ('It's a free trial week: you are not our employee and no wages are paid')
    if u.has("paid") and not u.money and NOT_A_PAID.search(u.text) and not PAYS.search(u.text):
        u = _drop(u, "paid")  # 'The empanelment test is not a paid assignment' says no pay
    return u


# Leave without pay, not work: 'Unpaid leave for family reasons may be agreed on request', 'unpaid parental leave'.
UNPAID_LEAVE = lazy_re(r"\bunpaid\s+(?:[\w-]+\s+){0,2}?(?:leave|holidays?|vacations?|time\s+off|days?\s+off|absences?|"
                       r"sabbaticals?|breaks?)\b|\bleave\s+without\s+pay\b", re.I)


def _only_leave_unpaid(text: str) -> bool:
    """Every word of no pay in the sentence is about leave (time not worked)."""
    return bool(UNPAID_LEAVE.search(text)) and len(UNPAID_WORDS.findall(text)) <= len(UNPAID_LEAVE.findall(text))


ZERO_PAY_STAGE = lazy_re(NAMED_STAGE.pattern + r"|\b(?:month\s+\d|week\s+\d|first\s+(?:month|week|day)s?)\b", re.I)
GIVES_YOU = lazy_re(r"\b(?:I|we)\s+(?:will\s+|['’]ll\s+)?(?:give|pay|send|hand)\s+you\b|\byou\s+(?:will\s+|['’]ll\s+)?(?:get|receive)\b", re.I)
THESE_DAYS = lazy_re(r"^\W*(?:these|those|such)\s+(?:days|hours|weeks)\b", re.I)
DAYS_OFF = lazy_re(r"\b(?:holidays?|leave|vacations?|days?\s+off|time\s+off|absences?|sick)\b", re.I)
# No pay, and something else instead: 'volunteer PAs - no fee, but meals on set ... and a proper screen credit'.
NO_PAY_BUT = lazy_re(r"\bno\s+(?:fee|pay|payment|wages?|salary|money|cash)\s*(?:[,;:]|\s[-–—])\s*(?:but|just|only|instead)\b", re.I)
# Money for the winners: 'The winning team shares ILS 6,000', 'a prize of $500', 'first place wins €1,000'.
# 'The best of the three will receive a prime of 2,100 dirhams; the two others, nothing'
_OTHERS_NOTHING = r"\bthe\s+(?:\w+\s+)?others?\s*,?\s+(?:get\s+|receive\s+)?nothing\b"
PRIZE = lazy_re(r"\b(?:winning\s+(?:team|entry|entries|design|submission|candidate|participant)s?|winners?|prizes?|"
                r"first\s+place|runners?[- ]up|(?:the\s+)?best\s+(?:entry|submission|team|design))\b|"
                # 'The best of the three will receive a prime of 2,100 dirhams; the two others, nothing'
                r"\bthe\s+best\s+(?:one\s+)?of\s+(?:the|you|them|all)\b|" + _OTHERS_NOTHING + r"|"
                # 'The applicant with the best plan will receive ₱2,000', 'whoever sells the most tickets gets a $400 bonus'
                r"\b(?:applicant|candidate|participant|finalist|person|team|entrant)s?\s+with\s+the\s+(?:best|highest|top|strongest)\b|"
                r"\bwhoever\s+(?:sells|scores|does|makes|brings\s+in|gets|books|signs)\s+(?:the\s+)?(?:most|best|highest)\b",
                re.I)
# The only money for the work is an allowance for expenses: 'Compensation for the day is a ₱150 meal allowance only'.
ALLOWANCE_ONLY = lazy_re(r"\b(?:compensation|pay|payment|remuneration)\b[^.;]{0,40}?\b(?:is|will\s+be|consists\s+of)\s+(?:an?\s+|the\s+)?"
                         r"(?:\S+\s+)?(?:meal|food|lunch|transport|travel|transportation|commuting|fuel)\s+(?:allowance|stipend|"
                         r"vouchers?|money)\s+only\b", re.I)
# Everyone but the best goes unpaid: 'the others will not be paid', 'nobody else gets paid for the weekend'.
OTHERS_UNPAID = lazy_re(r"\b(?:the\s+)?(?:others?|rest(?:\s+of\s+(?:you|them|us))?|remaining\s+\w+)\s+(?:will\s+not|won['’]t|do\s+not|"
                        r"don['’]t|are\s+not|aren['’]t)\s+(?:be\s+|get\s+)?paid\b|\b(?:nobody|no\s*one|no-one)\s+else\s+(?:gets?|"
                        r"will\s+get|is|will\s+be)\s+paid\b|" + _OTHERS_NOTHING, re.I)
NOT_A_PAID = lazy_re(r"\b(?:not|n['’]t(?:\s+be)?)\s+(?:an?\s+)?paid\s+(?:[\w-]+\s+)?(?:assignment|engagement|job|gig|role|position|"
                     r"task|test|project|trial|work|exercise|shift|placement|internship)s?\b", re.I)


# 'Your compensation will consist solely of a 5% referral fee on fees collected from clients you introduce': pay
# only on what the work brings in, which may be nothing.
COMMISSION_ONLY = lazy_re(r"\b(?:solely|only|entirely|exclusively|purely)\b[^.;]{0,40}\b(?:commissions?|referral\s+fees?|"
                          r"finder['’]?s\s+fees?|revenue\s+share|profit\s+share|\d{1,2}(?:\.\d+)?\s?%\s+(?:of|on))\b|"
                          r"\b(?:commission|referral|equity|exposure)[- ]only\b|"
                          # 'Pay is 10 % of whatever you sell, nothing fixed'
                          r"\bnothing\s+fixed\b|\d\s?%\s+of\s+(?:whatever|what|everything|anything)\s+(?:you|they)\s+(?:sell|book|bring\s+in)\b|"
                          # 'Compensation: the opportunity to build your portfolio with a byline', 'paid in exposure'
                          r"^\W*(?:[\w-]+\s+){0,2}?(?:pay|compensation|remuneration|payment|reward)\s*(?:[:=]|\s[-–—]|\s(?:is|will\s+be))\s*"
                          # ('Runner compensation: an on-screen credit and a copy of the film for your reel; no fee')
                          r"(?:the\s+|an?\s+|your\s+)?(?:[\w-]+\s+){0,2}?(?:opportunity|exposure|experience|"
                          r"byline|credit|visibility|recognition|portfolio)\b(?![^.;]{0,60}\d)|"
                          r"\b(?:paid|compensated|rewarded)\s+(?:in|with)\s+(?:exposure|visibility|credit|a\s+byline|experience)\b|"
                          # 'There's no base rate for the trial shifts; you earn A$15 for every lesson package you sell'
                          r"\bno\s+(?:base|basic|hourly|fixed)\s+(?:rate|pay|wage|salary)\b[^.]{0,80}?\b(?:for\s+(?:every|each)|per)\b|"
                          # 'pay is $250 per signed contract, and nothing otherwise'; '5% of the fees for any treatment plans
                          # patients accept', 'instead of an hourly rate'
                          r"\b(?:per|for\s+each|each|a)\s+(?:signed\s+|closed\s+|completed\s+|successful\s+)?(?:contract|sale|deal|booking|"
                          r"appointment|sign-?up|lead|referral)s?\b[^.;]{0,30}\b(?:nothing|no\s+(?:pay|base|wage))\s+(?:otherwise|else)\b|"
                          r"\binstead\s+of\s+(?:an?\s+)?(?:hourly|day|daily|base)\s+(?:rate|wage|pay)\b[^.;]{0,60}?(?:\d{1,2}(?:\.\d+)?\s?%|"
                          r"\bcommission\b|\bshare\b)", re.I)
# Time left open: 'Take whatever time you need, plenty of guys work on it all weekend', 'There is no set time;
# candidates are encouraged to go as deep as they wish'.
OPEN_TIME = lazy_re(r"\b(?:take|spend|use)\s+(?:as\s+(?:much|long)\s+(?:time\s+)?as|whatever\s+time|all\s+the\s+time)\s+(?:you|u)\s+"
                    r"(?:need|want|like|wish)\b|\bno\s+(?:set|fixed)\s+(?:time(?!\s+to\s+(?:send|submit|return|reply))|time\s+limit|length|"
                    r"number\s+of\s+hours)\b|"
                    r"\bno\s+time\s+limit\b|\bgo\s+as\s+(?:deep|far)\s+as\s+(?:you|they)\s+(?:wish|like|want|can)\b|"
                    # more time at the company's call: 'that extra time's unpaid as well, however long it takes', 'the
                    # additional hours remain unpaid, in whatever number the Client requires'
                    r"\bhowever\s+long\s+(?:it\s+takes|(?:we|I|the\s+\w+)\s+(?:need|needs|want|wants|require|requires))\b|"
                    r"\bin\s+whatever\s+(?:number|amount|quantity|length)\s+(?:the\s+\w+|we|I)\s+(?:requires?|needs?|wants?|asks?)\b|"
                    r"\bfor\s+as\s+long\s+as\s+(?:the|our|its)\s+(?:production|project|client|company|business|shoot|team|director)\s+"
                    r"(?:requires?|needs?|wants?)\b|"
                    r"\bthere\s+is\s+no\s+limit\s+(?:on|to)\s+(?:the\s+)?(?:time|hours|scope)\b|"
                    # 'as many as it takes'; more sessions at the company's wish: 'We can extend it to more shifts if the
                    # gérante wants a better look'
                    r"\bas\s+many\s+(?:\w+\s+)?as\s+(?:it\s+takes|(?:we|they|the\s+\w+)\s+(?:need|needs|want|wants|like|likes|ask|asks))\b|"
                    r"\b(?:we|I|the\s+\w+)\s+(?:can|may|might|could)\s+extend\s+(?:it|the\s+\w+|this)\s+(?:to|by|with|into)\s+(?:more|"
                    r"further|extra|additional|another|several)\b|"
                    # time past the stated length at the company's call, left unpaid: 'If I keep you past 9, that's still
                    # part of the tryout and it stays unpaid', 'Should the company require the applicant to work beyond two
                    # hours, no remuneration is owed for the further hours'
                    r"\b(?:keeps?|ask|asks|require|requires|need|needs|extended|extend|continue|stay|stick\s+around|work|go)\b"
                    r"[^.;]{0,50}?\b(?:beyond|past|longer\s+than)\s[^.;]{0,90}?(?:\bunpaid\b|\bwithout\s+(?:any\s+)?(?:extra\s+|"
                    r"additional\s+|further\s+)?(?:pay|payment|remuneration|compensation)\b|\bno\s+(?:extra\s+|additional\s+|further\s+)?"
                    r"(?:pay|payment|remuneration|compensation|wages?)\s+(?:is|are|will\s+be)\s+(?:owed|due|paid|payable)\b)|"
                    # work after the test if the business needs it, still unpaid: 'If the store gets busy and you help out
                    # on the floor for the evening rush afterwards, that's still just interview time, unpaid'
                    r"\b(?:help|helps|work|works|pitch\s+in|stay|stays|cover|covers|serve|serves)\b[^.;]{0,60}?\b(?:afterwards?|"
                    r"after\s+(?:that|the\s+(?:test|trial|interview|tryout|try-out|session)))\b[^.;]{0,60}?\b(?:unpaid|no\s+pay|not\s+paid|"
                    r"without\s+pay)\b|"
                    # scope left open to what the company wants: 'help the crew with whatever needs doing that day', 'any
                    # other duties the ward manager assigns', 'any additional tasks Rydo requests'
                    r"\bwhatever\s+(?:else\s+)?(?:needs\s+doing|needs\s+to\s+be\s+done|is\s+needed|we\s+need|comes\s+up)\b|"
                    # 'help with whatever the team has on this week', 'pitch in on whatever is on the board'
                    r"\b(?:help|helping|pitch(?:ing)?\s+in|assist(?:ing)?|muck(?:ing)?\s+in|chip(?:ping)?\s+in)\s+(?:out\s+)?"
                    r"(?:with|on)\s+whatever\b|"
                    + ANY_DUTIES.pattern + r"|"
                    # more time until the company is satisfied or the work is done: 'i may keep asking you back until
                    # i've seen enough', 'the Contractor continues, unpaid, until it is complete', 'you keep going till i
                    # say', 'you stay and help the team with customers until closing'
                    r"\bkeep\s+(?:asking|calling|inviting|having|bringing)\s+(?:you|them|u)\s+back\b|"
                    r"\b(?:until|till|til)\s+(?:i|we|the\s+\w+)\s*(?:['’]ve|\s+have|\s+has)?\s+(?:seen|heard)\s+enough\b|"
                    r"\b(?:continues?|continuing|keeps?\s+(?:going|working|on)|stays?|carr(?:y|ies)\s+on|work(?:s|ing)?\s+on)\b[^.;]{0,50}?"
                    r"\b(?:until|till|til)\s+(?:it\s+is\s+(?:complete|completed|done|finished)|(?:it['’]s|its)\s+(?:done|finished)|"
                    r"(?:i|we|the\s+\w+)\s+says?\b|closing|close\b|the\s+(?:job|work|task|batch|shift)\s+is\s+(?:done|finished|complete))",
                    re.I)
# 'a deferred fee of $175 per shoot day, payable solely out of Net Producer's Revenue, if any': pay that hangs on the
# project earning money.
DEFERRED_PAY = lazy_re(r"\bdeferred\s+(?:fee|pay|payment|compensation|salary|wages?|rate)s?\b|\bpayable\s+(?:solely|only|exclusively)\s+"
                       r"(?:out\s+of|from)\b|\b(?:out\s+of|from)\s+(?:the\s+)?(?:net\s+|gross\s+)?(?:\w+\s+){0,2}?(?:revenues?|profits?|"
                       r"receipts|proceeds)\b[^.;]{0,20}\bif\s+any\b", re.I)


# The company's own cut of what the person charges, not the person's pay: 'Rapihin keeps a 12% commission on the price of
# each completed job', 'The platform takes a 15% service fee'.
COMPANY_COMMISSION = lazy_re(r"\b(?:keeps?|takes?|retains?|deducts?|charges?)\s+(?:a\s+|an\s+|its\s+)?(?:flat\s+)?\d{1,2}(?:[.,]\d+)?\s?"
                             r"(?:%|per\s?cent|percent)\s+(?:commission|fee|cut|service\s+fee|platform\s+fee|booking\s+fee)\b",
                             re.I)
# Pay left to the company's choice, which may be nothing: 'Payment for trial shifts, if any, is at Redgum's discretion',
# 'The firm may, at its sole discretion, make an ex gratia payment', 'he might give you something for it, no promises'.
DISCRETIONARY_PAY = lazy_re(r"\b(?:pay|payment|paid|fee|remuneration|compensation|stipend|honorarium|allowance)\b[^.;]{0,40}?"
                            r"\bif\s+any\b[^.;]{0,30}?\bdiscretion\b|"
                            r"\b(?:pay|payment|fee|remuneration|compensation|stipend|honorarium)s?\s+(?:\w+\s+){0,4}?(?:is|are|will\s+be)\s+"
                            r"(?:entirely\s+|solely\s+|wholly\s+)?(?:at|in)\s+(?:the\s+)?(?:[\w'’&.-]+\s+){0,2}?(?:sole\s+|absolute\s+|own\s+)?"
                            r"discretion\b|\bex[- ]gratia\b|"
                            r"\b(?:might|may)\s+(?:\w+\s+){0,2}?(?:give|pay|throw)\s+(?:you\s+|u\s+)?(?:something|a\s+little|a\s+bit|a\s+few\s+\w+)"
                            r"\b[^.;]{0,40}?\bno\s+promises?\b", re.I)


# 'Orientation shifts are part of your onboarding and are not billable': a contractor cannot invoice them, so they
# are unpaid.
NOT_BILLABLE = lazy_re(r"\b(?:" + _STAGE + r")\s+(?:\w+\s+){0,6}?(?:are|is|will\s+be)\s+(?:not\s+billable|non-?billable|unbillable|not\s+invoiced|not\s+billed)\b",
                       re.I)
COST_WORDS = lazy_re(r"\b(?:costs?|fees?|charges?|price|rent|parking|deposit|subscription|membership|tuition|budget|allowance|"
                     r"stipend\s+for|reimburs\w*|expenses?)\b", re.I)
# 'No invoice, no pay': a rule about paperwork, not work done without pay.
NO_X_NO_PAY = lazy_re(r"\bno\s+(?:[\w-]+\s+){1,2}?(?:no|=|means\s+no)\s+(?:pay|payment|money)\b|\bno\s+[\w-]+\s*,\s*no\s+(?:pay|payment)\b",
                      re.I)
# 'Staff are asked to give these two days for free': time given without pay (not 'lunch is free').
WORK_FOR_FREE = lazy_re(r"\b(?:give|giving|work|working|donate|donating|do|doing|volunteer|volunteering|put\s+in)\s+(?:[\w-]+\s+){0,4}?"
                        r"(?:for\s+free|free\s+of\s+charge|for\s+nothing|gratis|without\s+charge)\b|"
                        # 'Do me a free sample board this weekend'
                        r"\b(?:do|make|send|give|draw|paint|design|write|shoot)\s+(?:me|us)?\s*an?\s+free\s+(?:[\w-]+\s+)?(?:sample|trial|test|mock-?up|"
                        r"draft|pitch|concept|design|board|logo|piece|shift|session)s?\b", re.I)


# 'The stipend is a grant to support your practice, not a salary': money paid, under another name.
GRANT_NOT_SALARY = lazy_re(r"\b(?:grant|stipend|allowance|bursary|honorarium|fellowship|scholarship)\b[^.;]{0,60}\bnot\s+(?:a\s+)?"
                           r"(?:salary|wage|wages|pay\s+for\s+work)\b", re.I)
PERSON_PAYS_NOTHING = lazy_re(r"\b(?:you|the\s+(?:trainee|worker|intern|candidate|student|volunteer))\s+(?:don['’]t|do\s+not|"
                              r"won['’]t|will\s+not|never|does\s+not|doesn['’]t)\s+(?:have\s+to\s+|need\s+to\s+)?pay\s+(?:for|anything)\b",
                              re.I)


# "The Employee is not paid separately for this, as the assignment is covered by his salary": the work is paid, in
# the salary; nothing is withheld.
PAID_IN_SALARY = lazy_re(r"\b(?:covered|included|compensated|reflected|paid\s+for)\s+(?:by|in|through|within)\s+(?:his|her|their|"
                         r"your|the|its|my|our)\s+(?:[\w-]+\s+){0,2}?(?:salary|wages?|pay|remuneration|base\s+pay|fees?)\b", re.I)


# "The trial period is not a period without pay": a double negative states the work paid.
NOT_WITHOUT_PAY = lazy_re(r"\b(?:not|never|n['’]t)\s+(?:be\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:without\s+(?:pay|payment|compensation|"
                          r"remuneration|wages?|salary)|unpaid)\b", re.I)


# "Unpaid work for charities and law centres is encouraged": unpaid work the person may do for others is not the
# company's work.
ELSEWHERE = lazy_re(r"\b(?:unpaid|voluntary|volunteer|pro\s+bono)\s+(?:work|roles?|activit\w+|service|positions?)\s+(?:for|with|at)\s+"
                    r"(?:local\s+|other\s+|registered\s+)?(?:charit\w+|law\s+cent\w+|community|non-?profits?|voluntary|"
                    r"third|NGOs?|other\s+organi[sz]ations?)|"
                    # ... nor is schooling: 'Related training attended outside scheduled work hours is unpaid; the
                    # training agent pays the tuition'
                    r"\b(?:related\s+(?:technical\s+)?(?:training|instruction)|classroom|coursework|course\s+work|lectures?|"
                    r"college|tuition|night\s+school|exams?)\b[^.;]{0,80}\bunpaid\b|"
                    # ... nor unpaid work someone else asks for, named to forbid it: 'Clients who ask for unpaid work on
                    # real projects may be suspended'
                    r"\b(?:who|that|which)\s+(?:ask|asks|request|requests|require|requires|demand|demands|expect|expects)\s+(?:for\s+)?"
                    r"(?:any\s+)?unpaid\b", re.I)


# A question asks: "Will the chat exercise be on real customer tickets?", "And is it paid?" state nothing of the
# work. A request put as a question ("Could you come in for a trial day?") still asks the person to work.
ASKS = lazy_re(r"^\W*(?:and\s+|but\s+|so\s+)?(?:is|are|was|were|will|would|does|do|did|can|could|should|shall|"
               r"how|what|when|where|why|who)\b(?!\s+(?:you|u|ya|ye|y'all)\b)[^?]*\?\W*$", re.I)
QUESTION_FACTS = ("real_work_output", "core_work", "unpaid", "paid", "contingent_pay", "assessment_context", "effort")


def question_read(u: Unit) -> Unit:
    """A question about the work is no statement of it."""
    return _drop(u, *QUESTION_FACTS) if ASKS.match(u.text) else u


SHORT_MESSAGE = 30  # sentences: a message or a short letter about one stage of work
STAGE_FACTS = ("assessment_context", "unpaid", "paid", "contingent_pay", "non_employee_label")


def stated_effort(units: list[Unit]) -> list[Unit]:
    """A sentence of a hiring stage or of unpaid or non-employee work that states an amount of work ('Expected
    time: 3 days') states the effort fact, whether or not the tagger read it: the value parser found the amount and
    told it apart from a deadline."""
    out = []
    short_stage = len(units) <= SHORT_MESSAGE and any(v.has("assessment_context") for v in units)
    for u in units:
        # (or beside another amount of work: 'Dates: Monday 7 December to Friday 11 December' over 'Hours: 4am to
        # 12pm each day')
        # (two sentences on, when the amount is a day's clock hours: 'see how you get on at the bench?' ... 'Fri and
        # Sat this week' ... 'We start at 4am sharp ... until about half 12 each day')
        # (anywhere in a short message about a hiring stage, when the amount is a day's clock hours: 'see how you get
        # on at the bench?' ... 'Fri and Sat this week' ... 'We start at 4am sharp ... until about half 12 each day')
        # (or a window of days the person is told to fill with work: 'the lab stays open for five consecutive days and
        # we expect you to use most of them')
        clock = any(e.basis and (re.search(r"\d\s*[ap]\.?\s?m|half|:\d\d", e.basis) or WINDOW_BASIS in e.basis) for e in u.effort)
        stage = (any(v.has(*STAGE_FACTS) or (v is not u and v.has("effort")) for v in units[max(0, u.index - 1):u.index + 2])
                 or (clock and short_stage))
        if u.effort and not u.has("effort") and stage and any(e.high and e.per is None for e in u.effort):
            u = _add(u, "effort")
        out.append(u)
    return out


# A hiring stage named with the role it is for ('your panel for the UX Lead role', 'the interview for the Junior
# Designer position').
# A try-out in plain words: 'see how you get on at the bench', 'try you out on the floor', 'see if you like the pace'.
TRY_OUT = lazy_re(r"\bsee\s+how\s+(?:you|u)\s+(?:get\s+on|go|handle|cope|manage)\b|\btry\s+(?:you|u)\s+out\b|"
                  r"\bsee\s+(?:your|ur)\s+(?:speed|skills?|pace|technique|standard|knife\s+skills)\b|"
                  r"\bgive\s+(?:you|u)\s+a\s+(?:try|trial|go)\b|"
                  # 'come for a try-out week', 'your trial shifts'
                  r"\b(?:a|an|the|your|two|three|four|five)\s+(?:unpaid\s+|paid\s+|short\s+)?(?:try-?out|trial)\s+"
                  r"(?:days?|weeks?|shifts?|sessions?|fortnight)\b|"
                  # the same in other languages: 'une semaine d'essai', 'ein Probetag', 'un día de prueba', 'een proefdag'
                  r"\b(?:semaine|journée|jour)\s+d['’]essai\b|\bProbe(?:tag|arbeit|woche)\b|\bd[ií]as?\s+de\s+prueba\b|"
                  r"\bproef(?:dag|week)\b", re.I)
# A task headed with the role it is for: 'Subject: Marketing Analyst – short task', 'Junior Designer - take-home'.
ROLE_TASK = lazy_re(r"(?-i:\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})\s*[–—-]\s*(?:short\s+|take-?home\s+|written\s+|design\s+|coding\s+|"
                    r"technical\s+|paid\s+|unpaid\s+)?(?:task|exercise|test|assignment|challenge|case\s+study|take-?home|trial)\b", re.I)
# Applying is a hiring stage: 'To apply, email 20 images', 'By applying you assign ...'.
APPLYING = lazy_re(r"^\W*to\s+apply\b|\bto\s+apply\s*[,:]|\bto\s+apply\s+for\s+(?:the|this|our|a|an)\s+(?:[\w-]+\s+){0,3}(?:role|position|"
                   r"job|post|vacancy|opening)\b|\bby\s+applying\b|\bwith\s+your\s+application\b|\bapplicants?\s+(?:must|should|are\s+asked\s+to|"
                   r"complete|submit|transcribe|translate|label|record|draw|take\s+part)\b",
                   re.I)
STAGE_FOR_ROLE = lazy_re(r"\b(?:interview|panel|assessment|trial|tryout|try-out|test|task|exercise|challenge|case\s+study)\b"
                         r"[^.;]{0,40}\bfor\s+(?:the|our|a|this)\s+(?:[\w-]+\s+){0,4}(?:role|position|post|job|vacancy|opening)\b",
                         re.I)


def stage_read(u: Unit) -> Unit:
    """A sentence naming a hiring stage and the role it is for states the hiring context."""
    try_out = TRY_OUT.search(u.text)
    if try_out and PAST_STAGE.search(u.text[:try_out.start()]):
        try_out = None  # ('After your semaine d'essai, we propose to engage you': the stage is behind them)
    if not u.has("assessment_context") and (STAGE_FOR_ROLE.search(u.text) or try_out or APPLYING.search(u.text)
                                            or ROLE_TASK.search(u.text)):
        return _add(u, "assessment_context")
    return u


PAST_STAGE = lazy_re(r"\b(?:after|following|since|thanks\s+for|thank\s+you\s+for)\s+(?:your|the)\s+$", re.I)


VALEDICTION = lazy_re(r"^\W*(?:(?:very\s+)?(?:truly|sincerely|faithfully|cordially)\s+yours|yours\s+(?:truly|sincerely|faithfully|"
                      r"ever|cordially)|(?:kind|best|warm)\s+regards|regards|sincerely|cheers|thanks|many\s+thanks|"
                      r"mit\s+freundlichen\s+gr[üu]ßen|cordialement|un\s+saludo|saludos)\W*$", re.I)
# A heading that lists what the employer never does ('What we never do', 'Not allowed:'): the list under it states
# no practice of the document.
NEVER_HEADING = lazy_re(r"^\W*(?:what\s+we\s+(?:never|don['’]t|do\s+not|won['’]t|will\s+not)\s+do|we\s+(?:never|do\s+not|don['’]t)\b|"
                        r"(?:not\s+allowed|prohibited|forbidden|never\s+acceptable|not\s+permitted)\b)[^.]{0,40}:?\s*$", re.I)
LIST_ITEM = lazy_re(r"^\s*(?:[-•*–]|\d{1,2}[.)]|[a-z][.)])\s+")
NEVER_FACTS = ("unpaid", "own_costs", "non_employee_label", "contingent_pay", "ip_transfer", "ip_licence", "open_ended")
# ... and so does a sentence whose main verb is such a refusal: 'We never ask anyone to do an unpaid trial shift',
# 'we do not use unpaid interns' (but not 'we do not pay for trial shifts', which states the practice).
NEVER_PRACTICE = lazy_re(r"^\W*(?:[-•*–]\s*)?(?:we|the\s+(?:company|firm|studio|practice|employer)|our\s+\w+)\s+(?:will\s+)?"
                         r"(?:never|do\s+not|don['’]t|does\s+not|doesn['’]t|will\s+not|won['’]t|must\s+not)\s+(?:ever\s+)?"
                         r"(?:ask|require|expect|use|run|hold|allow|permit|tolerate|believe\s+in|rely\s+on|take\s+on)\b", re.I)
# 'You will not be asked to work on our productions ... and there is no compensation for work because no work is done
# for us': no work is owed, so nothing is withheld from work.
# Pay for a restriction, not for work: 'no compensation for this restriction', 'the non-compete is unpaid'.
RESTRICTION_PAY = lazy_re(r"\b(?:compensation|pay|payment|consideration|allowance)\s+(?:\w+\s+){0,2}?(?:for|during|in\s+return\s+for)\s+"
                          r"(?:this|the|that|such|any)\s+(?:\w+\s+)?(?:restrictions?|covenants?|non-?compet\w*|non-?solicit\w*|"
                          r"restricted\s+period|undertakings?)\b|\bnon-?compet\w*\b[^.;]{0,40}\b(?:unpaid|uncompensated|not\s+paid)\b",
                          re.I)
# A period of time after the end, not the survival of duties: 'for two years after you finish up'.
WINDOW_AFTER = lazy_re(r"\b(?:for|within|during|in)\s+(?:the\s+|a\s+)?(?:[\w()-]+\s+){0,2}?(?:months?|years?)\s+(?:after|following)\b", re.I)
OBLIGATIONS = lazy_re(r"\b(?:obligations?|duties|covenants?|undertakings?)\b", re.I)
NO_WORK_OWED = lazy_re(r"\bno\s+work\s+(?:is|will\s+be)\s+(?:done|owed|required|expected|performed)\s+for\b|"
                       r"\b(?:not|never)\s+(?:be\s+)?(?:asked|required|expected|obliged)\s+to\s+(?:work\s+(?:on|for)|do\s+any\s+work|"
                       r"perform\s+any\s+(?:work|services))\b|"
                       # time away from the work: 'When you attend your 8-week technical training block at SAIT, you are
                       # on a leave from work and are not paid wages'
                       r"\bon\s+(?:a\s+)?(?:leave|break|sabbatical)\s+(?:of\s+absence\s+)?from\s+(?:work|your\s+(?:job|duties|employment|"
                       r"work))\b", re.I)


def read_words(units: list[Unit]) -> list[Unit]:
    """Every sentence through the readers, in document order."""
    out: list[Unit] = []
    never = False
    for u in units:
        if VALEDICTION.match(u.text):  # 'Very truly yours,' states nothing
            u = replace(u, facts={}, signs={})
        if NEVER_HEADING.match(u.text) and len(u.text.split()) <= 10:
            never = True
        elif never and LIST_ITEM.match(u.text):
            u = _drop(u, *NEVER_FACTS)
        elif not LIST_ITEM.match(u.text):
            never = False
        if NEVER_PRACTICE.match(u.text):
            u = _drop(u, *NEVER_FACTS)
        if NO_WORK_OWED.search(u.text):
            u = _drop(u, "unpaid", "real_work_output", "core_work")
        if u.has("unpaid") and RESTRICTION_PAY.search(u.text):
            u = _drop(u, "unpaid")  # ('The Company will not pay any compensation for this restriction': a covenant, not work)
        u = stage_read(question_read(pay_read(rights_read(staff_read(control_read(work_read(u)))))))
        u = status_named(kept_read(u, out[-1] if out else None))
        if (out and not u.has("scope_after_end") and AFTER_END.search(u.text) and WINDOW_AFTER.search(u.text)
                and not OBLIGATIONS.search(u.text) and out[-1].has("ip_transfer") and CREATION.search(out[-1].text)):
            # ('Processes you develop for us while you're employed are ours. That runs for two years after you finish up')
            u = _add(u, "scope_after_end")
        out.append(u)
    return stated_effort(out)
