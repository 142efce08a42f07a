"""Cue patterns of the offline judge, grouped by the legal idea each one stands for.

Each pattern names a concept (unpaid work, an assignment of rights, control over the worker...)
rather than a phrase from any one document, so that new wording of the same idea still matches.
"""

from __future__ import annotations

import re

from .signals import NUM, rx

# --- context -----------------------------------------------------------------------------------
TRIAL = rx(
    r"working[- ]interviews?", r"work(ing)? trials?", r"trial (day|week|weeks|period|shift|project|task|assignment|"
    r"engagement|run|sprint|month|placement)", r"(paid|unpaid) trial", r"try-?outs?", r"take-?homes?",
    r"(skills?|technical|coding|design|writing|work) (tests?|assessments?|exercises?|challenges?|samples?)",
    r"assessment (project|task|period|day|week|exercise)", r"test (projects?|tasks?|assignments?|shifts?|days?)",
    r"interview (process|assignment|task|project|exercise|stage|day)", r"hiring process", r"recruit(ment|ing) process",
    r"application process", r"(?<!product )(?<!drug )(?<!clinical )(?<!development )candidates?\b", r"applicants?\b", r"pre-?employment", r"before (an|any) offer",
    r"shadow(ing)? (day|shift)", r"job simulation", r"auditions?", r"evaluation (period|project|days?|sprint|weeks?)", r"hackathon",
    r"(?<!clinical )(?<!clinical-)trial\b", r"onboarding (period|week|project)", r"(sample|pilot) (project|task|work)",
)
TRIAL_DOC = rx(
    r"working[- ]interview", r"work(ing)? trial", r"trial (day|week|period|shift|project|task|assignment|engagement)",
    r"(paid|unpaid) trial", r"try-?out", r"take-?home", r"(skills?|technical|coding) (test|assessment|exercise|challenge)",
    r"assessment (project|task|period|day)", r"test (project|task|assignment|shift)", r"interview (assignment|task|project|exercise)",
    r"job simulation", r"audition", r"evaluation (period|project|sprint|week)", r"hackathon", r"trial participant",
    r"(weekend|two-week|one-week|week-long|day-long|month-long|\d+-day|\d+-week) trial", r"trial (fortnight|weekend|month|run)",
    r"qualifying period", r"try-?out",
    r"(?m:^[^\n.]{0,60}\b(exercise|assignment|challenge|task|test)\s*$)",
)
NONPROFIT = rx(r"non-?profit", r"not-for-profit", r"charit(y|able|ies)", r"501\(c\)\(3\)", r"stichting", r"grassroots",
               r"voluntary (organisation|organization|association)", r"community (group|organisation|organization)")
EDUCATION = rx(r"academic credit", r"course credit", r"(university|college|school)['’]?s? (program|programme|requirement|placement)",
               r"(required|required by|part of) (a |your |the )?(degree|course|curriculum|education|training) (program|programme)?",
               r"vocational placement", r"co-?op (program|placement|term)", r"practicum", r"educational institution")

# --- pay ---------------------------------------------------------------------------------------
UNPAID = rx(
    r"unpaid", r"un-paid", r"uncompensated", r"non-?compensated",
    r"without (any )?(pay|payment|compensation|remuneration|wages?|salary|charge)",
    r"no (monetary |financial |cash )?(pay|payment|compensation|remuneration|wages?|salary|stipend)\b",
    r"not (be )?(paid|compensated|remunerated)", r"not (a )?paid",
    r"(will|shall|does|do|is|are|would|won't|doesn't) (not )?(receive|be entitled to|include|carry|attract) no ",
    r"(will|shall|does|do|is|are|would) not (receive|be entitled to|include|carry|attract) (any )?"
    r"(pay|payment|compensation|remuneration|wages?|salary|stipend)",
    r"(free|no) of charge", r"at no (cost|charge) to (the company|us|the business|the firm|the employer)",
    r"on a voluntary basis", r"volunteer(s|ing)? (your|their|his|her) time", r"pro bono", r"for free", r"free (trial|work|labou?r)",
    r"nothing (is|will be) paid", r"(is|are) not (remunerated|compensated)", r"receive nothing",
    r"no (fee|payment|pay) (is |will be )?(paid |offered |given )?for (the|this|your) (exercise|assignment|task|project|trial|test|work|time|"
    r"challenge|submission)",
    r"(we|the company|the firm|the agency|the employer) (do not|don't|does not|doesn't|will not|won't|never|cannot) pay (for|you|candidates|"
    r"applicants|trial|interns?)", r"(carries|carry|comes with|offers?|provides?|attracts?) no (salary|pay|wages?|compensation|remuneration|stipend)",
    r"(pay|payment|compensation|remuneration|wages?|salary|fee|stipend)[^.;:]{0,50}:\s*(none|nil|n/a|zero|nothing|\$\s?0|0)\b",
    r"(pay|payment|compensation|remuneration) (is|will be) (zero|nil|none|nothing)",
)
UNPAID_WORK = rx(
    r"(work|services|hours|time|internship|position|role|training|placement|trial|participation|project|shifts?|assignment|labou?r|"
    r"days?|weeks?|programme|program|period)[^.;]{0,40}(is|are|will be|shall be|remains?) (entirely |completely )?(unpaid|uncompensated|"
    r"not (paid|compensated|remunerated)|voluntary|free of charge)",
    r"(unpaid|uncompensated|non-?paid|volunteer) (work|internship|position|role|training|placement|trial|services|hours|labou?r|basis|"
    r"intern|period|project|shifts?)",
    r"(work|serve|volunteer|intern|help|assist|train)[a-z]* [^.;]{0,40}(without (any )?(pay|compensation|remuneration|wages)|for free|"
    r"on a voluntary basis|free of charge)",
    r"no (pay|compensation|salary|wages?|remuneration|stipend) (is |will be )?(paid |provided |offered |given )?(for|during)",
    r"(internship|placement|position|role|programme|program|trial|work) (carries|comes with|offers|attracts) no (salary|pay|wages?|"
    r"compensation|remuneration|stipend)",
    r"(you|interns?|trainees?|participants?|volunteers?|candidates?) (will|shall|do|does) not (be paid|receive (any )?(pay|compensation|"
    r"wages|salary|remuneration))",
)
UNPAID_EXCLUDE = rx(
    r"unpaid (leave|invoices?|balances?|amounts?|fees|sums?|bills?|taxes|wages owed)", r"(additional|extra|further|separate|other|special) "
    r"(pay|payment|compensation|remuneration)", r"no (pay|payment|compensation) (is )?(required|charged|owed) (from|by) you",
    r"paid (at|for) (all|every|each) (hours?|time)", r"(expenses|costs|fees) (will|shall) not be (paid|reimbursed)",
    r"will not be (paid|compensated) (for|during) (any )?(time off|absences?|leave|vacation|holidays?)",
    r"nothing (in this|herein)", r"no (pay|payment|compensation|fee) (is|will be) (payable|due) (by|from) you",
    r"(pay|paid|owing|owed|due|reimburse|outstanding|invoice)[^.;]{0,60}unpaid", r"with or without (compensation|pay|remuneration)",
    r"whether (for|with) (compensation|pay|remuneration)[^.;]{0,15}or (without|not)",
)
PAID_POSITIVE = rx(
    r"(will|shall|we|you) (be )?(paid|compensated|remunerated|pay you|receive)", r"paid (trial|working interview|project|assessment|at|for (all|every|each|your))",
    r"(hourly|daily|day) rate", r"(fee|stipend|honorarium|payment) of", r"at (a|the) rate of", r"(market|standard|regular|prevailing) (rate|wage|pay)",
    r"through (our )?payroll", r"(invoice|bill) (us|the company)",
)
CONTINGENT = rx(
    r"(only|solely) (be )?(paid|compensated)[^.;]{0,50}\bif\b",
    r"(pay|paid|compensated|compensation|payment|remuneration)[^.;]{0,40}(contingent|conditional|dependent|depends) (on|upon)",
    r"(paid|compensated|payment|pay for (the|this|your) (trial|time))[^.;]{0,25}(upon|on|after|once) (being )?(hir|successful|an? offer|"
    r"offer of employment|conversion|placement|you (are|join|accept))",
    r"if (you are|we|you're) (hire|hired|offer|selected|successful)[^.;]{0,60}(paid|compensat|credit|reimburs|back ?pay)",
    r"(payoff|reward|compensation|payment) (is|will be|here is) (the )?(opportunity|experience|exposure|chance|job)",
    r"(experience|exposure|opportunity|learning|chance)( itself| alone)? (is|will be|serves as) (the |your )?(reward|payment|compensation|pay)",
    r"(paid|compensated|payment|pay)[^.;]{0,40}\bonly (if|when|once|after|upon)",
    r"in (exchange|return) for (the )?(experience|exposure|opportunity|a reference|a chance|consideration for)",
    r"(exposure|experience|a reference|portfolio) (instead of|in lieu of|rather than) (pay|payment|compensation)",
    r"commission[- ]only", r"equity[- ]only", r"(paid|compensated) (only )?in (equity|shares|stock options|exposure|credits?)",
    r"credited? (against|towards?|to) (your )?first (pay|salary|paycheck)",
)
TOKEN_GOODS = rx(r"gift cards?", r"(free )?(lunch|meals?|pizza|swag|t-shirts?|merchandise|vouchers?|coffee)")
TOKEN_FRAME = rx(r"in (return|exchange)", r"as (a )?(thank|token|thanks|compensation|payment)", r"instead of", r"in lieu", r"(will|we) (provide|receive|give)")

# --- scope of unpaid work ----------------------------------------------------------------------
REAL_WORK = rx(
    r"(real|live|actual|existing|current|paying|active) (customers?|clients?|users?|patients?|guests?|diners?|members?|production|projects?|codebase|"
    r"tickets?|job openings?|reqs?|requisitions?|accounts?|orders?|campaigns?|cases?|deals?|shipments?|listings?)",
    r"production (code|systems?|environment|database|deploy\w*|branch|traffic|work|release)",
    r"(deploy|ship|release|merge|push)[a-z]* [^.;]{0,30}(to|into|in) (production|prod|our (product|platform|codebase|main|live))",
    r"(client|customer)[- ]facing", r"billable",
    r"(use|incorporate|deploy|ship|sell|publish|include|resell|deliver)[a-z]* (your|the|any|all) (work|submissions?|deliverables?|code|"
    r"solutions?|designs?|content|output|materials|work product|results?)[^.;]{0,40}(in|into|for|to|as part of) (our|its|the company['’]s|"
    r"production|commercial|clients?|customers?|the product|live)",
    r"(fill|source|place|close)[a-z]* (our|real|open|actual|live) (roles|positions|job openings|reqs|requisitions)",
    r"on behalf of (our|the company['’]s|its) (clients|customers)", r"(generate|bring in|close)[a-z]* (revenue|sales|leads|deals)",
    r"(serve|serving|work with|support|handle|cover|staff)[a-z]* (our )?(customers|clients|guests|patients|shifts|the (floor|front desk|counter))",
    r"(current|active|open) (sprint|backlog|roadmap)",
    r"(live|production|real|existing) (store|site|website|web ?shop|app|product|platform|service|system|checkout)s?\b", r"(real|actual|live|current) (brief|bid|pitch|campaign|tender|proposal|launch)",
    r"(bid|pitch|proposal|tender) (to|for) [A-Z][A-Za-z]+", r"(for|to|from) (our|a|the) (client|customer)s?\b(?! data)", r"(our|the company['’]s) (product|backlog|roadmap) (work|tickets?|features?)",
)
OPEN_ENDED = rx(
    r"(extend|prolong|continue|lengthen|repeat)[a-z]* [^.;]{0,70}(sole|absolute|own|complete) discretion",
    r"(sole|absolute|own|complete) discretion[^.;]{0,70}(extend|prolong|continue|additional (days|weeks|tasks|work|rounds))",
    r"until (we|the company|management|the team|the client) (is|are|decides?|determines?|feels?) (satisfied|that|ready)",
    r"as long as (necessary|needed|required|it takes|we (need|require|deem))", r"(no|without (a|any)) (fixed|set|defined|specified|maximum) "
    r"(end|end date|duration|length|time limit|number of (hours|days)|limit)", r"open[- ]ended",
    r"additional (tasks|assignments|work|rounds|days|weeks|projects)[^.;]{0,50}(as (needed|required|we see fit)|at (our|the company['’]s) "
    r"(request|discretion)|may be (added|assigned|required))", r"(evenings?|nights?|weekends?) (as|if|when) (needed|required|necessary)",
    r"whatever (time|hours) (it takes|are needed|is needed|necessary)",
    r"(further|more|additional|extra|follow-up) (shifts|days|weeks|tasks|rounds|sessions|trial shifts|assignments)[^.;]{0,30}(as|if|when|where) "
    r"(needed|required|necessary|we see fit)", r"(may|can) (be )?(extended|prolonged|continued) (indefinitely|at any time|"
    r"as (needed|required))", r"indefinite(ly)? (period|duration|length|trial)", r"(no|any) (set )?(limit|cap) on (the )?(hours|time|duration)",
)

# --- intellectual property ---------------------------------------------------------------------
ASSIGN = rx(
    r"(hereby )?(irrevocably )?(assigns?|assigned)\b", r"assignment of (all|any|the|rights|ownership|inventions|intellectual|copyright)", r"transfers?\b", r"(shall|will|does) (be|become|remain) (the )?(sole |exclusive |"
    r"absolute |full )*(property|owned)", r"(shall|will) (exclusively )?own", r"(is|are|become|becomes) (the )?(sole |exclusive )?property",
    r"ownership[^.;]{0,80}(shall|will|does) (vest|belong|pass|transfer|remain with (the company|us|the employer))",
    r"(company|we|employer|client) (shall|will) (have|acquire|obtain|hold|own) (the )?(sole |exclusive |full )?(ownership|rights?)",
    r"vests? in", r"works? made for hire", r"work for hire",
    r"(grant|grants|license|licence|licenses|licences)[a-z]* [^.;]{0,80}(perpetual|irrevocable|royalty-free|fully paid|unlimited|sublicensable)",
    r"(perpetual|irrevocable)[^.;]{0,60}(license|licence|right to)", r"waive[sd]? [^.;]{0,40}moral rights",
    r"right to (use|exploit|commerciali[sz]e|modify|reproduce|sell|publish)[^.;]{0,40}(for any purpose|without (compensation|payment|"
    r"attribution|restriction)|in any (way|manner))", r"(we|the company|it) (may|can|will) (use|keep|retain|exploit|incorporate|commerciali[sz]e)",
    r"(belongs?|belonging) to (the company|us|[A-Z][A-Za-z]+)", r"relinquish",
    r"(may|can|will) be used (by|for)[^.;]{0,80}(without|for any purpose|in any (way|manner|medium)|commercial)",
    r"used[^.;]{0,60}without (payment|compensation|attribution|credit)", r"released under (our|the company['’]s|its)",
    r"(may|can|will|shall) be used by (the|our|us|its|[A-Z])",
    r"(may|can|will) (use|implement|incorporate|publish|exploit|adapt|keep|ship|sell|reuse)[^.;]{0,12}(any|all|your|the)[^.;]{0,20}"
    r"(work|designs?|submissions?|code|content|ideas?|deliverables?|materials|output|concepts?|solutions?)",
)
PRIOR = rx(
    r"prior (inventions?|works?|ip|intellectual property|code|creations?|developments?|projects?)", r"pre-?existing (ip|intellectual|code|works?|"
    r"materials?|inventions?|technology|software|assets|projects?|know-how)", r"background (ip|intellectual|technology)",
    r"(created|made|developed|conceived|authored|written|invented|begun)[^.;]{0,40}(before|prior to) (the|your|this|commencement|joining|"
    r"start|signing|any)", r"portfolio", r"personal projects?", r"side projects?", r"hobby projects?", r"open[- ]source (projects?|contributions?|"
    r"repositories|work)", r"(existing|previous|past|earlier) (work|projects?|code|inventions?|designs?|creations?|repositories)",
    r"(anything|everything|all (works?|code|inventions?|ip)) (you|the candidate|the contractor) (have|has) (ever )?(created|made|written|developed|built)",
)
PRIOR_SAFE = rx(
    r"retains?", r"keeps?", r"remains? (yours|with you|your (sole )?property|the property of (you|the (candidate|contractor|employee|consultant)))",
    r"exclud", r"except\b", r"not (include|apply|cover|transfer|assign|claim|acquire|affect|extend)", r"does not", r"no rights? (to|in|over)",
    r"will not (own|claim|acquire|use)", r"(listed|identified|described|set out) (in|on) (exhibit|schedule|appendix|attachment|annex)",
    r"incorporated into", r"(necessary|needed|required) (to|for) (use|exploit|operate|access|receive)", r"to the extent (incorporated|included|used)",
    r"(disclose|identify|list) (any|all|your) prior", r"other than", r"outside (the scope|this agreement)",
    r"non-?exclusive",
)
OVERBROAD = rx(
    r"whether or not (during|in the course of|related|relating|using|made|conceived|developed|within|on)",
    r"regardless of (when|where|whether)[^.;]{0,20}\b(conceived|made|created|developed|during|on|outside|using|related)\b",
    r"(on|during) (your|his|her|their|employee['’]s|contractor['’]s|the candidate['’]s|"
    r"the employee['’]s) (own|free|personal|spare) time", r"outside (of )?(normal |regular |ordinary )?(working|business|office|work) hours",
    r"with or without (the )?(use of )?(company|employer|our|its)", r"at any time (during|while|whether|before|after)",
    r"(during|after|following) (the term|employment|the engagement|termination)[^.;]{0,40}(and|or) (for )?" + NUM + r" (months?|years?) "
    r"(thereafter|after|following)", r"(within|for) " + NUM + r" (months?|years?) (after|following|of) (termination|the end|leaving|"
    r"separation|the engagement|employment ends)", r"(after|following) (the )?(termination|end) of (your |the )?(employment|engagement|"
    r"this agreement)[^.;]{0,60}(conceived|developed|made|created)", r"(conceived|developed|made|created)[^.;]{0,60}(after|following) "
    r"(the )?(termination|end) of", r"(any|all) (inventions|ideas|works|intellectual property|creations)[^.;]{0,50}(at any time|whatsoever|of any kind|"
    r"of any nature|in any field)", r"(not|un)related to (the company['’]s|our|its|the) business", r"(whether|even if) (or not )?(unrelated|not related)",
    r"(anything|everything|all things) (you|the (employee|contractor|candidate)) (create|invent|make|write|develop|conceive)",
    r"(anywhere|any location|at home)[^.;]{0,30}(any time|whenever)",
    r"(during or after|before or after|in or out of|inside or outside( of)?) (normal |regular )?(business|working|office|work) hours",
    r"at work or at home|at home or at work|on or off (duty|the clock|premises|site)", r"after (business|working|office) hours",
)
CARVE_OUT = rx(
    r"2870", r"2872", r"49\.44\.140", r"765 ILCS", r"181\.78", r"66-57\.1", r"44-130", r"203-f", r"34:1B-265", r"19 Del",
    r"entirely on (your|my|his|her|the employee['’]s|employee['’]s|their|own) (own )?time", r"does not apply to (any |an )?inventions?",
    r"(not|never) (claim|require (the )?assignment of|assign|own)[^.;]{0,80}(own time|unrelated|outside)",
    r"(excluding|except|other than|does not (include|cover|apply to))[^.;]{0,100}(own time|unrelated|without (using|the use of))",
    r"(qualifies|qualify) fully", r"remains? (yours|your property|with you)",
)
INTERVIEW_WORK = rx(
    r"submissions?", r"submitted", r"work products?", r"deliverables?", r"solutions?", r"take-?homes?", r"assignments?", r"exercises?",
    r"materials", r"code\b", r"ideas?", r"feedback", r"suggestions?", r"designs?", r"content", r"outputs?", r"results?", r"concepts?",
    r"proposals?", r"anything (you|the candidate|the participant) (create|build|write|produce|submit|develop|make)s?",
    r"work (you )?(produce|create|perform|complete|do|submit)", r"(work|contributions?) (made|created|produced|performed) (during|in|as part of)",
)
KEEP_WORK = rx(
    r"you (will )?(retain|keep|continue to own|remain the owner)", r"you own (all|the|your|any|full|everything)",
    r"(candidate|participant|applicant) (will )?(retains?|keeps?|continues to own)",
    r"(solely|only|exclusively|strictly) (to|for) (the purpose of |purposes of )?(evaluat|assess|review|judg|consider)",
    r"(will|shall) not (use|keep|retain|deploy|ship|publish|incorporate)", r"(delete|destroy|return)[a-z]* (your|the|all) (submission|work|code|materials)",
    r"no (rights?|ownership|license|licence) (to|in|over)", r"remains? (yours|your property|with you|the property of (the )?(candidate|participant|applicant|you))",
)

# --- worker status -----------------------------------------------------------------------------
STATUS_LABEL = rx(
    r"independent contractors?", r"(not|no) (be )?(an |our )?employees?\b", r"not (be )?(considered|deemed|treated as|regarded as|classified as) "
    r"(an |our |a )?(employee|staff)", r"no employment relationship", r"(does|shall|will|is) not (create|constitute|establish|form) (an? )?"
    r"(employment|employer)", r"volunteers?\b", r"volunteering", r"freelanc(er|ers|e)\b", r"\bconsultants?\b", r"\b1099\b",
    r"trial participants?", r"unpaid interns?", r"\binterns?(hip)?\b", r"self-employed", r"contractors?\b", r"gig workers?",
    r"(not|no) (an )?employer", r"participants?\b", r"not (on )?(our )?(staff|payroll|the payroll)\b",
    r"not (a )?(member of staff|staff member)",
)
EMPLOYEE_STATUS = rx(
    r"(you|the candidate|the trainee|the intern) (will be|are|shall be|is) (hired |engaged )?(as )?(a|an) (full-time |part-time |regular |temporary |"
    r"W-2 |salaried |hourly |paid |at-will )*employee", r"as (an|our) (paid )?(temporary |full-time |part-time )?employee",
    r"(not|never) (be )?(treated as |classified as )?(an? )?(independent )?contractor", r"(paid|processed|run) through (our )?payroll",
    r"\bW-?2\b", r"employment (contract|relationship) with", r"(temporary|casual) employee",
)
CONTROL = {
    "hours": rx(
        r"\d{1,2}(:\d\d)?\s?(am|a\.m\.)[^.;]{0,25}\d{1,2}(:\d\d)?\s?(pm|p\.m\.)", r"(set|fixed|required|core|regular|normal|office|"
        r"business|working|minimum) hours", r"\d{2} hours (per|a|each) week", r"(forty|thirty|twenty)[- ]?(five )?hours (per|a|each) week",
        r"full[- ]time", r"\b\d{1,2}:\d\d\s?(am|pm|a\.m\.|p\.m\.)?\s?(to|until|till|-|–)\s?\d{1,2}(:\d\d)?\s?(am|pm|a\.m\.|p\.m\.)?\b",
        r"(must|shall|will be required to|are required to|is required to|will need to) (be )?(available|work|attend|log in|be online|"
        r"be present|clock in|start at|arrive)", r"shifts? (assigned|scheduled|as scheduled|set by)", r"(schedule|rota|roster|hours) (is |are |will be )?"
        r"(set|determined|assigned|fixed)( weekly| daily| monthly| each week| each day)? by", r"(monday|mon)\.? (to|through|-|–) (friday|fri)", r"(clock|sign) (in|out)", r"timesheets?",
    ),
    "place": rx(
        r"on-?site", r"(at|from|in) (our|the company['’]s|its) (office|offices|premises|site|store|stores|clinic|location|warehouse|headquarters|"
        r"restaurant|shop|studio|kitchen|facility)", r"in[- ](the[- ])?office", r"report (in person )?to (our|the) (office|premises|site)",
    ),
    "supervision": rx(
        r"(report|reports|reporting) (directly )?to (the|our|your|a) ", r"supervis(ed|ion|or|ors|e)", r"(manager|team lead|lead|supervisor|"
        r"director|head of [a-z]+) (will )?(assign|direct|review|approve|set|allocate|oversee|instruct)", r"(direction|instructions?|control|"
        r"directions) of (the company|our|your manager|the manager|management|the team lead|the supervisor|[A-Z][A-Za-z]+ (management|staff))",
        r"(daily|weekly) (stand-?ups?|check-?ins?|reports?|meetings?|status)", r"performance (reviews?|targets?|quotas?|metrics)",
        r"(comply|follow|abide) (with |by )?(all )?(company|our|employee|staff|the company['’]s) (policies|handbook|procedures|rules|dress code|"
        r"code of conduct)", r"(as|when) (directed|instructed|assigned) by", r"(tasks|work) (will be )?(assigned|allocated) by",
    ),
    "tools": rx(
        r"(company|our|company-provided|company-issued|employer-provided)[- ](laptop|equipment|tools|systems|email|accounts?|devices?|uniform|"
        r"vehicle|phone)", r"(use|using) (only )?(our|the company['’]s) (equipment|tools|systems|laptop|software|accounts?|vehicle)",
        r"(we|the company) will (provide|issue|supply) (you with )?(a |an )?([a-z]+ ){0,2}(laptop|equipment|tools|computer|uniform|account|vehicle)",
        r"(wear|wears|wearing) (the |our |a |its )?([A-Z][A-Za-z]+[- ])?(company |branded |staff )?(uniform|branded clothing)",
        r"(use|using) only (the )?([a-z]+ )?(products|equipment|tools|materials|supplies|software)[^.;]{0,20}(we|the company|it) "
        r"(supply|supplies|provide|provides|issue|issues)",
    ),
    "integral": rx(
        r"same (duties|work|tasks|role|responsibilities|job) as (our |the )?(regular |other |full-time |existing |paid )?(employees|staff|team)",
        r"alongside (our |the )?(employees|staff|team|engineers|designers|stylists|recruiters)", r"(member|part) of (our|the) ([a-z]+ )?team",
        r"(core|primary|main|principal) (business|product|operations|duties|functions?|services)", r"(backfill|replace|cover for|fill in for) "
        r"([a-z ]{0,20})(employee|staff|position|colleague)", r"(customer support|sales|production|operations|support) (queue|tickets?|shifts?|quotas?)",
        r"regular (employees|staff)", r"(perform|do|carry out) (the )?(duties|work|job) of (a|an|our) ",
    ),
    "exclusivity": rx(
        r"(may|shall|will|must|can) not (work|perform services|provide services|take on work|accept work) for (any )?(other|another|third|competing)",
        r"(may|must|shall|can) not [a-z]+ (privately |directly )?for (any )?(other|another|our|[A-Z][A-Za-z]+)['’]?s? ([a-z]+ )?(customers?|"
        r"clients?|company|companies|business|businesses)\b",
        r"exclusive(ly)? (to|for) (the company|us|[A-Z][A-Za-z]+)", r"(not|no) (other )?(outside|concurrent|other) (employment|work|"
        r"engagements?|clients)", r"devote (your|his|her|their) (full|entire|whole|exclusive) (time|working time|business time|attention|efforts)",
    ),
    "probation": rx(
        r"(probation(ary)?|trial) (period )?(as|under) (a|an) (independent )?(contractor|consultant|freelancer|volunteer)",
        r"(trial|probation)[^.;]{0,80}(before|prior to) (becoming|being (hired|converted|made|employed)|conversion|employment)",
        r"convert(ed)? to (an? )?(full-time |regular |permanent )?employee", r"(then|thereafter|afterwards) (become|be hired as|be employed as) "
        r"(an? )?(full-time |regular |permanent )?employee", r"(before|prior to) (being )?(hired|employed|offered employment)",
    ),
    "costs": rx(
        r"(responsible|liable) for (all |any |your own |their own |his or her own )?(payroll |income |self-employment |employment )?(taxes|tax|"
        r"insurance|benefits|equipment|withholding|national insurance)", r"(provide|supply|bring|purchase|buy) (your|their|his or her) own "
        r"(equipment|tools|laptop|insurance|uniform|vehicle|kit)", r"no (benefits|workers['’]? comp(ensation)?|overtime|insurance)",
        r"not (be )?eligible for (any )?(benefits|overtime|workers)",
    ),
}
GENUINE = {
    "own_control": rx(
        r"(free|sole right|sole discretion|right|discretion) to (determine|choose|set|decide|control) ([a-z ,]{0,30})(hours|schedule|methods?|means|"
        r"manner|how|when|where)", r"(own|your own|its own|his or her own) (schedule|hours|methods)", r"(not|no) (be )?(subject to )?"
        r"(supervis|direct control|the control|control)", r"(contractor|consultant|freelancer) (shall|will|may) (determine|control|choose)",
        r"sole control", r"(method|manner|means)s? (and|of|for) (performing|performance|accomplishing)", r"not (required|obligated) to (work|be available)",
    ),
    "other_clients": rx(
        r"(may|free to|is free to|are free to|can|remains free to) (work for|provide services to|perform services for|engage in|accept work from|"
        r"offer services to) (other|others|any other|third|the public)", r"(other|multiple) clients", r"(non-?exclusive)",
    ),
    "business": rx(
        r"invoices?", r"(fixed|project|flat) fee", r"per (project|deliverable|milestone)", r"independently established",
        r"(own|separate|independent) business", r"outside the (usual|ordinary) course", r"(own|your own|its own) (tools|equipment|premises)",
        r"(business|professional) (liability )?insurance", r"registered business", r"(profit|loss)",
    ),
}

# --- extended categories -----------------------------------------------------------------------
CONFIDENTIAL = rx(r"confidential", r"non-?disclosure", r"secret", r"proprietary information", r"\bnda\b", r"(duty|obligation) of confidence",
                  r"in confidence")
PERPETUAL = rx(r"perpetu", r"indefinite(ly)?", r"forever", r"no (time )?limit", r"no (end|expiry|expiration|termination) date",
               r"(does not|never|will not|shall not) (expire|end|lapse)", r"without (an? )?(end|expiry|time limit|limit in time)", r"survive[sd]? [^.;]{0,30}(indefinitely|forever|without limit)",
               r"at any time (in the future|thereafter)", r"for (the rest of|the remainder of) (your|his|her) (life|career)")
GENERAL_SKILLS = rx(r"general (skills|knowledge|experience|know-how|expertise)", r"(skills|knowledge|experience|know-how) (you|that you) "
                    r"(acquire|gain|learn|develop)", r"(everything|anything|all) (you|that you) (learn|see|hear|observe)")
SKILLS_SAFE = rx(r"does not (include|cover|apply|restrict)", r"(excluding|excludes|except|other than|not including|shall not include)",
                 r"(free|remain free|may) (to )?use")
PAY_TOPIC = rx(r"(salary|salaries|compensation|pay|wages?|remuneration|rates?|bonus|equity|terms of (this|your|the) (offer|employment|"
               r"agreement|engagement)|working conditions)")
SECRECY = rx(r"(is|are|be|remain|remains|kept|keep|treat(ed)?( as)?|hold|held) (in )?(strictly |highly )?confidential",
            r"(not|never|refrain from) (to )?(discuss|disclose|share|reveal|talk about|mention)")
AUTHORITIES = rx(r"government(al)?", r"regulators?", r"regulatory", r"agency", r"agencies", r"law enforcement", r"police", r"courts?",
                 r"\bSEC\b", r"\bEEOC\b", r"\bNLRB\b", r"authorities", r"labou?r (board|department|inspector)", r"attorneys?", r"lawyers?",
                 r"ombudsman", r"tribunal", r"whistle")
GAG = rx(r"(not|never|no) [^.;]{0,60}(report|disclose|communicate|contact|file|complain|cooperate|speak|talk)",
         r"(report|disclose|communicate|contact|file|complain)[^.;]{0,60}(without|unless|prior written|prior consent|first (notify|obtain|inform))",
         r"(waive|waives|give up)[^.;]{0,40}(right|award)")
PROTECTED = rx(r"nothing (in this|herein|contained)", r"(does|shall|will) not (prevent|prohibit|restrict|limit|preclude)",
               r"(may|are free to|is free to|retain the right to|have the right to) (also )?(report|disclose|communicate|file|discuss|speak)",
               r"(immunity|immune)", r"1833", r"21F-17")
DISPARAGE = rx(r"non-?disparage\w*", r"disparag\w*", r"(negative|critical|derogatory|unfavou?rable) (comments?|statements?|remarks?|reviews?|posts?)",
               r"(post|publish|write|leave)[a-z]* [^.;]{0,40}(reviews?|glassdoor)")
NONCOMPETE = rx(
    r"non-?compet\w*", r"covenant not to compete", r"restrictive covenants?", r"non-?solicit\w*",
    r"(business|company|entity|firm|employer|organi[sz]ation)s? (that|which|who) (competes?|is in competition) with",
    r"not (to )?(directly or indirectly |,? directly or indirectly,? )?(compete|work for|be employed by|join|accept (employment|work|a "
    r"position|a job|a role|an offer) (with|from)|provide services to|engage in|solicit|hire|recruit|poach|entice|interview with)[^.;]{0,120}(competitor|competing|"
    r"compete|company['’]s (clients|customers|employees)|our (clients|customers|employees|staff)|any (business|company|entity)|"
    r"(clients|customers|employees) of)",
)
NONCOMPETE_SAFE = rx(r"(not|no) (under|subject to|bound by|party to) (any )?[^.;]{0,60}(non-?compet|non-?solicit)",
                     r"(does not apply|not apply) where", r"(restricts|voids|prohibits|bans) (non-?compet|non-?solicit)",
                     r"(no|not contain|not include|not impose|without (a|any)|will not ask you to sign|never ask)[^.;]{0,20}"
                     r"(non-?compet|non-?solicit|restrictive covenant)", r"nothing [^.;]{0,60}(restrict|prevent|limit)s? you from (working|competing|"
                     r"accepting)", r"(free|remain free) to (work for|accept|join|compete)")
DATA = rx(
    r"(real|live|actual|production|existing|genuine) (customer |client |user |patient |personal |member |employee )?(data|records|databases?|"
    r"accounts|information|pii|datasets?)", r"(customer|client|patient|user|personal|member|cardholder|employee)[- ](data|records|"
    r"information|databases?|accounts|pii|details|files)", r"production (databases?|systems?|environment|servers?|access|credentials)",
    r"admin(istrator)? (access|credentials|rights)", r"personally identifiable", r"\bpii\b", r"health (records|information)",
    r"(credit card|cardholder|payment card) (data|details|information|records)",
)
DATA_ACCESS = rx(r"access", r"work (with|on)", r"(use|using|process|processing|handle|handling|analy[sz]e|query|querying|build|export|"
                 r"clean|migrate|review)\b", r"(updat|edit|enter|modif|delet|view|correct|input)\w*", r"(given|granted|provided)", r"log ?in")
DATA_SAFE = rx(r"anonymi[sz]", r"pseudonymi[sz]", r"synthetic", r"dummy", r"(sample|mock|fake|fictional|test|example|public|open) (data|dataset|records)",
               r"sandbox", r"de-?identified", r"staging", r"no (access to )?(real|personal|customer|production)", r"will not (have|be given|receive) "
               r"access")
DATA_LIABILITY = rx(r"(you|candidate|participant|applicant|contractor) (are|is|will be|shall be) (solely |fully |personally )?(liable|responsible) "
                    r"for (any )?(data|breach|loss|damage|security|leak|incident)", r"indemnify (the company|us|[A-Z][A-Za-z]+)[^.;]{0,80}"
                    r"(data|breach|loss|claims)")
DEADLINE = re.compile(
    r"(within|in|after)\s+" + NUM + r"[\s-]*(hours?|hrs?|days?|business days?|working days?|calendar days?)\b|\b(24|48|72|twenty-four|forty-eight|"
    r"seventy-two)[- ]hours?\b|\b(by|before) (the )?end of (the )?(day|today|business today)|\b(today|tonight) only\b|\bon the spot\b|"
    r"\b(by|before) (tomorrow|tonight|midnight|noon)\b|\b(accept|sign|respond|decide|reply|return)[a-z]*[^.;]{0,25}\bimmediately\b|"
    r"\bimmediately (accept|sign|respond|decide)|\bsame day\b|"
    r"(expire|expires|lapse|lapses|withdrawn|valid until|stands until)[^.;]{0,40}\b(tomorrow|tonight|today|midnight|end of (the )?day)\b",
    re.I,
)
OFFER_ACCEPT = rx(r"offers?\b", r"(accept|sign|countersign|return)[a-z]* (and return )?(this|the|our|my|your)? ?(offer|agreement|letter|contract|"
                  r"terms|paperwork)", r"(your|a|the) (decision|answer|acceptance)", r"(decide|respond|reply|confirm)[a-z]* (whether|by|within|before)",
                  r"(reply|respond)[a-z]* [^.;]{0,20}accept")
SUBMISSION = rx(r"submit", r"submission", r"complete (the|your) (assignment|exercise|task|take-?home|project)", r"deliver (the|your)",
                r"(respond|reply) to (this|our) (email|message) to schedule", r"notice", r"terminat", r"invoice", r"pay(ment|able)? (within|in)",
                r"reimburse", r"expense", r"(notify|inform)[a-z]* (us|the company)[^.;]{0,30}(within|in)")
WITHDRAW = rx(r"withdraw[a-z]* (from |your |yourself from )?(all |any )?(other|pending|outstanding) ([a-z]+ )?(applications|interviews|processes|offers|"
              r"candidacies|opportunities)", r"(cancel|decline|stop|end|terminate) (all |any )?(other|pending|outstanding) (interviews|applications|"
              r"offers|processes|conversations)", r"(not|cease|stop) (to )?(interview (with|at|elsewhere|for)|apply (for|to) (other|any other|new)|apply elsewhere|seek (other )?employment|"
              r"look for (other )?(work|jobs|roles))",
              r"(stop|cease|end|pause) (your )?(job search|search for other)", r"(remove|take) yourself (out of|off) (the )?(market|other processes)")
PENALTY = rx(r"(penalty|fee|liquidated damages|repay|reimburse|forfeit|charge|deduct)[^.;]{0,80}(declin|withdraw|not accept|reneg|back out|"
             r"change your mind|fail to (start|join|accept)|do not (start|join|accept))", r"(declin|withdraw|reneg|back out|not accept|"
             r"change your mind|fail to (start|join))[^.;]{0,80}(penalty|fee|liquidated damages|repay|reimburse|forfeit|be charged|owe)")
INJECTION = rx(
    r"ignore (all |any |the )?(previous|prior|above|earlier|preceding|other) (instructions|prompts|rules|guidance|directions)",
    r"disregard (all |any |the )?(previous|prior|above|earlier|other) (instructions|rules|guidance|findings)",
    r"report (no|zero) (issues|findings|problems|concerns|red flags)", r"(do not|don't|never) (flag|report|mention|highlight) (any|this|these|"
    r"the following|anything)", r"(ai|automated|language model|llm|machine) (reviewers?|assistants?|systems?|models?|tools?|readers?)[^.;]{0,80}"
    r"(must|should|shall|are instructed to|will)", r"system prompt", r"you are (now )?(a|an) (helpful|ai|assistant)",
    r"(this|the) (document|agreement|contract) (is|has been) (pre-?approved|certified|verified|deemed) (as )?(fair|compliant|safe|lawful)",
    r"(classify|mark|rate|treat) this (document|agreement|contract) as (fair|safe|compliant|clean)",
)

# --- missing terms -----------------------------------------------------------------------------
TERM_PAY = rx(r"paid", r"unpaid", r"pay\b", r"payment", r"compensat\w*", r"remunerat\w*", r"fee\b", r"stipend", r"wages?", r"salary",
              r"hourly", r"honorarium", r"free of charge", r"volunteer", r"[$£€]\s?\d")
TERM_DURATION = rx(r"time limit", r"time-?box", r"deadline", r"due (on|by)", r"(start|end)s? on", r"(from|until|through) (monday|tuesday|"
                   r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|"
                   r"november|december)", r"duration", r"(\d+|one|two|three|four|five|a|half a)[\s-]*(full[\s-])?(hours?|days?|weeks?|shifts?|"
                   r"weekends?|months?)")
TERM_SCOPE = rx(r"scope", r"(you|the candidate|the participant|you['’]ll) (will )?(be asked to |be expected to )?(build|design|implement|complete|"
                r"write|develop|create|prepare|review|analy[sz]e|work on|perform|shadow|handle|produce|deliver|fix|refactor|draft|research|"
                r"present|test|assist|help|cover|support|serve|clean|answer|call|sell|cook|teach)", r"(task|assignment|exercise|project|"
                r"deliverable|brief|challenge|trial)s? (is|are|will be|consists?|involves?|includes?|covers?|asks?|requires?)",
                r"(specification|requirements|brief|deliverables?)\b", r"duties", r"\b(tasks?|exercise|project|feature|assignment|"
                r"tickets?|dashboard|analysis|report|prototype|questions)\b")
TERM_IP = rx(r"intellectual property", r"\bip\b", r"ownership", r"\b(will|shall|you|we|company|candidate|participant|contractor|employee) (still )?owns?\b", r"owned by", r"assign\w*", r"copyright", r"licen[cs]e\w*",
             r"property of", r"retain\w*", r"rights? (to|in) (the|your|any|all) (work|submissions?|code|deliverables?|materials|output)",
             r"(use|keep|delete)[a-z]* (your|the) (submission|work|code|materials)", r"(keep|retain|own)s? (all |full )?(the )?"
             r"(rights|ownership|copyright)", r"\byours\b")
