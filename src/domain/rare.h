// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <utility>

namespace cc::domain {

/**
 * A value most records leave empty, kept on the heap only when it is not: 16 bytes in the
 * record instead of the value's size. A large vault is nine records in ten progress entries
 * and check-ins, and almost none name a space member as their author (Actor, 72 bytes).
 * Immutable once set and shared between copies, so copying a record never copies it.
 * An empty value (equal to T{}) is never stored.
 */
template<typename T>
class Rare
{
public:
    Rare() = default;
    Rare(T value) { *this = std::move(value); } // NOLINT(google-explicit-constructor): reads as a T
    Rare &operator=(T value)
    {
        m_value = value == T {} ? nullptr : std::make_shared<const T>(std::move(value));
        return *this;
    }

    const T &operator*() const { return m_value ? *m_value : empty(); }
    const T *operator->() const { return &**this; }

    friend bool operator==(const Rare &a, const Rare &b) { return *a == *b; }

private:
    static const T &empty()
    {
        static const T none {};
        return none;
    }

    std::shared_ptr<const T> m_value;
};

} // namespace cc::domain
