// SPDX-License-Identifier: GPL-3.0-or-later
// Killing the process in the middle of a stream of writes loses at most the write that was
// not yet committed, and the vault still opens whole.
#include "vault/vault.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class TestVaultCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesAtMostTheUncommittedWrite()
    {
        QTemporaryDir dir;
        for (int round = 0; round < 3; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(VAULT_WRITER), {dir.path(), QStringLiteral("crash test passphrase")});
            QVERIFY(writer.waitForStarted());
            int lastCommitted = 0;
            // Let it write for a while, reading its acknowledgements, then kill it mid-stream.
            const int stopAfter = 150 + round * 97;
            while (lastCommitted < stopAfter) {
                QVERIFY(writer.waitForReadyRead(10000));
                while (writer.canReadLine()) {
                    const QByteArray line = writer.readLine().trimmed();
                    if (line.startsWith("committed "))
                        lastCommitted = line.mid(10).toInt();
                }
            }
            writer.kill(); // SIGKILL: no destructors, no clean close
            writer.waitForFinished();
            // Whatever it printed after our last read was also committed.
            while (writer.canReadLine()) {
                const QByteArray line = writer.readLine().trimmed();
                if (line.startsWith("committed "))
                    lastCommitted = line.mid(10).toInt();
            }

            auto vault = vault::Vault::open(dir.path());
            QVERIFY2(vault.ok(), qPrintable(vault.error().message));
            QVERIFY((*vault)->unlockWithPassphrase(crypto::SecureBuffer::copyOf("crash test passphrase")).ok());
            auto contents = (*vault)->readAll();
            QVERIFY(contents.ok());
            QVERIFY(contents->damaged.isEmpty());
            static int totalBefore = 0;
            const int count = int(contents->records.size());
            // Every acknowledged write is there; at most one more (committed, not yet printed).
            QVERIFY2(count >= totalBefore + lastCommitted, qPrintable(QString::number(count)));
            QVERIFY2(count <= totalBefore + lastCommitted + 1, qPrintable(QString::number(count)));
            totalBefore = count;
        }
    }
};

QTEST_GUILESS_MAIN(TestVaultCrash)
#include "tst_vaultcrash.moc"
