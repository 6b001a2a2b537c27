// SPDX-License-Identifier: GPL-3.0-or-later
// carecircle-server: the relay of sealed records (docs/server.md, docs/sync-protocol.md).
#include "logger.h"
#include "relayserver.h"
#include "serverconfig.h"
#include "signalwatcher.h"

#include <QCoreApplication>

#include <cstdlib>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <cstdio>

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // Request buffers of up to --max-body come and go with connections. glibc's dynamic mmap
    // threshold would otherwise move even the largest onto the heap once the first one is
    // freed, where freed memory mostly stays resident: a fixed threshold gives those back to
    // the system. Below it, the buffers of an ordinary push (a few hundred KiB, each copied
    // several times on its way in) are reused from the heap, and up to TrimThreshold of free
    // heap top is kept for them: mapped afresh per request they cost a page fault per 4 KiB,
    // a third of the time a push body took to arrive.
    constexpr int MmapThreshold = 1024 * 1024;
    constexpr int TrimThreshold = 8 * 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, MmapThreshold);
    mallopt(M_TRIM_THRESHOLD, TrimThreshold);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("carecircle-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARECIRCLE_VERSION));
    using namespace cc::server;

    QString error;
    bool help = false;
    const auto config = ServerConfig::parse(QCoreApplication::arguments(), &error, &help);
    if (help) {
        std::fputs(qUtf8Printable(ServerConfig::helpText()), stdout);
        return 0;
    }
    if (!config) {
        std::fprintf(stderr, "carecircle-server: %s\n", qUtf8Printable(error));
        return 64;
    }
    Logger::install();
    SignalWatcher watcher;
    RelayServer server(*config);
    const auto port = server.start();
    if (!port) {
        Logger::error(QStringLiteral("start_failed"), {{QStringLiteral("message"), port.error().message}});
        std::fprintf(stderr, "carecircle-server: %s\n", qUtf8Printable(port.error().message));
        return 1;
    }
    std::printf("listening on %s:%u\n", qUtf8Printable(config->listenAddress.toString()), unsigned(*port));
    std::fflush(stdout);
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &server, [&server](int number) {
        Logger::info(QStringLiteral("signal"), {{QStringLiteral("signal"), number}});
        server.shutdown();
    });
    QObject::connect(&server, &RelayServer::finished, &app, [] { QCoreApplication::exit(0); });
    return QCoreApplication::exec();
}
