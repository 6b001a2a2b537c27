// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's HTTP framing guard (server::RequestGuard, src/server/requestguard.cpp), the
// first code that reads what anyone on the network sends. The input is the byte stream of
// one connection; byte 0 sets how it is split into writes (1–255 bytes, at most 64 writes; 0: one write),
// since the guard must hold however a client splits its requests. The guard watches a real
// socket (one end of a socketpair), read by a stand-in for Qt HttpServer that takes
// everything, with small limits so that the fuzzer reaches them.
// Oracles: at most one answer, and only 400, 413 or 431; a request head longer than the
// header limit is always answered 431.
#include "fuzzsupport.h"
#include "server/httpadapter.h"
#include "server/requestguard.h"

#include <QTcpSocket>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace cc;
using namespace cc::server;

namespace {

constexpr ConnectionLimits Limits {64, 256, 60 * 1000, 60 * 1000};

/** Whether the stream's first request head (after blank lines) is over the header limit. */
bool headTooLong(const QByteArray &stream)
{
    qsizetype start = 0;
    while (start < stream.size() && (stream.at(start) == '\r' || stream.at(start) == '\n'))
        ++start;
    const QByteArray head = stream.mid(start);
    qsizetype end = head.size() + 1;
    if (const qsizetype crlf = head.indexOf("\r\n\r\n"); crlf >= 0)
        end = crlf + 4;
    if (const qsizetype lf = head.indexOf("\n\n"); lf >= 0)
        end = std::min(end, lf + 2);
    return end > Limits.maxHeaderBytes && head.size() > Limits.maxHeaderBytes;
}

QByteArray readAnswer(int fd)
{
    QByteArray answer;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
        answer.append(buffer, n);
    return answer;
}

void feed(QTcpSocket &socket, int peer, const QByteArray &stream, qsizetype piece)
{
    for (qsizetype at = 0; at < stream.size() && socket.state() == QAbstractSocket::ConnectedState; at += piece) {
        const QByteArray part = stream.mid(at, piece);
        if (::write(peer, part.constData(), std::size_t(part.size())) != part.size())
            return;
        // Reads what is there and emits readyRead: the guard, then the stand-in for Qt.
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(0)) { }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QByteArray stream = input.mid(1);
    // At most 64 writes per input: enough to split heads, chunk lines and bodies anywhere,
    // few enough that long inputs do not cost thousands of system calls.
    const qsizetype piece = fuzz::mode(input) == 0 ? std::max<qsizetype>(1, stream.size())
                                                   : std::max<qsizetype>(fuzz::mode(input), stream.size() / 64 + 1);
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) != 0)
        return 0;
    ::fcntl(fds[1], F_SETFL, O_NONBLOCK);
    RequestGuard::RejectHook hook;
    {
        QTcpSocket socket;
        fuzz::check(socket.setSocketDescriptor(fds[0]), "a socketpair end is a stream socket");
        new RequestGuard(&socket, Limits, &hook);
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&socket] { socket.readAll(); });
        feed(socket, fds[1], stream, piece);
        const QByteArray answer = readAnswer(fds[1]);
        if (!answer.isEmpty()) {
            fuzz::check(answer.startsWith("HTTP/1.1 400 ") || answer.startsWith("HTTP/1.1 413 ")
                    || answer.startsWith("HTTP/1.1 431 "),
                "the guard answers only 400, 413 or 431");
            fuzz::check(answer.indexOf("HTTP/1.1", 1) < 0, "the guard answers at most once");
        }
        if (headTooLong(stream))
            fuzz::check(answer.startsWith("HTTP/1.1 431 "), "an over-long request head is answered 431");
        socket.abort();
    }
    ::close(fds[1]);
    return 0;
}
