// SPDX-License-Identifier: GPL-3.0-or-later
// With 10,000 check-ins and 2,000 progress entries in the vault: the time to compute what
// the Trends page shows (radar, comparison choices, and the line series for 4, 12 and 52
// weeks). Target ≤ 50 ms.
#include "app/checkin/trendscontroller.h"
#include "app/session/session.h"
#include "benchutil.h"
#include "demo/demostory.h"
#include "domain/carestore.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace cc;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto created = vault::Vault::create(
        dir.filePath(QStringLiteral("v")), crypto::SecureBuffer::copyOf("bench trends"), {1, 1024, 1});
    if (!created)
        qFatal("bench: vault creation failed");
    const QDate today = QDate::currentDate();
    demo::DemoStory story = demo::generateDemoStory(today);
    const QList<domain::CheckIn> weekly = story.checkIns;
    for (int i = 0; story.checkIns.size() < 10000; ++i) {
        domain::CheckIn c = weekly[i % weekly.size()];
        c.id.clear();
        // Daily ones further back (10,000 weekly check-ins would reach back before 1970).
        c.time = weekly.first().time.addDays(-1 - i);
        story.checkIns.append(c);
    }
    const QList<domain::ProgressEntry> progress = story.progress;
    for (int i = 0; story.progress.size() < 2000; ++i) {
        domain::ProgressEntry p = progress[i % progress.size()];
        p.id.clear();
        p.date = p.date.addDays(-7 * (i / progress.size() + 1));
        story.progress.append(p);
    }
    domain::CareStore store(*created->vault);
    if (!store.importRecords(story.records()))
        qFatal("bench: import failed");
    if (store.checkIns().size() != story.checkIns.size() + story.caregiverCheckIns.size())
        qFatal("bench: not every check-in was stored");

    app::Session session;
    app::TrendsController trends(&session);
    const double ms = bench::medianMs(7, [&] {
        trends.reload(&store, today);
        for (int weeks : {4, 12, 52}) {
            trends.setRangeWeeks(weeks);
            (void)trends.series();
        }
        (void)trends.radar();
        (void)trends.comparisonChoices();
    });
    bench::report(QStringLiteral("compute Trends page data"), ms, "ms",
        QStringLiteral("%1 check-ins, %2 progress entries; target <= 50 ms")
            .arg(store.checkIns().size())
            .arg(store.progress().size()));
    return 0;
}
