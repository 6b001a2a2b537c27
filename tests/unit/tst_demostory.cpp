// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demostory.h"
#include "domain/codes.h"
#include "domain/envelope.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

using namespace cc;
using namespace cc::domain;
using namespace cc::demo;

namespace {

const QDate Today(2025, 3, 14);
/** SHA-256 of the story of Today with counting ids (theStoryIsExactlyTheOneWeShip). */
constexpr char StoryDigest[] = "aeeb8c4fdfc4e58389e2d5a57fe76389a82bd9b40d4b6ec2a8a7b6f7ce7115af";

/** Ids 1, 2, 3 … as 16-byte values, so two runs can be compared. */
std::function<QByteArray()> countingIds()
{
    auto counter = std::make_shared<quint64>(0);
    return [counter] {
        QByteArray id(RecordIdSize, '\0');
        quint64 value = ++*counter;
        for (int i = 0; i < 8; ++i, value >>= 8)
            id[RecordIdSize - 1 - i] = static_cast<char>(value & 0xff);
        return id;
    };
}

double average(const QList<int> &values)
{
    double sum = 0;
    for (int value : values)
        sum += value;
    return values.isEmpty() ? 0 : sum / double(values.size());
}

QList<int> ratings(const QList<CheckIn> &checkIns, const QString &domain, int from, int to)
{
    QList<int> values;
    for (int i = from; i <= to; ++i)
        values.append(checkIns.at(i).answers.value(domain).rating);
    return values;
}

template<typename Record>
void verifySurvivesEnvelope(const Record &record)
{
    const RecordEnvelope envelope = makeEnvelope(record, Hlc {1741945800000, 0, QByteArray(Hlc::DeviceIdSize, 'd')});
    const Result<RecordEnvelope> decoded = RecordEnvelope::decode(envelope.encode());
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    Result<Record> back = recordFromEnvelope<Record>(*decoded);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    back->id = record.id;
    QVERIFY(*back == record);
}

} // namespace

class TestDemoStory : public QObject
{
    Q_OBJECT

private:
    DemoStory m_story = generateDemoStory(Today, countingIds());

    QSet<QByteArray> memberIds() const
    {
        QSet<QByteArray> ids;
        for (const CareTeamMember &member : m_story.members)
            ids.insert(member.id);
        return ids;
    }

    QSet<QByteArray> goalIds() const
    {
        QSet<QByteArray> ids;
        for (const Goal &goal : m_story.goals)
            ids.insert(goal.id);
        return ids;
    }

private Q_SLOTS:
    void theStoryValidates()
    {
        const Status status = m_story.validate();
        QVERIFY2(status.ok(), qPrintable(status.error().message));
    }

    void theStoryIsAboutMariaInDutch()
    {
        QCOMPARE(m_story.profile.preferredName, QStringLiteral("Maria"));
        QCOMPARE(m_story.profile.language, QStringLiteral("nl"));
        QCOMPARE(m_story.profile.birthYear, 1951);
        QCOMPARE(m_story.profile.conditions.size(), 2);
        QVERIFY(!m_story.profile.emergencyContact.isEmpty());
        QCOMPARE(m_story.plan.title.text, QStringLiteral("Zorgplan Maria"));
        QCOMPARE(m_story.plan.status, QStringLiteral("active"));
        QVERIFY(m_story.plan.agreements.size() >= 3);
        for (const LocalizedText &agreement : m_story.plan.agreements)
            QCOMPARE(agreement.lang, QStringLiteral("nl"));
    }

    void theStoryHasThreeGoalsInHerOwnWords()
    {
        QCOMPARE(m_story.goals.size(), 3);
        for (const Goal &goal : m_story.goals) {
            QVERIFY(!goal.whatMattersToMe.isEmpty());
            QCOMPARE(goal.whatMattersToMe.lang, QStringLiteral("nl"));
            QCOMPARE(goal.expressedBy, m_story.patientMemberId);
            QVERIFY(!goal.steps.isEmpty());
            QVERIFY(goal.targetDate > Today);
            QCOMPARE(goal.status, QStringLiteral("active"));
        }
    }

    void theCareTeamHasACaregiverAndACoordinator()
    {
        QVERIFY(m_story.members.size() >= 6);
        QStringList roles;
        int coordinators = 0;
        for (const CareTeamMember &member : m_story.members) {
            roles.append(member.role);
            if (member.isCoordinator) {
                ++coordinators;
                QCOMPARE(member.id, m_story.coordinatorId);
            }
        }
        for (const char *role :
            {"patient", "caregiver", "gp", "home_nurse", "physiotherapist", "pharmacist", "case_manager"})
            QVERIFY2(roles.contains(QLatin1String(role)), role);
        QCOMPARE(coordinators, 1);
        QCOMPARE(m_story.plan.coordinatorId, m_story.coordinatorId);
        QVERIFY(memberIds().contains(m_story.caregiverId));
    }

    void thereAreTwelveWeeklyCheckInsEndingNearToday()
    {
        QCOMPARE(m_story.checkIns.size(), 12);
        for (qsizetype i = 1; i < m_story.checkIns.size(); ++i)
            QCOMPARE(m_story.checkIns.at(i - 1).time.date().daysTo(m_story.checkIns.at(i).time.date()), 7);
        const QDate last = m_story.checkIns.constLast().time.date();
        QVERIFY(last <= Today);
        QVERIFY(last.daysTo(Today) < 7);
        for (const CheckIn &checkIn : m_story.checkIns) {
            QCOMPARE(checkIn.time.timeSpec(), Qt::UTC);
            QCOMPARE(checkIn.answers.keys(), [] {
                QStringList domains = codes::checkInDomains();
                domains.sort();
                return domains;
            }());
            QVERIFY(!checkIn.isCaregiverCheckIn());
        }
    }

    void theCheckInsShowTheTrend()
    {
        const QList<CheckIn> &c = m_story.checkIns;
        const QString body = QStringLiteral("body");
        const QString dailyLife = QStringLiteral("daily_life");
        const QString mind = QStringLiteral("mind");
        QVERIFY(average(ratings(c, body, 9, 11)) > average(ratings(c, body, 0, 2)));
        QVERIFY(average(ratings(c, dailyLife, 9, 11)) > average(ratings(c, dailyLife, 0, 2)));
        // Mind dips in weeks 7–9 (indices 6–8) and recovers.
        const double before = average(ratings(c, mind, 0, 5));
        const double dip = average(ratings(c, mind, 6, 8));
        QVERIFY(dip <= before - 2);
        QVERIFY(c.at(11).answers.value(mind).rating > c.at(7).answers.value(mind).rating);
    }

    void theCheckInsCarryFlagsAProxyAndWho5()
    {
        int flagged = 0;
        int byProxy = 0;
        int who5 = 0;
        for (const CheckIn &checkIn : m_story.checkIns) {
            for (const CheckIn::DomainAnswer &answer : checkIn.answers) {
                if (answer.wantToDiscuss) {
                    ++flagged;
                    QCOMPARE(answer.note.lang, QStringLiteral("nl"));
                    QVERIFY(!answer.note.isEmpty());
                }
            }
            if (checkIn.byProxy) {
                ++byProxy;
                QCOMPARE(checkIn.completedById, m_story.caregiverId);
            } else {
                QCOMPARE(checkIn.completedById, m_story.patientMemberId);
            }
            for (const CheckIn::InstrumentResult &result : checkIn.instruments) {
                if (result.instrument == QLatin1String("who5")) {
                    ++who5;
                    QCOMPARE(result.derivedScore, result.rawScore * 4.0);
                }
            }
        }
        QVERIFY(flagged >= 1 && flagged <= 2);
        QCOMPARE(byProxy, 1);
        QVERIFY(who5 >= 3);
        QVERIFY(!m_story.caregiverCheckIns.isEmpty());
        for (const CheckIn &checkIn : m_story.caregiverCheckIns) {
            QVERIFY(checkIn.isCaregiverCheckIn());
            QCOMPARE(checkIn.completedById, m_story.caregiverId);
        }
    }

    void progressOnEveryGoalRises()
    {
        for (const Goal &goal : m_story.goals) {
            QList<int> values;
            for (const ProgressEntry &entry : m_story.progress) {
                QVERIFY(entry.date <= Today);
                if (entry.goalId == goal.id && entry.rating)
                    values.append(*entry.rating);
            }
            QVERIFY2(values.size() >= 4, qPrintable(goal.whatMattersToMe.text));
            QVERIFY(average(values.mid(values.size() - 2)) > average(values.mid(0, 2)));
        }
        for (qsizetype i = 1; i < m_story.progress.size(); ++i)
            QVERIFY(m_story.progress.at(i - 1).date <= m_story.progress.at(i).date);
    }

    void theActivitiesFollowThePlan()
    {
        QVERIFY(m_story.activities.size() >= 5);
        QStringList kinds;
        for (const Activity &activity : m_story.activities) {
            kinds.append(activity.kind);
            QVERIFY(activity.nextOccurrence(Today).has_value());
        }
        for (const char *kind : {"professional_care", "self_management", "medication", "appointment"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        const auto meeting = std::find_if(m_story.activities.cbegin(), m_story.activities.cend(),
            [](const Activity &a) { return a.kind == QLatin1String("appointment"); });
        QCOMPARE(meeting->nextOccurrence(Today), m_story.plan.nextReview);
        QCOMPARE(Today.daysTo(m_story.plan.nextReview), 21);
    }

    void thereAreFourToSixCommentsFromTheCircle()
    {
        QVERIFY(m_story.comments.size() >= 4 && m_story.comments.size() <= 6);
        QSet<QByteArray> authors;
        QSet<QString> targetKinds;
        for (const Comment &comment : m_story.comments) {
            authors.insert(comment.authorId);
            targetKinds.insert(comment.targetKind);
            QVERIFY(comment.time.date() <= Today);
        }
        for (const QByteArray &author : {m_story.gpId, m_story.nurseId, m_story.physioId, m_story.caregiverId})
            QVERIFY(authors.contains(author));
        QVERIFY(targetKinds.contains(QStringLiteral("goal")));
        QVERIFY(targetKinds.contains(QStringLiteral("check_in")));
    }

    void everyReferencePointsToAnExistingRecord()
    {
        const QSet<QByteArray> members = memberIds();
        const QSet<QByteArray> goals = goalIds();
        QSet<QByteArray> checkIns;
        for (const CheckIn &checkIn : m_story.checkIns + m_story.caregiverCheckIns) {
            checkIns.insert(checkIn.id);
            QVERIFY(members.contains(checkIn.completedById));
        }
        QVERIFY(members.contains(m_story.plan.coordinatorId));
        for (const QByteArray &id : {m_story.patientMemberId, m_story.caregiverId, m_story.gpId, m_story.nurseId,
                 m_story.physioId, m_story.pharmacistId, m_story.coordinatorId})
            QVERIFY(members.contains(id));
        for (const Goal &goal : m_story.goals)
            QVERIFY(members.contains(goal.expressedBy));
        for (const ProgressEntry &entry : m_story.progress) {
            QVERIFY(goals.contains(entry.goalId));
            QVERIFY(members.contains(entry.authorId));
        }
        for (const Activity &activity : m_story.activities) {
            for (const QByteArray &goal : activity.goalIds)
                QVERIFY(goals.contains(goal));
            for (const QByteArray &assignee : activity.assigneeIds)
                QVERIFY(members.contains(assignee));
            for (const Activity::Done &done : activity.doneLog) {
                QVERIFY(members.contains(done.byId));
                QVERIFY(activity.schedule.occursOn(done.date));
                QVERIFY(done.date < Today);
            }
        }
        for (const Comment &comment : m_story.comments) {
            QVERIFY(members.contains(comment.authorId));
            if (comment.targetKind == QLatin1String("goal"))
                QVERIFY(goals.contains(comment.targetId));
            else if (comment.targetKind == QLatin1String("check_in"))
                QVERIFY(checkIns.contains(comment.targetId));
            else
                QFAIL("comment on an unexpected kind of record");
        }
    }

    void everyRecordHasItsOwnId()
    {
        QList<QByteArray> ids = {m_story.profile.id, m_story.plan.id};
        for (const CareTeamMember &r : m_story.members)
            ids.append(r.id);
        for (const Goal &r : m_story.goals)
            ids.append(r.id);
        for (const Activity &r : m_story.activities)
            ids.append(r.id);
        for (const ProgressEntry &r : m_story.progress)
            ids.append(r.id);
        for (const CheckIn &r : m_story.checkIns + m_story.caregiverCheckIns)
            ids.append(r.id);
        for (const Comment &r : m_story.comments)
            ids.append(r.id);
        for (const QByteArray &id : ids)
            QVERIFY(isValidRecordId(id));
        QCOMPARE(QSet<QByteArray>(ids.cbegin(), ids.cend()).size(), ids.size());
    }

    void everyRecordSurvivesTheEnvelope()
    {
        verifySurvivesEnvelope(m_story.profile);
        verifySurvivesEnvelope(m_story.plan);
        for (const CareTeamMember &r : m_story.members)
            verifySurvivesEnvelope(r);
        for (const Goal &r : m_story.goals)
            verifySurvivesEnvelope(r);
        for (const Activity &r : m_story.activities)
            verifySurvivesEnvelope(r);
        for (const ProgressEntry &r : m_story.progress)
            verifySurvivesEnvelope(r);
        for (const CheckIn &r : m_story.checkIns + m_story.caregiverCheckIns)
            verifySurvivesEnvelope(r);
        for (const Comment &r : m_story.comments)
            verifySurvivesEnvelope(r);
    }

    void theStoryIsDeterministicForAGivenDate()
    {
        const DemoStory again = generateDemoStory(Today, countingIds());
        QVERIFY(again == m_story);
    }

    /** Pins the whole story, record by record as it is stored: any change to the generator's
     *  output (a text, a date, an id's order, a noise draw) changes this digest. */
    void theStoryIsExactlyTheOneWeShip()
    {
        const Hlc stamp {1741945800000, 0, QByteArray(Hlc::DeviceIdSize, 'd')};
        QCryptographicHash digest(QCryptographicHash::Sha256);
        const auto add = [&](const auto &record) {
            digest.addData(record.id);
            digest.addData(makeEnvelope(record, stamp).encode());
        };
        add(m_story.profile);
        add(m_story.plan);
        for (const auto &r : m_story.members)
            add(r);
        for (const auto &r : m_story.goals)
            add(r);
        for (const auto &r : m_story.activities)
            add(r);
        for (const auto &r : m_story.progress)
            add(r);
        for (const auto &r : m_story.checkIns + m_story.caregiverCheckIns)
            add(r);
        for (const auto &r : m_story.comments)
            add(r);
        for (const QByteArray &id : {m_story.patientMemberId, m_story.caregiverId, m_story.gpId, m_story.nurseId,
                 m_story.physioId, m_story.pharmacistId, m_story.coordinatorId})
            digest.addData(id);
        QCOMPARE(digest.result().toHex(), QByteArray(StoryDigest));
    }

    void theStoryMovesWithToday()
    {
        const DemoStory later = generateDemoStory(Today.addDays(30), countingIds());
        QCOMPARE(later.checkIns.constLast().time, m_story.checkIns.constLast().time.addDays(30));
        QCOMPARE(later.plan.nextReview, m_story.plan.nextReview.addDays(30));
        QVERIFY(later.validate().ok());
    }

    void theStoryHoldsTogetherOnAnyDay()
    {
        QList<QDate> days;
        for (int i = 0; i < 7; ++i)
            days.append(Today.addDays(i)); // every weekday
        days << QDate(2024, 2, 29) << QDate(2025, 1, 1) << QDate(2030, 12, 31);
        for (const QDate &day : days) {
            const DemoStory story = generateDemoStory(day, countingIds());
            const Status status = story.validate();
            QVERIFY2(status.ok(), qPrintable(day.toString(Qt::ISODate)));
            for (const ProgressEntry &entry : story.progress)
                QVERIFY(entry.date < day);
            for (const Comment &comment : story.comments)
                QVERIFY(comment.time.date() < day);
            for (const Activity &activity : story.activities) {
                QVERIFY(activity.nextOccurrence(day).has_value());
                for (const Activity::Done &done : activity.doneLog)
                    QVERIFY(activity.schedule.occursOn(done.date) && done.date < day);
            }
        }
    }

    void theDefaultIdsAreRandom()
    {
        const DemoStory first = generateDemoStory(Today);
        const DemoStory second = generateDemoStory(Today);
        QVERIFY(first.validate().ok());
        QVERIFY(first.profile.id != second.profile.id);
        QCOMPARE(first.goals.at(0).whatMattersToMe, second.goals.at(0).whatMattersToMe);
    }
};

QTEST_GUILESS_MAIN(TestDemoStory)
#include "tst_demostory.moc"
