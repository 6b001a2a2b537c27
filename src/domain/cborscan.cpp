// SPDX-License-Identifier: GPL-3.0-or-later
#include "cborscan.h"

#include <QtGlobal>

#include <array>
#include <cstdint>

namespace cc::domain::cborscan {

namespace {

// RFC 8949 §3: an item's head is a byte of major type (top 3 bits) and additional
// information (low 5 bits), then 0, 1, 2, 4 or 8 bytes of argument.
enum Major : uint8_t { Unsigned = 0, Negative, Bytes, Text, Array, Map, Tag, Simple };
constexpr uint8_t Indefinite = 31;
constexpr uint8_t Break = 0xff;
constexpr uint8_t SimpleFalse = 20, SimpleTrue = 21, SimpleNull = 22;
constexpr uint8_t Half = 25, Single = 26, Double = 27;
// Deeper nesting than any caller asks for is refused whatever maxDepth says.
constexpr int DepthCap = 64;

class Scanner
{
public:
    explicit Scanner(QByteArrayView bytes)
        : m_at(reinterpret_cast<const uint8_t *>(bytes.data())), m_end(m_at + bytes.size())
    { }

    bool atEnd() const { return m_at == m_end; }
    uint64_t left() const { return uint64_t(m_end - m_at); }
    uint8_t peek() const { return *m_at; }
    uint8_t take() { return *m_at++; }

    /** The argument after a head with additional information @p info; false if malformed. */
    bool argument(uint8_t info, uint64_t &value)
    {
        if (info < 24) {
            value = info;
            return true;
        }
        if (info > Double)
            return false; // 28-30 are reserved; 31 (indefinite) is handled by the caller
        const int width = 1 << (info - 24);
        if (left() < uint64_t(width))
            return false;
        value = 0;
        for (int i = 0; i < width; ++i)
            value = (value << 8) | take();
        return true;
    }

    bool skip(uint64_t length)
    {
        if (length > left())
            return false;
        m_at += length;
        return true;
    }

    /** The rest of a string of @p major after an indefinite-length head: definite chunks of
     *  the same major type up to a break. */
    bool chunkedString(uint8_t major)
    {
        for (;;) {
            if (atEnd())
                return false;
            const uint8_t head = take();
            if (head == Break)
                return true;
            uint64_t length = 0;
            if ((head >> 5) != major || (head & 31) == Indefinite || !argument(head & 31, length) || !skip(length))
                return false;
        }
    }

    /** A simple value or float after its head: only false, true, null and finite floats. */
    bool simple(uint8_t info)
    {
        switch (info) {
        case SimpleFalse:
        case SimpleTrue:
        case SimpleNull:
            return true;
        case Half:
        case Single:
        case Double: {
            uint64_t bits = 0;
            if (!argument(info, bits))
                return false;
            // All exponent bits set: infinity or NaN.
            if (info == Half)
                return ((bits >> 10) & 0x1f) != 0x1f;
            if (info == Single)
                return ((bits >> 23) & 0xff) != 0xff;
            return ((bits >> 52) & 0x7ff) != 0x7ff;
        }
        default:
            return false;
        }
    }

private:
    const uint8_t *m_at;
    const uint8_t *m_end;
};

/** An open container: how many items it still holds, or, if indefinite, how many it held. */
struct Frame {
    uint64_t count = 0;
    bool indefinite = false;
    bool map = false;
};

} // namespace

bool isAcceptable(QByteArrayView bytes, int maxDepth)
{
    maxDepth = qBound(0, maxDepth, DepthCap);
    Scanner in(bytes);
    std::array<Frame, DepthCap> open;
    int depth = 0;
    bool started = false;
    for (;;) {
        // Close every container that is complete.
        while (depth > 0) {
            Frame &frame = open[size_t(depth - 1)];
            if (frame.indefinite) {
                if (in.atEnd())
                    return false;
                if (in.peek() != Break)
                    break;
                in.take();
                if (frame.map && frame.count % 2 != 0)
                    return false;
            } else if (frame.count > 0) {
                break;
            }
            --depth;
        }
        if (depth == 0 && started)
            return in.atEnd();
        if (in.atEnd())
            return false;
        started = true;
        if (depth > 0) {
            Frame &frame = open[size_t(depth - 1)];
            if (frame.indefinite)
                ++frame.count;
            else
                --frame.count;
        }

        const uint8_t head = in.take();
        const uint8_t major = head >> 5;
        const uint8_t info = head & 31;
        uint64_t value = 0;
        switch (major) {
        case Unsigned:
        case Negative:
            if (!in.argument(info, value))
                return false;
            break;
        case Bytes:
        case Text:
            if (info == Indefinite ? !in.chunkedString(major) : (!in.argument(info, value) || !in.skip(value)))
                return false;
            break;
        case Array:
        case Map: {
            if (depth >= maxDepth)
                return false;
            Frame frame;
            frame.map = major == Map;
            if (info == Indefinite) {
                frame.indefinite = true;
            } else {
                // Each item takes at least a byte: a count beyond the bytes left is a lie.
                if (!in.argument(info, value) || value > in.left() || (frame.map && value > in.left() / 2))
                    return false;
                frame.count = frame.map ? value * 2 : value;
            }
            open[size_t(depth++)] = frame;
            break;
        }
        case Simple:
            if (!in.simple(info))
                return false;
            break;
        default: // tags
            return false;
        }
    }
}

} // namespace cc::domain::cborscan
