"""Values in text: money, effort, deadlines and the effective hourly rate (table-driven)."""

from __future__ import annotations

import pytest

from reviewer.values import (Deadline, Effort, Money, Rate, effective_rate, parse_deadline, parse_effort,
                             parse_money, words_to_number)

# (text, default dollar, [(low, high, currency, unit), ...])
MONEY = [
    # a month's pay named by its adjective
    ("The proposal: three months in the agency for ARS 1.800.000 mensuales.", "ARS", [(1800000, 1800000, "ARS", "month")]),
    ("Gehalt: 2.000 € brutto monatlich.", "USD", [(2000, 2000, "EUR", "month")]),
    # a price per set of work is a piece rate
    ("You invoice a fee of R18,000 per set of renderings on delivery.", "ZAR", [(18000, 18000, "ZAR", "piece")]),
    # a local word for gross before an English unit
    ("On te paie 18 € brut per hour, so 144 € brut for the day.", "USD", [(18, 18, "EUR", "hour"), (144, 144, "EUR", "flat")]),
    ("Paid at €11,50 brutos per hour for the five days.", "USD", [(11.5, 11.5, "EUR", "hour")]),
    # a dollar sign after the sum, and the unit in French, Spanish or German
    ("Pay: 22,50 $ de l'heure, so 180 $ for the shift.", "CAD", [(22.5, 22.5, "CAD", "hour"), (180, 180, "CAD", "flat")]),
    ("15 € par jour, 900 € par mois, 12 € pro Stunde.", "USD",
     [(15, 15, "EUR", "day"), (900, 900, "EUR", "month"), (12, 12, "EUR", "hour")]),
    ("Between 20 $30 and $40.", "USD", [(30, 30, "USD", "flat"), (40, 40, "USD", "flat")]),
    # currency names after the sum: baht, ringgit, cedis, won (not the verb)
    ("For the day you get 1,500 baht, or 1,500 ringgit a month, or 200 cedis a day, or 10,000 won an hour.", "USD",
     [(1500, 1500, "THB", "flat"), (1500, 1500, "MYR", "month"), (200, 200, "GHS", "day"), (10000, 10000, "KRW", "hour")]),
    ("We won 3 awards last year.", "USD", []),
    # a salary with no period is monthly where salaries are stated by the month, yearly elsewhere
    ("You start on the 1st, salary 15,000 baht plus commission.", "USD", [(15000, 15000, "THB", "month")]),
    ("The base salary of $52,000 is reviewed each year.", "USD", [(52000, 52000, "USD", "year")]),
    ("Training allowance: Tk 4,200 per month; extra hours at Tk 20 per hour.", "USD",
     [(4200, 4200, "BDT", "month"), (20, 20, "BDT", "hour")]),
    # currency signs of the cedi, won, dong, baht, lira, shekel, taka, ringgit, rupiah and Ugandan shilling
    ("Kola Data will pay GH₵10 for the trial batch.", "USD", [(10, 10, "GHS", "flat")]),
    ("A day rate of ฿1,500 or RM 80, Rp 150.000, ₩50,000, 200.000₫, ₺500, ₪120, ৳5,000, USh 80,000.", "USD",
     [(1500, 1500, "THB", "day"), (80, 80, "MYR", "flat"), (150000, 150000, "IDR", "flat"), (50000, 50000, "KRW", "flat"),
      (200000, 200000, "VND", "flat"), (500, 500, "TRY", "flat"), (120, 120, "ILS", "flat"), (5000, 5000, "BDT", "flat"),
      (80000, 80000, "UGX", "flat")]),
    # 'NIS' is the shekel, before or after the sum
    ("Compensation: a one-off NIS 100 for the three days, or 480 NIS a day.", "USD",
     [(100, 100, "ILS", "flat"), (480, 480, "ILS", "day")]),
    # three figures after one dot are thousands in a two-decimal currency, decimals in a three-decimal one
    ("Honorarios: USD 2.200 mensuales.", "USD", [(2200, 2200, "USD", "month")]),
    ("BHD 1.500 a day", "USD", [(1.5, 1.5, "BHD", "day")]),
    # each of the periods named before the amount
    ("The days are paid at CLP 38,000 each, under a short contract.", "USD", [(38000, 38000, "CLP", "day")]),
    ("Rydo guarantees $30 per online hour for the 20 hours.", "USD", [(30, 30, "USD", "hour")]),
    # a stablecoin pegged to the dollar
    ("Every participant is paid 400 USDC for the challenge.", "USD", [(400, 400, "USD", "flat")]),
    ("You will receive a monthly gratification of EUR 1,900 gross.", "USD", [(1900, 1900, "EUR", "month")]),
    # lakh and crore
    ("Role: Senior Backend Engineer, CTC ₹36 lakh per annum.", "USD", [(3600000, 3600000, "INR", "year")]),
    # the unit named before the amount: 'every hour is paid at', 'each day of the trial will be paid at'
    ("No part of the trial is unpaid; every hour is paid at CAD 19 through payroll.", "USD", [(19, 19, "CAD", "hour")]),
    ("Each day of the trial will be paid at R350.", "USD", [(350, 350, "ZAR", "day")]),
    # 'for each hour', 'per started hour' are hourly; a country's own dollar (FJ$)
    ("We pay you £30.00 for each hour of your scheduled sessions.", "USD", [(30, 30, "GBP", "hour")]),
    ("After that it's $4 per started hour.", "USD", [(4, 4, "USD", "hour")]),
    ("Wages: FJ$9.20 per hour.", "USD", [(9.2, 9.2, "FJD", "hour")]),
    # thousands grouped the Indian way
    ("First prize: ₹1,00,000 for the team.", "USD", [(100000, 100000, "INR", "flat")]),
    # any ISO 4217 code of a country's currency, before or after the amount; a retainer has its period before it
    ("A monthly retainer of AED 4,500, plus commission of 8%.", "USD", [(4500, 4500, "AED", "month")]),
    ("SEK 180 per hour", "USD", [(180, 180, "SEK", "hour")]),
    ("KRW 2,000,000 a month", "USD", [(2000000, 2000000, "KRW", "month")]),
    ("$25", "USD", [(25, 25, "USD", "flat")]),
    ("We pay $25 flat for the task.", "USD", [(25, 25, "USD", "flat")]),
    ("$1,000", "USD", [(1000, 1000, "USD", "flat")]),
    ("$1.5k", "USD", [(1500, 1500, "USD", "flat")]),
    ("$0", "USD", [(0, 0, "USD", "flat")]),
    ("USD 25", "CAD", [(25, 25, "USD", "flat")]),
    ("25 USD", "CAD", [(25, 25, "USD", "flat")]),
    ("US$25", "AUD", [(25, 25, "USD", "flat")]),
    ("25 dollars", "USD", [(25, 25, "USD", "flat")]),
    ("25 dollars", "NZD", [(25, 25, "NZD", "flat")]),
    ("$25", "AUD", [(25, 25, "AUD", "flat")]),
    ("$25 AUD", "USD", [(25, 25, "AUD", "flat")]),
    ("40 Australian dollars an hour", "USD", [(40, 40, "AUD", "hour")]),
    ("GBP 7.50", "USD", [(7.5, 7.5, "GBP", "flat")]),
    ("£7.50/hr", "USD", [(7.5, 7.5, "GBP", "hour")]),
    ("£7.50 an hour", "USD", [(7.5, 7.5, "GBP", "hour")]),
    ("a fee of R45.00 (forty-five rand) per Hour Worked", "USD", [(45, 45, "ZAR", "hour")]),
    ("7,50 EUR", "USD", [(7.5, 7.5, "EUR", "flat")]),
    ("€1.200,00", "USD", [(1200, 1200, "EUR", "flat")]),
    ("€ 1.200", "USD", [(1200, 1200, "EUR", "flat")]),
    ("1 200,00 €", "USD", [(1200, 1200, "EUR", "flat")]),
    ("R500 000 a year", "USD", [(500000, 500000, "ZAR", "year")]),
    ("$50 K", "USD", [(50000, 50000, "USD", "flat")]),
    ("EUR 13.90", "USD", [(13.9, 13.9, "EUR", "flat")]),
    ("13,90 €", "USD", [(13.9, 13.9, "EUR", "flat")]),
    ("A$30", "USD", [(30, 30, "AUD", "flat")]),
    ("AU$30", "USD", [(30, 30, "AUD", "flat")]),
    ("AUD 30", "USD", [(30, 30, "AUD", "flat")]),
    ("C$20", "USD", [(20, 20, "CAD", "flat")]),
    ("CAD 20", "USD", [(20, 20, "CAD", "flat")]),
    ("NZ$23", "USD", [(23, 23, "NZD", "flat")]),
    ("S$12", "USD", [(12, 12, "SGD", "flat")]),
    ("R500", "USD", [(500, 500, "ZAR", "flat")]),
    ("500 rand", "USD", [(500, 500, "ZAR", "flat")]),
    ("KES 2,000", "USD", [(2000, 2000, "KES", "flat")]),
    ("KSh 2,000", "USD", [(2000, 2000, "KES", "flat")]),
    ("₹500", "USD", [(500, 500, "INR", "flat")]),
    ("Rs. 500", "USD", [(500, 500, "INR", "flat")]),
    ("INR 500", "USD", [(500, 500, "INR", "flat")]),
    ("500 rupees", "USD", [(500, 500, "INR", "flat")]),
    ("PHP 500", "USD", [(500, 500, "PHP", "flat")]),
    ("₱500", "USD", [(500, 500, "PHP", "flat")]),
    ("NGN 5,000", "USD", [(5000, 5000, "NGN", "flat")]),
    ("₦5,000", "USD", [(5000, 5000, "NGN", "flat")]),
    ("5,000 naira", "USD", [(5000, 5000, "NGN", "flat")]),
    ("¥3000", "USD", [(3000, 3000, "JPY", "flat")]),
    ("CHF 30", "USD", [(30, 30, "CHF", "flat")]),
    ("100 Swiss francs", "USD", [(100, 100, "CHF", "flat")]),
    ("500 pounds sterling", "USD", [(500, 500, "GBP", "flat")]),
    ("twenty-five dollars", "USD", [(25, 25, "USD", "flat")]),
    ("fifty pounds", "USD", [(50, 50, "GBP", "flat")]),
    ("two hundred and fifty dollars", "USD", [(250, 250, "USD", "flat")]),
    ("a thousand euros", "USD", [(1000, 1000, "EUR", "flat")]),
    # units
    ("$20-25 per hour", "USD", [(20, 25, "USD", "hour")]),
    ("$20–$25/hr", "USD", [(20, 25, "USD", "hour")]),
    ("$20 to $25 an hour", "USD", [(20, 25, "USD", "hour")]),
    ("20-25 USD per hour", "USD", [(20, 25, "USD", "hour")]),
    ("between £50 and £80", "USD", [(50, 80, "GBP", "flat")]),
    ("between 50 and 80 pounds a day", "USD", [(50, 80, "GBP", "day")]),
    ("$20-25k a year", "USD", [(20000, 25000, "USD", "year")]),
    ("$25 hourly", "USD", [(25, 25, "USD", "hour")]),
    ("$25/h", "USD", [(25, 25, "USD", "hour")]),
    ("$3,000 monthly", "USD", [(3000, 3000, "USD", "month")]),
    ("$50,000 annual salary", "USD", [(50000, 50000, "USD", "year")]),
    ("$25 (gross) per hour", "USD", [(25, 25, "USD", "hour")]),
    ("$200 a day", "USD", [(200, 200, "USD", "day")]),
    ("$200 daily", "USD", [(200, 200, "USD", "day")]),
    ("$120 per shift", "USD", [(120, 120, "USD", "shift")]),
    ("$500 per week", "USD", [(500, 500, "USD", "week")]),
    ("$500 weekly", "USD", [(500, 500, "USD", "week")]),
    ("$4,000 per month", "USD", [(4000, 4000, "USD", "month")]),
    ("£2,000 pcm", "USD", [(2000, 2000, "GBP", "month")]),
    ("a stipend of $1,000 per month", "USD", [(1000, 1000, "USD", "month")]),
    ("$60,000 per year", "USD", [(60000, 60000, "USD", "year")]),
    ("£30k p.a.", "USD", [(30000, 30000, "GBP", "year")]),
    ("€40,000 per annum", "USD", [(40000, 40000, "EUR", "year")]),
    ("$50,000 annually", "USD", [(50000, 50000, "USD", "year")]),
    ("annual salary of $85,000", "USD", [(85000, 85000, "USD", "year")]),
    ("hourly rate of $25", "USD", [(25, 25, "USD", "hour")]),
    ("a day rate of £250", "USD", [(250, 250, "GBP", "day")]),
    ("a flat fee of $300", "USD", [(300, 300, "USD", "flat")]),
    ("an honorarium of $150", "USD", [(150, 150, "USD", "flat")]),
    ("a lump sum of £400", "USD", [(400, 400, "GBP", "flat")]),
    ("$25 one-off payment", "USD", [(25, 25, "USD", "flat")]),
    ("$50 per task", "USD", [(50, 50, "USD", "flat")]),
    ("$300 fixed fee", "USD", [(300, 300, "USD", "flat")]),
    ("Pay: $25/hour, plus a $100 bonus.", "USD", [(25, 25, "USD", "hour"), (100, 100, "USD", "flat")]),
    ("£7.50 an hour, or £60 a day.", "USD", [(7.5, 7.5, "GBP", "hour"), (60, 60, "GBP", "day")]),
    ("GBP 1.10 per parcel delivered", "USD", [(1.1, 1.1, "GBP", "piece")]),
    ("$0.05 per word", "USD", [(0.05, 0.05, "USD", "piece")]),
]

# Text that holds no money at all.
NOT_MONEY = [
    "ALL 5 DAYS OF THE TRIAL ARE SUPERVISED.",  # a currency code that is also a word in capitals
    "The agreement starts in 2024 and ends in 2026.",
    "See Section 4.2 and clause 12.",
    "Fees are 25% of salary.",
    "We keep 25 percent.",
    "Call (555) 123-4567 or +1 555 123 4567.",
    "You will receive Form W-2.",
    "You may join the 401(k) plan.",
    "Support is 24/7.",
    "Must be able to lift up to 50 pounds.",
    "Carry loads of twenty pounds.",
    "The stack uses PHP 8.2 and R4.3.",
    "Complete Form R40 for a refund.",
    "Prices are in 2024 dollars.",
    "Work 6-8 hours over two days.",
    "There are 25 candidates and 3 rounds.",
    "Version 1.200 of the tool.",
]

# (text, [(low, high, per), ...]) in hours
EFFORT = [
    # clock ranges, periods and units in French, Spanish and German
    ("jueves de 9h a 13h", [(4, 4, None)]),
    ("Le stage dure 35h par semaine.", [(35, 35, "week")]),
    ("8 horas por día", [(8, 8, "day")]),
    ("Arbeitszeit: 40 Stunden pro Woche", [(40, 40, "week")]),
    ("tous les jours de 9h à 17h pendant 5 jours", [(40, 40, None)]),
    # a small number in words before a unit of time, in French, Spanish, Portuguese or German
    ("La prueba no es remunerada y dura tres jornadas completas, de martes a jueves.", [(24, 24, None)]),
    ("L'essai dure deux jours.", [(16, 16, None)]),
    ("Das Probearbeiten dauert drei Tage.", [(24, 24, None)]),
    ("La prueba dura dos semanas.", [(80, 80, None)]),
    # (a word that only looks like a number, and a number beside no unit of time)
    ("Tres personas revisan tu prueba.", []),
    # a stage named by its period with no article, from its first day; not a span of dates that gives the days itself
    ("Trial fortnight from Mon 3 Nov at the yard.", [(80, 80, None)]),
    ("the hotel does a training week from 22 to 27 April, 8:00 to 15:00, cleaning rooms", [(42, 42, None)]),
    # a window of days the person is told to fill with work is work time; one that only bounds the work is not
    ("Time: the lab stays open for five consecutive days and we expect you to use most of them.", [(40, 40, None)]),
    ("The lab stays open for five days; book any two-hour slot.", [(2, 2, None)]),
    # a weekday in French or Spanish before a time of day
    ("À jeudi, 10h, at the Plateau shop, and ask for Chantal at the counter!", []),
    # a count of days restated as a weekday span, with the clock hours of each day
    ("The working interview will run for five (5) consecutive business days, Monday through Friday, from 9:00 am to "
     "6:00 pm Pacific time.", [(45, 45, None)]),
    # a time of day written the French or German way
    ("For your essai, come to the Plateau shop mardi à 14h, for about an hour and a half.", [(1.5, 1.5, None)]),
    ("Komm um 9h zum Probetag.", []),
    # a number in words restated in figures, as contracts write it
    ("Normal hours are thirty-nine (39) hours per week.", [(39, 39, "week")]),
    ("The first two (2) weeks are the Induction Period.", [(80, 80, None)]),
    # a span of weekdays beside the hours of each day; round-the-clock cover is no working day
    ("The trial runs Monday to Friday, 6 hours a day.", [(30, 30, None)]),
    ("Office hours Monday to Friday; 24 hours a day support.", []),
    # hours beside the part of a day when they take place
    ("for the assistant engineer spot: about an hour one afternoon in studio b", [(1, 1, None)]),
    # clock times before a colon
    ("Monday to Saturday, 9h-17h: welcoming guests", [(48, 48, None)]),
    # a length per evening is per day; how long a file is kept before it is deleted is no work
    ("four hours each evening", [(4, 4, "day")]),
    ("We keep only a PDF of your presentation in your application file for 6 months, then delete it.", []),
    # an hour and a half written '1h30'; a weekday before '9h' makes it a time of day; what the work is about is no length
    ("1h30 planned, nothing gets sold.", [(1.5, 1.5, None)]),
    # '8h to 10h' at a place is a morning's clock times; a two-hour video session is two hours
    ("unpaid try-out saturday, 8h to 10h at la cabane.", [(2, 2, None)]),
    ("one unpaid two-hour video session with us", [(2, 2, None)]),
    # the period a plan covers is no length of work
    ("please do a short unpaid exercise at home, about an hour: set room prices for one week in July", [(1, 1, None)]),
    ("come saturday 9h for a short unpaid practice at la cabane", []),
    ("short unpaid try-out friday 14h at la cabane", []),
    ("please send us a one-page idea for a weekend activity programme, about 1 hour of work", [(1, 1, None)]),
    # a time box for the work is no retention period ('keep it to'); European clock times with 'h'
    ("Please keep it to about an hour; it is unpaid.", [(1, 1, None)]),
    ("Shifts run 8h to 17h.", [(9, 9, None)]),
    # a clause number that opens a line is no length
    ("5.2 Onboarding hours are not remunerated; the onboarding takes 40 hours.", [(40, 40, None)]),
    # what the work takes, however long, is its length; a window to finish in is a deadline
    ("There are twelve modules, and they take roughly 18 hours to finish.", [(18, 18, None)]),
    ("A trial of three full 8-hour shifts, Thursday to Saturday.", [(24, 24, None)]),
    # the count first and each one's length after it
    ("All new crew complete 3 Orientation Shifts of 8 hours each at the outlet.", [(24, 24, None)]),
    ("Budget 2h to 3h for the exercise.", [(2, 3, None)]),
    # a hyphenated word after the hours is not the excluded noun ('a 12-hour shift pattern')
    ("Shortlisted applicants complete a three-hour pattern-making challenge at home.", [(3, 3, None)]),
    # named days with their hours in words or as bare numbers; a stage named by its period, whatever follows it
    ("So it'd be Monday to Friday, ten till six, Shop Street.", [(40, 40, None)]),
    ("Core hours are Monday to Friday, 9-5.", [(40, 40, None)]),
    ("We'd love to have you in for a trial week before we put you on the rota.", [(40, 40, None)]),
    # a bare range of hours after a day is a time of day
    ("Can u do a working interview this Sat 8-5?", [(9, 9, None)]),
    # a clock span without am/pm that seems to run backwards runs into the afternoon; a night shift runs overnight
    ("- 10:00-1:30 you moderate the sessions", [(3.5, 3.5, None)]),
    ("22:00-06:00 night shift", [(8, 8, None)]),
    # dated days are working days; 'a good working day' is a day
    ("Join us for Case Week from Monday 13 to Friday 17 April.", [(40, 40, None)]),
    ("Most people need a good working day to do it justice.", [(8, 8, None)]),
    # a count of days or shifts with adjectives before the unit; a 'shift lead' is a person, not a shift
    ("Candidates complete two full trial days (8 hours each) picking orders.", [(16, 16, None)]),
    ("three paid trial shifts of 6 hours", [(18, 18, None)]),
    ("6-8 hours", [(6, 8, None)]),
    # a clock span in a sentence that counts sessions is how long each lasts
    ("Format: two evening sessions, Tuesday and Thursday, 19:00-20:30 CET.", [(3, 3, None)]),
    # a two-digit length is one number, not a count and a length ('12-hr days' is not 1 day x 2 h)
    ("call times generally 6am, 12-hr days", [(12, 12, None)]),
    ("3 x 8-hour days", [(24, 24, None)]),
    # a span of clock times is hours of work; a lunch break is not
    ("the day runs from 7.30am until 6pm with half an hour for lunch", [(10.5, 10.5, None)]),
    ("a trial day this Thursday, 8am-4pm, on the sales counter", [(8, 8, None)]),
    ("Friday 5pm-11pm during service", [(6, 6, None)]),
    ("shift 17:00-23:00 on Saturday", [(6, 6, None)]),
    ("10-2pm", [(4, 4, None)]),
    # a bracket that restates the total is not hours a day
    ("the 3-day trial (24 hours) at our office", [(24, 24, None), (24, 24, None)]),
    ("3 days (6 hours)", [(18, 18, None)]),
    ("6 to 8 hrs", [(6, 8, None)]),
    ("between 6 and 8 hours", [(6, 8, None)]),
    ("6h", [(6, 6, None)]),
    ("40 hours", [(40, 40, None)]),
    ("twenty hours", [(20, 20, None)]),
    ("two days", [(16, 16, None)]),
    ("a full day", [(8, 8, None)]),
    ("half a day", [(4, 4, None)]),
    ("a half-day working interview", [(4, 4, None)]),
    ("a week", [(40, 40, None)]),
    ("a 2-week trial", [(80, 80, None)]),
    ("14 days", [(80, 80, None)]),
    ("5 business days of work", [(40, 40, None)]),
    ("3 days of 6 hours", [(18, 18, None)]),
    ("3 days (6 hours a day)", [(18, 18, None)]),
    ("6 hours a day for 3 days", [(18, 18, None)]),
    ("three 5-hour shifts", [(15, 15, None)]),
    ("a 6-hour shift", [(6, 6, None)]),
    ("two shifts", [(16, 16, None)]),
    ("two shifts of 6 hours each", [(12, 12, None)]),
    ("4 weeks, 10 hours a week", [(40, 40, None)]),
    ("2 weeks at 20 hours per week", [(40, 40, None)]),
    ("10 hours a week for 4 weeks", [(40, 40, None)]),
    ("one day a week for 4 weeks", [(32, 32, None)]),
    ("an afternoon", [(4, 4, None)]),
    ("a weekend", [(16, 16, None)]),
    ("90 minutes", [(1.5, 1.5, None)]),
    ("an hour", [(1, 1, None)]),
    ("an hour or two", [(1, 2, None)]),
    ("one and a half hours", [(1.5, 1.5, None)]),
    ("a couple of hours", [(2, 2, None)]),
    ("a few hours", [(2, 4, None)]),
    ("10 hours a week", [(10, 10, "week")]),
    ("the role is 40 hours per week", [(40, 40, "week")]),
    ("complete the exercise within 4 hours", [(4, 4, None)]),
    ("you have 3 hours to complete the test", [(3, 3, None)]),
    ("The task takes 6-8 hours; submit within 48 hours.", [(6, 8, None)]),
    ("from a couple of days to ~2 weeks of work", [(16, 80, None)]),
    ("it takes a week", [(40, 40, None)]),
    ("finish it in an hour", [(1, 1, None)]),
]

# Text with no work time in it (deadlines, notice, covenants, rates of pay, availability, ages).
NOT_EFFORT = [
    # a time of day written the French or Portuguese way
    "We meet on the beach at 10h; boards are provided.",
    "Our standard freelance terms: first North American serial rights for print, 90 days' online exclusivity.",
    "Have a good day!",
    # the length of what is delivered is not the time it takes to make
    "at least 4 must be video packages of 2–4 minutes edited to house style",
    "Record a 3-minute video introducing yourself.",
    "each reel should be about 30 seconds long",
    "A shift lead will show you the picking system.",
    "we'd rather see a partial solution than a weekend of polish",
    "call me at 10.30am",
    "version 1.2-1.4",
    "Submit within 48 hours.",
    "This offer is valid for 72 hours.",
    "Please reply within 3 days.",
    "Return the signed copy within 7 days of receipt.",
    "The offer expires in 5 days.",
    "You have 48 hours to accept.",
    "Either party may end it with two weeks' notice.",
    "You may not compete for 12 months after termination.",
    "We retain your data for 6 months.",
    "The probationary period is 3 months.",
    "Pay is $25 an hour.",
    "Support is 24/7 and the office is open 7 days a week.",
    "Available 24 hours a day.",
    "You must be 18 years or older.",
    "See Form W-2 and the 401(k) plan.",
    "Interns get feedback every 2 weeks.",
    "After 3 months we decide whether to make an offer.",
    "Notices are deemed received three business days after mailing.",
    "Three weeks vacation (15 days PTO).",
    "12 weeks paid new parent (maternity/paternity) leave.",
    "Volunteers make 1 to 2 pull requests a week.",
    "Drivers who decline two jobs in a week may be removed.",
    "Options vest monthly for six months.",
    "This Agreement is for a term of 12 months.",
]

# (text, hours, working days)
DEADLINES = [
    ("Submit within 48 hours.", 48, False),
    ("This offer is valid for 72 hours.", 72, False),
    ("Please reply within 3 days.", 72, False),
    ("The offer expires in 5 days.", 120, False),
    ("You have 48 hours to accept.", 48, False),
    ("Return it within a week.", 168, False),
    ("Submit within 5 business days.", 120, True),
    ("You have 2 days to complete the take-home.", 48, False),
]

NO_DEADLINE = ["The task takes 6-8 hours.", "Complete the exercise within 4 hours.", "Pay is $200 a day."]

# (text, open-ended effort expected, hours expected on that effort)
OPEN_ENDED = [
    ("The trial lasts as long as it takes.", True, None),
    ("Extra time past the first hour is unpaid as well, however long it takes.", True, None),
    ("The course may be extended by up to three weeks without stipend at the Company's discretion.", True, 120),
    ("Past 2 hours the additional hours remain unpaid, in whatever number the Client requires.", True, 2),
    ("The unpaid trial continues until we decide whether to hire you.", True, None),
    ("A 2-week trial, extendable at our discretion.", True, 80),
    ("The trial period may be extended.", True, None),
    ("This is an ongoing trial project.", True, None),
    ("The trial lasts 2 weeks.", False, 80),
    ("Your confidentiality obligations survive termination.", False, None),
    ("This obligation survives termination indefinitely.", False, None),
    ("This Agreement may be extended by mutual written agreement.", False, None),
]

# (text, default dollar, low, high, currency, method contains)
RATES = [
    ("We pay a flat $25 for the take-home, which takes 6-8 hours.", "USD", 3.125, 25 / 6, "USD",
     "$25 flat / 6-8 h = $3.13-4.17/h"),
    ("Pay: $20-25 per hour.", "USD", 20, 25, "USD", "as stated"),
    ("The trial is 3 days of 6 hours, paid at $150 per day.", "USD", 25, 25, "USD", "/ 6 h"),
    ("We pay $200 a day.", "USD", 25, 25, "USD", "assumed hours a day"),
    ("$120 a shift for three 5-hour shifts.", "USD", 24, 24, "USD", "/ 5 h"),
    ("$500 per week for 20 hours per week.", "USD", 25, 25, "USD", "stated hours a week"),
    ("Annual salary of $83,200, 40 hours per week.", "USD", 40, 40, "USD", "/ 2080 h"),
    ("An honorarium of £100 for about 10 hours.", "USD", 10, 10, "GBP", "£100 flat / 10 h"),
    ("R500 in total for three 5-hour shifts.", "USD", 500 / 15, 500 / 15, "ZAR", "R500 flat / 15 h"),
    ("$0 for two days of work.", "USD", 0, 0, "USD", "/ 16 h"),
    ("$300 for a 2-week trial, extendable.", "USD", 3.75, 3.75, "USD", "open-ended"),
]

NO_RATE = [
    "We pay $25 for the task.",  # no effort stated
    "The task takes 6-8 hours.",  # no pay stated
    "$500 for work that lasts as long as it takes.",  # open-ended with no hours
]


def _money_rows(items: list[Money]) -> list[tuple[float, float, str, str]]:
    return [(round(m.low, 4), round(m.high, 4), m.currency, m.unit) for m in items]


@pytest.mark.parametrize(("text", "dollar", "expected"), MONEY)
def test_parse_money(text: str, dollar: str, expected: list[tuple[float, float, str, str]]) -> None:
    found = parse_money(text, default_dollar=dollar)
    assert _money_rows(found) == [(float(a), float(b), c, u) for a, b, c, u in expected]
    for m in found:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize(("local", "currency"), [("MAD", "MAD"), ("AED", "AED"), (None, "AED"), ("EUR", "AED")])
def test_dirhams_are_the_local_dirham(local: str | None, currency: str) -> None:
    """Morocco's and the Emirates' dirham share a name: the one where the document is, else the Emirates'."""
    found = parse_money("For this week you will receive an indemnité of 50 dirhams, paid on Saturday.", local=local)
    assert _money_rows(found) == [(50.0, 50.0, currency, "flat")]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(text: str) -> None:
    assert parse_money(text) == []


@pytest.mark.parametrize(("text", "expected"), EFFORT)
def test_parse_effort(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    found = parse_effort(text)
    assert [(round(e.low, 2), round(e.high, 2), e.per) for e in found] == [
        (round(float(a), 2), round(float(b), 2), p) for a, b, p in expected]
    for e in found:
        assert text[e.start:e.end] == e.text


@pytest.mark.parametrize("text", NOT_EFFORT)
def test_not_effort(text: str) -> None:
    assert parse_effort(text) == []


@pytest.mark.parametrize(("text", "hours", "working"), DEADLINES)
def test_parse_deadline(text: str, hours: float, working: bool) -> None:
    found = parse_deadline(text)
    assert [(d.hours, d.working_days) for d in found] == [(hours, working)]
    assert parse_effort(text) == []


@pytest.mark.parametrize("text", NO_DEADLINE)
def test_no_deadline(text: str) -> None:
    assert parse_deadline(text) == []


@pytest.mark.parametrize(("text", "flag", "hours"), OPEN_ENDED)
def test_open_ended(text: str, flag: bool, hours: float | None) -> None:
    found = parse_effort(text)
    assert any(e.open_ended for e in found) is flag
    if hours is None and flag:
        assert any(e.low is None and e.open_ended for e in found)
    if hours is not None:
        assert [e.high for e in found if e.high is not None] == [hours]


def test_pay_per_shift_uses_the_shift_length_stated_beside_it():
    rate = effective_rate(parse_money("Hosts receive $100 per shift."), parse_effort("Shifts are four hours and are scheduled by our lab manager."))
    assert rate is not None and rate.high == 25.0


@pytest.mark.parametrize(("text", "dollar", "low", "high", "currency", "method"), RATES)
def test_effective_rate(text: str, dollar: str, low: float, high: float, currency: str, method: str) -> None:
    rate = effective_rate(parse_money(text, default_dollar=dollar), parse_effort(text))
    assert rate is not None
    assert (rate.low, rate.high, rate.currency) == (pytest.approx(low), pytest.approx(high), currency)
    assert method in rate.method


@pytest.mark.parametrize("text", NO_RATE)
def test_no_rate(text: str) -> None:
    assert effective_rate(parse_money(text), parse_effort(text)) is None


@pytest.mark.parametrize(("value", "expected"), [
    (Money(25, 25, "USD", "flat", 0, 3, "$25"), "$25 flat"),
    (Money(25, 25, "USD", "flat", 0, 3, "$25", unit_stated=False), "$25"),
    (Money(20, 25, "USD", "hour", 0, 6, "$20-25"), "$20-25 an hour"),
    (Money(7.5, 7.5, "GBP", "hour", 0, 5, "£7.50"), "£7.50 an hour"),
    (Money(1200, 1200, "EUR", "month", 0, 6, "€1.200"), "€1,200 a month"),
    (Money(2000, 2000, "KES", "day", 0, 9, "KES 2,000"), "KES 2,000 a day"),
    (Money(1.1, 1.1, "GBP", "piece", 0, 9, "GBP 1.10", item="parcel"), "£1.10 per parcel"),
    (Effort(6, 8, 0, 9, "6-8 hours"), "6-8 hours"),
    (Effort(1, 1, 0, 6, "1 hour"), "1 hour"),
    (Effort(18, 18, 0, 9, "3 days of 6 hours", basis="3 days x 6 h"), "18 hours (3 days x 6 h)"),
    (Effort(10, 10, 0, 9, "10 hours a week", per="week"), "10 hours a week"),
    (Effort(None, None, 0, 9, "ongoing", open_ended=True), "open-ended"),
    (Deadline(72, 0, 8, "72 hours"), "72 hours (3 days)"),
    (Deadline(120, 0, 15, "5 business days", working_days=True), "5 working days"),
    (Deadline(1.5, 0, 10, "90 minutes"), "1.5 hours"),
    (Rate(3.125, 25 / 6, "USD", ""), "$3.13-4.17 an hour"),
    (Rate(25, 25, "AUD", ""), "A$25.00 an hour"),
])
def test_describe(value: Money | Effort | Deadline | Rate, expected: str) -> None:
    assert value.describe() == expected


@pytest.mark.parametrize(("words", "expected"), [
    ("twenty-five", 25), ("twenty five", 25), ("fifty", 50), ("a hundred", 100), ("two hundred and fifty", 250),
    ("a thousand", 1000), ("three thousand five hundred", 3500), ("ninety", 90), ("a", None), ("cheap", None),
])
def test_words_to_number(words: str, expected: float | None) -> None:
    assert words_to_number(words) == expected


def test_money_and_effort_do_not_overlap() -> None:
    text = "We pay $200 a day for a 3-day trial, 6 hours a day; reply within 2 days."
    assert [m.describe() for m in parse_money(text)] == ["$200 a day"]
    assert [e.describe() for e in parse_effort(text)] == ["18 hours (3 days x 6 h)"]
    assert [d.describe() for d in parse_deadline(text)] == ["48 hours (2 days)"]
    assert effective_rate(parse_money(text), parse_effort(text)).describe() == "$33.33 an hour"


@pytest.mark.parametrize("text,expected", [
    ("Dashly pays a fee for each completed delivery, made up of a base fee of A$6.20.", True),
    ("Peachline will pay Associate a flat rate of $175 per completed block.", True),
    ("Writers are paid $40 per article on acceptance.", True),
    ("The Walk Fee is $14.00 per 30-minute Walk.", True),
    ("General transcription pays ₱45 per audio minute.", True),
    ("We pay $25 for the day.", False),
    ("The trial is paid at $30 per hour.", False),
])
def test_piece_rates_are_recognised_anywhere_in_a_sentence(text, expected):
    from reviewer.values import pays_by_the_piece

    assert pays_by_the_piece(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("If you don't have a pair we can order them for you ($64) and deduct the cost from your first pay.", True),
    ("A $150 gear deposit is taken from your first payout.", True),
    ("You'll buy your own scissors (about £40).", True),
    ("Participants pay a participation fee of €1,850, which covers uniform and manuals.", True),
    ("You will be paid $18.25 an hour.", False),
    ("We pay a flat $25 for the task.", False),
    ("You will receive a £40 thank-you payment for the day.", False),
    ("If you lose the badge, you pay a £10 replacement fee.", True),
])
def test_costs_to_the_worker_are_not_pay(text, expected):
    from reviewer.values import is_a_cost

    assert is_a_cost(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("| 1st | ₹1,00,000 + direct offers for all team members |", "win"),
    ("Runner-up: $500 voucher", "win"),
    ("Copyright in your programs vests in the Company only if you are subsequently employed by it.", "hire"),
    ("The model is assigned to us only if you accept an employment offer; otherwise you keep it.", "hire"),
    ("Should you join the studio, your layout will be assigned to us.", "hire"),
    ("We pay $150 for the one set we choose to run on site.", "win"),
    ("Onboarding hours are paid after you successfully pass your probation review.", "hire"),
    ("1st week: shadowing the team", None),
    ("Paid at $30 an hour if we offer you the job.", "hire"),
    ("Paid at $30 an hour whether or not we offer you the job.", None),
    ("Those hours get paid at €18/h once you sign the permanent contract at the end of the week.", "hire"),
    ("Please sign the contract and return it by Friday.", None),
    ("Upon passing, you will receive a basic monthly salary of PHP 22,000 plus night differential.", "hire"),
    # pay for the one the company takes on, the others unpaid
    ("The trialist we take on is paid £90 for the day; the rest are not paid.", "hire"),
    ("Each trialist is paid £90 for the day.", None),
    ("Stoked to offer you the manager job from 1 June at $34 an hour.", None),
    ("Then we move you onto payroll at $16.50/hr if it's a good fit.", "hire"),
    ("We pay $200 for the day to the candidate whose shelf sells best; the others aren't paid.", "win"),
    # the one who scores highest or whom the company picks; going forward with the person is hiring them
    ("The applicant who scores highest is paid $680 for the two days; the others are not paid.", "win"),
    ("The host we pick is paid for their day at ISK 3,900 per hour; the other two trips are unpaid.", "win"),
    ("Each of you is paid for your day at ISK 3,900 per hour through our payroll.", None),
    ("If we move forward after the check, your probation is paid at $34.00 per hour through payroll.", "hire"),
    # the stage's days credited once passed hang on passing; the job that follows a pass is no condition on pay
    ("If you pass, your 5 days will be credited in your first cutoff as a welcome bonus.", "hire"),
    ("Fee: ₩200,000, paid only to the finalist whose submission we select.", "win"),
    ("For your first three months you'll ride as a contractor, then move onto the casual roster if you pass.", None),
    # 'on' hangs the term only on what follows it closely
    ("Students on the required OJT of their course may join us for 200 hours, without pay.", None),
    ("Pay on the day you are hired.", "hire"),
    # going on with the person, or keeping them on, is hiring them; keeping them informed is not
    ("At the end of the two weeks, if we continue with you, I give you 300 dirhams for the two weeks.", "hire"),
    ("If we decide to keep you on, the week is paid.", "hire"),
    ("We will keep you informed of the result.", None),
    ("If we keep you past noon, every extra hour is paid at $30.", None),
    ("We would like to offer you a paid trial: a fee of R1,500 for a five-hour test.", None),
    ("The rights stay with you unless we hire you.", "hire"),
    ("Unless otherwise agreed, the work is ours.", None),
    # (an offer made is no condition, as 'pleased to offer you the role')
    ("We would like to offer you the position of junior designer.", None),
    # the candidate's hiring or appointment named as a noun
    ("The rights in the plans pass to us only upon your hiring as a salaried employee.", "hire"),
    ("The licence starts on the candidate's appointment.", "hire"),
    ("Your hiring manager reads every submission.", None),
])
def test_hire_condition_reads_prize_tables_and_conditions(text, expected):
    from reviewer.values import hire_condition

    assert hire_condition(text) == expected


def test_time_to_read_an_offer_is_a_deadline_not_work():
    from reviewer.values import parse_deadline

    text = "You'll see the full terms first and you'll have 14 days to read them."
    assert parse_effort(text) == () or list(parse_effort(text)) == []
    assert len(parse_deadline(text)) == 1


def test_pay_per_calendar_month_is_monthly():
    (m,) = parse_money("Fellows receive a stipend of £600 per calendar month to help with travel and lunch.")
    assert m.unit == "month" and m.currency == "GBP"


def test_a_monthly_stipend_named_with_its_purpose_is_monthly():
    (m,) = parse_money("You will receive a monthly transport stipend of ₦30,000, paid on the last working day.")
    assert m.unit == "month" and m.currency == "NGN"


@pytest.mark.parametrize("text,amount,currency", [
    ("Discount of COP $35.000 for each absence", 35000.0, "COP"),  # a code before '$' names the peso
    ("MXN$ 500 per day", 500.0, "MXN"),
    ("COP$ 1.423.500 mensuales", 1423500.0, "COP"),
    ("IDR 150.000 voucher", 150000.0, "IDR"),  # dot thousands where the currency writes them so
])
def test_money_named_by_a_code_before_the_dollar_sign(text, amount, currency):
    (m,) = parse_money(text)
    assert (m.low, m.currency) == (amount, currency)


@pytest.mark.parametrize("text,hours", [
    ("Orientation Week runs Monday through Wednesday, approximately 8:30 a.m. to 4:30 p.m. each day.", 24.0),
    ("the hotel does a training week from 22 to 27 April, 8:00 to 15:00, cleaning rooms", 42.0),
    ("We are open Monday to Friday.", None),  # a span of weekdays alone is opening hours, not work
    ("Rush turnaround (under 48 h) is optional: +25%.", None),  # a turnaround is a deadline
    # from a time on one day to a time on a later one, at most a working day of each day
    ("the paid trial runs from Thursday 18:00 to Saturday 20:00 at our Leeds warehouse", 22.0),
    ("The build weekend runs from 6pm Friday until 4pm Sunday.", 22.0),
    ("Saturday, 10am to Sunday, 2pm", 16.0),
    ("No pay for this part, it runs Thursday through Saturday, full days, on a practice bin", 24.0),
    ("You'll spend one afternoon, about three hours, working through it.", 3.0),  # the hours restate the afternoon
    ("Two afternoons, about three hours each", 6.0),
    ("It should take about ten hours, spread over a week however suits you.", 10.0),  # the week is when, not how long
    ("Days 1 and 2 make up the familiarisation period and are not paid.", 16.0),
    ("Week 3-4: Nesting.", 80.0),
    ("Trial is second shooting a full wedding this Sat in Bowral, 11am bridal prep through to the 10pm sparkler exit.", 11.0),
])
def test_spans_of_days_times_daily_hours(text, hours):
    got = [e.high for e in parse_effort(text)]
    assert got == ([hours] if hours is not None else [])


def test_a_fee_for_each_successful_delivery_stop_is_a_piece_rate():
    from reviewer.values import is_a_cost, pays_by_the_piece

    assert pays_by_the_piece("The Contractor shall receive PLN 2.60 net for each successful delivery stop, plus VAT.")
    assert is_a_cost("Discount of COP $35.000 for each absence not justified.")


@pytest.mark.parametrize("text,amount", [
    ("Training allowance is P3,000 for the whole 3 wks", 3000.0),  # the peso as the Philippines writes it
    ("P12500 per month", 12500.0),
    ("P1 incidents are paged at night", None),  # a priority, not money
    ("a P0 bug", None),
])
def test_the_peso_written_with_a_p(text, amount):
    got = [m.low for m in parse_money(text) if m.currency == "PHP"]
    assert got == ([amount] if amount is not None else [])
