// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/securebuffer.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

/**
 * What the libFuzzer targets of tests/fuzz share: the input as Qt bytes, a fixed key per
 * role (the same on every run, so that the checked-in seeds open), and an oracle check that
 * aborts — libFuzzer then saves the input as a crash, like any sanitizer finding.
 */
namespace cc::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/** An oracle's verdict: a parser answered something that cannot be right. */
inline void check(bool holds, const char *what)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz oracle failed: %s\n", what);
        std::abort();
    }
}

/** @p size bytes that depend only on @p seed: a key the seed generator used too. */
inline crypto::SecureBuffer fixedSecret(std::size_t size, char seed)
{
    QByteArray raw(qsizetype(size), seed);
    for (qsizetype i = 0; i < raw.size(); ++i)
        raw[i] = char(seed + 31 * i);
    return crypto::SecureBuffer::takeFrom(raw);
}

/** The first byte of the input, as a mode switch; the rest is the payload. */
inline quint8 mode(const QByteArray &input)
{
    return input.isEmpty() ? 0 : quint8(input.at(0));
}

/** A QCoreApplication, for what needs one (timers, sockets). Once per process. */
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "carecircle-fuzz";
    static char *argv[] = {name, nullptr};
    static auto *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

} // namespace cc::fuzz
