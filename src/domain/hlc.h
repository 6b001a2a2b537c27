// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCborValue>

#include <compare>
#include <functional>

namespace cc::domain {

/**
 * A hybrid logical clock stamp (DESIGN.md §6): wall-clock milliseconds (48 bits), a
 * counter (16 bits) that orders events within one millisecond or while the wall clock
 * lags, and the 16-byte id of the device that made it. Stamps are totally ordered by
 * (ms, counter, device), so two devices always agree which of two edits is newer.
 *
 * Persisted as a 24-byte CBOR byte string: ms (6 bytes big-endian), counter (2 bytes
 * big-endian), device id (16 bytes). Byte-wise comparison of that encoding gives the
 * same order as operator<=>.
 */
struct Hlc {
    static constexpr qint64 MaxMs = (qint64(1) << 48) - 1;
    static constexpr qsizetype DeviceIdSize = 16;
    static constexpr qsizetype EncodedSize = 6 + 2 + DeviceIdSize;

    qint64 ms = 0;
    quint16 counter = 0;
    QByteArray device;

    /** A default-constructed stamp: older than every real stamp, and not valid. */
    bool isNull() const { return ms == 0 && counter == 0 && device.isEmpty(); }
    /** ms within 48 bits and a 16-byte device id. */
    bool isValid() const;

    QByteArray toBytes() const;
    static Result<Hlc> fromBytes(QByteArrayView bytes);
    QCborValue toCbor() const { return QCborValue(toBytes()); }
    /** Rejects anything but a valid 24-byte byte string with InvalidInput. */
    static Result<Hlc> fromCbor(const QCborValue &value);

    friend std::strong_ordering operator<=>(const Hlc &a, const Hlc &b);
    friend bool operator==(const Hlc &a, const Hlc &b)
    {
        return a.ms == b.ms && a.counter == b.counter && a.device == b.device;
    }
};

/**
 * Issues stamps for one device. now() is strictly increasing; observe() moves the clock
 * past a stamp received from another device so that later local edits win over it.
 *
 * The wall clock is injectable (milliseconds since the epoch) so tests can stand still
 * or jump. Not thread-safe: one clock per store, used from its thread.
 */
class HlcClock
{
public:
    using WallClock = std::function<qint64()>;

    /** How far (ms) a remote stamp may be ahead of our wall clock before it is refused. */
    static constexpr qint64 MaxDriftMs = 60 * 1000;

    /** @p deviceId must be Hlc::DeviceIdSize bytes. By default the wall clock is the system's UTC clock. */
    explicit HlcClock(QByteArray deviceId, WallClock wallClock = {});

    /** A new stamp, greater than every stamp issued or observed before. */
    Hlc now();

    /**
     * Records a stamp received from elsewhere, so that the next now() is greater than it.
     * A stamp more than MaxDriftMs ahead of the local wall clock is refused with
     * InvalidInput and leaves the clock unchanged: a device with a clock set far in the
     * future would otherwise win every merge.
     */
    Status observe(const Hlc &remote);

    /** The clock's position (the greatest ms and counter issued or observed) with this
     *  device's id; null before the first now() or observe(). */
    Hlc last() const;
    const QByteArray &deviceId() const { return m_device; }

private:
    qint64 wallMs() const;

    QByteArray m_device;
    WallClock m_wall;
    qint64 m_ms = 0;
    quint16 m_counter = 0;
    bool m_started = false;
};

} // namespace cc::domain
