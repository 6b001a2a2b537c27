// SPDX-License-Identifier: GPL-3.0-or-later
// The baselines for the memory benchmark, shown and rendered, then their resident memory
// printed as "rss_kib: N" with its parts:
// - empty_quick_window without arguments: an empty Qt Quick window;
// - empty_quick_window --controls: an empty Qt Quick Controls window of the style the app
//   uses (Basic) showing one label: the least an app built on Qt Quick Controls maps and
//   allocates;
// - stack_floor_window (this file built with CARECIRCLE_STACK_FLOOR, linked with what
//   CareCircle's stack requires): that window, its label in a Qt Quick Layouts layout, in a
//   process that has also used OpenSSL 3 through src/crypto (an X25519 key pair, HKDF, one
//   AES-256-GCM seal and open), SQLite through Qt SQL (a database file with one table, one
//   row written and read back) and Qt WebSockets (a socket made): the floor under any app on
//   this stack, before its own code, pages and data. Built apart, so that the two baselines
//   above map none of it.
#include "common/residentmemory.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

#include <memory>

#if defined(CARECIRCLE_STACK_FLOOR)
#include "crypto/aead.h"
#include "crypto/hkdf.h"
#include "crypto/keypair.h"
#include "crypto/random.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QWebSocket>

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

/** Uses what every app on CareCircle's stack uses besides Qt Quick Controls. */
bool useTheStack()
{
    QTemporaryDir dir;
    QWebSocket socket; // Qt WebSockets, as the sync engine links it
    return dir.isValid() && useOpenSsl() && useSqlite(dir.filePath(QStringLiteral("floor.db")));
}

} // namespace
#endif

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    std::unique_ptr<QQuickWindow> window;
    std::unique_ptr<QQmlApplicationEngine> engine;
#if defined(CARECIRCLE_STACK_FLOOR)
    if (!useTheStack())
        return 1;
    const bool controls = true;
#else
    const bool controls = QCoreApplication::arguments().contains(QStringLiteral("--controls"));
#endif
    if (controls) {
        engine = std::make_unique<QQmlApplicationEngine>();
#if defined(CARECIRCLE_STACK_FLOOR)
        // Qt Quick Layouts too: every page of the app is laid out with it.
        engine->loadData(QByteArrayLiteral("import QtQuick\n"
                                           "import QtQuick.Controls.Basic\n"
                                           "import QtQuick.Layouts\n"
                                           "ApplicationWindow { visible: true; width: 390; height: 844\n"
                                           "    ColumnLayout { Label { text: \"CareCircle\" } } }\n"));
#else
        engine->loadData(QByteArrayLiteral("import QtQuick\n"
                                           "import QtQuick.Controls.Basic\n"
                                           "ApplicationWindow { visible: true; width: 390; height: 844\n"
                                           "    Label { text: \"CareCircle\" } }\n"));
#endif
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
