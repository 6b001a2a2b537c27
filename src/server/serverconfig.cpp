// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverconfig.h"

#include <QUrl>

namespace cc::server {

namespace {

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    QHostAddress a;
    if (host == u"localhost")
        a = QHostAddress::LocalHost;
    else if (host == u"*" || host == u"0.0.0.0")
        a = QHostAddress::Any;
    else if (!a.setAddress(host))
        return false;
    *address = a;
    *port = quint16(p);
    return true;
}

bool parseSize(const QString &text, qint64 *out)
{
    QString t = text.trimmed().toLower();
    qint64 factor = 1;
    if (t.endsWith(u"kib") || t.endsWith(u"mib")) {
        factor = t.endsWith(u"kib") ? 1024 : 1024 * 1024;
        t.chop(3);
    }
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    if (!ok || v <= 0)
        return false;
    *out = v * factor;
    return true;
}

} // namespace

QString ServerConfig::helpText()
{
    return QStringLiteral("Usage: carecircle-server --data DIR [options]\n"
                          "The CareCircle relay server: stores sealed records, never opens them.\n\n"
                          "  --data DIR               state directory (SQLite database); required without --database\n"
                          "  --listen HOST:PORT       address to listen on (default 127.0.0.1:8443; port 0 picks a\n"
                          "                           free port and prints \"listening on HOST:PORT\" on stdout)\n"
                          "  --database URL           postgresql://user[:password]@host:port/dbname instead of SQLite\n"
                          "  --tls-cert FILE          PEM certificate (chain) for HTTPS/WSS\n"
                          "  --tls-key FILE           PEM private key for --tls-cert\n"
                          "  --max-body BYTES         request body limit (default 8MiB; suffixes KiB, MiB)\n"
                          "  --max-buffered BYTES     unread request bytes of all connections together (default\n"
                          "                           16MiB, at least one whole request); past it: 503\n"
                          "  --rate-limit N/s         requests per second per client address (default 50/s)\n"
                          "  --link-expiry SECONDS    device link mailbox lifetime (default 300)\n"
                          "  --session-expiry SECONDS session token lifetime (default 3600)\n"
                          "  --challenge-expiry SECONDS login challenge lifetime (default 60)\n"
                          "  --hint-auth-timeout SECONDS time a hint socket has to authenticate (default 10)\n"
                          "  --header-timeout SECONDS time for a request's headers to arrive (default 10)\n"
                          "  --idle-timeout SECONDS   an HTTP connection silent this long is closed (default 60)\n"
                          "  --accounts-per-hour N    new accounts per client address and hour (default 20)\n"
                          "  --shutdown-grace SECONDS after SIGTERM, time for answers in flight to leave (default 1)\n"
                          "  --record-signatures check|trust  verify every pushed record's signature (default\n"
                          "                           check), or trust the session for authorship and leave the\n"
                          "                           check to the clients (see docs/sync-protocol.md)\n"
                          "  --help                   this text\n");
}

std::optional<ServerConfig> ServerConfig::parse(const QStringList &arguments, QString *error, bool *helpShown)
{
    ServerConfig c;
    *helpShown = false;
    auto fail = [error](const QString &message) {
        *error = message;
        return std::optional<ServerConfig>();
    };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--help" || arg == u"-h") {
            *helpShown = true;
            return c;
        }
        if (i + 1 >= arguments.size())
            return fail(QStringLiteral("Option %1 needs a value (or is unknown); see --help.").arg(arg));
        const QString value = arguments.at(++i);
        if (arg == u"--data") {
            c.dataDir = value;
        } else if (arg == u"--listen") {
            if (!parseListen(value, &c.listenAddress, &c.listenPort))
                return fail(QStringLiteral("--listen wants HOST:PORT, e.g. 127.0.0.1:8443."));
        } else if (arg == u"--database") {
            const QUrl url(value);
            if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres")
                || url.path().size() < 2)
                return fail(QStringLiteral("--database wants postgresql://user@host:port/dbname."));
            c.databaseUrl = value;
        } else if (arg == u"--tls-cert") {
            c.tlsCert = value;
        } else if (arg == u"--tls-key") {
            c.tlsKey = value;
        } else if (arg == u"--max-body") {
            if (!parseSize(value, &c.maxBody))
                return fail(QStringLiteral("--max-body wants a positive number of bytes."));
        } else if (arg == u"--max-buffered") {
            if (!parseSize(value, &c.maxBuffered))
                return fail(QStringLiteral("--max-buffered wants a positive number of bytes."));
        } else if (arg == u"--rate-limit") {
            QString v = value;
            if (v.endsWith(u"/s"))
                v.chop(2);
            bool ok = false;
            c.rateLimit = v.toDouble(&ok);
            if (!ok || c.rateLimit <= 0)
                return fail(QStringLiteral("--rate-limit wants requests per second, e.g. 50/s."));
        } else if (arg == u"--record-signatures") {
            if (value != u"check" && value != u"trust")
                return fail(QStringLiteral("--record-signatures wants check or trust."));
            c.verifyRecordSignatures = value == u"check";
        } else if (arg == u"--accounts-per-hour") {
            bool ok = false;
            c.accountsPerHour = value.toInt(&ok);
            if (!ok || c.accountsPerHour <= 0)
                return fail(QStringLiteral("--accounts-per-hour wants a positive number."));
        } else if (int *seconds = arg == u"--link-expiry" ? &c.linkExpirySeconds
                : arg == u"--session-expiry"              ? &c.sessionSeconds
                : arg == u"--challenge-expiry"            ? &c.challengeSeconds
                : arg == u"--hint-auth-timeout"           ? &c.hintAuthSeconds
                : arg == u"--shutdown-grace"              ? &c.shutdownGraceSeconds
                : arg == u"--header-timeout"              ? &c.headerTimeoutSeconds
                : arg == u"--idle-timeout"                ? &c.idleTimeoutSeconds
                                                          : nullptr) {
            bool ok = false;
            *seconds = value.toInt(&ok);
            if (!ok || *seconds <= 0)
                return fail(QStringLiteral("%1 wants a positive number of seconds.").arg(arg));
        } else {
            return fail(QStringLiteral("Unknown option %1; see --help.").arg(arg));
        }
    }
    if (c.dataDir.isEmpty() && c.databaseUrl.isEmpty())
        return fail(QStringLiteral("Give --data DIR (SQLite) or --database URL (PostgreSQL); see --help."));
    if (c.tlsCert.isEmpty() != c.tlsKey.isEmpty())
        return fail(QStringLiteral("--tls-cert and --tls-key go together."));
    return c;
}

} // namespace cc::server
