// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/activity.h"
#include "domain/actor.h"
#include "domain/careplan.h"
#include "domain/checkin.h"
#include "domain/envelope.h"
#include "domain/goal.h"
#include "domain/progressentry.h"

#include <QTest>

using namespace cc;
using namespace cc::domain;

namespace {

LocalizedText nl(const QString &text)
{
    return {text, QStringLiteral("nl")};
}

QByteArray idOf(char c)
{
    return QByteArray(16, c);
}

Actor els()
{
    return {QByteArray(32, 'E'), QStringLiteral("Els Peeters"), QStringLiteral("caregiver")};
}

Hlc stampAt(qint64 ms)
{
    return Hlc {ms, 0, idOf('d')};
}

template<typename Record>
Record readBack(const Record &record)
{
    const QCborMap reread = QCborValue::fromCbor(QCborValue(record.toFields()).toCbor()).toMap();
    Result<Record> back = Record::fromFields(reread);
    if (!back)
        qFatal("%s", qPrintable(back.error().message));
    return *back;
}

} // namespace

/** Who acted for the patient: kept by every record kind a member may write, and checkable. */
class TestActor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /**
     * Almost no progress entry or check-in names a space member: the author is kept beside
     * the record only when there is one, and copies of a record share it (issue 12's memory).
     */
    void anAuthorIsHeldOnlyWhenThereIsOneAndSharedByCopies()
    {
        ProgressEntry entry;
        QVERIFY(entry.actor->isEmpty());
        entry.actor = Actor {};
        QVERIFY(entry.actor->isEmpty());
        const ProgressEntry otherWithout;
        QCOMPARE(&*entry.actor, &*otherWithout.actor); // one empty value for all

        entry.actor = els();
        QCOMPARE(*entry.actor, els());
        const ProgressEntry copy = entry;
        QCOMPARE(&*copy.actor, &*entry.actor); // not copied
        QVERIFY(&*copy.actor != &*otherWithout.actor);
        entry.actor = Actor {};
        QVERIFY(entry.actor->isEmpty());
        QCOMPARE(*copy.actor, els()); // the copy keeps its own
        static_assert(sizeof(Rare<Actor>) < sizeof(Actor));
    }

    void aMembersProgressNoteNeedsNoCareTeamCard()
    {
        ProgressEntry entry;
        entry.goalId = idOf('g');
        entry.date = QDate(2026, 11, 3);
        entry.note = nl(QStringLiteral("Samen tot aan de kerk."));
        QCOMPARE(entry.validate().code(), ErrorCode::InvalidInput); // nobody wrote it
        entry.actor = els();
        QVERIFY(entry.validate().ok());
        QCOMPARE(*readBack(entry).actor, els());
    }

    void aProxyCheckInKeepsItsActor()
    {
        CheckIn checkIn;
        checkIn.byProxy = true;
        checkIn.time = QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC);
        checkIn.answers.insert(QStringLiteral("body"), {4, std::nullopt, false, {}});
        QCOMPARE(checkIn.validate().code(), ErrorCode::InvalidInput);
        checkIn.actor = els();
        const CheckIn back = readBack(checkIn);
        QCOMPARE(*back.actor, els());
        QVERIFY(back.byProxy);
    }

    void lastChangedByRoundTripsOnMutableKinds()
    {
        Goal goal;
        goal.domain = QStringLiteral("participation");
        goal.whatMattersToMe = nl(QStringLiteral("Naar de markt."));
        goal.lastChangedBy = els();
        QCOMPARE(readBack(goal).lastChangedBy, els());
        Activity activity;
        activity.title = nl(QStringLiteral("Wandelen"));
        activity.kind = QStringLiteral("self_management");
        activity.doneLog = {{QDate(2026, 11, 3), {}, {}}}; // done by a member: no card id
        activity.lastChangedBy = els();
        QCOMPARE(readBack(activity).lastChangedBy, els());
        CarePlan plan;
        plan.title = nl(QStringLiteral("Plan"));
        plan.lastChangedBy = els();
        QCOMPARE(readBack(plan).lastChangedBy, els());
    }

    void clearingLastChangedByRemovesTheField()
    {
        Goal goal;
        goal.domain = QStringLiteral("participation");
        goal.whatMattersToMe = nl(QStringLiteral("Naar de markt."));
        goal.lastChangedBy = els();
        RecordEnvelope envelope = RecordEnvelope::make(QString(Goal::Kind), goal.toFields(), stampAt(1000));
        goal.lastChangedBy = {};
        QVERIFY(envelope.update(goal.toFields(), stampAt(2000)));
        QVERIFY(!envelope.fields.value(Actor::FieldKey).isMap()); // a tombstone
        QVERIFY(Goal::fromFields(envelope.fields)->lastChangedBy.isEmpty());
    }

    void malformedActorsAreRefused_data()
    {
        QTest::addColumn<QCborValue>("value");
        QTest::newRow("not a map") << QCborValue(QStringLiteral("Els"));
        QTest::newRow("no name") << QCborValue(QCborMap {{QStringLiteral("a"), QByteArray(32, 'E')}});
        QTest::newRow("text account") << QCborValue(
            QCborMap {{QStringLiteral("a"), QStringLiteral("E")}, {QStringLiteral("n"), QStringLiteral("Els")}});
        QTest::newRow("long account") << QCborValue(
            QCborMap {{QStringLiteral("a"), QByteArray(65, 'E')}, {QStringLiteral("n"), QStringLiteral("Els")}});
        QTest::newRow("unknown role") << QCborValue(QCborMap {{QStringLiteral("a"), QByteArray(32, 'E')},
            {QStringLiteral("n"), QStringLiteral("Els")}, {QStringLiteral("r"), QStringLiteral("queen")}});
    }

    void malformedActorsAreRefused()
    {
        QFETCH(QCborValue, value);
        ProgressEntry entry;
        entry.goalId = idOf('g');
        entry.date = QDate(2026, 11, 3);
        entry.rating = 5;
        entry.authorId = idOf('m');
        QCborMap fields = entry.toFields();
        fields.insert(Actor::FieldKey, value);
        QCOMPARE(ProgressEntry::fromFields(fields).code(), ErrorCode::InvalidInput);
    }

    void theClaimOfAnAppendOnlyRecordIsItsActor()
    {
        ProgressEntry entry;
        entry.goalId = idOf('g');
        entry.date = QDate(2026, 11, 3);
        entry.rating = 5;
        entry.authorId = idOf('m');
        const auto none = RecordEnvelope::make(QString(ProgressEntry::Kind), entry.toFields(), stampAt(1000));
        QVERIFY(!Actor::claimedAccount(none).has_value());
        entry.actor = els();
        const auto claimed = RecordEnvelope::make(QString(ProgressEntry::Kind), entry.toFields(), stampAt(1000));
        QCOMPARE(Actor::claimedAccount(claimed).value(), els().account);
    }

    void aMutableRecordClaimsOnlyWhatThisRevisionWrote()
    {
        Goal goal;
        goal.domain = QStringLiteral("participation");
        goal.whatMattersToMe = nl(QStringLiteral("Naar de markt."));
        goal.lastChangedBy = els();
        RecordEnvelope envelope = RecordEnvelope::make(QString(Goal::Kind), goal.toFields(), stampAt(1000));
        QCOMPARE(Actor::claimedAccount(envelope).value(), els().account);
        // A later edit that leaves "last changed by" as it was does not claim it again.
        goal.target = nl(QStringLiteral("15 minuten"));
        QVERIFY(envelope.update(goal.toFields(), stampAt(2000)));
        QVERIFY(!Actor::claimedAccount(envelope).has_value());
        // An edit that names a new actor claims it.
        goal.lastChangedBy.account = QByteArray(32, 'G');
        QVERIFY(envelope.update(goal.toFields(), stampAt(3000)));
        QCOMPARE(Actor::claimedAccount(envelope).value(), QByteArray(32, 'G'));
    }
};

QTEST_GUILESS_MAIN(TestActor)
#include "tst_actor.moc"
