// SPDX-License-Identifier: GPL-3.0-or-later
// Trends from the demo story: the radar compares the latest check-in with an earlier one,
// the line series cover the chosen weeks, the caregiver's own check-ins stay out.
#include "app/checkin/trendscontroller.h"
#include "app/session/session.h"
#include "demo/demostory.h"
#include "domain/carestore.h"
#include "domain/recordid.h"
#include "vault/vault.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class TestTrendsController : public QObject
{
    Q_OBJECT

    app::Session m_session;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<vault::Vault> m_vault;
    std::unique_ptr<domain::CareStore> m_store;
    const QDate m_today = QDate(2026, 11, 22);
    demo::DemoStory m_story;

private Q_SLOTS:
    void initTestCase()
    {
        auto created = vault::Vault::create(
            m_dir.filePath(QStringLiteral("v")), crypto::SecureBuffer::copyOf("trends passphrase"), {1, 1024, 1});
        QVERIFY(created.ok());
        m_vault = std::move(created->vault);
        m_store = std::make_unique<domain::CareStore>(*m_vault);
        m_story = demo::generateDemoStory(m_today);
        QVERIFY(m_store->importRecords(m_story.records()).ok());
    }

    void theRadarComparesTheLatestCheckInWithOneAMonthEarlier()
    {
        app::TrendsController trends(&m_session);
        trends.reload(m_store.get(), m_today);
        QCOMPARE(trends.checkInCount(), int(m_story.checkIns.size())); // the caregiver's are not hers
        const domain::CheckIn &latest = m_story.checkIns.last();
        QCOMPARE(trends.latestDate().date(), latest.time.toLocalTime().date());
        const QVariantList radar = trends.radar();
        QCOMPARE(radar.size(), 6);
        // Default comparison: the newest check-in at least 28 days before the latest.
        const QVariantList choices = trends.comparisonChoices();
        QCOMPARE(choices.size(), trends.checkInCount() - 1); // all within the last year
        const QDate compared =
            choices.at(trends.comparisonIndex()).toMap().value(QStringLiteral("date")).toDateTime().date();
        QVERIFY(compared.daysTo(latest.time.toLocalTime().date()) >= 28);
        QVERIFY(compared.daysTo(latest.time.toLocalTime().date()) < 35);
        const domain::CheckIn *before = nullptr;
        for (const domain::CheckIn &c : m_story.checkIns) {
            if (c.time.toLocalTime().date() == compared)
                before = &c;
        }
        QVERIFY(before);
        for (const QVariant &v : radar) {
            const QVariantMap entry = v.toMap();
            const QString domain = entry.value(QStringLiteral("domain")).toString();
            QCOMPARE(entry.value(QStringLiteral("now")).toInt(), latest.answers.value(domain).rating);
            QCOMPARE(entry.value(QStringLiteral("before")).toInt(), before->answers.value(domain).rating);
        }
    }

    void choosingAnotherEarlierCheckInChangesTheComparison()
    {
        app::TrendsController trends(&m_session);
        trends.reload(m_store.get(), m_today);
        QSignalSpy changed(&trends, &app::TrendsController::changed);
        const int last = trends.checkInCount() - 2;
        trends.setComparisonIndex(last); // the oldest
        QCOMPARE(trends.comparisonIndex(), last);
        QCOMPARE(changed.count(), 1);
        trends.setComparisonIndex(last + 1); // out of range: refused
        QCOMPARE(trends.comparisonIndex(), last);
        const domain::CheckIn &oldest = m_story.checkIns.first();
        const QVariantMap body = trends.radar().first().toMap();
        QCOMPARE(body.value(QStringLiteral("before")).toInt(), oldest.answers.value(QStringLiteral("body")).rating);
    }

    void theSeriesCoverTheChosenWeeks()
    {
        app::TrendsController trends(&m_session);
        trends.reload(m_store.get(), m_today);
        QCOMPARE(trends.rangeWeeks(), 12);
        auto countBody = [&] {
            return trends.series().first().toMap().value(QStringLiteral("points")).toList().size();
        };
        QCOMPARE(countBody(), 12); // twelve weekly check-ins in the last 12 weeks
        trends.setRangeWeeks(4);
        QVERIFY(countBody() >= 4 && countBody() <= 5);
        trends.setRangeWeeks(7); // not offered: refused
        QCOMPARE(trends.rangeWeeks(), 4);
        const QVariantList series = trends.series();
        QCOMPARE(series.size(), 6);
        for (const QVariant &s : series) {
            double previous = 0;
            for (const QVariant &p : s.toMap().value(QStringLiteral("points")).toList()) {
                const double t = p.toMap().value(QStringLiteral("t")).toDouble();
                QVERIFY(t > previous); // oldest first
                previous = t;
                const int v = p.toMap().value(QStringLiteral("v")).toInt();
                QVERIFY(v >= 0 && v <= 10);
            }
        }
    }

    /** What the page shows after check-ins are added, moved in time and removed, taken in
     *  one change at a time through the session (as a save, a pull or a part of the history
     *  read after unlock announces them), is what a full reload shows. */
    void takingInChangedCheckInsShowsWhatAReloadShows()
    {
        QTemporaryDir dir;
        auto created = vault::Vault::create(
            dir.filePath(QStringLiteral("v")), crypto::SecureBuffer::copyOf("trends passphrase"), {1, 1024, 1});
        QVERIFY(created.ok());
        domain::CareStore store(*created->vault);
        // The story without the check-ins; they come after, a few at a time.
        const domain::CareRecords all = m_story.records();
        domain::CareRecords rest = all;
        rest.checkIns.clear();
        QVERIFY(store.importRecords(rest).ok());
        (void)store.takeChanges();
        app::Session session;
        session.setStore(&store);
        app::TrendsController trends(&session);
        const auto shown = [](const app::TrendsController &t) {
            return QVariantList {
                t.checkInCount(), t.latestDate(), t.comparisonChoices(), t.comparisonIndex(), t.radar(), t.series()};
        };
        const auto compareWithReload = [&] {
            app::TrendsController reloaded(&session);
            QCOMPARE(shown(trends), shown(reloaded));
        };
        QList<domain::CheckIn> checkIns = all.checkIns;
        QVERIFY(checkIns.size() > 10);
        // Another writer, as a pull: what the store reads of it is new to the store.
        domain::CareStore other(*created->vault);
        // Newest first, as the history after unlock comes (older parts after newer ones): in
        // turn saved here, written by the other and read, and read after Trends read the
        // store again (then it holds them already).
        int round = 0;
        for (qsizetype i = checkIns.size(); i > 0; i -= 3, ++round) {
            QList<QByteArray> ids;
            for (qsizetype j = std::max<qsizetype>(0, i - 3); j < i; ++j) {
                QVERIFY((round % 3 == 0 ? store : other).save(checkIns[j]).ok());
                ids.append(checkIns[j].id);
            }
            if (round % 3 != 0) {
                QVERIFY(store.refresh(ids).ok());
                QCOMPARE(store.pendingChanges().newIds(domain::CheckIn::Kind).size(), ids.size());
            }
            if (round % 3 == 2)
                trends.reload(&store);
            session.notifyChanged();
            compareWithReload();
            if (QTest::currentTestFailed())
                return session.setStore(nullptr);
        }
        QCOMPARE(trends.checkInCount(), int(m_story.checkIns.size()));
        // A check-in that is not hers (a caregiver's strain) leaves the chosen comparison as it is.
        const int oldest = trends.checkInCount() - 2;
        QVERIFY(oldest != trends.comparisonIndex());
        trends.setComparisonIndex(oldest);
        const auto caregivers = std::find_if(
            checkIns.cbegin(), checkIns.cend(), [](const domain::CheckIn &c) { return c.isCaregiverCheckIn(); });
        QVERIFY(caregivers != checkIns.cend());
        domain::CheckIn strain = *caregivers;
        strain.id = domain::newRecordId();
        strain.time = QDateTime::currentDateTimeUtc();
        QVERIFY(store.save(strain).ok());
        session.notifyChanged();
        QCOMPARE(trends.comparisonIndex(), oldest);
        // The latest check-in moved back in time, another one removed.
        domain::CheckIn moved = *store.checkIn(checkIns.last().id);
        moved.time = moved.time.addDays(-45);
        QVERIFY(store.save(moved).ok());
        QVERIFY(store.remove(checkIns[3].id).ok());
        session.notifyChanged();
        compareWithReload();
        QCOMPARE(trends.checkInCount(), int(m_story.checkIns.size()) - 1);
        session.setStore(nullptr);
    }

    void lockingEmptiesTheTrends()
    {
        app::TrendsController trends(&m_session);
        trends.reload(m_store.get(), m_today);
        trends.reload(nullptr, m_today);
        QCOMPARE(trends.checkInCount(), 0);
        QVERIFY(trends.radar().isEmpty());
        QVERIFY(trends.comparisonChoices().isEmpty());
        for (const QVariant &s : trends.series())
            QVERIFY(s.toMap().value(QStringLiteral("points")).toList().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTrendsController)
#include "tst_trendscontroller.moc"
