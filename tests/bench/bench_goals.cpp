// SPDX-License-Identifier: GPL-3.0-or-later
// Opening Goals on a busy vault: the demo story plus 2,000 progress entries and 10,000
// check-ins. Timed from an unlocked, loaded store to a GoalsController whose list, progress
// history (of the goal with the most entries), the series of its ratings the goal page's chart
// draws, and comments are filled (target <= 50 ms). The QML page itself is left out.
#include "app/goals/goalscontroller.h"
#include "app/session/session.h"
#include "benchutil.h"
#include "demo/demostory.h"
#include "domain/carestore.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace cc;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto created = vault::Vault::create(
        dir.filePath(QStringLiteral("vault")), crypto::SecureBuffer::copyOf("bench passphrase"), {1, 1024, 1});
    if (!created)
        qFatal("bench: vault creation failed");

    const QDate today = QDate::currentDate();
    demo::DemoStory story = demo::generateDemoStory(today);
    if (story.goals.isEmpty() || story.members.isEmpty())
        qFatal("bench: the demo story has no goals");
    const QList<domain::CheckIn> weekly = story.checkIns;
    for (int i = 0; story.checkIns.size() < 10000; ++i) {
        domain::CheckIn c = weekly[i % weekly.size()];
        c.id.clear();
        c.time = weekly.first().time.addDays(-1 - i); // daily further back: stays after 1970
        story.checkIns.append(c);
    }
    // 2,000 more progress entries, most on the first goal (the one Goals will open).
    const QByteArray patient = story.members.first().id;
    for (int i = 0; i < 2000; ++i) {
        domain::ProgressEntry p;
        p.goalId = story.goals.at(i % 4 == 0 ? (i / 4) % story.goals.size() : 0).id;
        p.date = today.addDays(-i);
        p.rating = i % 11;
        p.note = {QStringLiteral("Walked a little further today, %1").arg(i), QStringLiteral("en")};
        p.authorId = patient;
        story.progress.append(p);
    }
    domain::CareStore store(*created->vault);
    if (!store.importRecords(story.records()))
        qFatal("bench: import failed");
    if (!store.load())
        qFatal("bench: load failed");
    app::Session session;
    session.setStore(&store);

    const QString firstGoal = QString::fromLatin1(story.goals.first().id.toHex());
    int progressRows = 0;
    const double openMs = bench::medianMs(9, [&] {
        app::GoalsController goals(&session);
        goals.setSelectedGoalId(firstGoal);
        progressRows = goals.progress()->count();
        if (goals.goals()->count() == 0 || progressRows == 0 || goals.progress()->ratings().isEmpty())
            qFatal("bench: the Goals models stayed empty");
    });
    session.setStore(nullptr);
    std::printf("bench:   %lld goals, %d progress entries on the opened goal, %lld progress entries and %lld "
                "check-ins in the vault\n",
        static_cast<long long>(story.goals.size()), progressRows, static_cast<long long>(story.progress.size()),
        static_cast<long long>(story.checkIns.size()));
    bench::report(QStringLiteral("open Goals"), openMs, "ms", QStringLiteral("target <= 50 ms"));
    return 0;
}
