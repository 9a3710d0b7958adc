extension DefaultLexicon {
    /// The workplace's own matters: an employee's sentence about one that names no customer judges nothing.
    static let workplace = #"""

    # ---------------------------------------------------------------- the workplace itself
    # Read only in an employee's comment (feedback whose source is `employee`): a sentence that
    # names one of these and no customer ("customers", "patients", "guests": the `customer` class
    # without I, we and you) is about the job, not the service, and judges no theme: "Rota for
    # December came out late again", "The staff room is filthy", "My manager has been really
    # supportive". With a customer named it still judges: "our manager is lovely with customers".

    [workplace]
    rota, rotas, roster, rosters, rostering, staff rota, shift pattern, shift patterns, shift swap,
    shift swaps, my shifts, our shifts, what shifts, which shifts,
    payslip, payslips, pay slip, wages, salary, salaries, overtime, pay rise, sick pay, sick leave,
    annual leave, holiday request, holiday requests, day off, days off, time off, more hours,
    my hours, our hours, contracted hours, human resources, hr department, hr team, from hr, hr say,
    staff room, staff rooms, staffroom, break room, breakroom, staff break room, staff kitchen,
    staff canteen, canteen, staff toilet, staff toilets, staff car park, staff parking, staff lockers,
    locker room, staff area, staff entrance, staff discount, staff party, staff meeting, team meeting,
    morale, management, senior management, upper management, my manager, our manager, my boss,
    our boss, the boss, my line manager, our line manager, my supervisor, our supervisor, my team,
    our team, the team, team, manager, managers, supervisor, supervisors, my colleagues, our colleagues, colleagues, coworkers, co workers, teammates,
    enjoy working, love working, like working, hate working, enjoy my job, love my job, hate my job,
    uniform, uniforms, our uniforms, my uniform, lockers, staff changing room, staff changing rooms,
    hr system, payroll, appraisal, appraisals, clocking in, clock in, training day, training days,
    training session, training sessions, training course, training courses, the trainer, induction
    """#
}
