// SPDX-License-Identifier: GPL-3.0-or-later
// carecircle-cli's contract, through the real executable: commands, stdin-only secrets,
// exit statuses, damage reporting, and that nothing readable reaches the vault folder.
#include "crypto/random.h"
#include "demo/demovault.h"
#include "protocol/recoverykey.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QByteArray &stdinText = {})
{
    QProcess p;
    p.start(QStringLiteral(CARECIRCLE_CLI), args);
    p.waitForStarted();
    p.write(stdinText);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

QByteArray demoPassphraseLine()
{
    return cc::demo::demovault::passphrase().toUtf8() + '\n';
}

QByteArray folderBytes(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QString recoveryKeyIn(const QString &output)
{
    static const QRegularExpression key(QStringLiteral("\\b([0-9A-Z]{4}(-[0-9A-Z]{4}){6})\\b"));
    return key.match(output).captured(1);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_demo;
    QString m_demoRecovery;

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = m_root.filePath(QStringLiteral("demo"));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--vault"), m_demo});
        QCOMPARE(r.exitCode, 0);
        m_demoRecovery = recoveryKeyIn(r.out);
        QVERIFY(!m_demoRecovery.isEmpty());
    }

    void statsPrintsOneLinePerKind()
    {
        const Run r = cli({QStringLiteral("stats"), QStringLiteral("--vault"), m_demo}, demoPassphraseLine());
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY(lines.contains(QStringLiteral("goal: 3")));
        QVERIFY(lines.contains(QStringLiteral("check_in: 16"))); // 12 of Maria's, 4 of Els's own
        QVERIFY(lines.contains(QStringLiteral("profile: 1")));
        QVERIFY(lines.contains(QStringLiteral("care_plan: 1")));
        static const QRegularExpression shape(QStringLiteral("^[a-z_]+: \\d+$"));
        for (const QString &line : lines)
            QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
    }

    void recoveryKeyUnlocksLikeThePassphrase()
    {
        const Run r = cli({QStringLiteral("stats"), QStringLiteral("--vault"), m_demo}, m_demoRecovery.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("goal: 3")));
    }

    void wrongPassphraseExitsTwoWithOneLineAndChangesNothing()
    {
        const QByteArray before = folderBytes(m_demo);
        const Run r = cli({QStringLiteral("stats"), QStringLiteral("--vault"), m_demo}, "not the passphrase\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(!r.err.trimmed().isEmpty());
        QCOMPARE(folderBytes(m_demo), before);
        // A well-formed recovery key of another vault is exit 2 as well.
        const QString otherKey = cc::protocol::recoverykey::format(cc::crypto::randomSecret(16));
        const Run other = cli({QStringLiteral("verify"), QStringLiteral("--vault"), m_demo}, otherKey.toUtf8() + '\n');
        QCOMPARE(other.exitCode, 2);
        QCOMPARE(folderBytes(m_demo), before);
    }

    void secretsAreNeverTakenFromArguments()
    {
        const Run r =
            cli({QStringLiteral("stats"), QStringLiteral("--vault"), m_demo, cc::demo::demovault::passphrase()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("standard input")));
    }

    void missingInputOrVaultIsAClearError()
    {
        QCOMPARE(cli({QStringLiteral("stats"), QStringLiteral("--vault"), m_demo}).exitCode, 1);
        const Run none =
            cli({QStringLiteral("stats"), QStringLiteral("--vault"), m_root.filePath(QStringLiteral("none"))}, "x\n");
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(QStringLiteral("no vault")));
        QCOMPARE(cli({QStringLiteral("stats")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("frobnicate"), QStringLiteral("--vault"), m_demo}).exitCode, 1);
    }

    void demoRecordsGrowsTheStoryToExactlyThatManyRecordsTheSameEachTime()
    {
        const auto statsOf = [](const QString &dir) {
            const Run r = cli({QStringLiteral("stats"), QStringLiteral("--vault"), dir}, demoPassphraseLine());
            QMap<QString, int> counts;
            for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                counts.insert(line.section(QLatin1String(": "), 0, 0), line.section(QLatin1String(": "), 1).toInt());
            return counts;
        };
        const QString first = m_root.filePath(QStringLiteral("grown1"));
        const QString second = m_root.filePath(QStringLiteral("grown2"));
        for (const QString &dir : {first, second}) {
            const Run r = cli({QStringLiteral("demo"), QStringLiteral("--vault"), dir, QStringLiteral("--records"),
                QStringLiteral("3000")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(!recoveryKeyIn(r.out).isEmpty());
        }
        const QMap<QString, int> counts = statsOf(first);
        int total = 0;
        for (int n : counts)
            total += n;
        QCOMPARE(total, 3000);
        // The story's own records, and years of history before them.
        QCOMPARE(counts.value(QStringLiteral("goal")), 3);
        QCOMPARE(counts.value(QStringLiteral("activity")), 6);
        QVERIFY(counts.value(QStringLiteral("check_in")) > 365); // daily, for more than a year
        QVERIFY(counts.value(QStringLiteral("progress")) > 1000);
        QVERIFY(counts.value(QStringLiteral("comment")) > 100);
        QCOMPARE(statsOf(second), counts);
    }

    void demoCareTeamHoldsEachPatientsGrownStory()
    {
        const QString dir = m_root.filePath(QStringLiteral("team"));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--care-team"), QStringLiteral("--vault"), dir,
            QStringLiteral("--patients"), QStringLiteral("4"), QStringLiteral("--records"), QStringLiteral("1500")});
        QCOMPARE(r.exitCode, 0);
        const Run stats = cli({QStringLiteral("stats"), QStringLiteral("--vault"), dir}, demoPassphraseLine());
        QCOMPARE(stats.exitCode, 0);
        QMap<QString, int> counts;
        for (const QString &line : stats.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            counts.insert(line.section(QLatin1String(": "), 0, 0), line.section(QLatin1String(": "), 1).toInt());
        QCOMPARE(counts.value(QStringLiteral("space_info")), 4); // one shared space per patient
        QCOMPARE(counts.value(QStringLiteral("goal")), 4 * 3);
        // Each patient's 1500 records, less her profile and plan (stats shows one of each), and
        // the GP's reply to Maria.
        int listed = 0;
        for (const char *kind : {"care_team_member", "goal", "activity", "progress", "check_in", "comment"})
            listed += counts.value(QString::fromLatin1(kind));
        QCOMPARE(listed, 4 * (1500 - 2) + 1);
    }

    void demoRefusesABadCount()
    {
        for (const char *bad : {"0", "-5", "many"}) {
            const QString dir = m_root.filePath(QStringLiteral("bad"));
            const Run r = cli({QStringLiteral("demo"), QStringLiteral("--vault"), dir, QStringLiteral("--records"),
                QString::fromLatin1(bad)});
            QCOMPARE(r.exitCode, 1);
            QVERIFY(r.err.contains(QStringLiteral("--records")));
            QVERIFY(!QFile::exists(dir + QStringLiteral("/vault.db")));
        }
        const Run help = cli({QStringLiteral("demo"), QStringLiteral("--help")});
        QVERIFY(help.out.contains(QStringLiteral("[--records N]")));
        QVERIFY(help.out.contains(QStringLiteral("[--care-team]")));
    }

    void everyCommandHasHelp()
    {
        for (const char *command :
            {"init", "demo", "stats", "verify", "passwd", "spaces", "space-create", "move", "list"}) {
            const Run r = cli({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains(QStringLiteral("--vault")));
        }
        QCOMPARE(cli({QStringLiteral("--help")}).exitCode, 0);
    }

    void initRefusesAWeakPassphraseAndPrintsTheRecoveryKeyOnce()
    {
        const QString dir = m_root.filePath(QStringLiteral("init"));
        const Run weak = cli({QStringLiteral("init"), QStringLiteral("--vault"), dir}, "secret\n");
        QCOMPARE(weak.exitCode, 1);
        QVERIFY(!QFile::exists(dir + QStringLiteral("/vault.db")));

        const Run r =
            cli({QStringLiteral("init"), QStringLiteral("--vault"), dir}, "violet tram past the old belfry\n");
        QCOMPARE(r.exitCode, 0);
        const QString recovery = recoveryKeyIn(r.out);
        QVERIFY(!recovery.isEmpty());
        QCOMPARE(r.out.count(recovery), 1);
        const Run stats = cli({QStringLiteral("stats"), QStringLiteral("--vault"), dir}, recovery.toUtf8() + '\n');
        QCOMPARE(stats.exitCode, 0);
        QVERIFY(stats.out.contains(QStringLiteral("goal: 0")));
        QCOMPARE(
            cli({QStringLiteral("init"), QStringLiteral("--vault"), dir}, "violet tram past the old belfry\n").exitCode,
            1);
    }

    void passwdReplacesThePassphrase()
    {
        const QString dir = m_root.filePath(QStringLiteral("passwd"));
        QCOMPARE(
            cli({QStringLiteral("init"), QStringLiteral("--vault"), dir}, "first long passphrase here\n").exitCode, 0);
        const Run wrong = cli(
            {QStringLiteral("passwd"), QStringLiteral("--vault"), dir}, "not it at all\nsecond long passphrase here\n");
        QCOMPARE(wrong.exitCode, 2);
        const Run r = cli({QStringLiteral("passwd"), QStringLiteral("--vault"), dir},
            "first long passphrase here\nsecond long passphrase here\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            cli({QStringLiteral("stats"), QStringLiteral("--vault"), dir}, "first long passphrase here\n").exitCode, 2);
        QCOMPARE(
            cli({QStringLiteral("stats"), QStringLiteral("--vault"), dir}, "second long passphrase here\n").exitCode,
            0);
    }

    void verifyNamesTheDamagedRecordAndTheRestStillOpen()
    {
        const QString dir = m_root.filePath(QStringLiteral("damaged"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--vault"), dir}).exitCode, 0);
        QByteArray damagedId;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(dir + QStringLiteral("/vault.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT record_id, sealed FROM records LIMIT 1 OFFSET 7")) && q.next());
            damagedId = q.value(0).toByteArray();
            QByteArray sealed = q.value(1).toByteArray();
            sealed[sealed.size() - 40] = char(sealed[sealed.size() - 40] ^ 0x20); // one byte of ciphertext
            QSqlQuery u(db);
            u.prepare(QStringLiteral("UPDATE records SET sealed = :s WHERE record_id = :id"));
            u.bindValue(QStringLiteral(":s"), sealed);
            u.bindValue(QStringLiteral(":id"), damagedId);
            QVERIFY(u.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));

        const Run verify = cli({QStringLiteral("verify"), QStringLiteral("--vault"), dir}, demoPassphraseLine());
        QCOMPARE(verify.exitCode, 3);
        const QStringList damagedLines = verify.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(damagedLines.size(), 1);
        QVERIFY(damagedLines.first().contains(QString::fromLatin1(damagedId.toHex())));
        QVERIFY(damagedLines.first().contains(QStringLiteral("space")));

        const Run stats = cli({QStringLiteral("stats"), QStringLiteral("--vault"), dir}, demoPassphraseLine());
        QCOMPARE(stats.exitCode, 3);
        QVERIFY(stats.out.contains(QStringLiteral("goal:"))); // the rest still opens and is counted
    }

    void spacesCanBeMadeListedAndRecordsMovedAsInTheApp()
    {
        const QString dir = m_root.filePath(QStringLiteral("spaces"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--vault"), dir}).exitCode, 0);
        auto run = [&](QStringList args) {
            args.insert(1, QStringLiteral("--vault"));
            args.insert(2, dir);
            return cli(args, demoPassphraseLine());
        };
        auto linesOf = [](const QString &out) { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); };
        static const QRegularExpression id(QStringLiteral("^[0-9a-f]{32}$"));

        // Record ids with a short label: one tab-separated line per goal.
        Run goals = run({QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("goal")});
        QCOMPARE(goals.exitCode, 0);
        QCOMPARE(linesOf(goals.out).size(), 3);
        for (const QString &line : linesOf(goals.out)) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 4);
            QVERIFY2(id.match(fields[0]).hasMatch(), qPrintable(line));
            QCOMPARE(fields[2], QStringLiteral("Private"));
            QVERIFY(!fields[3].isEmpty());
        }
        const QString goalId = linesOf(goals.out).first().section(QLatin1Char('\t'), 0, 0);
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("diagnosis")}).exitCode, 1);

        // A new own space; the same name again (in any case) is refused, as in the app.
        const Run created = run({QStringLiteral("space-create"), QStringLiteral("--name"), QStringLiteral("Family")});
        QCOMPARE(created.exitCode, 0);
        const QString spaceId = created.out.trimmed();
        QVERIFY2(id.match(spaceId).hasMatch(), qPrintable(created.out));
        const Run twice = run({QStringLiteral("space-create"), QStringLiteral("--name"), QStringLiteral("family")});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains(QStringLiteral("“family”")), qPrintable(twice.err));
        QCOMPARE(
            run({QStringLiteral("space-create"), QStringLiteral("--name"), QString(61, QLatin1Char('x'))}).exitCode, 1);

        const Run spaces = run({QStringLiteral("spaces")});
        QCOMPARE(spaces.exitCode, 0);
        QVERIFY2(linesOf(spaces.out).contains(spaceId + QStringLiteral("\t1\towner\tFamily")), qPrintable(spaces.out));
        QVERIFY(spaces.out.contains(QStringLiteral("\t1\towner\tPrivate")));

        // Moving a goal shows in 'list'; its progress entries go along; and back again.
        const int progressBefore =
            int(run({QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("progress")})
                    .out.count(QStringLiteral("\tFamily\t")));
        QCOMPARE(progressBefore, 0);
        const Run moved = run({QStringLiteral("move"), QStringLiteral("--record"), goalId, QStringLiteral("--space"),
            QStringLiteral("Family")});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        goals = run({QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("goal")});
        QVERIFY2(goals.out.contains(goalId + QLatin1Char('\t')), qPrintable(goals.out));
        for (const QString &line : linesOf(goals.out))
            QCOMPARE(line.section(QLatin1Char('\t'), 2, 2),
                line.startsWith(goalId) ? QStringLiteral("Family") : QStringLiteral("Private"));
        QVERIFY(run({QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("progress")})
                    .out.contains(QStringLiteral("\tFamily\t")));
        QCOMPARE(run({QStringLiteral("move"), QStringLiteral("--record"), goalId, QStringLiteral("--space"),
                         QStringLiteral("Private")})
                     .exitCode,
            0);
        QVERIFY(!run({QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("goal")})
                     .out.contains(QStringLiteral("\tFamily\t")));
        // Unknown space or record: a clear error, nothing moved.
        QCOMPARE(run({QStringLiteral("move"), QStringLiteral("--record"), goalId, QStringLiteral("--space"),
                         QStringLiteral("Nobody")})
                     .exitCode,
            1);
        QCOMPARE(run({QStringLiteral("move"), QStringLiteral("--record"), QString(32, QLatin1Char('0')),
                         QStringLiteral("--space"), QStringLiteral("Family")})
                     .exitCode,
            1);
    }

    void noDemoTextPassphraseOrKeyIsReadableInTheVaultFolder()
    {
        const QByteArray all = folderBytes(m_demo);
        QVERIFY(all.size() > 10000);
        const QList<QByteArray> secrets = {
            "Maria",
            "Peeters",
            "zaterdagmarkt",
            "Mechelen",
            "Claes",
            "Wouters",
            "insuline",
            "Zorgplan",
            cc::demo::demovault::passphrase().toUtf8(),
            m_demoRecovery.toLatin1(),
            m_demoRecovery.toLatin1().replace("-", ""),
        };
        for (const QByteArray &s : secrets) {
            QVERIFY2(!all.contains(s), s.constData());
            QVERIFY2(!all.contains(QString::fromUtf8(s).toUtf8().toLower()), s.constData());
            // UTF-16 too, in case a layer ever stored QString bytes.
            const QString text = QString::fromUtf8(s);
            const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
            QVERIFY2(!all.contains(utf16), s.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
