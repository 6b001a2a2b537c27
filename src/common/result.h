// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace cc {

/**
 * Why an operation failed, as a caller can act on it. The CLI maps these to exit codes
 * (WrongKey → 2, Damaged → 3, everything else → 1); the UI shows Error::message.
 */
enum class ErrorCode {
    Ok = 0,
    WrongKey, ///< wrong passphrase / recovery key / keystore secret (AEAD tag failed on a slot)
    Damaged, ///< stored data failed its integrity check
    InvalidInput, ///< a value typed or read is malformed or out of range
    NotFound, ///< the vault, record or slot does not exist
    AlreadyExists, ///< refusing to overwrite
    Locked, ///< the vault must be unlocked first
    Unavailable, ///< a platform service (keystore, network) is not there
    Io, ///< file or database failure
    Crypto, ///< a primitive failed for a reason other than authentication
};

/**
 * An error with a message that is already translated for the user (built with
 * QCoreApplication::translate at the place that knows what went wrong) and never contains
 * health data, keys or passphrases.
 */
struct Error {
    ErrorCode code = ErrorCode::Ok;
    QString message;
};

/**
 * A user-facing sentence to translate later: its context and English source text. Write it
 * as trNoop("Context", "Sentence.") so that lupdate (told that trNoop is an alias of
 * QT_TRANSLATE_NOOP, see qt_add_translations in CMakeLists.txt) extracts it.
 */
struct TrText {
    const char *context;
    const char *sourceText;
};

constexpr TrText trNoop(const char *context, const char *sourceText)
{
    return TrText {context, sourceText};
}

/** Builds an Error whose message is translated now, in the current language. */
inline Error makeError(ErrorCode code, TrText text)
{
    return Error {code, QCoreApplication::translate(text.context, text.sourceText)};
}

/**
 * Either a value or an Error, the one return type across layers (STYLE.md rule 7).
 * Modelled on std::expected, which GCC 12's C++20 mode lacks.
 */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T &operator*() & { return *m_value; }
    const T &operator*() const & { return *m_value; }
    T &&operator*() && { return std::move(*m_value); }

    const Error &error() const { return m_error; }
    ErrorCode code() const { return ok() ? ErrorCode::Ok : m_error.code; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/** Result of an operation that yields nothing but may fail. */
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    ErrorCode code() const { return ok() ? ErrorCode::Ok : m_error.code; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace cc
