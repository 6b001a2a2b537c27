// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demohistory.h"

#include "domain/recordid.h"

#include <QRandomGenerator>
#include <QTime>

#include <algorithm>
#include <cmath>

namespace cc::demo::demohistory {

using namespace cc::domain;

namespace {

// The story's own twelve weeks end yesterday; history ends the day before they start.
constexpr int StoryDays = 7 * 12 + 1;
// Records per day of history besides the sensor readings: a check-in, a walk every second
// day, a comment every fifth, Els's check-in every seventh.
constexpr double DailyRecords = 1.0 + 1.0 / 2 + 1.0 / 5 + 1.0 / 7;
constexpr int BaseReadings = 3;
// Maria was diagnosed about twenty years ago: more records make the days denser, not older.
constexpr int MaxDays = 20 * 365;
constexpr quint32 Seed = 20060301;
constexpr qsizetype MaxDoneLog = 1000; // FieldReader::MaxListItems

LocalizedText nl(const QString &text)
{
    return LocalizedText {text, QStringLiteral("nl")};
}

QDateTime utc(const QDate &date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), Qt::UTC);
}

const QStringList &commentTexts()
{
    static const QStringList texts = {
        QStringLiteral("Dank u voor het invullen, Maria. Tot bij het volgende bezoek."),
        QStringLiteral("Goed dat u blijft wandelen, ook als het wat minder gaat."),
        QStringLiteral("Mama was vandaag wat moe, maar opgewekt."),
        QStringLiteral("De glycemie was deze week mooi stabiel."),
        QStringLiteral("Vergeet de puffer niet voor het wandelen."),
    };
    return texts;
}

/** The history of one story, produced a batch at a time from the newest day backwards. */
class HistoryWriter
{
public:
    HistoryWriter(const DemoStory &story, int records)
        : m_story(story), m_left(std::max(0, records - storyRecordCount(story)))
    {
        m_days = std::clamp(int(std::ceil(m_left / (DailyRecords + BaseReadings))), 1, MaxDays);
        m_readings = std::max(BaseReadings, int(std::ceil((m_left - m_days * DailyRecords) / m_days)));
        m_lastDay = QDate::currentDate();
        if (!story.checkIns.isEmpty())
            m_lastDay = story.checkIns.constFirst().time.date().addDays(-7);
    }

    bool done() const { return m_left <= 0; }
    int days() const { return m_days; }
    QDate lastDay() const { return m_lastDay; }

    /** The next @p size records (fewer at the end), going back one day at a time. */
    CareRecords next(int size)
    {
        CareRecords batch {m_story.profile, m_story.plan, {}, {}, {}, {}, {}, {}};
        int taken = 0;
        while (m_left > 0 && taken < size)
            taken += writeDay(m_lastDay.addDays(-m_day++), batch);
        return batch;
    }

private:
    /** One day's records into @p batch, stopping when the total is reached; returns how many. */
    int writeDay(const QDate &day, CareRecords &batch)
    {
        const int before = m_left;
        const CheckIn checkIn = patientCheckIn(day);
        add(batch.checkIns, checkIn);
        if (m_day % 2 == 0)
            add(batch.progress, walk(day));
        for (int i = 0; i < m_readings; ++i)
            add(batch.progress, reading(day, i));
        if (m_day % 5 == 0)
            add(batch.comments, comment(checkIn));
        if (m_day % 7 == 0)
            add(batch.checkIns, caregiverCheckIn(day));
        return before - m_left;
    }

    template<typename Record>
    void add(QList<Record> &list, Record record)
    {
        if (m_left <= 0)
            return;
        --m_left;
        list.append(std::move(record));
    }

    int wave(double period, double amplitude) const
    {
        return int(std::lround(amplitude * std::sin(6.283 * m_day / period)));
    }

    int noisy(int base) { return std::clamp(base + int(m_random.bounded(3)) - 1, 0, 10); }

    CheckIn patientCheckIn(const QDate &day)
    {
        CheckIn c;
        c.id = newRecordId();
        c.completedById = m_story.patientMemberId;
        c.time = utc(day, 9, 5 + int(m_random.bounded(50)));
        const int season = wave(365, 1.5);
        for (const auto &[domainCode, base, wish] : {std::tuple {"body", 5, 7}, std::tuple {"mind", 6, 7},
                 std::tuple {"meaning", 6, 8}, std::tuple {"quality_of_life", 5, 7}, std::tuple {"participation", 4, 8},
                 std::tuple {"daily_life", 6, 8}}) {
            CheckIn::DomainAnswer a;
            a.rating = noisy(base + season);
            a.wish = wish;
            c.answers.insert(QString::fromLatin1(domainCode), a);
        }
        if (m_day % 30 == 0)
            c.answers[QStringLiteral("body")].note = nl(QStringLiteral("Wat meer kortademig dan gewoonlijk."));
        return c;
    }

    CheckIn caregiverCheckIn(const QDate &day)
    {
        CheckIn c;
        c.id = newRecordId();
        c.completedById = m_story.caregiverId;
        c.time = utc(day, 19, 30);
        c.answers.insert(QStringLiteral("caregiver_load"), {noisy(6), 4, false, {}});
        c.answers.insert(QStringLiteral("caregiver_health"), {noisy(6), 8, false, {}});
        c.answers.insert(QStringLiteral("caregiver_own_time"), {noisy(4), 7, false, {}});
        c.answers.insert(QStringLiteral("caregiver_support"), {noisy(6), 8, false, {}});
        return c;
    }

    ProgressEntry entry(const Goal &goal, const QDate &day, const QByteArray &author)
    {
        ProgressEntry e;
        e.id = newRecordId();
        e.goalId = goal.id;
        e.date = day;
        e.authorId = author;
        return e;
    }

    ProgressEntry walk(const QDate &day)
    {
        ProgressEntry e = entry(m_story.goals.at(0), day, m_story.patientMemberId);
        e.rating = noisy(5 + wave(365, 1.5));
        e.value = 8 + int(m_random.bounded(8));
        e.unit = QStringLiteral("min");
        return e;
    }

    /** Reading @p i of the day from Maria's glucose sensor (a value on her insulin goal). */
    ProgressEntry reading(const QDate &day, int i)
    {
        ProgressEntry e = entry(m_story.goals.at(2), day, m_story.patientMemberId);
        e.value = 120 + 30 * std::sin(6.283 * i / m_readings) + int(m_random.bounded(30));
        e.unit = QStringLiteral("mg/dl");
        return e;
    }

    Comment comment(const CheckIn &target)
    {
        const QByteArray authors[] = {
            m_story.gpId, m_story.nurseId, m_story.caregiverId, m_story.nurseId, m_story.physioId};
        const int which = (m_day / 5) % 5;
        Comment c;
        c.id = newRecordId();
        c.targetId = target.id;
        c.targetKind = QString(CheckIn::Kind);
        c.authorId = authors[which];
        c.time = target.time.addSecs(3600 * (2 + which));
        c.text = nl(commentTexts().at(which));
        return c;
    }

    const DemoStory &m_story;
    int m_left;
    int m_days = 1;
    int m_readings = BaseReadings;
    int m_day = 0;
    QDate m_lastDay;
    QRandomGenerator m_random {Seed};
};

/** Adds the history's days to the activities' done logs (oldest first, as the story keeps them),
 *  up to what an activity may hold. */
void extendDoneLogs(DemoStory &story, const QDate &lastDay, int days)
{
    if (story.activities.size() < 6)
        return;
    // nurse visits, walking, physiotherapy, shopping (demostory.cpp writes them in this order)
    const std::pair<int, QByteArray> logged[] = {
        {0, story.nurseId}, {1, story.patientMemberId}, {2, story.physioId}, {5, story.caregiverId}};
    for (const auto &[index, by] : logged) {
        Activity &activity = story.activities[index];
        QList<Activity::Done> older;
        for (int d = 0; d < days && older.size() + activity.doneLog.size() < MaxDoneLog; ++d) {
            const QDate day = lastDay.addDays(-d);
            const bool due = index == 1 ? d % 2 == 0
                : index == 0            ? day.dayOfWeek() == 1 || day.dayOfWeek() == 3 || day.dayOfWeek() == 5
                : index == 2            ? day.dayOfWeek() == 2
                                        : day.dayOfWeek() == 6;
            if (due)
                older.prepend({day, by, {}});
        }
        activity.doneLog = older + activity.doneLog;
    }
}

} // namespace

int storyRecordCount(const DemoStory &story)
{
    return int(2 + story.members.size() + story.goals.size() + story.activities.size() + story.progress.size()
        + story.checkIns.size() + story.caregiverCheckIns.size() + story.comments.size());
}

Status write(DemoStory story, int records, const BatchWriter &writeBatch, int batchSize)
{
    HistoryWriter history(story, records);
    if (!history.done())
        extendDoneLogs(story, history.lastDay(), history.days());
    if (auto s = writeBatch(story.records()); !s)
        return s;
    while (!history.done()) {
        if (auto s = writeBatch(history.next(batchSize)); !s)
            return s;
    }
    return {};
}

} // namespace cc::demo::demohistory
