// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demostory.h"

#include <QRandomGenerator>
#include <QTime>

#include <algorithm>
#include <cmath>

namespace cc::demo {

using namespace cc::domain;

namespace {

constexpr int Weeks = 12;
constexpr quint32 NoiseSeed = 19510314;

LocalizedText nl(const QString &text)
{
    return LocalizedText {text, QStringLiteral("nl")};
}

QDateTime utc(const QDate &date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), Qt::UTC);
}

int clampRating(double value)
{
    return std::clamp(static_cast<int>(std::lround(value)), 0, 10);
}

/** Small, mostly-zero noise: -1 a quarter of the time, +1 a quarter, else 0. */
class Noise
{
public:
    int next()
    {
        const int draw = static_cast<int>(m_generator.bounded(4));
        return draw == 0 ? -1 : draw == 3 ? 1 : 0;
    }
    int bounded(int highest) { return static_cast<int>(m_generator.bounded(highest)); }

private:
    QRandomGenerator m_generator {NoiseSeed};
};

CareTeamMember member(QByteArray id, const QString &name, const QString &role, const QString &organisation,
    const QString &contact, bool coordinator = false)
{
    CareTeamMember m;
    m.id = std::move(id);
    m.displayName = name;
    m.role = role;
    m.organisation = organisation;
    m.contact = contact;
    m.isCoordinator = coordinator;
    return m;
}

/** The occurrences of @p activity in [from, to]. */
QList<QDate> occurrences(const Activity &activity, const QDate &from, const QDate &to)
{
    QList<QDate> dates;
    for (auto next = activity.schedule.nextOccurrence(from); next && *next <= to;
         next = activity.schedule.nextOccurrence(next->addDays(1)))
        dates.append(*next);
    return dates;
}

} // namespace

CareRecords DemoStory::records() const
{
    return {profile, plan, members, goals, activities, progress, checkIns + caregiverCheckIns, comments};
}

Status DemoStory::validate() const
{
    if (Status check = profile.validate(); !check)
        return check;
    for (const CareTeamMember &m : members) {
        if (Status check = m.validate(); !check)
            return check;
    }
    if (Status check = plan.validate(); !check)
        return check;
    for (const Goal &goal : goals) {
        if (Status check = goal.validate(); !check)
            return check;
    }
    for (const Activity &activity : activities) {
        if (Status check = activity.validate(); !check)
            return check;
    }
    for (const ProgressEntry &entry : progress) {
        if (Status check = entry.validate(); !check)
            return check;
    }
    for (const QList<CheckIn> *list : {&checkIns, &caregiverCheckIns}) {
        for (const CheckIn &checkIn : *list) {
            if (Status check = checkIn.validate(); !check)
                return check;
        }
    }
    for (const Comment &comment : comments) {
        if (Status check = comment.validate(); !check)
            return check;
    }
    return {};
}

namespace {

/**
 * Writes the demo story step by step. The steps run in a fixed order because the ids and the
 * rating noise are drawn in that order: reordering them changes the story.
 */
class StoryWriter
{
public:
    StoryWriter(QDate today, std::function<QByteArray()> newId)
        : m_today(today), m_planStart(today.addDays(-90)), m_newId(std::move(newId))
    { }

    DemoStory write()
    {
        writeProfile();
        writeTeam();
        writePlan();
        m_story.goals = {marketGoal(), grandchildrenGoal(), insulinGoal()};
        writeActivities();
        writeCheckIns();
        writeCaregiverCheckIns();
        writeProgress();
        writeComments();
        return m_story;
    }

private:
    /** Maria's weekly check-in day: week w (0 … 11) ends with yesterday. */
    QDate checkInDay(int week) const { return m_today.addDays(-1 - 7 * (Weeks - 1 - week)); }
    const Goal &market() const { return m_story.goals.at(0); }
    const Goal &grandchildren() const { return m_story.goals.at(1); }
    const Goal &insulin() const { return m_story.goals.at(2); }

    void writeProfile();
    void writeTeam();
    void writePlan();
    Goal marketGoal();
    Goal grandchildrenGoal();
    Goal insulinGoal();
    void writeActivities();
    Activity nurseVisit();
    Activity walking();
    Activity physio();
    Activity medicationReview();
    Activity meeting();
    Activity shopping();
    void writeCheckIns();
    CheckIn patientCheckIn(int week);
    void writeCaregiverCheckIns();
    void writeProgress();
    void addWeekProgress(int week, QList<ProgressEntry> &entries);
    ProgressEntry progressEntry(const Goal &goal, const QDate &date, const QByteArray &author);
    void writeComments();
    Comment comment(const QByteArray &target, QLatin1StringView kind, const QByteArray &author, const QDateTime &time,
        const QString &text);

    DemoStory m_story;
    const QDate m_today;
    const QDate m_planStart;
    std::function<QByteArray()> m_newId;
    Noise m_noise;
};

void StoryWriter::writeProfile()
{
    PatientProfile &profile = m_story.profile;
    profile.id = m_newId();
    profile.preferredName = QStringLiteral("Maria");
    profile.language = QStringLiteral("nl");
    profile.birthYear = 1951;
    profile.conditions = {
        {nl(QStringLiteral("Diabetes type 2, met insuline")), QStringLiteral("44054006"),
            QStringLiteral("http://snomed.info/sct")},
        {nl(QStringLiteral("COPD (chronische longziekte)")), QStringLiteral("13645005"),
            QStringLiteral("http://snomed.info/sct")},
    };
    profile.emergencyContact = {QStringLiteral("Els Peeters (dochter)"), QStringLiteral("0470 00 00 02")};
}

void StoryWriter::writeTeam()
{
    DemoStory &story = m_story;
    story.patientMemberId = m_newId();
    story.caregiverId = m_newId();
    story.gpId = m_newId();
    story.nurseId = m_newId();
    story.physioId = m_newId();
    story.pharmacistId = m_newId();
    story.coordinatorId = m_newId();
    story.members = {
        member(story.patientMemberId, QStringLiteral("Maria Peeters"), QStringLiteral("patient"), {},
            QStringLiteral("0470 00 00 01")),
        member(story.caregiverId, QStringLiteral("Els Peeters"), QStringLiteral("caregiver"), {},
            QStringLiteral("0470 00 00 02 · els.peeters@example.org")),
        member(story.gpId, QStringLiteral("dr. Jan Claes"), QStringLiteral("gp"),
            QStringLiteral("Huisartsenpraktijk De Linde, Mechelen"), QStringLiteral("015 00 00 03")),
        member(story.nurseId, QStringLiteral("An Wouters"), QStringLiteral("home_nurse"),
            QStringLiteral("Wit-Gele Kruis"), QStringLiteral("0470 00 00 04")),
        member(story.physioId, QStringLiteral("Pieter Janssens"), QStringLiteral("physiotherapist"),
            QStringLiteral("Kinesitherapie Janssens"), QStringLiteral("015 00 00 05")),
        member(story.pharmacistId, QStringLiteral("Sofie Maes"), QStringLiteral("pharmacist"),
            QStringLiteral("Apotheek Maes"), QStringLiteral("015 00 00 06")),
        member(story.coordinatorId, QStringLiteral("Karim El Amrani"), QStringLiteral("case_manager"),
            QStringLiteral("Eerstelijnszone Mechelen"), QStringLiteral("0470 00 00 07 · karim@example.org"), true),
    };
}

void StoryWriter::writePlan()
{
    CarePlan &plan = m_story.plan;
    plan.id = m_newId();
    plan.title = nl(QStringLiteral("Zorgplan Maria"));
    plan.status = QStringLiteral("active");
    plan.periodStart = m_planStart;
    plan.periodEnd = m_planStart.addYears(1);
    plan.coordinatorId = m_story.coordinatorId;
    plan.nextReview = m_today.addDays(21);
    plan.agreements = {
        nl(QStringLiteral("An (Wit-Gele Kruis) komt op maandag, woensdag en vrijdag: zij controleert de glycemie "
                          "en kijkt samen met Maria de insulinedosis na.")),
        nl(QStringLiteral("Els doet op zaterdag de boodschappen en gaat mee naar de markt wanneer Maria dat wil.")),
        nl(QStringLiteral("Wordt Maria kortademiger dan gewoonlijk, dan bellen Maria of Els dezelfde dag de "
                          "huisarts. 's Nachts en in het weekend: de huisartsenwachtpost (1733).")),
        nl(QStringLiteral("Pieter (kinesitherapeut) komt elke dinsdag voor ademhalings- en wandeloefeningen.")),
        nl(QStringLiteral("Sofie (apotheek) bekijkt de medicatie en de puffertechniek samen met Maria.")),
        nl(QStringLiteral("Karim is het aanspreekpunt voor het zorgplan en bereidt het multidisciplinair overleg "
                          "voor.")),
    };
}

// --- Goals, in Maria's own words -----------------------------------------------------------

Goal StoryWriter::marketGoal()
{
    Goal market;
    market.id = m_newId();
    market.kind = QStringLiteral("life_goal");
    market.whatMattersToMe = nl(
        QStringLiteral("Ik wil op zaterdag weer zelf naar de markt op de Grote Markt kunnen wandelen, zoals vroeger. "
                       "Daar zie ik mijn vriendinnen."));
    market.domain = QStringLiteral("participation");
    market.target = nl(QStringLiteral("Zonder te stoppen 15 minuten wandelen: tot aan de markt en terug naar huis."));
    market.targetDate = m_today.addDays(8 * 7);
    market.priority = 1;
    market.status = QStringLiteral("active");
    market.achievement = QStringLiteral("improving");
    market.steps = {
        {nl(QStringLiteral("Elke dag 10 minuten wandelen in mijn straat")), true},
        {nl(QStringLiteral("De ademhalingsoefeningen van Pieter doen voor ik vertrek")), true},
        {nl(QStringLiteral("Samen met Els naar de markt wandelen, met een rustpauze onderweg")), false},
        {nl(QStringLiteral("Alleen naar de markt en terug")), false},
    };
    market.expressedBy = m_story.patientMemberId;
    return market;
}

Goal StoryWriter::grandchildrenGoal()
{
    Goal grandchildren;
    grandchildren.id = m_newId();
    grandchildren.kind = QStringLiteral("life_goal");
    grandchildren.whatMattersToMe = nl(QStringLiteral(
        "Mijn kleinkinderen zijn alles voor mij. Ik wil met hen naar de speeltuin kunnen gaan zonder na twee "
        "minuten buiten adem te zijn."));
    grandchildren.domain = QStringLiteral("meaning");
    grandchildren.target = nl(QStringLiteral(
        "Een hele namiddag met de kleinkinderen doorbrengen zonder te moeten stoppen om op adem te komen."));
    grandchildren.targetDate = m_today.addDays(12 * 7);
    grandchildren.priority = 1;
    grandchildren.status = QStringLiteral("active");
    grandchildren.achievement = QStringLiteral("improving");
    grandchildren.steps = {
        {nl(QStringLiteral("Mijn puffertechniek laten nakijken bij Sofie in de apotheek")), true},
        {nl(QStringLiteral("Twee keer per dag ademhalingsoefeningen")), true},
        {nl(QStringLiteral("Met de kleinkinderen een korte wandeling naar de speeltuin maken")), false},
    };
    grandchildren.expressedBy = m_story.patientMemberId;
    return grandchildren;
}

Goal StoryWriter::insulinGoal()
{
    Goal insulin;
    insulin.id = m_newId();
    insulin.kind = QStringLiteral("care_goal");
    insulin.whatMattersToMe = nl(QStringLiteral(
        "Ik wil mijn insuline zelf blijven spuiten. Ik wil niet dat iemand anders dat voor mij moet doen."));
    insulin.domain = QStringLiteral("daily_life");
    insulin.target = nl(
        QStringLiteral("Zelf insuline spuiten met de juiste dosis; nuchtere glycemie meestal tussen 90 en 150 mg/dl."));
    insulin.targetDate = m_today.addDays(6 * 7);
    insulin.priority = 2;
    insulin.status = QStringLiteral("active");
    insulin.achievement = QStringLiteral("in_progress");
    insulin.steps = {
        {nl(QStringLiteral("Samen met An de pen en de dosis controleren")), true},
        {nl(QStringLiteral("Mijn glycemie elke ochtend noteren in mijn boekje")), true},
        {nl(QStringLiteral("Een vergrootglas voor de pen vragen bij de apotheek")), false},
    };
    insulin.expressedBy = m_story.patientMemberId;
    return insulin;
}

// --- Activities ------------------------------------------------------------------------------

void StoryWriter::writeActivities()
{
    // One statement per activity: the ids are drawn in this order.
    m_story.activities.append(nurseVisit());
    m_story.activities.append(walking());
    m_story.activities.append(physio());
    m_story.activities.append(medicationReview());
    m_story.activities.append(meeting());
    m_story.activities.append(shopping());
}

Activity StoryWriter::nurseVisit()
{
    Activity nurseVisit;
    nurseVisit.id = m_newId();
    nurseVisit.title = nl(QStringLiteral("Thuisverpleging: glycemie en insuline nakijken"));
    nurseVisit.kind = QStringLiteral("professional_care");
    nurseVisit.goalIds = {insulin().id};
    nurseVisit.assigneeIds = {m_story.nurseId};
    nurseVisit.schedule = Schedule::weekly(m_planStart, Schedule::Monday | Schedule::Wednesday | Schedule::Friday);
    nurseVisit.schedule.time = QTime(8, 0);
    nurseVisit.status = QStringLiteral("active");
    for (const QDate &day : occurrences(nurseVisit, m_today.addDays(-14), m_today.addDays(-1)))
        nurseVisit.doneLog.append({day, m_story.nurseId, {}});
    return nurseVisit;
}

Activity StoryWriter::walking()
{
    Activity walking;
    walking.id = m_newId();
    walking.title = nl(QStringLiteral("Wandeloefening: elke dag een stukje verder"));
    walking.kind = QStringLiteral("self_management");
    walking.goalIds = {market().id, grandchildren().id};
    walking.assigneeIds = {m_story.patientMemberId};
    walking.schedule = Schedule::daily(m_today.addDays(-70));
    walking.status = QStringLiteral("active");
    for (const QDate &day : occurrences(walking, m_today.addDays(-7), m_today.addDays(-1))) {
        if (day != m_today.addDays(-4)) // one rainy day skipped
            walking.doneLog.append({day, m_story.patientMemberId, {}});
    }
    return walking;
}

Activity StoryWriter::physio()
{
    Activity physio;
    physio.id = m_newId();
    physio.title = nl(QStringLiteral("Kinesitherapie: ademhalings- en wandeloefeningen"));
    physio.kind = QStringLiteral("professional_care");
    physio.goalIds = {market().id, grandchildren().id};
    physio.assigneeIds = {m_story.physioId};
    physio.schedule = Schedule::weekly(m_planStart, Schedule::Tuesday);
    physio.schedule.time = QTime(14, 0);
    physio.status = QStringLiteral("active");
    for (const QDate &day : occurrences(physio, m_today.addDays(-28), m_today.addDays(-1)))
        physio.doneLog.append({day, m_story.physioId, {}});
    return physio;
}

Activity StoryWriter::medicationReview()
{
    Activity medicationReview;
    medicationReview.id = m_newId();
    medicationReview.title = nl(QStringLiteral("Medicatienazicht met de apotheker, ook de puffertechniek"));
    medicationReview.kind = QStringLiteral("medication");
    medicationReview.goalIds = {grandchildren().id, insulin().id};
    medicationReview.assigneeIds = {m_story.pharmacistId, m_story.patientMemberId};
    medicationReview.schedule = Schedule::once(m_today.addDays(5), QTime(10, 0));
    medicationReview.status = QStringLiteral("planned");
    return medicationReview;
}

Activity StoryWriter::meeting()
{
    const DemoStory &story = m_story;
    Activity meeting;
    meeting.id = m_newId();
    meeting.title = nl(QStringLiteral("Multidisciplinair overleg (MDO) over het zorgplan"));
    meeting.kind = QStringLiteral("appointment");
    meeting.goalIds = {market().id, grandchildren().id, insulin().id};
    meeting.assigneeIds = {
        story.coordinatorId, story.gpId, story.nurseId, story.physioId, story.patientMemberId, story.caregiverId};
    meeting.schedule = Schedule::once(story.plan.nextReview, QTime(14, 0));
    meeting.status = QStringLiteral("planned");
    return meeting;
}

Activity StoryWriter::shopping()
{
    Activity shopping;
    shopping.id = m_newId();
    shopping.title = nl(QStringLiteral("Boodschappen, en samen naar de markt als het lukt"));
    shopping.kind = QStringLiteral("informal_care");
    shopping.goalIds = {market().id};
    shopping.assigneeIds = {m_story.caregiverId};
    shopping.schedule = Schedule::weekly(m_planStart, Schedule::Saturday);
    shopping.schedule.time = QTime(9, 30);
    shopping.status = QStringLiteral("active");
    const QList<QDate> saturdays = occurrences(shopping, m_today.addDays(-21), m_today.addDays(-1));
    for (const QDate &day : saturdays) {
        const bool last = day == saturdays.constLast();
        shopping.doneLog.append({day, m_story.caregiverId,
            last ? nl(QStringLiteral("Samen tot aan de markt gewandeld, halverwege even gerust.")) : LocalizedText {}});
    }
    return shopping;
}

// --- Check-ins ---------------------------------------------------------------------------------

void StoryWriter::writeCheckIns()
{
    for (int week = 0; week < Weeks; ++week)
        m_story.checkIns.append(patientCheckIn(week));
}

/** Maria's check-in of @p week. Body and daily life improve slowly; mind dips in weeks 7–9 (a
 *  worry in the family) and recovers; Els fills in week 9 with her; WHO-5 in weeks 1, 4, 8
 *  and 12. */
CheckIn StoryWriter::patientCheckIn(int week)
{
    static constexpr int mindDip[Weeks] = {0, 0, 0, 0, 0, 0, -2, -3, -3, -2, -1, 0};
    static constexpr int who5Raw[Weeks] = {14, 0, 0, 15, 0, 0, 0, 9, 0, 0, 0, 16};
    const double progress = double(week) / (Weeks - 1);
    const bool dip = mindDip[week] != 0;
    CheckIn checkIn;
    checkIn.id = m_newId();
    checkIn.byProxy = week == 8;
    checkIn.completedById = checkIn.byProxy ? m_story.caregiverId : m_story.patientMemberId;
    checkIn.time = utc(checkInDay(week), 9, 10 + m_noise.bounded(40));

    const auto answer = [&](double base, std::optional<int> wish, int extra = 0) {
        CheckIn::DomainAnswer a;
        a.rating = clampRating(base + extra + (dip ? 0 : m_noise.next()));
        a.wish = wish;
        return a;
    };
    checkIn.answers.insert(QStringLiteral("body"), answer(4 + 2.5 * progress, 7));
    checkIn.answers.insert(QStringLiteral("mind"), answer(6, 7, mindDip[week]));
    checkIn.answers.insert(QStringLiteral("meaning"), answer(5.5 + progress, 8, week == 7 ? -1 : 0));
    checkIn.answers.insert(QStringLiteral("quality_of_life"), answer(4.5 + 1.5 * progress, 7, dip ? -1 : 0));
    checkIn.answers.insert(QStringLiteral("participation"), answer(3 + 2.5 * progress, 8));
    checkIn.answers.insert(QStringLiteral("daily_life"), answer(5 + 2 * progress, 8));

    if (week == 4) {
        CheckIn::DomainAnswer &body = checkIn.answers[QStringLiteral("body")];
        body.wantToDiscuss = true;
        body.note = nl(QStringLiteral("Meer kortademig op de trap naar de slaapkamer, vooral 's morgens."));
    }
    if (week == 7) {
        CheckIn::DomainAnswer &mind = checkIn.answers[QStringLiteral("mind")];
        mind.wantToDiscuss = true;
        mind.note = nl(QStringLiteral("Ik slaap slecht en pieker veel sinds mijn zus in het ziekenhuis ligt."));
    }
    if (week == 8)
        checkIn.answers[QStringLiteral("daily_life")].note =
            nl(QStringLiteral("Ingevuld samen met mama; ze was deze week erg moe."));
    if (week == Weeks - 1)
        checkIn.answers[QStringLiteral("participation")].note =
            nl(QStringLiteral("Met Els tot aan de markt gewandeld!"));

    if (who5Raw[week] > 0)
        checkIn.instruments.append({QStringLiteral("who5"), QStringLiteral("1998"), QStringLiteral("nl"), who5Raw[week],
            double(who5Raw[week] * 4)});
    if (week == 7)
        checkIn.instruments.append({QStringLiteral("phq2"), QStringLiteral("2003"), QStringLiteral("nl"), 3, 3.0});
    return checkIn;
}

/** Els's own check-ins about caring (weeks 2, 5, 8, 11). */
void StoryWriter::writeCaregiverCheckIns()
{
    const int caregiverWeeks[] = {1, 4, 7, 10};
    const int load[] = {5, 6, 8, 6};
    const int health[] = {7, 6, 5, 6};
    const int ownTime[] = {5, 4, 2, 4};
    const int support[] = {6, 6, 5, 7};
    for (int i = 0; i < 4; ++i) {
        CheckIn checkIn;
        checkIn.id = m_newId();
        checkIn.completedById = m_story.caregiverId;
        checkIn.time = utc(checkInDay(caregiverWeeks[i]), 19, 30);
        checkIn.answers.insert(QStringLiteral("caregiver_load"), {load[i], 4, false, {}});
        checkIn.answers.insert(QStringLiteral("caregiver_health"), {health[i], 8, false, {}});
        checkIn.answers.insert(QStringLiteral("caregiver_own_time"), {ownTime[i], 7, false, {}});
        checkIn.answers.insert(QStringLiteral("caregiver_support"), {support[i], 8, false, {}});
        if (i == 2) {
            CheckIn::DomainAnswer &time = checkIn.answers[QStringLiteral("caregiver_own_time")];
            time.wantToDiscuss = true;
            time.note = nl(QStringLiteral("Ik kom naast mijn werk nauwelijks nog aan mezelf toe."));
        }
        m_story.caregiverCheckIns.append(checkIn);
    }
}

// --- Progress on the goals -------------------------------------------------------------------

ProgressEntry StoryWriter::progressEntry(const Goal &goal, const QDate &date, const QByteArray &author)
{
    ProgressEntry e;
    e.id = m_newId();
    e.goalId = goal.id;
    e.date = date;
    e.authorId = author;
    return e;
}

void StoryWriter::writeProgress()
{
    QList<ProgressEntry> entries;
    for (int week = 0; week < Weeks; ++week)
        addWeekProgress(week, entries);
    std::stable_sort(
        entries.begin(), entries.end(), [](const ProgressEntry &a, const ProgressEntry &b) { return a.date < b.date; });
    m_story.progress = entries;
}

const QStringList &marketNotes()
{
    static const QStringList notes = {
        QStringLiteral("Tot aan de bakker gewandeld, daarna moest ik rusten."),
        QStringLiteral("Het gaat al wat beter met de puffer vooraf."),
        QStringLiteral("Koud en grijs, toch buiten geweest."),
        QStringLiteral("Tot aan de kerk zonder te stoppen!"),
        QStringLiteral("Met Els bijna tot aan de markt."),
    };
    return notes;
}

const QStringList &grandchildrenNotes()
{
    static const QStringList notes = {
        QStringLiteral("Zondag waren de kleinkinderen hier. Na het spelen moest ik even gaan zitten."),
        QStringLiteral("Samen gekleurd aan tafel, dat ging goed."),
        QStringLiteral("Verstoppertje gespeeld in de tuin, wel buiten adem."),
        QStringLiteral("Geen zin gehad deze week."),
        QStringLiteral("Met de kleinste tot aan de hoek gewandeld."),
        QStringLiteral("Een uur in de speeltuin, twee keer gerust op de bank."),
    };
    return notes;
}

const QStringList &glucoseNotes()
{
    static const QStringList notes = {
        QStringLiteral("Dosis samen nagekeken, correct."),
        QStringLiteral("Maria spuit zelf, ik kijk enkel mee."),
        QStringLiteral("Iets hoger na het familiefeest."),
        QStringLiteral("Boekje netjes bijgehouden."),
    };
    return notes;
}

/** The entries of @p week, in the order their ids and noise are drawn. */
void StoryWriter::addWeekProgress(int week, QList<ProgressEntry> &entries)
{
    const double progress = double(week) / (Weeks - 1);
    const QDate day = checkInDay(week);

    ProgressEntry walk = progressEntry(market(), day.addDays(-2), m_story.patientMemberId);
    walk.rating = clampRating(2 + 4 * progress + m_noise.next());
    walk.value = std::max(3, 5 + week + m_noise.next());
    walk.unit = QStringLiteral("min");
    if (week % 3 == 0 || week == Weeks - 1)
        walk.note =
            nl(marketNotes().at(std::min<qsizetype>(week / 3 + (week == Weeks - 1 ? 1 : 0), marketNotes().size() - 1)));
    entries.append(walk);

    if (week == 0 || week == 4 || week == 8 || week == Weeks - 1) {
        // At the physiotherapist's weekly session in the week before the check-in.
        const Activity &physio = m_story.activities.at(2);
        ProgressEntry test =
            progressEntry(market(), *physio.schedule.nextOccurrence(day.addDays(-7)), m_story.physioId);
        test.value = 240 + 6 * week + 5 * m_noise.next();
        test.unit = QStringLiteral("m");
        test.note = nl(QStringLiteral("6-minutenwandeltest"));
        entries.append(test);
    }

    if (week % 2 == 1) {
        ProgressEntry visit = progressEntry(grandchildren(), day.addDays(-3), m_story.patientMemberId);
        visit.rating = clampRating(3 + 3 * progress + (week == 7 ? -2 : m_noise.next()));
        visit.note = nl(grandchildrenNotes().at(week / 2));
        entries.append(visit);
    }

    if (week % 2 == 0) {
        ProgressEntry confidence = progressEntry(insulin(), day.addDays(-1), m_story.patientMemberId);
        confidence.rating = clampRating(5 + 3 * progress + m_noise.next());
        entries.append(confidence);
    }

    // At the nurse's last visit before the check-in (visits are never more than 3 days apart).
    const Activity &nurseVisit = m_story.activities.at(0);
    ProgressEntry glucose =
        progressEntry(insulin(), *nurseVisit.schedule.nextOccurrence(day.addDays(-3)), m_story.nurseId);
    glucose.value = std::round(178 - 40 * progress + 6 * m_noise.next());
    glucose.unit = QStringLiteral("mg/dl");
    if (week % 3 == 1)
        glucose.note = nl(glucoseNotes().at(week / 3));
    entries.append(glucose);
}

// --- Comments ----------------------------------------------------------------------------------

Comment StoryWriter::comment(const QByteArray &target, QLatin1StringView kind, const QByteArray &author,
    const QDateTime &time, const QString &text)
{
    Comment c;
    c.id = m_newId();
    c.targetId = target;
    c.targetKind = QString(kind);
    c.authorId = author;
    c.time = time;
    c.text = nl(text);
    return c;
}

void StoryWriter::writeComments()
{
    const DemoStory &story = m_story;
    const CheckIn &breathless = story.checkIns.at(4);
    const CheckIn &worried = story.checkIns.at(7);
    m_story.comments = {
        comment(breathless.id, CheckIn::Kind, story.gpId, breathless.time.addSecs(26 * 3600),
            QStringLiteral("Dank u om dit te melden, Maria. Ik heb de dosis van uw onderhoudspuffer aangepast; "
                           "Sofie legt het u uit.")),
        comment(grandchildren().id, Goal::Kind, story.gpId, utc(checkInDay(5), 17, 45),
            QStringLiteral("Mooi doel, Maria. Laat de kleinkinderen gerust meewandelen: dat telt ook als oefening.")),
        comment(worried.id, CheckIn::Kind, story.caregiverId, worried.time.addSecs(5 * 3600),
            QStringLiteral("Mama zit niet goed in haar vel sinds tante Rosa in het ziekenhuis ligt. Ik ga wat "
                           "vaker langs.")),
        comment(worried.id, CheckIn::Kind, story.gpId, worried.time.addSecs(30 * 3600),
            QStringLiteral("Ik kom volgende week op huisbezoek, dan praten we er rustig over.")),
        comment(market().id, Goal::Kind, story.physioId, utc(checkInDay(9), 15, 20),
            QStringLiteral("De wandeltest gaat vooruit: al zo'n 50 meter verder dan in het begin. Blijf elke "
                           "dag wandelen, ook bij grijs weer.")),
        comment(insulin().id, Goal::Kind, story.nurseId, utc(checkInDay(10), 8, 40),
            QStringLiteral("Maria spuit nu elke keer zelf en kiest de juiste dosis. Proficiat!")),
    };
    std::stable_sort(m_story.comments.begin(), m_story.comments.end(),
        [](const Comment &a, const Comment &b) { return a.time < b.time; });
}

} // namespace

DemoStory generateDemoStory(QDate today, std::function<QByteArray()> newId)
{
    return StoryWriter(today, std::move(newId)).write();
}

} // namespace cc::demo
