// SPDX-License-Identifier: GPL-3.0-or-later
// The baselines for the memory benchmark, shown and rendered, then their resident memory
// printed as "rss_kib: N" with its parts:
// - without arguments, an empty Qt Quick window;
// - with --controls, an empty Qt Quick Controls window of the style the app uses (Basic)
//   showing one label: the least an app built on Qt Quick Controls maps and allocates;
// - with --stack, that window in a process that has also used what CareCircle's stack
//   requires of every app built on it (OpenSSL 3 through src/crypto: an X25519 key pair,
//   HKDF and one AES-256-GCM seal and open; SQLite through Qt SQL: a database file with one
//   table, one row written and read back): the floor under any app on this stack, before
//   its own code, pages and data.
#include "common/residentmemory.h"
#include "crypto/aead.h"
#include "crypto/hkdf.h"
#include "crypto/keypair.h"
#include "crypto/random.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace {

/** Uses OpenSSL as the app's crypto layer does; false if any step failed. */
bool useOpenSsl()
{
    using namespace cc::crypto;
    const KeyPair mine = x25519::generate();
    const KeyPair theirs = x25519::generate();
    const cc::Result<SecureBuffer> shared = x25519::sharedSecret(mine.secretKey, theirs.publicKey);
    if (!shared)
        return false;
    const cc::Result<SecureBuffer> key = hkdfSha256(shared->view(), randomBytes(32), "floor", aead::KeySize);
    if (!key)
        return false;
    const QByteArray nonce = randomBytes(aead::NonceSize);
    const cc::Result<QByteArray> sealed = aead::seal(*key, nonce, "a record", "aad");
    if (!sealed)
        return false;
    const cc::Result<QByteArray> opened = aead::open(*key, nonce, *sealed, "aad");
    return opened && *opened == "a record";
}

/** Uses SQLite through Qt SQL as the vault does; false if any step failed. */
bool useSqlite(const QString &path)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        ok = db.open() && q.exec(QStringLiteral("CREATE TABLE t (id BLOB PRIMARY KEY, body BLOB)"))
            && q.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?)"));
        q.addBindValue(QByteArray("id"));
        q.addBindValue(QByteArray(256, 'x'));
        ok = ok && q.exec() && q.exec(QStringLiteral("SELECT body FROM t")) && q.next()
            && q.value(0).toByteArray().size() == 256;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floor"));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    std::unique_ptr<QQuickWindow> window;
    std::unique_ptr<QQmlApplicationEngine> engine;
    const QStringList arguments = QCoreApplication::arguments();
    const bool stack = arguments.contains(QStringLiteral("--stack"));
    QTemporaryDir dir;
    if (stack && (!dir.isValid() || !useOpenSsl() || !useSqlite(dir.filePath(QStringLiteral("floor.db")))))
        return 1;
    if (stack || arguments.contains(QStringLiteral("--controls"))) {
        engine = std::make_unique<QQmlApplicationEngine>();
        engine->loadData(QByteArrayLiteral("import QtQuick\n"
                                           "import QtQuick.Controls.Basic\n"
                                           "ApplicationWindow { visible: true; width: 390; height: 844\n"
                                           "    Label { text: \"CareCircle\" } }\n"));
        if (engine->rootObjects().isEmpty())
            return 1;
    } else {
        window = std::make_unique<QQuickWindow>();
        window->resize(390, 844);
        window->show();
    }
    QTimer::singleShot(500, &app, [] {
        cc::residentmemory::print();
        QCoreApplication::quit();
    });
    return app.exec();
}
