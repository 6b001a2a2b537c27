// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"

#include <QLatin1StringView>

/**
 * Internal helpers for the domain layer's errors. Call sites wrap their text in
 * QT_TRANSLATE_NOOP("Domain", …) so that lupdate finds it; the text is translated here.
 * Messages name a field key or a code at most, never the content of a record.
 */
namespace cc::domain::detail {

inline Error invalidInput(const char *sourceText)
{
    return makeError(ErrorCode::InvalidInput, TrText {"Domain", sourceText});
}

/** As invalidInput(), with %1 in @p sourceText replaced by the (persisted, non-personal) field key. */
inline Error invalidField(const char *sourceText, QLatin1StringView key)
{
    Error error = invalidInput(sourceText);
    error.message = error.message.arg(key);
    return error;
}

} // namespace cc::domain::detail

#include <QDate>

namespace cc::domain::detail {

/** True for a null date (absent) or one whose ISO form is yyyy-MM-dd, so it round-trips. */
inline bool isStorableDate(const QDate &date)
{
    return date.isNull() || (date.isValid() && date.year() >= 1000 && date.year() <= 9999);
}

} // namespace cc::domain::detail
