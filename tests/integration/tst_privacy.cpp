// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing a person enters, and no key or passphrase, shows up in the app's settings, in
// what it prints (its log), or in any file it leaves behind. The app's own self-test is the
// workload: it creates a vault with a passphrase, fills it with the demo story, unlocks it
// and opens every page.
#include "demo/demovault.h"

#include <QDirIterator>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsLogsAndLeftoversHoldNoHealthDataOrSecrets()
    {
        QTemporaryDir root;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("TMPDIR"), root.filePath(QStringLiteral("tmp")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")); // everything Qt would log
        QDir(root.path()).mkpath(QStringLiteral("tmp"));

        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(CARECIRCLE_APP), {QStringLiteral("--self-test")});
        QVERIFY(app.waitForFinished(120000));
        const QByteArray log = app.readAllStandardOutput() + app.readAllStandardError();
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(log.contains("self-test: page home")); // it really walked the app

        // Make sure settings were written at all, so the scan below means something.
        QByteArray files;
        int settingsFiles = 0;
        QDirIterator it(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.fileName().endsWith(QLatin1String(".conf")))
                ++settingsFiles;
            if (f.open(QIODevice::ReadOnly))
                files += f.readAll();
        }
        QVERIFY(settingsFiles >= 1);

        const QString passphrase = cc::demo::demovault::passphrase();
        const QList<QByteArray> secrets = {
            passphrase.toUtf8(),
            "Maria",
            "Peeters",
            "zaterdagmarkt",
            "Grote Markt",
            "kleinkinderen",
            "insuline",
            "Claes",
            "Wouters",
            "Janssens",
            "El Amrani",
            "Zorgplan",
        };
        for (const QByteArray &s : secrets) {
            QVERIFY2(!log.contains(s), s.constData());
            QVERIFY2(!files.contains(s), s.constData());
        }
        // A recovery key has the shape XXXX-XXXX-…: none may be printed or left behind.
        static const QRegularExpression recoveryKey(QStringLiteral("\\b[0-9A-Z]{4}(-[0-9A-Z]{4}){6}\\b"));
        QVERIFY(!recoveryKey.match(QString::fromUtf8(log)).hasMatch());
        QVERIFY(!recoveryKey.match(QString::fromLatin1(files)).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
